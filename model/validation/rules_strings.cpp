// Localization rules (DSP0243 §10, DSP2017 5.2): message ids are unique in a bundle, every
// ovf:msgid has default text and a message in every locale's bundle, bundles name their
// locale, external bundles can be read, and what Msg elements name exists.
//
// Bundles can hold tens of thousands of messages each, so every Msg is visited once: the
// msgids the descriptor uses are numbered first, and each locale records which numbers it
// has in a plain array.
#include "model/ovf/languagetag.h"
#include "model/ovf/namespaces.h"
#include "model/ovf/sourcedigest.h"
#include "model/ovf/xmldocument.h"
#include "model/validation/context.h"
#include "model/validation/envelopeindex.h"
#include "model/validation/rules.h"

using namespace Qt::StringLiterals;

namespace ovf::validation {

namespace {

// Above this many missing or unused messages in one locale, one summary replaces the single
// reports (a bundle of another version of the product would otherwise flood the list).
constexpr qsizetype maxSingleReports = 20;

// The messages of one locale: every Strings element with that (possibly inherited)
// xml:lang, embedded Msg elements and external bundle files together.
struct Locale
{
    QString language;
    const xml::Element *firstBundle = nullptr;
    // Per used msgid: 1 + the serial of the last bundle that has it, 0 when none does.
    std::vector<int> present;
    // Messages the descriptor does not use: msgid -> (Msg, or the Strings element of an
    // external bundle; serial of its bundle).
    QHash<QString, std::pair<const xml::Element *, int>> unused;
    bool complete = true; // false when an external bundle could not be read
    // Msgs that remember the source they translate (ovfw:sourceHash): used msgid number,
    // the hash, and the element to report at (the Msg, or an external bundle's Strings).
    struct Memory
    {
        int used;
        QString hash;
        const xml::Element *where;
        int line; // in an external bundle, else 0
    };
    std::vector<Memory> memories;
};

// Recognizes OVF-namespace names by the interned Name and namespace string of the last
// match, falling back to comparing text: Msg elements and msgid attributes come by the
// hundred thousand with the same name objects.
class NameMatcher
{
public:
    // Elements may be unqualified (ns::isOvfElement), attributes may not.
    NameMatcher(QStringView local, bool attribute) : m_local(local), m_attribute(attribute) { }
    bool matches(const xml::Name *name, const QString &ns)
    {
        if (name == m_name && ns.constData() == m_ns && ns.size() == m_nsSize)
            return true;
        if (name->local != m_local || !(m_attribute ? ns::isOvf(ns) : ns::isOvfElement(ns)))
            return false;
        m_name = name;
        m_ns = ns.constData();
        m_nsSize = ns.size();
        return true;
    }

private:
    QStringView m_local;
    bool m_attribute;
    const xml::Name *m_name = nullptr;
    const QChar *m_ns = nullptr;
    qsizetype m_nsSize = -1;
};

// The msgids the descriptor uses, numbered in order of first use. Bundles are looked up in
// it once per message, hundreds of thousands of times: an open-addressing table that keeps
// each key's hash, so a probe compares text only when the hashes agree.
class IdTable
{
public:
    // Returns the number of `id`, adding it when new.
    int insert(QStringView id)
    {
        if ((m_offsets.size() + 1) * 2 > m_slots.size())
            grow();
        const size_t h = qHash(id, 0);
        for (size_t i = h & m_mask;; i = (i + 1) & m_mask) {
            Slot &s = m_slots[i];
            if (s.index < 0) {
                s = {h, int(m_offsets.size())};
                m_offsets.push_back({m_pool.size(), id.size()});
                m_pool.append(id);
                return s.index;
            }
            if (s.hash == h && key(s.index) == id)
                return s.index;
        }
    }
    // The number of `id`, or -1.
    int find(QStringView id) const
    {
        if (m_offsets.empty())
            return -1;
        const size_t h = qHash(id, 0);
        for (size_t i = h & m_mask;; i = (i + 1) & m_mask) {
            const Slot &s = m_slots[i];
            if (s.index < 0)
                return -1;
            if (s.hash == h && key(s.index) == id)
                return s.index;
        }
    }

private:
    struct Slot
    {
        size_t hash = 0;
        int index = -1;
    };
    QStringView key(int index) const
    {
        const auto [offset, size] = m_offsets[size_t(index)];
        return QStringView(m_pool).mid(offset, size);
    }
    void grow()
    {
        std::vector<Slot> old = std::move(m_slots);
        m_slots.assign(std::max<size_t>(64, old.size() * 2), Slot());
        m_mask = m_slots.size() - 1;
        for (const Slot &s : old) {
            if (s.index < 0)
                continue;
            size_t i = s.hash & m_mask;
            while (m_slots[i].index >= 0)
                i = (i + 1) & m_mask;
            m_slots[i] = s;
        }
    }

    std::vector<Slot> m_slots;
    size_t m_mask = 0;
    QString m_pool; // the keys, one after the other
    std::vector<std::pair<qsizetype, qsizetype>> m_offsets;
};

class StringsRules
{
    Q_DECLARE_TR_FUNCTIONS(ovf::validation::Validator)

public:
    explicit StringsRules(Context &ctx) : m_ctx(ctx), m_index(ctx.index())
    {
        m_defaultLanguage = m_index.envelope.defaultLanguage();
    }

    void numberUsedIds();
    void collectLocales();
    void checkDefaults();
    void checkCoverage();
    void checkStale();

private:
    Locale &localeFor(const StringsBundle &bundle);
    void readEmbedded(const StringsBundle &bundle, Locale &locale, int serial);
    void readExternal(const StringsBundle &bundle, Locale &locale, int serial);
    // Records one message of bundle `serial`; false when that bundle already has the id.
    bool addMessage(Locale &locale, int serial, const QString &id, const xml::Element *where);
    void remember(Locale &locale, const QString &id, const xml::Element *msg, const xml::Element *where, int line);
    static QString localeName(const QString &language)
    {
        return language.isEmpty() ? tr("unnamed") : quoted(language);
    }

    Context &m_ctx;
    const EnvelopeIndex &m_index;
    IdTable m_usedIndex;                            // used msgid -> number
    QList<const EnvelopeIndex::Use *> m_firstUse;   // number -> first use
    QList<Locale> m_locales;
    QHash<QString, int> m_localeByLanguage;
    QHash<QString, const xml::Element *> m_firstSectionByTag; // lower-case tag -> first Strings
    // xml:lang of the Envelope: the language of the default texts, and of every Strings
    // element without an xml:lang of its own (xml:lang is inherited, XML 1.0 §2.12).
    QString m_defaultLanguage;
    int m_defaultLocale = -1;
    NameMatcher m_msg{u"Msg", false};
    NameMatcher m_msgid{u"msgid", true};
    NameMatcher m_fileRef{u"fileRef", true};
};

void StringsRules::numberUsedIds()
{
    if (!m_defaultLanguage.trimmed().isEmpty()) {
        if (auto ok = LanguageTag::check(m_defaultLanguage); !ok)
            m_ctx.report(u"invalid-language-tag", m_index.envelope.element(),
                         tr("The Envelope's xml:lang (the language of the default texts) is not a language tag: %1")
                             .arg(ok.error()));
    }
    for (const EnvelopeIndex::Use &use : m_index.msgidUses) {
        if (!use.value.isEmpty() && m_usedIndex.insert(use.value) == m_firstUse.size())
            m_firstUse.append(&use);
    }
}

Locale &StringsRules::localeFor(const StringsBundle &b)
{
    const bool own = b.element()->hasAttribute(xml::xmlNamespace, u"lang");
    const QString lang = own ? b.language() : m_defaultLanguage;
    if (lang.trimmed().isEmpty()) {
        m_ctx.report(u"missing-bundle-language", b.element(),
                     own ? tr("A Strings bundle has an empty xml:lang, so no locale will ever use it")
                         : tr("A Strings bundle has no xml:lang, and the Envelope has none to inherit, so no locale "
                              "will ever use it"));
    }
    if (own && !lang.trimmed().isEmpty()) {
        if (auto ok = LanguageTag::check(lang); !ok)
            m_ctx.report(u"invalid-language-tag", b.element(),
                         tr("The Strings bundle's xml:lang is not a language tag: %1").arg(ok.error()));
    }
    if (!lang.trimmed().isEmpty()) {
        const auto first = m_firstSectionByTag.constFind(lang.toLower());
        if (first == m_firstSectionByTag.cend()) {
            m_firstSectionByTag.insert(lang.toLower(), b.element());
        } else {
            m_ctx.report(u"duplicate-locale", b.element(),
                         tr("A second Strings section for %1 (the first is at line %2); consumers may read either")
                             .arg(localeName(lang))
                             .arg((*first)->position().line));
        }
    }
    auto it = m_localeByLanguage.constFind(lang);
    if (it == m_localeByLanguage.cend()) {
        it = m_localeByLanguage.insert(lang, int(m_locales.size()));
        Locale l;
        l.language = lang;
        l.firstBundle = b.element();
        l.present.assign(size_t(m_firstUse.size()), 0);
        if (lang == m_defaultLanguage)
            m_defaultLocale = int(m_locales.size());
        m_locales.append(std::move(l));
    }
    return m_locales[*it];
}

bool StringsRules::addMessage(Locale &locale, int serial, const QString &id, const xml::Element *where)
{
    const int used = m_usedIndex.find(id);
    if (used >= 0) {
        int &slot = locale.present[size_t(used)];
        if (slot == serial + 1)
            return false;
        slot = serial + 1;
        return true;
    }
    auto &entry = locale.unused[id];
    if (entry.first && entry.second == serial)
        return false;
    entry = {where, serial}; // also in another bundle of this locale: the later one counts
    return true;
}

void StringsRules::readEmbedded(const StringsBundle &b, Locale &locale, int serial)
{
    for (const auto &node : b.element()->children()) {
        if (!node->isElement())
            continue;
        const auto *m = static_cast<const xml::Element *>(node.get());
        if (!m_msg.matches(m->name(), m->namespaceUri()))
            continue;
        if (m_ctx.cancelledEvery())
            return;
        QString id;
        const xml::Attribute *fileRef = nullptr;
        for (const xml::Attribute &a : m->attributes()) {
            if (m_msgid.matches(a.name, a.namespaceUri))
                id = a.value;
            else if (m_fileRef.matches(a.name, a.namespaceUri))
                fileRef = &a;
        }
        // DSP2017 5.2: a Msg may name a file itself (a localized license text).
        if (fileRef && !m_index.fileById.contains(fileRef->value)) {
            m_ctx.report(u"unresolved-strings-file", m,
                         tr("Message %1 refers to file %2, which is not in References").arg(quoted(id), quoted(fileRef->value)));
        }
        if (!addMessage(locale, serial, id, m)) {
            m_ctx.report(u"duplicate-msgid", m,
                         tr("Message id %1 appears twice in the %2 bundle").arg(quoted(id), localeName(locale.language)));
        } else {
            remember(locale, id, m, m, 0);
        }
    }
}

void StringsRules::readExternal(const StringsBundle &bundle, Locale &locale, int serial)
{
    const xml::Element *where = bundle.element();
    const auto file = m_index.fileById.constFind(bundle.fileRef());
    if (file == m_index.fileById.cend()) {
        locale.complete = false; // unresolved-strings-file
        return;
    }
    const QString href = ovfAttr(file.value(), u"href");
    const QString name = localeName(locale.language);
    if (!m_ctx.options().resolveBundle) {
        locale.complete = false;
        m_ctx.report(u"external-bundle-unreadable", where,
                     tr("The %1 Strings bundle is in the external file %2, which was not checked (no package files "
                        "at hand)")
                         .arg(name, quoted(href)),
                     Severity::Info);
        return;
    }
    const auto bytes = m_ctx.options().resolveBundle(href);
    if (!bytes) {
        locale.complete = false;
        m_ctx.report(u"external-bundle-unreadable", where,
                     tr("The %1 Strings bundle %2 cannot be read: %3").arg(name, quoted(href), bytes.error()));
        return;
    }
    const auto doc = xml::Document::parse(*bytes);
    if (!doc) {
        locale.complete = false;
        m_ctx.report(u"external-bundle-unreadable", where,
                     tr("The %1 Strings bundle %2 is not well-formed XML (%3: %4)")
                         .arg(name, quoted(href), doc.error().position.toString(), doc.error().message));
        return;
    }
    const xml::Element *root = (*doc)->root();
    if (root->localName() != u"Strings") {
        locale.complete = false;
        m_ctx.report(u"external-bundle-unreadable", where,
                     tr("The %1 Strings bundle %2 is not a message bundle: its root element is <%3>, not <Strings>")
                         .arg(name, quoted(href), root->qualifiedName()));
        return;
    }
    for (const auto &node : root->children()) {
        if (!node->isElement())
            continue;
        const auto *m = static_cast<const xml::Element *>(node.get());
        if (m->localName() != u"Msg")
            continue;
        QString id;
        for (const xml::Attribute &a : m->attributes()) {
            if (a.name->local == u"msgid" && !a.isNamespaceDeclaration()) {
                id = a.value;
                break;
            }
        }
        // The bundle's own document dies here: findings point at the Strings element.
        if (!addMessage(locale, serial, id, where)) {
            m_ctx.report(u"duplicate-msgid", where,
                         tr("Message id %1 appears twice in the %2 bundle (file %3, line %4)")
                             .arg(quoted(id), name, quoted(href))
                             .arg(m->position().line));
        } else {
            remember(locale, id, m, where, m->position().line);
        }
    }
}

void StringsRules::remember(Locale &locale, const QString &id, const xml::Element *msg, const xml::Element *where,
                            int line)
{
    const xml::Attribute *a = msg->attribute(ns::Workbench, SourceHashAttribute);
    if (!a)
        return;
    const int used = m_usedIndex.find(id);
    if (used >= 0)
        locale.memories.push_back({used, a->value, where, line});
}

void StringsRules::checkStale()
{
    // The digest of each used msgid's default text, computed once.
    std::vector<QString> digests(size_t(m_firstUse.size()));
    for (const Locale &l : std::as_const(m_locales)) {
        std::vector<const Locale::Memory *> stale;
        for (const Locale::Memory &m : l.memories) {
            if (m_ctx.cancelledEvery())
                return;
            QString &digest = digests[size_t(m.used)];
            if (digest.isNull())
                digest = sourceDigest(m_firstUse[m.used]->element->text());
            if (m.hash != digest)
                stale.push_back(&m);
        }
        if (qsizetype(stale.size()) > maxSingleReports) {
            QStringList sample;
            for (size_t k = 0; k < 5; ++k)
                sample.append(quoted(m_firstUse[stale[k]->used]->value));
            m_ctx.report(u"stale-translation", l.firstBundle,
                         tr("%1 translations of the %2 bundle were made from a default text that has changed since, "
                            "for example %3")
                             .arg(stale.size())
                             .arg(localeName(l.language), sample.join(u", "_s)));
            continue;
        }
        for (const Locale::Memory *m : stale) {
            const QString id = m_firstUse[m->used]->value;
            m_ctx.report(u"stale-translation", m->where,
                         m->line > 0 ? tr("The %1 translation of %2 (bundle line %3) was made from a default text that "
                                          "has changed since")
                                           .arg(localeName(l.language), quoted(id))
                                           .arg(m->line)
                                     : tr("The %1 translation of %2 was made from a default text that has changed since")
                                           .arg(localeName(l.language), quoted(id)));
        }
    }
}

void StringsRules::collectLocales()
{
    int serial = 0;
    for (const StringsBundle &b : m_index.bundles) {
        if (m_ctx.cancelled())
            return;
        Locale &locale = localeFor(b);
        readEmbedded(b, locale, serial++);
        if (b.isExternal())
            readExternal(b, locale, serial++);
    }
}

void StringsRules::checkDefaults()
{
    for (const EnvelopeIndex::Use &use : m_index.msgidUses) {
        if (m_ctx.cancelledEvery())
            return;
        if (use.value.isEmpty() || !use.element->text().trimmed().isEmpty())
            continue;
        // A bundle in the default language supplies the text (VMware writes it so).
        if (m_defaultLocale >= 0 && m_locales[m_defaultLocale].present[size_t(m_usedIndex.find(use.value))] != 0)
            continue;
        m_ctx.report(u"msgid-without-default", use.element,
                     tr("%1 has ovf:msgid %2 but no default text; users whose locale has no bundle see nothing")
                         .arg(use.element->localName(), quoted(use.value)));
    }
}

void StringsRules::checkCoverage()
{
    for (int i = 0; i < m_locales.size(); ++i) {
        const Locale &l = m_locales[i];
        // The default texts are in the default language; its bundle may leave them out.
        if (i == m_defaultLocale || !l.complete)
            continue;
        std::vector<size_t> missing;
        for (size_t id = 0; id < l.present.size(); ++id) {
            if (l.present[id] == 0)
                missing.push_back(id);
        }
        if (qsizetype(missing.size()) > maxSingleReports) {
            QStringList sample;
            for (size_t k = 0; k < 5; ++k)
                sample.append(quoted(m_firstUse[qsizetype(missing[k])]->value));
            m_ctx.report(u"msgid-missing-in-bundle", l.firstBundle,
                         tr("The %1 bundle lacks %2 of the %3 message ids the descriptor uses, for example %4; those "
                            "users see the default texts")
                             .arg(localeName(l.language))
                             .arg(missing.size())
                             .arg(m_firstUse.size())
                             .arg(sample.join(u", "_s)));
            continue;
        }
        for (size_t id : missing) {
            const EnvelopeIndex::Use *use = m_firstUse[qsizetype(id)];
            m_ctx.report(u"msgid-missing-in-bundle", use->element,
                         tr("%1 has ovf:msgid %2, which the %3 bundle does not contain; those users see the default "
                            "text")
                             .arg(use->element->localName(), quoted(use->value), localeName(l.language)));
        }
    }
    for (const Locale &l : std::as_const(m_locales)) {
        if (l.unused.isEmpty())
            continue;
        QList<std::pair<QString, const xml::Element *>> unused;
        unused.reserve(l.unused.size());
        for (auto it = l.unused.cbegin(); it != l.unused.cend(); ++it)
            unused.append({it.key(), it->first});
        // Hash order is arbitrary: report in document order.
        std::sort(unused.begin(), unused.end(), [](const auto &a, const auto &b) {
            return a.second->sourceOffset() != b.second->sourceOffset()
                ? a.second->sourceOffset() < b.second->sourceOffset()
                : a.first < b.first;
        });
        if (unused.size() > maxSingleReports) {
            QStringList sample;
            for (qsizetype k = 0; k < 5; ++k)
                sample.append(quoted(unused[k].first));
            m_ctx.report(u"unknown-msgid-in-bundle", l.firstBundle,
                         tr("The %1 bundle has %2 messages that the descriptor never uses, for example %3")
                             .arg(localeName(l.language))
                             .arg(unused.size())
                             .arg(sample.join(u", "_s)));
            continue;
        }
        for (const auto &[id, element] : std::as_const(unused)) {
            m_ctx.report(u"unknown-msgid-in-bundle", element,
                         tr("The %1 bundle has a message %2 that the descriptor never uses")
                             .arg(localeName(l.language), quoted(id)));
        }
    }
}

} // namespace

void runStringsRules(Context &ctx)
{
    StringsRules rules(ctx);
    rules.numberUsedIds();
    rules.collectLocales();
    rules.checkDefaults();
    rules.checkCoverage();
    rules.checkStale();
}

} // namespace ovf::validation
