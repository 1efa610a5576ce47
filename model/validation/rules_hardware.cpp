// Virtual hardware rules (DSP0243 §8): HostResource, Connection and Parent references of
// Items, and the quantities of memory and processor Items.
#include "model/ovf/descriptor.h"
#include "model/ovf/hardware.h"
#include "model/ovf/units.h"
#include "model/validation/context.h"
#include "model/validation/envelopeindex.h"
#include "model/validation/rules.h"

using namespace Qt::StringLiterals;

namespace ovf::validation {

namespace {

constexpr int ResourceOther = rt::Other;
constexpr int ResourceProcessor = rt::Processor;
constexpr int ResourceMemory = rt::Memory;
constexpr int ResourceDiskDrive = rt::DiskDrive;

bool isControllerType(int t)
{
    // Other (1), IDE (5), parallel SCSI (6), FC (7), iSCSI (8), IB (9), other storage device
    // (20, what SATA controllers are written as), USB controller (23).
    return t == ResourceOther || (t >= 5 && t <= 9) || t == 20 || t == 23;
}

bool isNetworkItem(const HardwareItem &item, int type)
{
    // Ethernet adapter (10), other network adapter (11), Ethernet switch port (30),
    // Ethernet connection (33). Other tools put unrelated text in Connection (XenServer
    // writes disk ids there), so only network Items are checked.
    return item.kind() == HardwareItem::Kind::EthernetPort || type == 10 || type == 11 || type == 30 || type == 33;
}

class HardwareRules
{
    Q_DECLARE_TR_FUNCTIONS(ovf::validation::Validator)

public:
    explicit HardwareRules(Context &ctx) : m_ctx(ctx), m_index(ctx.index())
    {
        m_legacy = ctx.descriptor().version() == ns::OvfVersion::V0_9;
    }

    void checkSection(const VirtualHardwareSection &section);

private:
    struct ItemInfo
    {
        HardwareItem item;
        int type;
        // How messages name the item; built only when one is reported.
        QString label() const { return labelOf(item, type); }
    };
    static QString labelOf(const HardwareItem &item, int type);
    void checkHostResources(const ItemInfo &info);
    void checkConnections(const ItemInfo &info);
    void checkQuantities(const ItemInfo &info);

    Context &m_ctx;
    const EnvelopeIndex &m_index;
    bool m_legacy = false;
};

QString HardwareRules::labelOf(const HardwareItem &item, int type)
{
    const QString name = item.elementName().trimmed();
    const QString kind = resourceTypeName(type);
    return name.isEmpty() ? tr("%1 (InstanceID %2)").arg(kind, quoted(item.instanceId()))
                          : tr("%1 %2").arg(kind, quoted(name));
}

void HardwareRules::checkHostResources(const ItemInfo &info)
{
    for (const xml::Element *field : anyChildren(info.item.element(), u"HostResource")) {
        const QString text = field->text().trimmed();
        if (text.isEmpty())
            continue; // vCloud writes empty HostResources carrying only vendor attributes
        const PackageReference ref = parsePackageReference(text);
        if (ref.kind == PackageReference::Kind::None) {
            // Anything else is a resource of the host, not of the package; only a disk drive
            // is expected to name a disk of the package.
            if (info.type == ResourceDiskDrive) {
                m_ctx.report(u"unresolved-host-resource", field,
                             tr("%1 has HostResource %2, which is not a disk or file of the package "
                                "(ovf:/disk/<id> or ovf:/file/<id>)")
                                 .arg(info.label(), quoted(text)),
                             Severity::Warning);
            }
            continue;
        }
        const bool isDisk = ref.kind == PackageReference::Kind::Disk;
        if (!ref.standard && !(m_legacy && text.startsWith(u"/disk/"))) {
            m_ctx.report(u"nonstandard-host-resource", field,
                         tr("%1 has HostResource %2; the standard form is %3")
                             .arg(info.label(), quoted(text),
                                  quoted((isDisk ? u"ovf:/disk/"_s : u"ovf:/file/"_s) + ref.id)));
        }
        if (isDisk && !m_index.diskById.contains(ref.id)) {
            m_ctx.report(u"unresolved-host-resource", field,
                         tr("%1 refers to disk %2, which is not in the DiskSection").arg(info.label(), quoted(ref.id)));
        } else if (!isDisk && !m_index.fileById.contains(ref.id)) {
            m_ctx.report(u"unresolved-host-resource", field,
                         tr("%1 refers to file %2, which is not in References").arg(info.label(), quoted(ref.id)));
        }
    }
}

void HardwareRules::checkConnections(const ItemInfo &info)
{
    if (!isNetworkItem(info.item, info.type))
        return;
    for (const xml::Element *field : anyChildren(info.item.element(), u"Connection")) {
        const QString name = field->text().trimmed();
        if (name.isEmpty()) {
            m_ctx.report(u"unresolved-connection", field,
                         tr("%1 has an empty Connection; it will not be connected to any network").arg(info.label()),
                         Severity::Warning);
            continue;
        }
        if (m_index.networkByName.contains(name))
            continue;
        const QString near = EnvelopeIndex::caseInsensitiveMatch(m_index.networkByName, name);
        m_ctx.report(u"unresolved-connection", field,
                     m_index.networks.isEmpty()
                         ? tr("%1 connects to network %2, but the descriptor has no NetworkSection")
                               .arg(info.label(), quoted(name))
                         : tr("%1 connects to network %2, which is not in the NetworkSection%3")
                               .arg(info.label(), quoted(name),
                                    near.isEmpty() ? QString() : tr(" (names are case-sensitive: did you mean %1?)").arg(quoted(near))));
    }
}

void HardwareRules::checkQuantities(const ItemInfo &info)
{
    if (info.type != ResourceMemory && info.type != ResourceProcessor)
        return;
    if (const xml::Element *units = anyChild(info.item.element(), u"AllocationUnits")) {
        const QString text = units->text().trimmed();
        const auto unit = parseProgrammaticUnit(text);
        if (!unit) {
            m_ctx.report(u"invalid-allocation-units", units,
                         tr("%1 has AllocationUnits %2 that cannot be read: %3").arg(info.label(), quoted(text), unit.error()));
        } else if (info.type == ResourceMemory && unit->baseUnit != u"byte") {
            m_ctx.report(u"invalid-allocation-units", units,
                         tr("%1 has AllocationUnits %2, which is not a unit of bytes").arg(info.label(), quoted(text)));
        }
    }
    if (const xml::Element *quantity = anyChild(info.item.element(), u"VirtualQuantity")) {
        const QString text = quantity->text().trimmed();
        const auto value = parseUnsignedDecimal(text);
        if (!value) {
            m_ctx.report(u"invalid-allocation-units", quantity,
                         tr("%1 has VirtualQuantity %2: %3").arg(info.label(), quoted(text), value.error()));
        }
    }
}

void HardwareRules::checkSection(const VirtualHardwareSection &section)
{
    QList<ItemInfo> items;
    QHash<QString, int> byInstanceId;
    for (const HardwareItem &item : section.items()) {
        const int type = item.resourceType();
        items.append({item, type});
        // Items of one device (ranges, per-configuration overrides) may omit the type.
        auto it = byInstanceId.find(item.instanceId());
        if (it == byInstanceId.end())
            byInstanceId.insert(item.instanceId(), type);
        else if (it.value() < 0)
            it.value() = type;
    }
    for (const ItemInfo &info : std::as_const(items)) {
        if (m_ctx.cancelledEvery(256))
            return;
        checkHostResources(info);
        checkConnections(info);
        checkQuantities(info);

        const xml::Element *parentField = anyChild(info.item.element(), u"Parent");
        const QString parent = parentField ? parentField->text().trimmed() : QString();
        if (parent.isEmpty())
            continue;
        const auto found = byInstanceId.constFind(parent);
        if (found == byInstanceId.cend()) {
            m_ctx.report(u"unresolved-parent", parentField,
                         tr("%1 has Parent %2, but no Item of this %3 has that InstanceID")
                             .arg(info.label(), quoted(parent), section.displayName()));
        } else if (parent == info.item.instanceId()) {
            m_ctx.report(u"unresolved-parent", parentField, tr("%1 is its own Parent").arg(info.label()));
        } else if (!isControllerType(found.value())) {
            m_ctx.report(u"parent-not-controller", parentField,
                         tr("%1 has Parent %2, whose type is %3, not a controller")
                             .arg(info.label(), quoted(parent), resourceTypeName(found.value())));
        }
    }
}

} // namespace

void runHardwareRules(Context &ctx)
{
    HardwareRules rules(ctx);
    for (const EnvelopeIndex::EntityInfo &info : ctx.index().entities) {
        if (ctx.cancelled())
            return;
        for (const Section &s : info.sections) {
            if (s.kind() == SectionKind::VirtualHardware)
                rules.checkSection(VirtualHardwareSection(s.element()));
        }
    }
}

} // namespace ovf::validation
