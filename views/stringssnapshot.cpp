#include "views/stringssnapshot.h"

#include "model/l10n/messageusage.h"
#include "model/ovf/entity.h"
#include "model/ovf/envelope.h"
#include "model/ovf/namespaces.h"
#include "model/ovf/ovfelement.h"
#include "model/ovf/section.h"
#include "model/ovf/xmlnode.h"

using namespace Qt::StringLiterals;
using ovf::l10n::MessageStatus;

namespace {

bool isStrings(const ovf::xml::Element *e)
{
    return ovf::isOvfNamed(e, u"Strings");
}

// Moves one message of `status` in or out of `c` (delta +1 / -1), as Catalogue::coverage counts.
void count(ovf::l10n::Coverage &c, MessageStatus status, int delta)
{
    switch (status) {
    case MessageStatus::Missing:
        c.missing += delta;
        break;
    case MessageStatus::Empty:
        c.missing += delta;
        c.empty += delta;
        break;
    case MessageStatus::Stale:
        c.translated += delta;
        c.stale += delta;
        break;
    case MessageStatus::Identical:
        c.translated += delta;
        c.identical += delta;
        break;
    case MessageStatus::Translated:
        c.translated += delta;
        break;
    }
}

} // namespace

StringsArea StringsSnapshot::areaOf(const ovf::xml::Element *use)
{
    for (const ovf::xml::Element *e = use; e; e = e->parent()) {
        if (ovf::isOvfNamed(e, u"Property") || ovf::isOvfNamed(e, u"Category"))
            return StringsArea::Properties;
        if (ovf::Entity::isEntity(e) || !e->parent())
            return StringsArea::Systems;
        // A section is a child of an entity or of the Envelope (isSectionElement() judges the
        // name only).
        const ovf::xml::Element *parent = e->parent();
        if (!(ovf::Entity::isEntity(parent) || !parent->parent()) || !ovf::isSectionElement(e))
            continue;
        switch (ovf::sectionKindOf(e)) {
        case ovf::SectionKind::Product: return StringsArea::Product;
        case ovf::SectionKind::Eula: return StringsArea::Eulas;
        case ovf::SectionKind::DeploymentOption: return StringsArea::DeploymentOptions;
        case ovf::SectionKind::Network: return StringsArea::Networks;
        case ovf::SectionKind::Disk: return StringsArea::Disks;
        case ovf::SectionKind::VirtualHardware: return StringsArea::Hardware;
        default: return StringsArea::Other;
        }
    }
    return StringsArea::Other;
}

QString StringsSnapshot::areaLabel(StringsArea area)
{
    switch (area) {
    case StringsArea::Systems: return tr("Virtual systems");
    case StringsArea::Product: return tr("Product");
    case StringsArea::Properties: return tr("Properties");
    case StringsArea::Eulas: return tr("License agreements");
    case StringsArea::DeploymentOptions: return tr("Deployment options");
    case StringsArea::Networks: return tr("Networks");
    case StringsArea::Disks: return tr("Disks");
    case StringsArea::Hardware: return tr("Virtual hardware");
    case StringsArea::Other: return tr("Other sections");
    }
    return {};
}

QString StringsSnapshot::coverageText(const ovf::l10n::Coverage &c)
{
    const QString head = tr("%1 %2/%3").arg(c.locale).arg(c.translated).arg(c.total);
    return c.stale > 0 ? tr("%1 · %n stale", nullptr, c.stale).arg(head) : head;
}

std::shared_ptr<StringsSnapshot> StringsSnapshot::build(const ovf::Envelope &envelope, ovf::l10n::BundleStore *store,
                                                        const QString &locale, const std::atomic<bool> *cancel)
{
    auto stop = [cancel] { return cancel && cancel->load(std::memory_order_relaxed); };
    auto s = std::make_shared<StringsSnapshot>();
    s->catalogue = ovf::l10n::Catalogue::build(envelope, store, cancel);
    if (stop())
        return nullptr;
    const ovf::l10n::Catalogue &c = s->catalogue;
    s->locale = locale.isEmpty() ? c.locales().value(0) : c.findLocale(locale);
    for (const QString &l : c.locales())
        s->coverage.append(c.coverage(l));

    const auto &messages = c.messages();
    s->rows.reserve(messages.size());
    for (size_t i = 0; i < messages.size(); ++i) {
        if (i % 512 == 0 && stop())
            return nullptr;
        const ovf::l10n::Message &m = messages[i];
        StringsRow row;
        row.message = int(i);
        if (!m.uses.isEmpty()) {
            const QString first = ovf::l10n::MessageUsage::describe(m.uses.first());
            row.usage = m.uses.size() == 1 ? first : tr("%1 (and %n more)", nullptr, int(m.uses.size() - 1)).arg(first);
            row.area = areaOf(m.uses.first());
        }
        if (!s->locale.isEmpty()) {
            if (const auto t = c.translation(s->locale, m.msgid))
                row.translation = t->text;
            row.status = c.status(s->locale, m.msgid);
        }
        s->rows.push_back(std::move(row));
    }

    // Texts that could be made translatable: Msg_Type elements outside Strings, with text and
    // without an ovf:msgid (MakeTranslatableCommand refuses the others).
    const ovf::xml::Element *root = envelope.element();
    std::vector<const ovf::xml::Element *> stack;
    if (root)
        stack.push_back(root);
    for (int visited = 0; !stack.empty(); ++visited) {
        if (visited % 512 == 0 && stop())
            return nullptr;
        const ovf::xml::Element *e = stack.back();
        stack.pop_back();
        const auto &children = e->children();
        for (auto it = children.rbegin(); it != children.rend(); ++it) {
            if (!(*it)->isElement())
                continue;
            const auto *child = static_cast<const ovf::xml::Element *>(it->get());
            if (!(e == root && isStrings(child)))
                stack.push_back(child);
        }
        if (e != root && ovf::l10n::MessageUsage::isTranslatable(e) && !ovf::hasOvfAttr(e, u"msgid")
            && !e->text().trimmed().isEmpty())
            s->untranslatable.append(const_cast<ovf::xml::Element *>(e));
    }
    return s;
}

int StringsSnapshot::rowOf(const QString &msgid) const
{
    // Rows are the catalogue's messages in order (row i shows message i).
    const ovf::l10n::Message *m = catalogue.message(msgid);
    return m ? int(m - catalogue.messages().data()) : -1;
}

int StringsSnapshot::noteEdit(const QString &locale, const QString &msgid, MessageStatus before)
{
    const MessageStatus after = catalogue.status(locale, msgid);
    for (ovf::l10n::Coverage &c : coverage) {
        if (c.locale.compare(locale, Qt::CaseInsensitive) == 0) {
            count(c, before, -1);
            count(c, after, +1);
        }
    }
    if (locale.compare(this->locale, Qt::CaseInsensitive) != 0)
        return -1;
    const int row = rowOf(msgid);
    if (row < 0)
        return -1;
    const auto t = catalogue.translation(locale, msgid);
    rows[size_t(row)].translation = t ? t->text : QString();
    rows[size_t(row)].status = after;
    return row;
}

void StringsSnapshot::showPending(int row, const std::optional<QString> &text)
{
    StringsRow &r = rows[size_t(row)];
    const MessageStatus before = r.status;
    // As Catalogue::status() will see it once SetTranslationCommand ran: a cleared text has no
    // Msg; a set one carries the source hash of today's default text, so it is not stale.
    r.translation = text.value_or(QString());
    r.status = !text ? MessageStatus::Missing
               : *text == message(row).defaultText ? MessageStatus::Identical
                                                     : MessageStatus::Translated;
    for (ovf::l10n::Coverage &c : coverage) {
        if (c.locale.compare(locale, Qt::CaseInsensitive) == 0) {
            count(c, before, -1);
            count(c, r.status, +1);
        }
    }
}
