#include "model/commands/hardwareitems.h"

#include "model/commands/editsession.h"
#include "model/commands/formedits.h"
#include "model/commands/insertelementcommand.h"
#include "model/commands/removeelementcommand.h"
#include "model/commands/setelementtextcommand.h"
#include "model/commands/xmlfragment.h"
#include "model/ovf/namespaces.h"
#include "model/ovf/units.h"
#include "model/ovf/xmldocument.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ovf::commands::hwitems {

namespace {

QString preferredPrefix(QStringView ns)
{
    if (ns.startsWith(ovf::ns::Sasd))
        return u"sasd"_s;
    if (ns.startsWith(ovf::ns::Epasd))
        return u"epasd"_s;
    return u"rasd"_s;
}

xml::Element *cimField(const xml::Element *item, QStringView local)
{
    for (xml::Element *c : item->childElements()) {
        if (c->localName() == local && ns::isCim(c->namespaceUri()))
            return c;
    }
    return nullptr;
}

std::unique_ptr<xml::Element> fieldElement(xml::Document &doc, const xml::Element *scope, const xml::Element *item,
                                           QStringView local, const QString &value)
{
    const QString ns = fieldNamespace(item);
    auto f = fragment::element(doc, scope, item, ns, local, preferredPrefix(ns));
    if (!value.isEmpty())
        fragment::append(doc, f.get(), doc.createText(value));
    return f;
}

} // namespace

bool isStorageController(int type)
{
    return type == rt::IdeController || type == rt::ScsiController || type == rt::OtherStorage;
}

bool isNetworkAdapter(const HardwareItem &item)
{
    const int t = item.resourceType();
    return item.kind() == HardwareItem::Kind::EthernetPort || t == rt::Ethernet || t == rt::OtherNetwork;
}

QList<int> unitsOf(const HardwareItem &controller)
{
    QList<int> units;
    const auto range = [&units](int first, int last, int skip = -1) {
        for (int i = first; i <= last; ++i) {
            if (i != skip)
                units << i;
        }
    };
    switch (controller.resourceType()) {
    case rt::IdeController: range(0, 1); break;
    case rt::ScsiController: range(0, 15, 7); break;
    case rt::OtherStorage:
        if (controller.resourceSubType().contains(u"nvme"_s, Qt::CaseInsensitive))
            range(0, 63);
        else
            range(0, 29);
        break;
    default: break;
    }
    return units;
}

QSet<int> usedUnits(const xml::Element *section, const QString &controllerId, const QString &exceptInstanceId)
{
    QSet<int> used;
    for (const HardwareItem &item : hardwareItemsIn(section)) {
        if (item.parentId() != controllerId || (!exceptInstanceId.isEmpty() && item.instanceId() == exceptInstanceId))
            continue;
        if (const auto unit = parseUnsignedDecimal(item.addressOnParent()); unit && *unit < 1024)
            used.insert(int(*unit));
    }
    return used;
}

std::optional<int> freeUnit(const xml::Element *section, const HardwareItem &controller)
{
    const QSet<int> used = usedUnits(section, controller.instanceId());
    for (int unit : unitsOf(controller)) {
        if (!used.contains(unit))
            return unit;
    }
    return std::nullopt;
}

std::expected<DrivePlace, QString> placeDrive(const xml::Element *section, const QString &controllerId,
                                              std::optional<int> address, bool preferIde)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("ovf::commands::hwitems", text); };
    if (!controllerId.isEmpty()) {
        const HardwareItem controller = deviceById(section, controllerId);
        if (!controller || !isStorageController(controller.resourceType()))
            return std::unexpected(tr("There is no disk controller with InstanceID \"%1\" in this hardware section.")
                                       .arg(controllerId));
        const QList<int> units = unitsOf(controller);
        const QSet<int> used = usedUnits(section, controllerId);
        if (address) {
            if (!units.contains(*address))
                return std::unexpected(tr("Address %1 does not exist on controller %2 (%3).")
                                           .arg(*address).arg(controllerId, controller.resourceTypeName()));
            if (used.contains(*address))
                return std::unexpected(tr("Address %1 of controller %2 is taken by another device.")
                                           .arg(*address).arg(controllerId));
            return DrivePlace{controllerId, *address};
        }
        if (const auto unit = freeUnit(section, controller))
            return DrivePlace{controllerId, *unit};
        return std::unexpected(tr("Controller %1 (%2) has no free address; add another controller.")
                                   .arg(controllerId, controller.resourceTypeName()));
    }
    QList<HardwareItem> controllers;
    QSet<QString> seen;
    for (const HardwareItem &item : hardwareItemsIn(section)) {
        if (isStorageController(item.resourceType()) && !seen.contains(item.instanceId())) {
            seen.insert(item.instanceId());
            controllers << item;
        }
    }
    if (preferIde)
        std::stable_sort(controllers.begin(), controllers.end(), [](const HardwareItem &a, const HardwareItem &b) {
            return a.resourceType() == rt::IdeController && b.resourceType() != rt::IdeController;
        });
    if (controllers.isEmpty())
        return std::unexpected(tr("The hardware section has no disk controller; add one first."));
    for (const HardwareItem &controller : std::as_const(controllers)) {
        if (const auto unit = freeUnit(section, controller))
            return DrivePlace{controller.instanceId(), *unit};
    }
    return std::unexpected(tr("Every disk controller is full; add another controller."));
}

int indexAfterItems(const xml::Element *section)
{
    const QList<xml::Element *> kids = section->childElements();
    int index = 0;
    for (int i = 0; i < kids.size(); ++i) {
        const QString &l = kids[i]->localName();
        if (l == u"Info" || l == u"System" || l == u"Item" || l == u"StorageItem" || l == u"EthernetPortItem")
            index = i + 1;
    }
    return index;
}

QList<HardwareItem> itemsOfDevice(const xml::Element *section, const QString &instanceId)
{
    QList<HardwareItem> out;
    for (const HardwareItem &item : hardwareItemsIn(section)) {
        if (item.instanceId() == instanceId)
            out << item;
    }
    return out;
}

HardwareItem deviceById(const xml::Element *section, const QString &instanceId)
{
    for (const HardwareItem &item : itemsOfDevice(section, instanceId)) {
        if (item.resourceType() >= 0)
            return item;
    }
    return {};
}

QString nextInstanceId(const xml::Element *section, const QSet<QString> &taken)
{
    quint64 top = 0;
    const auto consider = [&top](const QString &id) {
        if (const auto n = parseUnsignedDecimal(id); n && *n < (quint64(1) << 62))
            top = std::max(top, *n);
    };
    for (const HardwareItem &item : hardwareItemsIn(section))
        consider(item.instanceId());
    for (const QString &id : taken)
        consider(id);
    return QString::number(top + 1);
}

bool matches(const HardwareItem &item, const ItemVariant &variant)
{
    const QStringList configurations = item.configurations();
    if (variant.configuration.isEmpty() ? !configurations.isEmpty()
                                        : configurations != QStringList{variant.configuration})
        return false;
    const auto normal = [](const QString &b) { return b == u"normal" ? QString() : b; };
    return normal(item.bound()) == normal(variant.bound);
}

QString fieldNamespaceFor(HardwareItem::Kind kind)
{
    switch (kind) {
    case HardwareItem::Kind::Storage: return ns::Sasd.toString();
    case HardwareItem::Kind::EthernetPort: return ns::Epasd.toString();
    case HardwareItem::Kind::Resource: break;
    }
    return ns::Rasd.toString();
}

QString fieldNamespace(const xml::Element *item)
{
    for (const xml::Element *c : item->childElements()) {
        if (ns::isCim(c->namespaceUri()) && !c->namespaceUri().startsWith(ns::CimCommon))
            return c->namespaceUri();
    }
    return fieldNamespaceFor(HardwareItem(const_cast<xml::Element *>(item)).kind());
}

int fieldIndex(const xml::Element *item, QStringView local)
{
    int index = 0;
    int afterLastCim = 0;
    for (const xml::Element *c : item->childElements()) {
        if (ns::isCim(c->namespaceUri())) {
            if (QStringView(c->localName()).compare(local) > 0)
                return index;
            afterLastCim = index + 1;
        }
        ++index;
    }
    return afterLastCim;
}

std::unique_ptr<xml::Element> newItem(xml::Document &doc, const xml::Element *section, HardwareItem::Kind kind,
                                      const QList<std::pair<QString, QString>> &fields,
                                      const QList<std::pair<QString, QString>> &ovfAttributes)
{
    const QString local = kind == HardwareItem::Kind::Storage        ? u"StorageItem"_s
                          : kind == HardwareItem::Kind::EthernetPort ? u"EthernetPortItem"_s
                                                                     : u"Item"_s;
    auto item = fragment::element(doc, section, nullptr, section->namespaceUri(), local);
    const QString ovfNs = FormEdits::ovfNamespace(section);
    for (const auto &[name, value] : ovfAttributes)
        fragment::setAttribute(doc, item.get(), section, ovfNs, name, value);
    QList<std::pair<QString, QString>> sorted = fields;
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    const QString ns = fieldNamespaceFor(kind);
    fragment::declare(doc, item.get(), section, ns, preferredPrefix(ns));
    for (const auto &[name, value] : std::as_const(sorted)) {
        auto f = fragment::element(doc, section, item.get(), ns, name, preferredPrefix(ns));
        if (!value.isEmpty())
            fragment::append(doc, f.get(), doc.createText(value));
        fragment::append(doc, item.get(), std::move(f));
    }
    return item;
}

void setDetachedField(xml::Document &doc, const xml::Element *scope, xml::Element *item, QStringView local,
                      const std::optional<QString> &value)
{
    if (xml::Element *existing = cimField(item, local)) {
        if (!value) {
            const auto range = fragment::removalRange(existing);
            doc.spliceChildren(item, range.first, range.count, {});
            return;
        }
        std::vector<std::unique_ptr<xml::Node>> text;
        if (!value->isEmpty())
            text.push_back(doc.createText(*value));
        doc.spliceChildren(existing, 0, existing->childCount(), std::move(text));
        return;
    }
    if (!value)
        return;
    auto ins = fragment::insertion(doc, item, fieldIndex(item, local), fieldElement(doc, scope, item, local, *value));
    doc.spliceChildren(item, ins.nodeIndex, 0, std::move(ins.nodes));
}

std::expected<bool, QString> setField(EditSession *session, xml::Element *item, QStringView local,
                                      const std::optional<QString> &value, QUndoCommand *parent)
{
    if (xml::Element *existing = cimField(item, local)) {
        if (!value) {
            auto c = RemoveElementCommand::create(session, existing, {}, parent);
            if (!c)
                return std::unexpected(c.error());
            c->release();
            return true;
        }
        if (existing->text() == *value)
            return false;
        auto c = SetElementTextCommand::create(session, existing, *value, false, {}, parent);
        if (!c)
            return std::unexpected(c.error());
        c->release();
        return true;
    }
    if (!value)
        return false;
    auto field = fieldElement(session->document(), item, item, local, *value);
    auto c = InsertElementCommand::create(session, item, fieldIndex(item, local), std::move(field), {}, parent);
    if (!c)
        return std::unexpected(c.error());
    c->release();
    return true;
}

std::expected<bool, QString> setFields(EditSession *session, xml::Element *item,
                                       const QList<std::pair<QString, std::optional<QString>>> &fields,
                                       QUndoCommand *parent)
{
    QList<std::pair<QString, std::optional<QString>>> inserts, others;
    for (const auto &f : fields)
        (cimField(item, f.first) || !f.second ? others : inserts).append(f);
    std::sort(inserts.begin(), inserts.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    bool changed = false;
    for (const auto &list : {inserts, others}) {
        for (const auto &[name, value] : list) {
            const auto c = setField(session, item, name, value, parent);
            if (!c)
                return std::unexpected(c.error());
            changed = changed || *c;
        }
    }
    return changed;
}

void indentForSection(xml::Document &doc, xml::Element *item, const xml::Element *section)
{
    const QString unit = fragment::indentUnit(section);
    const xml::Element *first = section->firstChildElement();
    const QString indent = first && !fragment::indentOf(first).isEmpty() ? fragment::indentOf(first)
                                                                        : fragment::indentOf(section) + unit;
    fragment::indent(doc, item, indent, unit);
}

HardwareItem::Kind elementKindFor(int resourceType, bool ovf2)
{
    if (!ovf2)
        return HardwareItem::Kind::Resource;
    if (resourceType == rt::Ethernet)
        return HardwareItem::Kind::EthernetPort;
    if (resourceType == rt::DiskDrive || resourceType == rt::CdDrive || resourceType == rt::DvdDrive
        || resourceType == rt::Floppy)
        return HardwareItem::Kind::Storage;
    return HardwareItem::Kind::Resource;
}

std::expected<xml::Element *, QString> appendItem(EditSession *session, xml::Element *section, int resourceType,
                                                  const QList<std::pair<QString, QString>> &fields,
                                                  const ItemVariant &variant, QUndoCommand *command)
{
    QList<std::pair<QString, QString>> attributes;
    if (!variant.configuration.isEmpty())
        attributes.append({u"configuration"_s, variant.configuration});
    if (!variant.bound.isEmpty())
        attributes.append({u"bound"_s, variant.bound});
    xml::Document &doc = session->document();
    const bool ovf2 = ns::versionOfNamespace(doc.root()->namespaceUri()) == ns::OvfVersion::V2;
    auto item = newItem(doc, section, elementKindFor(resourceType, ovf2), fields, attributes);
    indentForSection(doc, item.get(), section);
    xml::Element *raw = item.get();
    auto insert = InsertElementCommand::create(session, section, indexAfterItems(section), std::move(item), {}, command);
    if (!insert)
        return std::unexpected(insert.error());
    insert->release();
    return raw;
}

bool isMacAddress(const QString &text)
{
    static const QRegularExpression mac(u"^[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(\\1[0-9A-Fa-f]{2}){4}$"_s);
    return mac.match(text).hasMatch();
}

} // namespace ovf::commands::hwitems
