#include "model/deploy/domainxml.h"

#include "model/ovf/namespaces.h"

#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace ovf::deploy {

QString DomainXml::busName(DomainSpec::Bus bus)
{
    switch (bus) {
    case DomainSpec::Bus::Ide: return u"ide"_s;
    case DomainSpec::Bus::Scsi: return u"scsi"_s;
    case DomainSpec::Bus::Sata: return u"sata"_s;
    case DomainSpec::Bus::Virtio: return u"virtio"_s;
    case DomainSpec::Bus::Usb: return u"usb"_s;
    }
    return u"ide"_s;
}

QString DomainXml::targetDevice(DomainSpec::Bus bus, int position)
{
    QString prefix = u"sd"_s;
    if (bus == DomainSpec::Bus::Ide)
        prefix = u"hd"_s;
    else if (bus == DomainSpec::Bus::Virtio)
        prefix = u"vd"_s;
    // a..z, aa..zz, ... (libvirt's virDiskNameToIndex in reverse)
    QString suffix;
    int n = position;
    do {
        suffix.prepend(QChar(u'a' + n % 26));
        n = n / 26 - 1;
    } while (n >= 0);
    return prefix + suffix;
}

namespace {

void writeDisk(QXmlStreamWriter &w, const DomainSpec::Disk &disk, const QString &target)
{
    const bool cdrom = disk.device == DomainSpec::Device::Cdrom;
    const bool volume = disk.file.isEmpty() && !disk.pool.isEmpty();
    w.writeStartElement(u"disk"_s);
    w.writeAttribute(u"type"_s, volume ? u"volume"_s : u"file"_s);
    w.writeAttribute(u"device"_s, cdrom ? u"cdrom"_s : u"disk"_s);
    w.writeEmptyElement(u"driver"_s);
    w.writeAttribute(u"name"_s, u"qemu"_s);
    w.writeAttribute(u"type"_s, cdrom ? u"raw"_s : diskFormatName(disk.format));
    if (volume) {
        w.writeEmptyElement(u"source"_s);
        w.writeAttribute(u"pool"_s, disk.pool);
        w.writeAttribute(u"volume"_s, disk.volume);
    } else if (!disk.file.isEmpty()) {
        w.writeEmptyElement(u"source"_s);
        w.writeAttribute(u"file"_s, disk.file);
    }
    w.writeEmptyElement(u"target"_s);
    w.writeAttribute(u"dev"_s, target);
    w.writeAttribute(u"bus"_s, DomainXml::busName(disk.bus));
    if (disk.readOnly || cdrom)
        w.writeEmptyElement(u"readonly"_s);
    if (disk.bootOrder > 0) {
        w.writeEmptyElement(u"boot"_s);
        w.writeAttribute(u"order"_s, QString::number(disk.bootOrder));
    }
    if (disk.bus == DomainSpec::Bus::Ide || disk.bus == DomainSpec::Bus::Scsi
        || disk.bus == DomainSpec::Bus::Sata) {
        // IDE: two buses (channels) of two units each per controller; SATA: one bus, six
        // ports; SCSI: unit per target 0 (libvirt's drive address).
        w.writeEmptyElement(u"address"_s);
        w.writeAttribute(u"type"_s, u"drive"_s);
        w.writeAttribute(u"controller"_s, QString::number(disk.controller));
        const bool ide = disk.bus == DomainSpec::Bus::Ide;
        w.writeAttribute(u"bus"_s, QString::number(ide ? disk.unit / 2 : 0));
        w.writeAttribute(u"target"_s, u"0"_s);
        w.writeAttribute(u"unit"_s, QString::number(ide ? disk.unit % 2 : disk.unit));
    }
    w.writeEndElement();
}

} // namespace

QByteArray DomainXml::write(const DomainSpec &spec)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(2);
    w.writeStartElement(u"domain"_s);
    w.writeAttribute(u"type"_s, spec.type);
    w.writeTextElement(u"name"_s, spec.name);
    if (!spec.uuid.isEmpty())
        w.writeTextElement(u"uuid"_s, spec.uuid);
    w.writeStartElement(u"memory"_s);
    w.writeAttribute(u"unit"_s, u"KiB"_s);
    w.writeCharacters(QString::number((spec.memoryBytes + 1023) / 1024));
    w.writeEndElement();
    if (!spec.ovfTransports.isEmpty()) {
        // libvirt keeps foreign elements under <metadata>, one per namespace (formatdomain.html#general-metadata).
        w.writeStartElement(u"metadata"_s);
        w.writeNamespace(ns::Workbench.toString(), ns::WorkbenchPrefix.toString());
        w.writeEmptyElement(ns::Workbench.toString(), u"appliance"_s);
        w.writeAttribute(u"transport"_s, spec.ovfTransports.join(u' '));
        w.writeEndElement();
    }
    w.writeTextElement(u"vcpu"_s, QString::number(std::max(1, spec.vcpus)));

    const bool efi = spec.firmware == DomainSpec::Firmware::Efi;
    w.writeStartElement(u"os"_s);
    if (efi)
        w.writeAttribute(u"firmware"_s, u"efi"_s);
    w.writeStartElement(u"type"_s);
    w.writeAttribute(u"arch"_s, spec.arch);
    w.writeAttribute(u"machine"_s, spec.machine);
    w.writeCharacters(u"hvm"_s);
    w.writeEndElement();
    if (efi) {
        // libvirt's firmware auto-selection (formatdomain "BIOS bootloader"): the features
        // pick an OVMF build from the firmware descriptors the ovmf package installs.
        w.writeStartElement(u"firmware"_s);
        w.writeEmptyElement(u"feature"_s);
        w.writeAttribute(u"enabled"_s, spec.secureBoot ? u"yes"_s : u"no"_s);
        w.writeAttribute(u"name"_s, u"secure-boot"_s);
        w.writeEmptyElement(u"feature"_s);
        w.writeAttribute(u"enabled"_s, spec.secureBoot ? u"yes"_s : u"no"_s);
        w.writeAttribute(u"name"_s, u"enrolled-keys"_s);
        w.writeEndElement();
    }
    w.writeEndElement(); // os

    w.writeStartElement(u"features"_s);
    w.writeEmptyElement(u"acpi"_s);
    w.writeEmptyElement(u"apic"_s);
    if (efi && spec.secureBoot) {
        w.writeEmptyElement(u"smm"_s);
        w.writeAttribute(u"state"_s, u"on"_s);
    }
    w.writeEndElement();
    w.writeTextElement(u"on_poweroff"_s, u"destroy"_s);
    w.writeTextElement(u"on_reboot"_s, u"restart"_s);
    w.writeTextElement(u"on_crash"_s, u"destroy"_s);

    w.writeStartElement(u"devices"_s);
    for (const DomainSpec::Controller &controller : spec.controllers) {
        w.writeEmptyElement(u"controller"_s);
        w.writeAttribute(u"type"_s, controller.type);
        w.writeAttribute(u"index"_s, QString::number(controller.index));
        if (!controller.model.isEmpty())
            w.writeAttribute(u"model"_s, controller.model);
    }
    // Device names: IDE by position (controller, channel, unit); the sd* names are shared by
    // SCSI, SATA and USB disks and numbered in order; vd* likewise.
    int sdCount = 0;
    int vdCount = 0;
    for (const DomainSpec::Disk &disk : spec.disks) {
        QString target;
        if (disk.bus == DomainSpec::Bus::Ide)
            target = targetDevice(disk.bus, disk.controller * 4 + disk.unit);
        else if (disk.bus == DomainSpec::Bus::Virtio)
            target = targetDevice(disk.bus, vdCount++);
        else
            target = targetDevice(disk.bus, sdCount++);
        writeDisk(w, disk, target);
    }
    for (const DomainSpec::Nic &nic : spec.nics) {
        w.writeStartElement(u"interface"_s);
        w.writeAttribute(u"type"_s, nic.network.isEmpty() ? u"user"_s : u"network"_s);
        if (!nic.mac.isEmpty()) {
            w.writeEmptyElement(u"mac"_s);
            w.writeAttribute(u"address"_s, nic.mac);
        }
        if (!nic.network.isEmpty()) {
            w.writeEmptyElement(u"source"_s);
            w.writeAttribute(u"network"_s, nic.network);
        }
        w.writeEmptyElement(u"model"_s);
        w.writeAttribute(u"type"_s, nic.model.isEmpty() ? u"e1000"_s : nic.model);
        if (nic.linkDown) {
            w.writeEmptyElement(u"link"_s);
            w.writeAttribute(u"state"_s, u"down"_s);
        }
        w.writeEndElement();
    }
    for (qsizetype i = 0; i < spec.serials.size(); ++i) {
        const DomainSpec::Serial &serial = spec.serials.at(i);
        const bool file = serial.kind == DomainSpec::Serial::Kind::File;
        w.writeStartElement(u"serial"_s);
        w.writeAttribute(u"type"_s, file ? u"file"_s : u"pty"_s);
        if (file) {
            w.writeEmptyElement(u"source"_s);
            w.writeAttribute(u"path"_s, serial.path);
        }
        w.writeEmptyElement(u"target"_s);
        w.writeAttribute(u"port"_s, QString::number(i));
        w.writeEndElement();
    }
    if (spec.graphics) {
        w.writeEmptyElement(u"graphics"_s);
        w.writeAttribute(u"type"_s, u"vnc"_s);
        w.writeAttribute(u"autoport"_s, u"yes"_s);
        w.writeAttribute(u"listen"_s, u"127.0.0.1"_s);
        w.writeStartElement(u"video"_s);
        w.writeEmptyElement(u"model"_s);
        w.writeAttribute(u"type"_s, u"vga"_s);
        w.writeEndElement();
    }
    w.writeEndElement(); // devices
    w.writeEndElement(); // domain
    w.writeEndDocument();
    return out;
}

} // namespace ovf::deploy
