#include "model/authoring/appliancebuilder.h"

#include "model/authoring/appliancetemplate.h"
#include "model/commands/adddevicecommand.h"
#include "model/commands/adddiskcommand.h"
#include "model/commands/addnetworkcommand.h"
#include "model/commands/editsession.h"
#include "model/commands/hardwareitems.h"
#include "model/commands/removedevicecommand.h"
#include "model/commands/removenetworkcommand.h"
#include "model/commands/renameentityidcommand.h"
#include "model/commands/setattributecommand.h"
#include "model/commands/setelementtextcommand.h"
#include "model/commands/setentitytextcommand.h"
#include "model/commands/setfirmwarecommand.h"
#include "model/commands/sethardwarequantitycommand.h"
#include "model/ovf/cimostypes.h"
#include "model/ovf/descriptor.h"
#include "model/ovf/sections.h"
#include "model/ovf/units.h"

#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace ovf::authoring {

using namespace commands;

namespace {

// Collects the reasons of refused commands; a command refused because nothing would change
// is not a problem here (the template already says so).
class Applier
{
public:
    explicit Applier(EditSession &session) : m_session(session) { }

    template <class T>
    T *push(Made<T> made, bool unchangedIsFine = false)
    {
        if (!made) {
            if (!unchangedIsFine)
                m_problems << made.error().split(u'\n');
            return nullptr;
        }
        T *raw = made->get();
        if (auto pushed = m_session.push(std::move(made)); !pushed) {
            m_problems << pushed.error();
            return nullptr;
        }
        return raw;
    }
    void problem(const QString &p) { m_problems << p; }
    const QStringList &problems() const { return m_problems; }

private:
    EditSession &m_session;
    QStringList m_problems;
};

bool isControllerOf(const HardwareItem &item, DeviceSpec::Kind kind, const QString &subType)
{
    using K = DeviceSpec::Kind;
    const int t = item.resourceType();
    const bool nvme = item.resourceSubType().contains(u"nvme"_s, Qt::CaseInsensitive);
    switch (kind) {
    case K::IdeController: return t == hwitems::rt::IdeController;
    case K::ScsiController:
        return t == hwitems::rt::ScsiController
            && (subType.isEmpty() || item.resourceSubType().compare(subType, Qt::CaseInsensitive) == 0);
    case K::SataController: return t == hwitems::rt::OtherStorage && !nvme;
    case K::NvmeController: return t == hwitems::rt::OtherStorage && nvme;
    default: return false;
    }
}

} // namespace

QString ApplianceBuilder::idFor(const QString &name)
{
    QString id;
    for (const QChar c : name.trimmed()) {
        const bool ok = (c.isLetterOrNumber() && c.unicode() < 128) || c == u'-' || c == u'_' || c == u'.';
        id += ok ? c : u'-';
    }
    while (id.contains(u"--"_s))
        id.replace(u"--"_s, u"-"_s);
    return id.isEmpty() || id == u"-" ? u"vm"_s : id;
}

std::expected<std::unique_ptr<Descriptor>, QStringList> ApplianceBuilder::build(const ApplianceSpec &spec,
                                                                               const QString &fileName)
{
    const QString name = fileName.isEmpty() ? idFor(spec.name) + u".ovf"_s : fileName;
    QStringList problems;
    if (spec.name.trimmed().isEmpty())
        problems << tr("The appliance needs a name.");
    if (spec.ovfMajorVersion != 1 && spec.ovfMajorVersion != 2)
        problems << tr("OVF version %1 is not one this program writes (1.0 or 2.0).").arg(spec.ovfMajorVersion);
    std::optional<CimOsType> os;
    if (!spec.os.isEmpty()) {
        if (auto found = CimOsTypes::find(spec.os))
            os = *found;
        else
            problems << found.error();
    }
    QStringList networkNames;
    for (const NetworkChoice &n : spec.networks) {
        if (networkNames.contains(n.name))
            problems << tr("The network \"%1\" is given twice.").arg(n.name);
        networkNames << n.name;
    }
    auto bytes = ApplianceTemplate::bytes(spec.templateId);
    if (!bytes)
        problems << bytes.error();
    if (!problems.isEmpty())
        return std::unexpected(problems);

    if (spec.ovfMajorVersion == 2) {
        // Our templates are OVF 1.0; the 2.0 envelope has the same content model for them.
        bytes->replace("http://schemas.dmtf.org/ovf/envelope/1", "http://schemas.dmtf.org/ovf/envelope/2");
        bytes->replace("ovf:version=\"1.0\"", "ovf:version=\"2.0\"");
    }
    auto loaded = Descriptor::fromBytes(*bytes, name);
    if (!loaded)
        return std::unexpected(QStringList{loaded.error().toString()});
    EditSession session(std::move(*loaded));
    Applier apply(session);
    xml::Element *vs = session.descriptor().envelope().content().element();
    xml::Element *hw = Entity(vs).section(SectionKind::VirtualHardware).element();

    // Name, id and the System's identifier.
    const QString id = idFor(spec.name);
    apply.push(RenameEntityIdCommand::create(&session, vs, id), true);
    apply.push(SetEntityTextCommand::create(&session, vs, SetEntityTextCommand::Field::Name, spec.name.trimmed()), true);
    if (xml::Element *identifier = anyChild(VirtualHardwareSection(hw).systemElement(), u"VirtualSystemIdentifier"))
        apply.push(SetElementTextCommand::create(&session, identifier, id), true);
    if (os) {
        xml::Element *osSection = Entity(vs).section(SectionKind::OperatingSystem).element();
        apply.push(SetAttributeCommand::createOvf(&session, osSection, u"id", QString::number(os->id)), true);
        if (xml::Element *description = ovfChild(osSection, u"Description"))
            apply.push(SetElementTextCommand::create(&session, description, os->name), true);
    }
    if (spec.cpus) {
        if (*spec.cpus == 0)
            apply.problem(tr("A virtual system needs at least one CPU."));
        else
            apply.push(SetHardwareQuantityCommand::cpus(&session, hw, *spec.cpus), true);
    }
    if (spec.memoryBytes) {
        if (*spec.memoryBytes < (quint64(1) << 20))
            apply.problem(tr("%1 of memory is too little for a virtual system (at least 1 MiB).").arg(formatByteSize(*spec.memoryBytes, QLocale())));
        else
            apply.push(SetHardwareQuantityCommand::memory(&session, hw, *spec.memoryBytes), true);
    }
    if (spec.firmware)
        apply.push(SetFirmwareCommand::create(&session, hw, *spec.firmware), true);

    // The controller disks go on.
    QString controllerId;
    if (spec.controller) {
        for (const HardwareItem &item : hardwareItemsIn(hw)) {
            if (controllerId.isEmpty() && isControllerOf(item, *spec.controller, spec.controllerSubType))
                controllerId = item.instanceId();
        }
        if (controllerId.isEmpty()) {
            DeviceSpec controller{*spec.controller};
            controller.subType = spec.controllerSubType;
            if (auto *added = apply.push(AddDeviceCommand::create(&session, hw, controller)))
                controllerId = HardwareItem(added->item()).instanceId();
        }
    }

    // Networks: the spec's replace the template's.
    if (!spec.networks.isEmpty()) {
        QString adapterType;
        for (const HardwareItem &item : hardwareItemsIn(hw)) {
            if (hwitems::isNetworkAdapter(item)) {
                if (adapterType.isEmpty())
                    adapterType = item.resourceSubType();
                apply.push(RemoveDeviceCommand::create(&session, item.element()));
            }
        }
        for (const Network &n : session.descriptor().envelope().networks())
            apply.push(RemoveNetworkCommand::create(&session, n.element()));
        for (const NetworkChoice &n : spec.networks) {
            apply.push(AddNetworkCommand::create(&session, n.name));
            DeviceSpec nic{DeviceSpec::Kind::NetworkAdapter};
            nic.network = n.name;
            nic.subType = n.adapterType.isEmpty() ? adapterType : n.adapterType;
            apply.push(AddDeviceCommand::create(&session, hw, nic));
        }
    }

    // Disks, each a pending source of a new File.
    QStringList hrefs;
    for (const DiskImport &image : spec.disks) {
        DiskSpec disk = DiskImporter::diskSpec(image, hrefs);
        hrefs << disk.href;
        disk.controller = controllerId;
        apply.push(AddDiskCommand::create(&session, hw, disk));
    }
    if (!apply.problems().isEmpty())
        return std::unexpected(apply.problems());

    // A fresh parse of the result: source positions and the "unmodified" state of a document
    // that has never been saved.
    auto built = Descriptor::fromBytes(session.document().save(), name);
    if (!built)
        return std::unexpected(QStringList{built.error().toString()});
    return std::move(*built);
}

} // namespace ovf::authoring
