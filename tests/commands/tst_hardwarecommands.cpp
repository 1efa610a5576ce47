// The hardware, disk, network and file commands: each edit does what it says, undo gives the
// original bytes back and redo the edited ones, and a refused edit pushes nothing.
#include "commandtestkit.h"

#include "model/commands/adddevicecommand.h"
#include "model/commands/adddiskcommand.h"
#include "model/commands/addfilecommand.h"
#include "model/commands/addnetworkcommand.h"
#include "model/commands/removedevicecommand.h"
#include "model/commands/removediskcommand.h"
#include "model/commands/removefilecommand.h"
#include "model/commands/removenetworkcommand.h"
#include "model/commands/renamereferencecommand.h"
#include "model/commands/setdevicecommand.h"
#include "model/commands/setentitytextcommand.h"
#include "model/commands/setfileattributecommand.h"
#include "model/commands/setfirmwarecommand.h"
#include "model/commands/sethardwarequantitycommand.h"
#include "model/ovf/namespaces.h"
#include "model/validation/validator.h"

#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace ovf::commands;
using commandtestkit::at;

namespace {

std::unique_ptr<EditSession> tiny()
{
    QByteArray bytes = commandtestkit::fileBytes(QStringLiteral(OVFW_TEST_DATA_DIR) + u"/tiny-appliance.ovf"_s);
    bytes.replace("@VMDK_SIZE@", "65536").replace("@CFG_SIZE@", "12");
    return commandtestkit::fromText(QString::fromUtf8(bytes));
}

std::unique_ptr<EditSession> hello()
{
    return std::make_unique<EditSession>(
        std::move(*ovf::Descriptor::load(QStringLiteral(OVFW_SOURCE_DIR) + u"/resources/samples/hello-appliance.ovf"_s)));
}

// Errors of the validator for the session's current bytes (reparsed, as a saved file is).
QStringList errors(EditSession &s)
{
    auto d = ovf::Descriptor::fromBytes(s.document().save(), u"edited.ovf"_s);
    if (!d)
        return {d.error().toString()};
    QStringList out;
    for (const auto &p : ovf::validation::validate(**d).problems) {
        if (p.severity == ovf::validation::Severity::Error)
            out << p.toString();
    }
    return out;
}

QString fieldText(ovf::xml::Element *item, const QString &local)
{
    return ovf::HardwareItem(item).field(local);
}

} // namespace

class TestHardwareCommands : public QObject
{
    Q_OBJECT

private:
    static void roundTrip(EditSession &s, const QByteArray &original)
    {
        const QByteArray edited = s.document().save();
        QVERIFY(edited != original);
        while (s.undoStack()->canUndo())
            s.undoStack()->undo();
        QCOMPARE(s.document().save(), original);
        while (s.undoStack()->canRedo())
            s.undoStack()->redo();
        QCOMPARE(s.document().save(), edited);
    }
    static void refused(EditSession &s, const auto &made, const QString &contains)
    {
        QVERIFY(!made);
        QVERIFY2(made.error().contains(contains), qPrintable(made.error()));
        Q_UNUSED(s);
    }

private slots:
    void cpusAndMemory()
    {
        auto s = tiny();
        const QByteArray original = s->document().save();
        auto *hw = at(*s, u"VirtualSystem/VirtualHardwareSection"_s);
        QVERIFY(s->push(SetHardwareQuantityCommand::cpus(s.get(), hw, 4, 2)));
        auto *cpu = at(*s, u"VirtualSystem/VirtualHardwareSection/Item[1]"_s);
        QCOMPARE(fieldText(cpu, u"VirtualQuantity"_s), u"4"_s);
        QCOMPARE(fieldText(cpu, u"ElementName"_s), u"4 CPUs"_s); // followed the figure
        QVERIFY(s->document().save().contains("<vmw:CoresPerSocket xmlns:vmw=\"http://www.vmware.com/schema/ovf\" ovf:required=\"false\">2</vmw:CoresPerSocket>"));
        QVERIFY(s->push(SetHardwareQuantityCommand::memory(s.get(), hw, quint64(3) << 30)));
        auto *mem = at(*s, u"VirtualSystem/VirtualHardwareSection/Item[2]"_s);
        QCOMPARE(fieldText(mem, u"VirtualQuantity"_s), u"3072"_s); // in the Item's own MiB
        QCOMPARE(fieldText(mem, u"AllocationUnits"_s), u"byte * 2^20"_s);
        // 1.5 MiB does not divide into MiB: the unit changes.
        QVERIFY(s->push(SetHardwareQuantityCommand::memory(s.get(), hw, 1536 * 1024)));
        QCOMPARE(fieldText(mem, u"AllocationUnits"_s), u"byte * 2^10"_s);
        QCOMPARE(fieldText(mem, u"VirtualQuantity"_s), u"1536"_s);
        const int pushed = s->undoStack()->count();
        refused(*s, SetHardwareQuantityCommand::cpus(s.get(), hw, 0), u"1 to 4096"_s);
        refused(*s, SetHardwareQuantityCommand::cpus(s.get(), hw, 6, 4), u"sockets of 4"_s);
        refused(*s, SetHardwareQuantityCommand::cpus(s.get(), hw, 4), u"already"_s);
        refused(*s, SetHardwareQuantityCommand::cpus(s.get(), hw, 2, std::nullopt, {u"large"_s, {}}), u"no deployment option"_s);
        refused(*s, SetHardwareQuantityCommand::memory(s.get(), hw, 1 << 20, {{}, u"medium"_s}), u"min, max or normal"_s);
        refused(*s, SetHardwareQuantityCommand::cpus(s.get(), at(*s, u"VirtualSystem"_s), 2), u"VirtualHardwareSection"_s);
        QCOMPARE(s->undoStack()->count(), pushed);
        QVERIFY2(errors(*s).isEmpty(), qPrintable(errors(*s).join(u'\n')));
        roundTrip(*s, original);
    }

    void perOptionAndBounds()
    {
        auto s = hello();
        const QByteArray original = s->document().save();
        auto *hw = at(*s, u"VirtualSystemCollection/VirtualSystem[1]/VirtualHardwareSection"_s);
        // An existing option Item is edited in place.
        QVERIFY(s->push(SetHardwareQuantityCommand::cpus(s.get(), hw, 8, std::nullopt, {u"large"_s, {}})));
        auto *large = at(*s, u"VirtualSystemCollection/VirtualSystem[1]/VirtualHardwareSection/Item[2]"_s);
        QCOMPARE(fieldText(large, u"VirtualQuantity"_s), u"8"_s);
        QCOMPARE(fieldText(large, u"ElementName"_s), u"8 virtual CPUs"_s);
        // A bound that does not exist yet: a copy with ovf:bound="max" next to the device's Items.
        auto made = SetHardwareQuantityCommand::memory(s.get(), hw, quint64(16) << 30, {u"large"_s, u"max"_s});
        QVERIFY(made);
        auto *maxItem = (*made)->item();
        QVERIFY(s->push(std::move(made)));
        QCOMPARE(maxItem->parent(), hw);
        QCOMPARE(ovf::HardwareItem(maxItem).bound(), u"max"_s);
        QCOMPARE(ovf::HardwareItem(maxItem).configurations(), QStringList{u"large"_s});
        QCOMPARE(ovf::HardwareItem(maxItem).instanceId(), u"2"_s);
        QCOMPARE(fieldText(maxItem, u"VirtualQuantity"_s), u"16384"_s);
        QCOMPARE(at(*s, u"VirtualSystemCollection/VirtualSystem[1]/VirtualHardwareSection/Item[5]"_s), maxItem);
        QVERIFY2(errors(*s).isEmpty(), qPrintable(errors(*s).join(u'\n')));
        roundTrip(*s, original);
    }

    void splitsAnItemOfSeveralOptions()
    {
        auto s = commandtestkit::fromText(u"<Envelope xmlns=\"http://schemas.dmtf.org/ovf/envelope/1\" xmlns:ovf=\"http://schemas.dmtf.org/ovf/envelope/1\" xmlns:rasd=\"http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocationSettingData\">\n"
    "  <References/>\n"
    "  <DeploymentOptionSection>\n"
    "    <Info>Sizes</Info>\n"
    "    <Configuration ovf:id=\"small\"><Label>S</Label><Description>S</Description></Configuration>\n"
    "    <Configuration ovf:id=\"large\"><Label>L</Label><Description>L</Description></Configuration>\n"
    "  </DeploymentOptionSection>\n"
    "  <VirtualSystem ovf:id=\"vm\">\n"
    "    <Info>A VM</Info>\n"
    "    <VirtualHardwareSection>\n"
    "      <Info>HW</Info>\n"
    "      <Item ovf:configuration=\"small large\">\n"
    "        <rasd:ElementName>1 CPU</rasd:ElementName>\n"
    "        <rasd:InstanceID>1</rasd:InstanceID>\n"
    "        <rasd:ResourceType>3</rasd:ResourceType>\n"
    "        <rasd:VirtualQuantity>1</rasd:VirtualQuantity>\n"
    "      </Item>\n"
    "    </VirtualHardwareSection>\n"
    "  </VirtualSystem>\n"
    "</Envelope>\n"
    ""_s);
        const QByteArray original = s->document().save();
        auto *hw = at(*s, u"VirtualSystem/VirtualHardwareSection"_s);
        QVERIFY(s->push(SetHardwareQuantityCommand::cpus(s.get(), hw, 4, std::nullopt, {u"large"_s, {}})));
        const QString text = QString::fromUtf8(s->document().save());
        QVERIFY2(text.contains(u"<Item ovf:configuration=\"small\">"_s), qPrintable(text));
        QVERIFY2(text.contains(u"      <Item ovf:configuration=\"large\">\n"
    "        <rasd:ElementName>4 CPU</rasd:ElementName>\n"
    "        <rasd:InstanceID>1</rasd:InstanceID>\n"
    "        <rasd:ResourceType>3</rasd:ResourceType>\n"
    "        <rasd:VirtualQuantity>4</rasd:VirtualQuantity>\n"
    "      </Item>\n"
    "    </VirtualHardwareSection>"_s), qPrintable(text));
        QCOMPARE(s->undoStack()->count(), 1);
        roundTrip(*s, original);
    }

    void createsMissingItems()
    {
        auto s = commandtestkit::fromText(u"<Envelope xmlns=\"http://schemas.dmtf.org/ovf/envelope/1\" xmlns:ovf=\"http://schemas.dmtf.org/ovf/envelope/1\">\n"
    "  <References/>\n"
    "  <VirtualSystem ovf:id=\"vm\">\n"
    "    <Info>A VM</Info>\n"
    "    <VirtualHardwareSection>\n"
    "      <Info>HW</Info>\n"
    "    </VirtualHardwareSection>\n"
    "  </VirtualSystem>\n"
    "</Envelope>\n"
    ""_s);
        const QByteArray original = s->document().save();
        auto *hw = at(*s, u"VirtualSystem/VirtualHardwareSection"_s);
        QVERIFY(s->push(SetHardwareQuantityCommand::memory(s.get(), hw, quint64(512) << 20)));
        QVERIFY(s->push(SetHardwareQuantityCommand::cpus(s.get(), hw, 2)));
        const QString text = QString::fromUtf8(s->document().save());
        QVERIFY2(text.contains(u"      <Info>HW</Info>\n"
    "      <Item>\n"
    "        <rasd:AllocationUnits xmlns:rasd=\"http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocationSettingData\">byte * 2^20</rasd:AllocationUnits>"_s)
                     || text.contains(u"<rasd:VirtualQuantity"_s), qPrintable(text));
        QCOMPARE(ovf::VirtualHardwareSection(hw).items().size(), 2);
        QCOMPARE(ovf::VirtualHardwareSection(hw).items().at(0).resourceType(), 4);
        QCOMPARE(ovf::VirtualHardwareSection(hw).items().at(1).resourceType(), 3);
        QCOMPARE(ovf::VirtualHardwareSection(hw).items().at(1).instanceId(), u"2"_s);
        QVERIFY2(errors(*s).isEmpty(), qPrintable(errors(*s).join(u'\n')));
        roundTrip(*s, original);
    }

    void devicesGetFreeAddresses()
    {
        auto s = tiny();
        const QByteArray original = s->document().save();
        auto *hw = at(*s, u"VirtualSystem/VirtualHardwareSection"_s);
        DeviceSpec ide{DeviceSpec::Kind::IdeController};
        auto second = AddDeviceCommand::create(s.get(), hw, ide);
        QVERIFY(second);
        QCOMPARE(fieldText((*second)->item(), u"Address"_s), u"1"_s); // bus 0 is taken
        QCOMPARE(fieldText((*second)->item(), u"InstanceID"_s), u"6"_s);
        QVERIFY(s->push(std::move(second)));
        refused(*s, AddDeviceCommand::create(s.get(), hw, ide), u"the most it can have"_s);
        DeviceSpec scsi{DeviceSpec::Kind::ScsiController};
        scsi.subType = u"VirtualSCSI"_s;
        QVERIFY(s->push(AddDeviceCommand::create(s.get(), hw, scsi)));
        // A CD drive goes to IDE first: unit 1 of the first controller (the disk has 0).
        auto cd = AddDeviceCommand::create(s.get(), hw, DeviceSpec{DeviceSpec::Kind::CdDrive});
        QVERIFY(cd);
        QCOMPARE(fieldText((*cd)->item(), u"Parent"_s), u"3"_s);
        QCOMPARE(fieldText((*cd)->item(), u"AddressOnParent"_s), u"1"_s);
        QVERIFY(s->push(std::move(cd)));
        DeviceSpec dvd{DeviceSpec::Kind::DvdDrive};
        dvd.controller = u"3"_s;
        refused(*s, AddDeviceCommand::create(s.get(), hw, dvd), u"no free address"_s);
        dvd.controller = u"6"_s;
        dvd.address = 1;
        dvd.fileId = u"cfg"_s;
        auto d = AddDeviceCommand::create(s.get(), hw, dvd);
        QVERIFY(d);
        QCOMPARE(fieldText((*d)->item(), u"HostResource"_s), u"ovf:/file/cfg"_s);
        QVERIFY(s->push(std::move(d)));
        DeviceSpec nic{DeviceSpec::Kind::NetworkAdapter};
        nic.network = u"Nowhere"_s;
        nic.macAddress = u"52:54:00:zz:00:01"_s;
        nic.controller = QString();
        const auto bad = AddDeviceCommand::create(s.get(), hw, nic);
        QVERIFY(!bad);
        QCOMPARE(bad.error().count(u'\n'), 1); // both reasons at once
        nic.network = u"VM Network"_s;
        nic.macAddress = u"52:54:00:12:34:56"_s;
        nic.subType = u"VmxNet3"_s;
        auto n = AddDeviceCommand::create(s.get(), hw, nic);
        QVERIFY(n);
        QCOMPARE(fieldText((*n)->item(), u"ElementName"_s), u"Network adapter 2"_s);
        QVERIFY(s->push(std::move(n)));
        QVERIFY(s->push(AddDeviceCommand::create(s.get(), hw, DeviceSpec{DeviceSpec::Kind::SerialPort})));
        QVERIFY(s->push(AddDeviceCommand::create(s.get(), hw, DeviceSpec{DeviceSpec::Kind::UsbController})));
        QVERIFY2(errors(*s).isEmpty(), qPrintable(errors(*s).join(u'\n')));
        // The IDE controller with devices cannot go; the serial port can.
        refused(*s, RemoveDeviceCommand::create(s.get(), at(*s, u"VirtualSystem/VirtualHardwareSection/Item[3]"_s)),
                u"still has devices attached"_s);
        auto *serial = ovf::VirtualHardwareSection(hw).items().at(10).element();
        QCOMPARE(ovf::HardwareItem(serial).resourceType(), 21);
        QVERIFY(s->push(RemoveDeviceCommand::create(s.get(), serial)));
        roundTrip(*s, original);
    }

    void ovf2WritesPortAndStorageItems()
    {
        auto s = hello();
        auto *hw = at(*s, u"VirtualSystemCollection/VirtualSystem[2]/VirtualHardwareSection"_s);
        DeviceSpec nic{DeviceSpec::Kind::NetworkAdapter};
        nic.network = u"frontend"_s;
        auto n = AddDeviceCommand::create(s.get(), hw, nic);
        QVERIFY(n);
        QCOMPARE((*n)->item()->localName(), u"EthernetPortItem"_s);
        QCOMPARE((*n)->item()->firstChildElement()->prefix(), u"epasd"_s);
        QVERIFY(s->push(std::move(n)));
        DiskSpec disk;
        disk.capacityBytes = quint64(4) << 30;
        auto d = AddDiskCommand::create(s.get(), hw, disk);
        QVERIFY(d);
        QCOMPARE((*d)->item()->localName(), u"StorageItem"_s);
        QCOMPARE(fieldText((*d)->item(), u"AddressOnParent"_s), u"2"_s);
        QCOMPARE(ovf::ovfAttr((*d)->disk(), u"diskId"), u"disk1"_s);
        QVERIFY(!(*d)->file()); // blank disk: no File
        QVERIFY(s->push(std::move(d)));
        QVERIFY2(errors(*s).isEmpty(), qPrintable(errors(*s).join(u'\n')));
    }

    void addAndRemoveDisk()
    {
        auto s = tiny();
        const QByteArray original = s->document().save();
        auto *hw = at(*s, u"VirtualSystem/VirtualHardwareSection"_s);
        DiskSpec spec;
        spec.diskId = u"data"_s;
        spec.capacityBytes = quint64(1) << 30;
        spec.populatedSize = 4096;
        spec.href = u"data.vmdk"_s;
        spec.source = u"/images/data.qcow2"_s;
        spec.sourceFormat = u"qcow2"_s;
        auto made = AddDiskCommand::create(s.get(), hw, spec);
        QVERIFY(made);
        QCOMPARE((*made)->text(), u"Add disk 'data'"_s);
        QVERIFY(s->push(std::move(made)));
        QCOMPARE(s->undoStack()->count(), 1); // one undoable step
        const QString text = QString::fromUtf8(s->document().save());
        QVERIFY2(text.contains(u"<File ovf:id=\"data-file\" ovf:href=\"data.vmdk\" xmlns:ovfw=\"urn:ovf-workbench:1\" ovfw:source=\"/images/data.qcow2\" ovfw:sourceFormat=\"qcow2\"/>"_s), qPrintable(text));
        QVERIFY2(text.contains(u"<Disk ovf:diskId=\"data\" ovf:fileRef=\"data-file\" ovf:capacity=\"1\" ovf:capacityAllocationUnits=\"byte * 2^30\" ovf:populatedSize=\"4096\" ovf:format=\"http://www.vmware.com/interfaces/specifications/vmdk.html#streamOptimized\"/>"_s), qPrintable(text));
        QVERIFY2(text.contains(u"<rasd:AddressOnParent>1</rasd:AddressOnParent><rasd:ElementName>Hard disk 2</rasd:ElementName><rasd:HostResource>ovf:/disk/data</rasd:HostResource>"_s)
                     || text.contains(u"<rasd:HostResource>ovf:/disk/data</rasd:HostResource>"_s), qPrintable(text));
        QVERIFY2(errors(*s).isEmpty(), qPrintable(errors(*s).join(u'\n')));
        refused(*s, AddDiskCommand::create(s.get(), hw, spec), u"already a disk"_s);
        spec.diskId = u"more"_s;
        spec.href = u"../escape.vmdk"_s;
        spec.populatedSize = quint64(2) << 30;
        const auto bad = AddDiskCommand::create(s.get(), hw, spec);
        QVERIFY(!bad);
        QVERIFY2(bad.error().count(u'\n') >= 2, qPrintable(bad.error())); // href, populated size, no room on IDE
        QCOMPARE(s->undoStack()->count(), 1);
        // Removing the original disk takes its drive and its File along.
        QVERIFY(s->push(RemoveDiskCommand::create(s.get(), at(*s, u"DiskSection/Disk[1]"_s))));
        const QString after = QString::fromUtf8(s->document().save());
        QVERIFY(!after.contains(u"disk1.vmdk"_s));
        QVERIFY(!after.contains(u"ovf:/disk/d1"_s));
        QVERIFY(after.contains(u"site.cfg"_s));
        QVERIFY2(errors(*s).isEmpty(), qPrintable(errors(*s).join(u'\n')));
        roundTrip(*s, original);
    }

    void addDiskCreatesTheLists()
    {
        auto s = commandtestkit::fromText(u"<?xml version=\"1.0\"?>\n"
    "<Envelope xmlns=\"http://schemas.dmtf.org/ovf/envelope/1\" xmlns:ovf=\"http://schemas.dmtf.org/ovf/envelope/1\" xmlns:rasd=\"http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocationSettingData\">\n"
    "  <VirtualSystem ovf:id=\"vm\">\n"
    "    <Info>A VM</Info>\n"
    "    <VirtualHardwareSection>\n"
    "      <Info>HW</Info>\n"
    "      <Item>\n"
    "        <rasd:Address>0</rasd:Address>\n"
    "        <rasd:ElementName>SATA</rasd:ElementName>\n"
    "        <rasd:InstanceID>1</rasd:InstanceID>\n"
    "        <rasd:ResourceSubType>AHCI</rasd:ResourceSubType>\n"
    "        <rasd:ResourceType>20</rasd:ResourceType>\n"
    "      </Item>\n"
    "    </VirtualHardwareSection>\n"
    "  </VirtualSystem>\n"
    "</Envelope>\n"
    ""_s);
        const QByteArray original = s->document().save();
        DiskSpec spec;
        spec.capacityBytes = quint64(10) << 20;
        spec.href = u"system.vmdk"_s;
        QVERIFY(s->push(AddDiskCommand::create(s.get(), at(*s, u"VirtualSystem/VirtualHardwareSection"_s), spec)));
        const QList<ovf::xml::Element *> kids = s->document().root()->childElements();
        QCOMPARE(kids.size(), 3);
        QCOMPARE(kids[0]->localName(), u"References"_s);
        QCOMPARE(kids[1]->localName(), u"DiskSection"_s);
        QCOMPARE(kids[2]->localName(), u"VirtualSystem"_s);
        const QString text = QString::fromUtf8(s->document().save());
        QVERIFY2(text.contains(u"<Envelope xmlns=\"http://schemas.dmtf.org/ovf/envelope/1\" xmlns:ovf=\"http://schemas.dmtf.org/ovf/envelope/1\" xmlns:rasd=\"http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocationSettingData\">\n"
    "  <References>\n"
    "    <File ovf:id=\"disk1-file\" ovf:href=\"system.vmdk\"/>\n"
    "  </References>\n"
    "  <DiskSection>\n"
    "    <Info>Virtual disk information</Info>\n"
    "    <Disk ovf:diskId=\"disk1\" ovf:fileRef=\"disk1-file\" ovf:capacity=\"10\" ovf:capacityAllocationUnits=\"byte * 2^20\""_s), qPrintable(text));
        QVERIFY2(errors(*s).isEmpty(), qPrintable(errors(*s).join(u'\n')));
        roundTrip(*s, original);
    }

    void renamesFollowReferences()
    {
        auto s = tiny();
        const QByteArray original = s->document().save();
        QVERIFY(s->push(RenameReferenceCommand::create(s.get(), at(*s, u"DiskSection/Disk"_s), u"system"_s)));
        QVERIFY(s->push(RenameReferenceCommand::create(s.get(), at(*s, u"References/File[1]"_s), u"system-file"_s)));
        QVERIFY(s->push(RenameReferenceCommand::create(s.get(), at(*s, u"References/File[2]"_s), u"config"_s)));
        QVERIFY(s->push(RenameReferenceCommand::create(s.get(), at(*s, u"NetworkSection/Network"_s), u"LAN"_s)));
        const QString text = QString::fromUtf8(s->document().save());
        QVERIFY(text.contains(u"<rasd:HostResource>ovf:/disk/system</rasd:HostResource>"_s));
        QVERIFY(text.contains(u"ovf:diskId=\"system\" ovf:fileRef=\"system-file\""_s));
        QVERIFY(text.contains(u"<File ovf:fileRef=\"config\" ovf:path=\"setup/site.cfg\"/>"_s));
        QVERIFY(text.contains(u"<rasd:Connection>LAN</rasd:Connection>"_s));
        QVERIFY2(errors(*s).isEmpty(), qPrintable(errors(*s).join(u'\n')));
        refused(*s, RenameReferenceCommand::create(s.get(), at(*s, u"References/File[1]"_s), u"config"_s), u"already taken"_s);
        refused(*s, RenameReferenceCommand::create(s.get(), at(*s, u"DiskSection/Disk"_s), u"two words"_s), u"spaces"_s);
        refused(*s, RenameReferenceCommand::create(s.get(), at(*s, u"VirtualSystem"_s), u"x"_s), u"Only disks"_s);
        roundTrip(*s, original);
    }

    void networks()
    {
        auto s = tiny();
        const QByteArray original = s->document().save();
        refused(*s, RemoveNetworkCommand::create(s.get(), at(*s, u"NetworkSection/Network"_s)), u"still connect"_s);
        refused(*s, AddNetworkCommand::create(s.get(), u"VM Network"_s), u"already a network"_s);
        refused(*s, AddNetworkCommand::create(s.get(), u" "_s), u"needs a name"_s);
        QVERIFY(s->push(AddNetworkCommand::create(s.get(), u"storage"_s, u"iSCSI traffic"_s)));
        QVERIFY(s->document().save().contains("<Network ovf:name=\"storage\"><Description>iSCSI traffic</Description></Network>")
                || s->document().save().contains("<Description>iSCSI traffic</Description>"));
        auto *nic = at(*s, u"VirtualSystem/VirtualHardwareSection/Item[5]"_s);
        DeviceChanges change;
        change.network = u"storage"_s;
        change.macAddress = u"00-50-56-aa-bb-cc"_s;
        change.subType = u"virtio"_s;
        QVERIFY(s->push(SetDeviceCommand::create(s.get(), nic, change)));
        QCOMPARE(fieldText(nic, u"Connection"_s), u"storage"_s);
        QCOMPARE(fieldText(nic, u"Address"_s), u"00-50-56-aa-bb-cc"_s);
        QVERIFY(s->push(RemoveNetworkCommand::create(s.get(), at(*s, u"NetworkSection/Network[1]"_s))));
        QVERIFY2(errors(*s).isEmpty(), qPrintable(errors(*s).join(u'\n')));
        DeviceChanges wrong;
        wrong.network = u"VM Network"_s;
        wrong.macAddress = u"not a mac"_s;
        wrong.fileId = u"cfg"_s;
        const auto bad = SetDeviceCommand::create(s.get(), nic, wrong);
        QVERIFY(!bad);
        QCOMPARE(bad.error().count(u'\n'), 2);
        roundTrip(*s, original);
    }

    void drivesMove()
    {
        auto s = tiny();
        const QByteArray original = s->document().save();
        auto *hw = at(*s, u"VirtualSystem/VirtualHardwareSection"_s);
        QVERIFY(s->push(AddDeviceCommand::create(s.get(), hw, DeviceSpec{DeviceSpec::Kind::CdDrive})));
        auto *disk = at(*s, u"VirtualSystem/VirtualHardwareSection/Item[4]"_s);
        DeviceChanges taken;
        taken.address = 1;
        refused(*s, SetDeviceCommand::create(s.get(), disk, taken), u"taken by another device"_s);
        QVERIFY(s->push(AddDeviceCommand::create(s.get(), hw, DeviceSpec{DeviceSpec::Kind::SataController})));
        DeviceChanges move;
        move.controller = u"7"_s;
        QVERIFY(s->push(SetDeviceCommand::create(s.get(), disk, move)));
        QCOMPARE(fieldText(disk, u"Parent"_s), u"7"_s);
        QCOMPARE(fieldText(disk, u"AddressOnParent"_s), u"0"_s);
        QVERIFY2(errors(*s).isEmpty(), qPrintable(errors(*s).join(u'\n')));
        roundTrip(*s, original);
    }

    void firmwareAndTexts()
    {
        auto s = tiny();
        const QByteArray original = s->document().save();
        auto *hw = at(*s, u"VirtualSystem/VirtualHardwareSection"_s);
        QVERIFY(s->push(SetFirmwareCommand::create(s.get(), hw, SetFirmwareCommand::Firmware::Efi)));
        QCOMPARE(SetFirmwareCommand::firmwareOf(hw), u"efi"_s);
        QVERIFY(s->document().save().contains("<vmw:Config xmlns:vmw=\"http://www.vmware.com/schema/ovf\" ovf:required=\"false\" vmw:key=\"firmware\" vmw:value=\"efi\"/>"));
        refused(*s, SetFirmwareCommand::create(s.get(), hw, SetFirmwareCommand::Firmware::Efi), u"already"_s);
        QVERIFY(s->push(SetFirmwareCommand::create(s.get(), hw, SetFirmwareCommand::Firmware::Bios)));
        QCOMPARE(SetFirmwareCommand::firmwareOf(hw), u"bios"_s);
        auto *vs = at(*s, u"VirtualSystem"_s);
        refused(*s, SetEntityTextCommand::create(s.get(), vs, SetEntityTextCommand::Field::Info, u"  "_s), u"Info text"_s);
        QVERIFY(s->push(SetEntityTextCommand::create(s.get(), vs, SetEntityTextCommand::Field::Info, u"The tiny one"_s)));
        QVERIFY(s->push(SetEntityTextCommand::create(s.get(), vs, SetEntityTextCommand::Field::Name, QString())));
        QVERIFY(!ovf::Entity(vs).name().element);
        QVERIFY(s->push(SetEntityTextCommand::create(s.get(), vs, SetEntityTextCommand::Field::Name, u"Tiny 2"_s)));
        QCOMPARE(ovf::Entity(vs).name().text, u"Tiny 2"_s);
        QCOMPARE(vs->childElements().at(1)->localName(), u"Name"_s);
        QVERIFY2(errors(*s).isEmpty(), qPrintable(errors(*s).join(u'\n')));
        roundTrip(*s, original);
    }

    void files()
    {
        auto s = tiny();
        const QByteArray original = s->document().save();
        FileSpec bad;
        bad.href = u"../outside.iso"_s;
        bad.compression = u"zip"_s;
        bad.id = u"cfg"_s;
        const auto refusedAdd = AddFileCommand::create(s.get(), bad);
        QVERIFY(!refusedAdd);
        QCOMPARE(refusedAdd.error().count(u'\n'), 2);
        FileSpec iso;
        iso.href = u"tools.iso"_s;
        iso.size = 1024;
        auto added = AddFileCommand::create(s.get(), iso);
        QVERIFY(added);
        auto *file = (*added)->file();
        QVERIFY(s->push(std::move(added)));
        QCOMPARE(ovf::ovfAttr(file, u"id"), u"tools.iso"_s);
        refused(*s, SetFileAttributeCommand::create(s.get(), file, SetFileAttributeCommand::Attribute::Size, u"12kB"_s), u"12kB"_s);
        refused(*s, SetFileAttributeCommand::create(s.get(), file, SetFileAttributeCommand::Attribute::Href, u"site.cfg"_s), u"already has the name"_s);
        QVERIFY(s->push(SetFileAttributeCommand::create(s.get(), file, SetFileAttributeCommand::Attribute::Compression, u"gzip"_s)));
        QVERIFY(s->push(SetFileAttributeCommand::create(s.get(), file, SetFileAttributeCommand::Attribute::ChunkSize, u"512"_s)));
        QVERIFY(s->push(SetFileAttributeCommand::create(s.get(), file, SetFileAttributeCommand::Attribute::Size, std::nullopt)));
        refused(*s, RemoveFileCommand::create(s.get(), at(*s, u"References/File[2]"_s)), u"still used"_s);
        QVERIFY(s->push(RemoveFileCommand::create(s.get(), file)));
        QCOMPARE(s->document().save(), original); // added, edited and removed: the original bytes
        s->undoStack()->undo();
        const QByteArray beforeRemoval = s->document().save();
        QVERIFY(beforeRemoval != original);
        while (s->undoStack()->canUndo())
            s->undoStack()->undo();
        QCOMPARE(s->document().save(), original);
        for (int i = 0; i < 4; ++i)
            s->undoStack()->redo();
        QCOMPARE(s->document().save(), beforeRemoval);
        s->undoStack()->redo();
        QCOMPARE(s->document().save(), original);
    }
};

QTEST_GUILESS_MAIN(TestHardwareCommands)
#include "tst_hardwarecommands.moc"
