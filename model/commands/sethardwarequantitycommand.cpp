#include "model/commands/sethardwarequantitycommand.h"

#include "model/commands/editsession.h"
#include "model/commands/formedits.h"
#include "model/commands/insertelementcommand.h"
#include "model/commands/removeelementcommand.h"
#include "model/commands/setattributecommand.h"
#include "model/commands/setelementtextcommand.h"
#include "model/commands/xmlfragment.h"
#include "model/ovf/descriptor.h"
#include "model/ovf/namespaces.h"
#include "model/ovf/units.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ovf::commands {

using namespace hwitems;

struct SetHardwareQuantityCommand::Values
{
    quint64 amount = 0;
    std::optional<quint64> cores;
    QString text;
};

namespace {

// The VirtualQuantity and AllocationUnits for `bytes`: in `units` when they are a byte unit
// that divides evenly, else MiB, KiB or bytes.
std::pair<QString, QString> memoryFields(quint64 bytes, const QString &units)
{
    if (!units.isEmpty()) {
        if (const auto u = parseProgrammaticUnit(units); u && u->baseUnit == u"byte" && bytes % u->multiplier == 0)
            return {QString::number(bytes / u->multiplier), units};
    }
    if (bytes % (quint64(1) << 20) == 0)
        return {QString::number(bytes >> 20), u"byte * 2^20"_s};
    if (bytes % 1024 == 0)
        return {QString::number(bytes >> 10), u"byte * 2^10"_s};
    return {QString::number(bytes), u"byte"_s};
}

xml::Element *coresElement(const xml::Element *item)
{
    for (xml::Element *c : item->childElements()) {
        if (c->localName() == u"CoresPerSocket" && c->namespaceUri() == ns::Vmw)
            return c;
    }
    return nullptr;
}

std::unique_ptr<xml::Element> newCores(xml::Document &doc, const xml::Element *scope, const xml::Element *item,
                                       quint64 cores)
{
    auto e = fragment::element(doc, scope, item, ns::Vmw, u"CoresPerSocket", u"vmw");
    fragment::setAttribute(doc, e.get(), scope, FormEdits::ovfNamespace(scope), u"required", u"false"_s);
    fragment::append(doc, e.get(), doc.createText(QString::number(cores)));
    return e;
}

// ElementName with the old figure replaced by the new one, or nullopt when it does not
// spell the old figure.
std::optional<QString> renamed(const QString &name, const QString &oldQuantity, const QString &newQuantity)
{
    if (name.isEmpty() || oldQuantity.isEmpty())
        return std::nullopt;
    const QRegularExpression word(u"\\b"_s + QRegularExpression::escape(oldQuantity) + u"\\b"_s);
    if (!name.contains(word))
        return std::nullopt;
    QString out = name;
    out.replace(word, newQuantity);
    return out;
}

bool sameBound(const QString &a, const QString &b)
{
    const auto normal = [](const QString &x) { return x == u"normal" ? QString() : x; };
    return normal(a) == normal(b);
}

} // namespace

QString SetHardwareQuantityCommand::variantProblem(const xml::Element *section, const ItemVariant &variant)
{
    if (!variant.bound.isEmpty() && variant.bound != u"min" && variant.bound != u"max" && variant.bound != u"normal")
        return tr("ovf:bound is min, max or normal, not \"%1\" (DSP0243 §9.8).").arg(variant.bound);
    if (variant.configuration.isEmpty())
        return {};
    const xml::Element *root = section;
    while (root->parent())
        root = root->parent();
    for (const Configuration &c : Envelope(const_cast<xml::Element *>(root)).configurations()) {
        if (c.id() == variant.configuration)
            return {};
    }
    return tr("There is no deployment option \"%1\" (add it to the DeploymentOptionSection first).")
        .arg(variant.configuration);
}

Made<SetHardwareQuantityCommand> SetHardwareQuantityCommand::cpus(EditSession *session, xml::Element *section,
                                                                  quint64 count, std::optional<quint64> coresPerSocket,
                                                                  const ItemVariant &variant, QUndoCommand *parent)
{
    if (count == 0 || count > 4096)
        return std::unexpected(tr("A virtual system has 1 to 4096 virtual CPUs, not %1.").arg(count));
    if (coresPerSocket && *coresPerSocket > 0 && count % *coresPerSocket != 0)
        return std::unexpected(tr("%1 CPUs cannot be split into sockets of %2 cores.").arg(count).arg(*coresPerSocket));
    return make(session, section, rt::Processor, Values{count, coresPerSocket, tr("Set %n virtual CPU(s)", nullptr, int(count))},
                variant, parent);
}

Made<SetHardwareQuantityCommand> SetHardwareQuantityCommand::memory(EditSession *session, xml::Element *section,
                                                                    quint64 bytes, const ItemVariant &variant,
                                                                    QUndoCommand *parent)
{
    if (bytes == 0)
        return std::unexpected(tr("A virtual system needs more than 0 bytes of memory."));
    return make(session, section, rt::Memory, Values{bytes, std::nullopt, tr("Set memory to %1").arg(formatByteSize(bytes, QLocale()))},
                variant, parent);
}

Made<SetHardwareQuantityCommand> SetHardwareQuantityCommand::make(EditSession *session, xml::Element *section,
                                                                  int type, const Values &values,
                                                                  const ItemVariant &variant, QUndoCommand *parent)
{
    if (!section || !isSectionElement(section) || sectionKindOf(section) != SectionKind::VirtualHardware)
        return std::unexpected(tr("CPUs and memory are set in a VirtualHardwareSection."));
    if (const QString problem = variantProblem(section, variant); !problem.isEmpty())
        return std::unexpected(problem);
    xml::Document &doc = session->document();
    const QString what = variant.configuration.isEmpty() ? QString() : tr(" for option '%1'").arg(variant.configuration);
    std::unique_ptr<SetHardwareQuantityCommand> cmd(new SetHardwareQuantityCommand(session, parent));
    cmd->setText(values.text + what);

    // The fields for an Item whose current AllocationUnits are `units`.
    const auto fieldsFor = [&](const QString &units, const QString &oldQuantity, const QString &oldName) {
        QList<std::pair<QString, std::optional<QString>>> fields;
        QString quantity;
        if (type == rt::Memory) {
            const auto [q, u] = memoryFields(values.amount, units);
            quantity = q;
            fields.append({u"AllocationUnits"_s, u});
        } else {
            quantity = QString::number(values.amount);
        }
        fields.append({u"VirtualQuantity"_s, quantity});
        if (const auto name = renamed(oldName, oldQuantity, quantity))
            fields.append({u"ElementName"_s, *name});
        return fields;
    };

    // The device: the first Processor/Memory Item of the section.
    QString deviceId;
    for (const HardwareItem &item : hardwareItemsIn(section)) {
        if (item.resourceType() == type) {
            deviceId = item.instanceId();
            break;
        }
    }
    const QList<HardwareItem> items = deviceId.isNull() ? QList<HardwareItem>() : itemsOfDevice(section, deviceId);
    HardwareItem target;
    for (const HardwareItem &item : items) {
        if (matches(item, variant)) {
            target = item;
            break;
        }
    }

    if (target) {
        cmd->m_item = target.element();
        const auto changed = setFields(session, target.element(),
                                       fieldsFor(target.allocationUnits(), target.virtualQuantity(), target.elementName()),
                                       cmd.get());
        if (!changed)
            return std::unexpected(changed.error());
        bool any = *changed;
        if (values.cores) {
            xml::Element *cores = coresElement(target.element());
            if (cores && *values.cores == 0) {
                auto c = RemoveElementCommand::create(session, cores, {}, cmd.get());
                c->release();
                any = true;
            } else if (cores && cores->text().trimmed() != QString::number(*values.cores)) {
                auto c = SetElementTextCommand::create(session, cores, QString::number(*values.cores), false, {}, cmd.get());
                if (!c)
                    return std::unexpected(c.error());
                c->release();
                any = true;
            } else if (!cores && *values.cores > 0) {
                auto c = InsertElementCommand::create(session, target.element(), -1,
                                                      newCores(doc, target.element(), nullptr, *values.cores), {}, cmd.get());
                if (!c)
                    return std::unexpected(c.error());
                c->release();
                any = true;
            }
        }
        if (!any)
            return std::unexpected(tr("%1 already has that value.").arg(target.element()->path()));
        return cmd;
    }

    std::unique_ptr<xml::Element> created;
    int index = -1;
    if (!items.isEmpty()) {
        // A new variant of an existing device: a copy of the Item it now takes its values from.
        HardwareItem source;
        for (const HardwareItem &item : items) {
            const QStringList listed = item.configurations();
            if (!variant.configuration.isEmpty() && listed.size() > 1 && listed.contains(variant.configuration)
                && sameBound(item.bound(), variant.bound)) {
                source = item;
                break;
            }
        }
        if (source) {
            // Take the option out of the Item that lists several.
            QStringList rest = source.configurations();
            rest.removeAll(variant.configuration);
            const bool unqualified = !hasOvfAttr(source.element(), u"configuration");
            auto c = unqualified ? SetAttributeCommand::create(session, source.element(), u"", u"configuration",
                                                               rest.join(u' '), false, {}, cmd.get())
                                 : SetAttributeCommand::createOvf(session, source.element(), u"configuration",
                                                                  rest.join(u' '), false, {}, cmd.get());
            if (!c)
                return std::unexpected(c.error());
            c->release();
        } else {
            for (const HardwareItem &item : items) {
                if (matches(item, ItemVariant{})) {
                    source = item;
                    break;
                }
            }
            if (!source)
                source = items.constFirst();
        }
        created = fragment::clone(doc, source.element());
        std::vector<xml::Attribute> attrs = created->attributes();
        std::erase_if(attrs, [](const xml::Attribute &a) {
            return (a.name->local == u"configuration" || a.name->local == u"bound")
                && (a.namespaceUri.isEmpty() || ns::isOvf(a.namespaceUri));
        });
        doc.swapAttributes(created.get(), std::move(attrs));
        const QString ovfNs = FormEdits::ovfNamespace(section);
        if (!variant.configuration.isEmpty())
            fragment::setAttribute(doc, created.get(), section, ovfNs, u"configuration", variant.configuration);
        if (!variant.bound.isEmpty())
            fragment::setAttribute(doc, created.get(), section, ovfNs, u"bound", variant.bound);
        for (const auto &[name, value] : fieldsFor(source.allocationUnits(), source.virtualQuantity(), source.elementName()))
            setDetachedField(doc, section, created.get(), name, value);
        index = fragment::elementIndex(items.constLast().element()) + 1;
    } else {
        QList<std::pair<QString, QString>> fields{{u"InstanceID"_s, nextInstanceId(section)},
                                                  {u"ResourceType"_s, QString::number(type)}};
        if (type == rt::Memory) {
            const auto [q, u] = memoryFields(values.amount, QString());
            fields << std::pair{u"AllocationUnits"_s, u} << std::pair{u"VirtualQuantity"_s, q}
                   << std::pair{u"ElementName"_s, tr("%1 of memory").arg(formatByteSize(values.amount, QLocale()))};
        } else {
            fields << std::pair{u"VirtualQuantity"_s, QString::number(values.amount)}
                   << std::pair{u"ElementName"_s, tr("%n virtual CPU(s)", nullptr, int(values.amount))};
        }
        QList<std::pair<QString, QString>> attributes;
        if (!variant.configuration.isEmpty())
            attributes.append({u"configuration"_s, variant.configuration});
        if (!variant.bound.isEmpty())
            attributes.append({u"bound"_s, variant.bound});
        created = newItem(doc, section, HardwareItem::Kind::Resource, fields, attributes);
        // After the other CPU and memory Items, else after System (or Info).
        const QList<xml::Element *> kids = section->childElements();
        index = 0;
        for (int i = 0; i < kids.size(); ++i) {
            const HardwareItem k(kids[i]);
            const bool isItem = kids[i]->localName().endsWith(u"Item");
            if (kids[i]->localName() == u"Info" || kids[i]->localName() == u"System"
                || (isItem && (k.resourceType() == rt::Processor || k.resourceType() == rt::Memory)))
                index = i + 1;
        }
    }
    if (values.cores) {
        xml::Element *cores = coresElement(created.get());
        if (cores) {
            const auto range = fragment::removalRange(cores);
            doc.spliceChildren(created.get(), range.first, range.count, {});
        }
        if (*values.cores > 0) {
            auto ins = fragment::insertion(doc, created.get(), -1, newCores(doc, section, created.get(), *values.cores));
            doc.spliceChildren(created.get(), ins.nodeIndex, 0, std::move(ins.nodes));
        }
    }
    if (items.isEmpty())
        indentForSection(doc, created.get(), section);
    cmd->m_item = created.get();
    auto insert = InsertElementCommand::create(session, section, index, std::move(created), {}, cmd.get());
    if (!insert)
        return std::unexpected(insert.error());
    insert->release();
    return cmd;
}

} // namespace ovf::commands
