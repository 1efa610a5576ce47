#include "model/l10n/catalogue.h"

#include "model/l10n/bundlestore.h"
#include "model/ovf/languagetag.h"
#include "model/ovf/sourcedigest.h"
#include "model/ovf/envelope.h"
#include "model/ovf/namespaces.h"
#include "model/ovf/ovfelement.h"
#include "model/ovf/xmldocument.h"

using namespace Qt::StringLiterals;

namespace ovf::l10n {

namespace {

QString msgidOf(const xml::Element *e)
{
    for (const xml::Attribute &a : e->attributes()) {
        if (a.name->local == u"msgid" && ns::isOvf(a.namespaceUri))
            return a.value;
    }
    return {};
}

bool isStrings(const xml::Element *e)
{
    return isOvfNamed(e, u"Strings");
}

// Polled every this many elements: a stop request is seen within microseconds of work.
constexpr int CancelCheckInterval = 512;

bool cancelled(const std::atomic<bool> *cancel, int &countdown)
{
    if (!cancel || --countdown > 0)
        return false;
    countdown = CancelCheckInterval;
    return cancel->load(std::memory_order_relaxed);
}

} // namespace

Catalogue Catalogue::build(const Envelope &envelope, BundleStore *store, const std::atomic<bool> *cancel)
{
    Catalogue c;
    const xml::Element *root = envelope.element();
    c.m_defaultLanguage = LanguageTag::defaultLanguage(envelope.defaultLanguage());
    if (!root)
        return c;
    // Depth-first, document order, Strings sections skipped (their Msg ids are messages, not
    // uses).
    std::vector<const xml::Element *> stack{root};
    QList<xml::Element *> strings;
    int countdown = CancelCheckInterval;
    while (!stack.empty()) {
        if (cancelled(cancel, countdown))
            return c;
        const xml::Element *e = stack.back();
        stack.pop_back();
        const auto &children = e->children();
        for (auto it = children.rbegin(); it != children.rend(); ++it) {
            if (!(*it)->isElement())
                continue;
            auto *child = static_cast<xml::Element *>(it->get());
            if (e == root && isStrings(child)) {
                strings.prepend(child);
                continue;
            }
            stack.push_back(child);
        }
        if (e == root)
            continue;
        const QString id = msgidOf(e);
        if (id.isEmpty())
            continue;
        auto *element = const_cast<xml::Element *>(e);
        const QString text = element->text();
        auto found = c.m_messageIndex.constFind(id);
        if (found == c.m_messageIndex.cend()) {
            found = c.m_messageIndex.insert(id, int(c.m_messages.size()));
            c.m_messages.push_back(Message{id, text, {}, false});
        }
        Message &m = c.m_messages[size_t(*found)];
        if (m.defaultText.trimmed().isEmpty() && !text.trimmed().isEmpty())
            m.defaultText = text;
        else if (!text.trimmed().isEmpty() && text != m.defaultText)
            m.conflictingDefaults = true;
        m.uses.append(element);
    }
    for (xml::Element *s : std::as_const(strings)) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return c;
        c.addSection(root, s, store, cancel);
    }
    return c;
}

void Catalogue::addSection(const xml::Element *envelope, xml::Element *strings, BundleStore *store,
                           const std::atomic<bool> *cancel)
{
    StringsSection s;
    s.element = strings;
    s.ownLanguage = strings->hasAttribute(xml::xmlNamespace, u"lang");
    s.language = s.ownLanguage ? strings->attributeValue(xml::xmlNamespace, u"lang") : m_defaultLanguage;
    s.fileRef = ovfAttr(strings, u"fileRef");
    s.external = hasOvfAttr(strings, u"fileRef");
    if (s.external) {
        for (const xml::Element *file : ovfChildren(ovfChild(envelope, u"References"), u"File")) {
            if (ovfAttr(file, u"id") == s.fileRef) {
                s.href = ovfAttr(file, u"href");
                break;
            }
        }
        if (s.href.isEmpty())
            s.error = tr("no File in References has the id '%1'").arg(s.fileRef);
        else if (!store)
            s.error = tr("the bundle '%1' was not read (no package files at hand)").arg(s.href);
        else if (auto doc = store->document(s.href); !doc)
            s.error = doc.error();
        else
            s.bundleRoot = (*doc)->root();
    }
    const int index = int(m_sections.size());
    m_sections.append(s);
    const QString key = s.language.toLower();
    auto it = m_localeIndex.constFind(key);
    if (it == m_localeIndex.cend()) {
        it = m_localeIndex.insert(key, int(m_localeData.size()));
        m_localeData.push_back(LocaleData{s.language, {}, {}, {}});
        m_locales.append(s.language);
    }
    LocaleData &locale = m_localeData[size_t(*it)];
    locale.sections.append(index);
    addMessages(locale, strings, index, cancel);
    if (s.bundleRoot)
        addMessages(locale, s.bundleRoot, index, cancel);
}

void Catalogue::addMessages(LocaleData &locale, xml::Element *parent, int section, const std::atomic<bool> *cancel)
{
    int countdown = CancelCheckInterval;
    for (const auto &node : parent->children()) {
        if (cancelled(cancel, countdown))
            return;
        if (!node->isElement())
            continue;
        auto *msg = static_cast<xml::Element *>(node.get());
        if (msg->localName() != u"Msg")
            continue;
        const QString id = msgidOf(msg);
        if (id.isEmpty() || locale.messages.contains(id))
            continue;
        locale.messages.insert(id, Translation{msg->text(), msg, section, sourceDigestOf(msg)});
        locale.order.append(id);
    }
}

const Message *Catalogue::message(const QString &msgid) const
{
    const auto it = m_messageIndex.constFind(msgid);
    return it == m_messageIndex.cend() ? nullptr : &m_messages[size_t(*it)];
}

const Catalogue::LocaleData *Catalogue::localeData(const QString &tag) const
{
    const auto it = m_localeIndex.constFind(tag.toLower());
    return it == m_localeIndex.cend() ? nullptr : &m_localeData[size_t(*it)];
}

QString Catalogue::findLocale(const QString &tag) const
{
    const LocaleData *d = localeData(tag);
    return d ? d->language : QString();
}

QList<int> Catalogue::sectionsOf(const QString &locale) const
{
    const LocaleData *d = localeData(locale);
    return d ? d->sections : QList<int>();
}

std::expected<xml::Element *, QString> Catalogue::writableSection(const QString &locale) const
{
    const QList<int> indexes = sectionsOf(locale);
    for (int i : indexes) {
        const StringsSection &s = m_sections[i];
        if (!s.external)
            return s.element;
        if (s.bundleRoot)
            return s.bundleRoot;
    }
    if (indexes.isEmpty())
        return std::unexpected(tr("The descriptor has no Strings section for %1; add the locale first.").arg(locale));
    const StringsSection &s = m_sections[indexes.first()];
    return std::unexpected(tr("The %1 messages are in the external bundle '%2', which cannot be read: %3")
                               .arg(locale, s.href, s.error));
}

bool Catalogue::isExternal(const QString &locale) const
{
    for (int i : sectionsOf(locale)) {
        if (m_sections[i].external)
            return true;
    }
    return false;
}

std::optional<Translation> Catalogue::translation(const QString &locale, const QString &msgid) const
{
    const LocaleData *d = localeData(locale);
    if (!d)
        return std::nullopt;
    const auto it = d->messages.constFind(msgid);
    if (it == d->messages.cend())
        return std::nullopt;
    return *it;
}

MessageStatus Catalogue::status(const QString &locale, const QString &msgid) const
{
    const auto t = translation(locale, msgid);
    if (!t)
        return MessageStatus::Missing;
    if (t->text.trimmed().isEmpty())
        return MessageStatus::Empty;
    const Message *m = message(msgid);
    const QString source = m ? m->defaultText : QString();
    if (!t->sourceHash.isNull() && t->sourceHash != sourceDigest(source))
        return MessageStatus::Stale;
    if (t->text == source)
        return MessageStatus::Identical;
    return MessageStatus::Translated;
}

Coverage Catalogue::coverage(const QString &locale) const
{
    Coverage c;
    const QString written = findLocale(locale);
    c.locale = written.isNull() ? locale : written;
    c.external = isExternal(locale);
    c.total = int(m_messages.size());
    for (const Message &m : m_messages) {
        switch (status(locale, m.msgid)) {
        case MessageStatus::Missing:
            ++c.missing;
            break;
        case MessageStatus::Empty:
            ++c.missing;
            ++c.empty;
            break;
        case MessageStatus::Stale:
            ++c.translated;
            ++c.stale;
            break;
        case MessageStatus::Identical:
            ++c.translated;
            ++c.identical;
            break;
        case MessageStatus::Translated:
            ++c.translated;
            break;
        }
    }
    return c;
}

QList<xml::Element *> Catalogue::msgElements(const QString &msgid) const
{
    QList<xml::Element *> out;
    auto scan = [&](const xml::Element *parent) {
        for (const auto &node : parent->children()) {
            if (!node->isElement())
                continue;
            auto *msg = static_cast<xml::Element *>(node.get());
            if (msg->localName() == u"Msg" && msgidOf(msg) == msgid)
                out << msg;
        }
    };
    for (const StringsSection &s : m_sections) {
        scan(s.element);
        if (s.bundleRoot)
            scan(s.bundleRoot);
    }
    return out;
}

QStringList Catalogue::unusedMessages(const QString &locale) const
{
    QStringList out;
    if (const LocaleData *d = localeData(locale)) {
        for (const QString &id : d->order) {
            if (!m_messageIndex.contains(id))
                out << id;
        }
    }
    return out;
}

bool Catalogue::noteTranslation(const QString &locale, const QString &msgid, xml::Element *msg)
{
    const auto it = m_localeIndex.constFind(locale.toLower());
    if (it == m_localeIndex.cend() || !msg)
        return false;
    LocaleData &d = m_localeData[size_t(*it)];
    auto found = d.messages.find(msgid);
    if (found == d.messages.end()) {
        // SetTranslationCommand appends to the locale's first section.
        found = d.messages.insert(msgid, Translation{{}, msg, d.sections.value(0, -1), {}});
        d.order.append(msgid);
    }
    found->msg = msg;
    found->text = msg->text();
    found->sourceHash = sourceDigestOf(msg);
    return true;
}

bool Catalogue::noteCleared(const QString &locale, const QString &msgid)
{
    const auto it = m_localeIndex.constFind(locale.toLower());
    if (it == m_localeIndex.cend())
        return false;
    LocaleData &d = m_localeData[size_t(*it)];
    // The first Msg left, in the order build() reads them: each section's own children, then
    // its bundle's.
    for (int index : std::as_const(d.sections)) {
        const StringsSection &s = m_sections[index];
        for (xml::Element *parent : {s.element, s.bundleRoot}) {
            if (!parent)
                continue;
            for (const auto &node : parent->children()) {
                if (!node->isElement())
                    continue;
                auto *msg = static_cast<xml::Element *>(node.get());
                if (msg->localName() == u"Msg" && msgidOf(msg) == msgid) {
                    d.messages.insert(msgid, Translation{msg->text(), msg, index, sourceDigestOf(msg)});
                    return true;
                }
            }
        }
    }
    d.messages.remove(msgid);
    d.order.removeOne(msgid);
    return true;
}

QString Catalogue::resolve(const QString &msgid, const QString &locale) const
{
    for (const QString &tag : LanguageTag::fallbackChain(locale)) {
        if (const auto t = translation(tag, msgid); t && !t->text.trimmed().isEmpty())
            return t->text;
    }
    const Message *m = message(msgid);
    if (m && !m->defaultText.trimmed().isEmpty())
        return m->defaultText;
    // VMware writes the default texts into a bundle of the default language.
    if (const auto t = translation(m_defaultLanguage, msgid))
        return t->text;
    return m ? m->defaultText : QString();
}

QString Catalogue::resolve(const xml::Element *element, const QString &locale) const
{
    if (!element)
        return {};
    const QString id = msgidOf(element);
    if (id.isEmpty())
        return element->text();
    // An element whose own default text differs from the message's first use keeps its own.
    for (const QString &tag : LanguageTag::fallbackChain(locale)) {
        if (const auto t = translation(tag, id); t && !t->text.trimmed().isEmpty())
            return t->text;
    }
    const QString own = element->text();
    if (!own.trimmed().isEmpty())
        return own;
    if (const auto t = translation(m_defaultLanguage, id))
        return t->text;
    return own;
}

} // namespace ovf::l10n
