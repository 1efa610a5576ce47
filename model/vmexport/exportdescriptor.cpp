#include "model/vmexport/exportdescriptor.h"

#include "model/deploy/domainxmlbuilder.h"
#include "model/ovf/namespaces.h"
#include "model/ovf/pendingsource.h"

#include <QMap>
#include <QSet>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace ovf::vmexport {

namespace {

using Controller = DomainDescription::Controller;
using Disk = DomainDescription::Disk;
using Nic = DomainDescription::Nic;

const QString kStreamOptimized = u"http://www.vmware.com/interfaces/specifications/vmdk.html#streamOptimized"_s;

// One RASD Item. Fields are written in the order of the CIM_ResourceAllocationSettingData
// schema (alphabetical), which OVF 1.x's xs:sequence requires.
struct Rasd
{
    QMap<QString, QStringList> fields; // QMap: sorted by name = schema order
    QList<std::pair<QString, QString>> extra; // vendor elements after the RASD fields: {qualified name, text}

    Rasd &set(const QString &name, const QString &value)
    {
        fields[name] = QStringList{value};
        return *this;
    }
    Rasd &add(const QString &name, const QString &value)
    {
        fields[name] << value;
        return *this;
    }
};

class Writer
{
public:
    Writer(QByteArray *out, const DescriptorOptions &options, QStringList *notes)
        : m_xml(out), m_options(options), m_notes(notes)
    {
        m_xml.setAutoFormatting(true);
        m_xml.setAutoFormattingIndent(2);
    }

    void envelope(const QList<ExportSystem> &systems);

private:
    void info(const QString &text) { m_xml.writeTextElement(ns::Ovf1.toString(), u"Info"_s, text); }
    void ovfAttribute(const QString &name, const QString &value) { m_xml.writeAttribute(ns::Ovf1.toString(), name, value); }
    void startOvf(const QString &name) { m_xml.writeStartElement(ns::Ovf1.toString(), name); }
    void item(const Rasd &rasd);
    void productSection();
    void virtualSystem(const ExportSystem &system);
    void hardware(const ExportSystem &system);
    QString networkOf(const Nic &nic) const { return nic.source.isEmpty() ? u"default"_s : nic.source; }

    QXmlStreamWriter m_xml;
    const DescriptorOptions &m_options;
    QStringList *m_notes;
};

void Writer::item(const Rasd &rasd)
{
    startOvf(u"Item"_s);
    for (auto it = rasd.fields.cbegin(); it != rasd.fields.cend(); ++it) {
        for (const QString &value : it.value())
            m_xml.writeTextElement(ns::Rasd.toString(), it.key(), value);
    }
    for (const auto &[name, text] : rasd.extra) {
        const qsizetype colon = name.indexOf(u':');
        const QString nsUri = name.left(colon) == u"vmw" ? ns::Vmw.toString() : ns::Workbench.toString();
        m_xml.writeStartElement(nsUri, name.mid(colon + 1));
        ovfAttribute(u"required"_s, u"false"_s);
        m_xml.writeCharacters(text);
        m_xml.writeEndElement();
    }
    m_xml.writeEndElement();
}

void Writer::productSection()
{
    if (m_options.product.isEmpty() && m_options.vendor.isEmpty() && m_options.version.isEmpty())
        return;
    startOvf(u"ProductSection"_s);
    info(ExportDescriptor::tr("Product information"));
    if (!m_options.product.isEmpty())
        m_xml.writeTextElement(ns::Ovf1.toString(), u"Product"_s, m_options.product);
    if (!m_options.vendor.isEmpty())
        m_xml.writeTextElement(ns::Ovf1.toString(), u"Vendor"_s, m_options.vendor);
    if (!m_options.version.isEmpty())
        m_xml.writeTextElement(ns::Ovf1.toString(), u"Version"_s, m_options.version);
    m_xml.writeEndElement();
}

void Writer::envelope(const QList<ExportSystem> &systems)
{
    m_xml.writeStartDocument();
    m_xml.writeNamespace(ns::Ovf1.toString(), u"ovf"_s);
    m_xml.writeNamespace(ns::Rasd.toString(), u"rasd"_s);
    m_xml.writeNamespace(ns::Vssd.toString(), u"vssd"_s);
    m_xml.writeNamespace(ns::Vmw.toString(), u"vmw"_s);
    m_xml.writeNamespace(ns::Workbench.toString(), ns::WorkbenchPrefix.toString());
    m_xml.writeDefaultNamespace(ns::Ovf1.toString());
    startOvf(u"Envelope"_s);
    ovfAttribute(u"version"_s, u"1.1"_s);

    startOvf(u"References"_s);
    for (const ExportSystem &system : systems) {
        for (const ExportedDisk &disk : system.disks) {
            startOvf(u"File"_s);
            ovfAttribute(u"href"_s, disk.href);
            ovfAttribute(u"id"_s, disk.fileId);
            if (!disk.pendingPath.isEmpty()) {
                m_xml.writeAttribute(ns::Workbench.toString(), PendingSource::kSource.toString(), disk.pendingPath);
                m_xml.writeAttribute(ns::Workbench.toString(), PendingSource::kSourceFormat.toString(), disk.pendingFormat);
            }
            m_xml.writeEndElement();
        }
    }
    m_xml.writeEndElement();

    bool anyDisk = false;
    for (const ExportSystem &system : systems)
        anyDisk = anyDisk || !system.disks.isEmpty();
    if (anyDisk) {
        startOvf(u"DiskSection"_s);
        info(ExportDescriptor::tr("The virtual disks"));
        for (const ExportSystem &system : systems) {
            for (const ExportedDisk &disk : system.disks) {
                startOvf(u"Disk"_s);
                ovfAttribute(u"capacity"_s, QString::number(disk.capacityBytes));
                ovfAttribute(u"capacityAllocationUnits"_s, u"byte"_s);
                ovfAttribute(u"diskId"_s, disk.diskId);
                ovfAttribute(u"fileRef"_s, disk.fileId);
                ovfAttribute(u"format"_s, kStreamOptimized);
                if (disk.populatedBytes > 0)
                    ovfAttribute(u"populatedSize"_s, QString::number(disk.populatedBytes));
                m_xml.writeEndElement();
            }
        }
        m_xml.writeEndElement();
    }

    QStringList networks;
    for (const ExportSystem &system : systems) {
        for (const Nic &nic : system.domain.nics) {
            if (!networks.contains(networkOf(nic)))
                networks << networkOf(nic);
        }
    }
    if (!networks.isEmpty()) {
        startOvf(u"NetworkSection"_s);
        info(ExportDescriptor::tr("The networks the machines are connected to"));
        for (const QString &network : std::as_const(networks)) {
            startOvf(u"Network"_s);
            ovfAttribute(u"name"_s, network);
            m_xml.writeTextElement(ns::Ovf1.toString(), u"Description"_s,
                                   ExportDescriptor::tr("The libvirt network or bridge %1").arg(network));
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
    }

    if (systems.size() == 1) {
        virtualSystem(systems.first());
    } else {
        startOvf(u"VirtualSystemCollection"_s);
        ovfAttribute(u"id"_s, m_options.collectionId);
        info(ExportDescriptor::tr("Virtual machines exported together"));
        m_xml.writeTextElement(ns::Ovf1.toString(), u"Name"_s, m_options.product.isEmpty() ? m_options.collectionId : m_options.product);
        productSection(); // sections in DSP0243 Table 5's order: ProductSection before StartupSection
        // DSP0243 §9.7: machines start in ascending ovf:order and stop in the reverse.
        startOvf(u"StartupSection"_s);
        info(ExportDescriptor::tr("Start order of the virtual machines"));
        for (qsizetype i = 0; i < systems.size(); ++i) {
            startOvf(u"Item"_s);
            ovfAttribute(u"id"_s, systems.at(i).id);
            ovfAttribute(u"order"_s, QString::number(i + 1));
            ovfAttribute(u"startAction"_s, u"powerOn"_s);
            ovfAttribute(u"startDelay"_s, u"0"_s);
            ovfAttribute(u"stopAction"_s, u"powerOff"_s);
            ovfAttribute(u"stopDelay"_s, u"0"_s);
            ovfAttribute(u"waitingForGuest"_s, u"false"_s);
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
        for (const ExportSystem &system : systems)
            virtualSystem(system);
        m_xml.writeEndElement();
    }
    m_xml.writeEndElement(); // Envelope
    m_xml.writeEndDocument();
}

void Writer::virtualSystem(const ExportSystem &system)
{
    const DomainDescription &d = system.domain;
    startOvf(u"VirtualSystem"_s);
    ovfAttribute(u"id"_s, system.id);
    info(ExportDescriptor::tr("The virtual machine %1, exported from libvirt").arg(d.name));
    m_xml.writeTextElement(ns::Ovf1.toString(), u"Name"_s, d.title.isEmpty() ? d.name : d.title);
    if (!d.description.trimmed().isEmpty()) {
        startOvf(u"AnnotationSection"_s);
        info(ExportDescriptor::tr("A description of the virtual machine"));
        m_xml.writeTextElement(ns::Ovf1.toString(), u"Annotation"_s, d.description);
        m_xml.writeEndElement();
    }
    // With several systems the product describes the collection.
    if (m_options.collectionId.isEmpty())
        productSection();
    startOvf(u"OperatingSystemSection"_s);
    ovfAttribute(u"id"_s, QString::number(d.osType > 0 ? d.osType : ExportDescriptor::osType(d.osinfoId, d.arch)));
    info(ExportDescriptor::tr("The guest operating system"));
    if (!d.osinfoId.isEmpty())
        m_xml.writeTextElement(ns::Ovf1.toString(), u"Description"_s, d.osinfoId);
    m_xml.writeEndElement();
    hardware(system);
    m_xml.writeEndElement();
}


void Writer::hardware(const ExportSystem &system)
{
    const DomainDescription &d = system.domain;
    startOvf(u"VirtualHardwareSection"_s);
    if (!d.transports.isEmpty())
        ovfAttribute(u"transport"_s, d.transports.join(u' ')); // DSP0243 §11.1
    info(ExportDescriptor::tr("Virtual hardware requirements"));
    startOvf(u"System"_s);
    m_xml.writeTextElement(ns::Vssd.toString(), u"ElementName"_s, u"Virtual Hardware Family"_s);
    m_xml.writeTextElement(ns::Vssd.toString(), u"InstanceID"_s, u"0"_s);
    m_xml.writeTextElement(ns::Vssd.toString(), u"VirtualSystemIdentifier"_s, system.id);
    m_xml.writeTextElement(ns::Vssd.toString(), u"VirtualSystemType"_s,
                           u"qemu-"_s + (d.machine.isEmpty() ? u"pc"_s : d.machine));
    m_xml.writeEndElement();

    int instance = 1;
    const auto next = [&instance] { return QString::number(instance++); };
    const QString what = d.name;

    Rasd cpu;
    cpu.set(u"AllocationUnits"_s, u"hertz * 10^6"_s)
        .set(u"Description"_s, ExportDescriptor::tr("Number of virtual CPUs"))
        .set(u"ElementName"_s, ExportDescriptor::tr("%n virtual CPU(s)", nullptr, d.vcpus))
        .set(u"InstanceID"_s, next())
        .set(u"ResourceType"_s, u"3"_s)
        .set(u"VirtualQuantity"_s, QString::number(d.vcpus));
    if (d.cores > 0)
        cpu.extra << std::pair{u"vmw:CoresPerSocket"_s, QString::number(d.cores)};
    if (d.threads > 1)
        cpu.extra << std::pair{u"ovfw:ThreadsPerCore"_s, QString::number(d.threads)};
    item(cpu);

    Rasd memory;
    memory.set(u"AllocationUnits"_s, u"byte * 2^20"_s)
        .set(u"Description"_s, ExportDescriptor::tr("Memory size"))
        .set(u"ElementName"_s, ExportDescriptor::tr("%1 MiB of memory").arg((d.memoryBytes + (1 << 20) - 1) >> 20))
        .set(u"InstanceID"_s, next())
        .set(u"ResourceType"_s, u"4"_s)
        .set(u"VirtualQuantity"_s, QString::number((d.memoryBytes + (1 << 20) - 1) >> 20));
    if (d.memoryBytes % (1 << 20))
        m_notes->append(ExportDescriptor::tr("%1: memory rounded up to whole MiB").arg(what));
    item(memory);

    // Controllers: the ones the disks use, keyed "bus/index" (IDE: "ide/channel").
    QMap<QString, QString> controllerIds; // key -> InstanceID
    const auto controllerKey = [](const Disk &disk) {
        if (disk.bus == u"ide")
            return u"ide/%1"_s.arg(disk.unit / 2);
        if (disk.bus == u"virtio")
            return u"virtio/0"_s;
        return u"%1/%2"_s.arg(disk.bus).arg(disk.controller);
    };
    const auto modelOf = [&d](Controller::Kind kind, int index) {
        for (const Controller &c : d.controllers) {
            if (c.kind == kind && c.index == index)
                return c.model;
        }
        return QString();
    };
    QSet<QString> used;
    int highestIdeChannel = -1;
    for (const Disk &disk : d.disks) {
        used.insert(controllerKey(disk));
        if (disk.bus == u"ide")
            highestIdeChannel = std::max(highestIdeChannel, disk.unit / 2);
    }
    // IDE: one item per PIIX channel, in channel order (deploy maps IDE item k to channel k).
    for (int channel = 0; channel <= highestIdeChannel && channel < 2; ++channel) {
        const QString id = next();
        controllerIds.insert(u"ide/%1"_s.arg(channel), id);
        item(Rasd()
                 .set(u"Address"_s, QString::number(channel))
                 .set(u"Description"_s, ExportDescriptor::tr("IDE controller"))
                 .set(u"ElementName"_s, ExportDescriptor::tr("IDE channel %1").arg(channel))
                 .set(u"InstanceID"_s, id)
                 .set(u"ResourceType"_s, u"5"_s));
    }
    QStringList keys = used.values();
    keys.sort(); // deterministic output
    for (const QString &key : std::as_const(keys)) {
        const QString bus = key.section(u'/', 0, 0);
        const int index = key.section(u'/', 1, 1).toInt();
        if (bus == u"ide")
            continue;
        Rasd rasd;
        rasd.set(u"Address"_s, QString::number(index));
        if (bus == u"scsi") {
            const QString model = modelOf(Controller::Kind::Scsi, index);
            const QString sub = deploy::DomainXmlBuilder::scsiSubType(model.isEmpty() ? u"lsilogic"_s : model)
                                    .value_or(u"lsilogic"_s);
            if (!deploy::DomainXmlBuilder::scsiSubType(model.isEmpty() ? u"lsilogic"_s : model))
                m_notes->append(ExportDescriptor::tr("%1: SCSI controller model '%2' described as lsilogic").arg(what, model));
            rasd.set(u"ElementName"_s, ExportDescriptor::tr("SCSI controller %1").arg(index))
                .set(u"ResourceSubType"_s, sub)
                .set(u"ResourceType"_s, u"6"_s);
        } else if (bus == u"sata") {
            rasd.set(u"ElementName"_s, ExportDescriptor::tr("SATA controller %1").arg(index))
                .set(u"ResourceSubType"_s, u"AHCI"_s)
                .set(u"ResourceType"_s, u"20"_s);
        } else if (bus == u"nvme") {
            rasd.set(u"ElementName"_s, ExportDescriptor::tr("NVMe controller %1").arg(index))
                .set(u"ResourceSubType"_s, u"NVMe"_s)
                .set(u"ResourceType"_s, u"20"_s);
        } else if (bus == u"virtio") {
            // OVF has no virtio-blk controller: DSP1041's "other storage device" with the
            // QEMU device name, which OVF Workbench's deploy maps back to virtio disks.
            rasd.set(u"ElementName"_s, ExportDescriptor::tr("virtio block devices"))
                .set(u"ResourceSubType"_s, u"virtio-blk"_s)
                .set(u"ResourceType"_s, u"20"_s);
        } else {
            continue; // disks on other buses are left out below
        }
        const QString id = next();
        rasd.set(u"InstanceID"_s, id);
        controllerIds.insert(key, id);
        item(rasd);
    }

    int diskNumber = 0;
    for (qsizetype i = 0; i < d.disks.size(); ++i) {
        const Disk &disk = d.disks.at(i);
        const auto controller = controllerIds.constFind(controllerKey(disk));
        if (controller == controllerIds.cend()) {
            m_notes->append(ExportDescriptor::tr("%1: %2 on bus '%3' left out (OVF has no such controller)")
                                .arg(what, disk.target, disk.bus));
            continue;
        }
        int address = disk.bus == u"ide" ? disk.unit % 2 : disk.unit;
        if (disk.bus == u"virtio") // vda, vdb, ...: the position is the address
            address = disk.target.size() > 2 ? disk.target.back().unicode() - u'a' : 0;
        Rasd rasd;
        rasd.set(u"AddressOnParent"_s, QString::number(address))
            .set(u"InstanceID"_s, next())
            .set(u"Parent"_s, *controller);
        if (disk.device == Disk::Device::Cdrom) {
            rasd.set(u"AutomaticAllocation"_s, u"false"_s)
                .set(u"ElementName"_s, ExportDescriptor::tr("CD/DVD drive %1").arg(disk.target))
                .set(u"ResourceType"_s, u"15"_s);
        } else {
            const ExportedDisk *exported = nullptr;
            for (const ExportedDisk &e : system.disks) {
                if (e.domainDisk == i)
                    exported = &e;
            }
            if (!exported)
                continue;
            rasd.set(u"ElementName"_s, ExportDescriptor::tr("Hard disk %1").arg(++diskNumber))
                .set(u"HostResource"_s, u"ovf:/disk/"_s + exported->diskId)
                .set(u"ResourceType"_s, u"17"_s);
        }
        item(rasd);
    }

    int nicNumber = 0;
    for (const Nic &nic : d.nics) {
        Rasd rasd;
        const QString model = nic.model.isEmpty() ? u"rtl8139"_s : nic.model;
        const auto sub = deploy::DomainXmlBuilder::nicSubType(model);
        if (!sub)
            m_notes->append(ExportDescriptor::tr("%1: network adapter model '%2' has no OVF name; written as E1000").arg(what, model));
        if (m_options.includeMac && !nic.mac.isEmpty())
            rasd.set(u"Address"_s, nic.mac);
        rasd.set(u"AutomaticAllocation"_s, u"true"_s)
            .set(u"Connection"_s, networkOf(nic))
            .set(u"ElementName"_s, ExportDescriptor::tr("Network adapter %1").arg(++nicNumber))
            .set(u"InstanceID"_s, next())
            .set(u"ResourceSubType"_s, sub.value_or(u"E1000"_s))
            .set(u"ResourceType"_s, u"10"_s);
        item(rasd);
    }
    for (int s = 0; s < d.serials; ++s) {
        item(Rasd()
                 .set(u"ElementName"_s, ExportDescriptor::tr("Serial port %1").arg(s + 1))
                 .set(u"InstanceID"_s, next())
                 .set(u"ResourceType"_s, u"21"_s));
    }
    // VMware's firmware key, which VMware and VirtualBox read and OVF Workbench's deploy follows.
    m_xml.writeStartElement(ns::Vmw.toString(), u"Config"_s);
    ovfAttribute(u"required"_s, u"false"_s);
    m_xml.writeAttribute(ns::Vmw.toString(), u"key"_s, u"firmware"_s);
    m_xml.writeAttribute(ns::Vmw.toString(), u"value"_s, d.firmware == DomainDescription::Firmware::Efi ? u"efi"_s : u"bios"_s);
    m_xml.writeEndElement();
    if (d.firmware == DomainDescription::Firmware::Efi && d.hasNvram)
        m_notes->append(ExportDescriptor::tr("%1: UEFI variables (NVRAM) are not carried; the guest starts with the firmware's defaults").arg(what));
    m_xml.writeEndElement();
}

} // namespace

QString ExportDescriptor::systemId(const QString &domainName)
{
    QString id;
    for (const QChar c : domainName)
        id += (c.isLetterOrNumber() && c.unicode() < 128) || c == u'-' || c == u'_' || c == u'.' ? c : u'_';
    if (id.isEmpty() || id.front().isDigit() || id.front() == u'-' || id.front() == u'.')
        id.prepend(u"vm-"_s);
    return id;
}

int ExportDescriptor::osType(const QString &osinfoId, const QString &arch)
{
    const bool x64 = arch == u"x86_64" || arch == u"aarch64";
    const QString id = osinfoId.toLower();
    // libosinfo ids are URLs of the vendor: http://debian.org/debian/12, http://ubuntu.com/ubuntu/22.04, ...
    struct Family { QStringView needle; int os32; int os64; };
    static constexpr Family families[] = {
        {u"debian.org", 95, 96},   {u"ubuntu.com", 93, 94},     {u"redhat.com/rhel", 79, 80},
        {u"centos.org", 106, 107}, {u"oracle.com", 108, 109},   {u"suse.com", 82, 83},
        {u"opensuse.org", 82, 83}, {u"freebsd.org", 42, 78},    {u"fedoraproject.org", 36, 101},
        {u"microsoft.com/win/7", 105, 105}, {u"microsoft.com/win/2k8r2", 103, 103},
        {u"microsoft.com/win/8", 113, 114}, {u"microsoft.com/win/2k12r2", 115, 115},
        {u"microsoft.com/win/2k12", 112, 112},
    };
    for (const Family &f : families) {
        if (id.contains(f.needle))
            return x64 ? f.os64 : f.os32;
    }
    if (id.contains(u"linux"))
        return x64 ? 101 : 36;
    return x64 ? 102 : 1;
}

QByteArray ExportDescriptor::write(const QList<ExportSystem> &systems, const DescriptorOptions &options, QStringList *notes)
{
    QByteArray out;
    DescriptorOptions effective = options;
    if (systems.size() == 1)
        effective.collectionId.clear(); // the ProductSection goes into the VirtualSystem
    Writer writer(&out, effective, notes);
    writer.envelope(systems);
    return out;
}

} // namespace ovf::vmexport
