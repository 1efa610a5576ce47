#include "model/vmexport/domainreader.h"

#include "model/ovf/namespaces.h"

#include <QXmlStreamReader>

#include <limits>

using namespace Qt::StringLiterals;

namespace ovf::vmexport {

namespace {

using Disk = DomainDescription::Disk;
using Controller = DomainDescription::Controller;
using Nic = DomainDescription::Nic;

QString attr(const QXmlStreamReader &reader, QStringView name)
{
    return reader.attributes().value(name.toString()).toString();
}

int intAttr(const QXmlStreamReader &reader, QStringView name, int fallback = 0)
{
    bool ok = false;
    const int value = reader.attributes().value(name.toString()).toInt(&ok, 0);
    return ok ? value : fallback;
}

// Skips the rest of the current element.
void skip(QXmlStreamReader &reader)
{
    reader.skipCurrentElement();
}

Disk readDisk(QXmlStreamReader &reader, QStringList &dropped)
{
    Disk disk;
    const QString type = attr(reader, u"type");
    const QString device = attr(reader, u"device");
    disk.device = device == u"cdrom" ? Disk::Device::Cdrom : Disk::Device::Disk;
    if (type == u"file")
        disk.source = Disk::Source::File;
    else if (type == u"block")
        disk.source = Disk::Source::Block;
    else if (type == u"volume")
        disk.source = Disk::Source::Volume;
    bool hasSource = false;
    int addressBus = 0;
    int addressUnit = -1;
    while (reader.readNextStartElement()) {
        const QStringView name = reader.name();
        if (name == u"driver") {
            disk.format = attr(reader, u"type");
            skip(reader);
        } else if (name == u"source") {
            hasSource = true;
            disk.path = disk.source == Disk::Source::Block ? attr(reader, u"dev") : attr(reader, u"file");
            disk.pool = attr(reader, u"pool");
            disk.volume = attr(reader, u"volume");
            skip(reader);
        } else if (name == u"target") {
            disk.target = attr(reader, u"dev");
            disk.bus = attr(reader, u"bus");
            skip(reader);
        } else if (name == u"readonly") {
            disk.readOnly = true;
            skip(reader);
        } else if (name == u"boot") {
            disk.bootOrder = intAttr(reader, u"order");
            skip(reader);
        } else if (name == u"address") {
            if (attr(reader, u"type") == u"drive") {
                disk.controller = intAttr(reader, u"controller");
                addressBus = intAttr(reader, u"bus");
                addressUnit = intAttr(reader, u"unit", -1);
            }
            skip(reader);
        } else {
            skip(reader); // backingStore (flattened), serial, iotune, ...
        }
    }
    // libvirt's IDE drive address: bus = channel, unit = master/slave.
    if (addressUnit >= 0)
        disk.unit = disk.bus == u"ide" ? addressBus * 2 + addressUnit : addressUnit;
    if (!hasSource) {
        disk.source = Disk::Source::None;
    }
    if (device == u"floppy" || device == u"lun") {
        dropped << DomainReader::tr("%1 drive %2 (OVF carries disks and CD/DVD drives only)").arg(device, disk.target);
        disk.source = Disk::Source::None;
        disk.device = Disk::Device::Cdrom;
        disk.bus = u"#dropped"_s;
    } else if (disk.device == Disk::Device::Disk && type != u"file" && type != u"block" && type != u"volume") {
        dropped << DomainReader::tr("disk %1 of type '%2' (only file, block and volume disks can be read)").arg(disk.target, type);
        disk.bus = u"#dropped"_s;
    }
    return disk;
}

Nic readInterface(QXmlStreamReader &reader)
{
    Nic nic;
    const QString type = attr(reader, u"type");
    nic.kind = type == u"network" ? Nic::Kind::Network : type == u"bridge" ? Nic::Kind::Bridge : Nic::Kind::Other;
    while (reader.readNextStartElement()) {
        const QStringView name = reader.name();
        if (name == u"mac") {
            nic.mac = attr(reader, u"address");
        } else if (name == u"source") {
            if (nic.kind == Nic::Kind::Network)
                nic.source = attr(reader, u"network");
            else if (nic.kind == Nic::Kind::Bridge)
                nic.source = attr(reader, u"bridge");
            else
                nic.source = attr(reader, u"dev");
        } else if (name == u"model") {
            nic.model = attr(reader, u"type");
        }
        skip(reader);
    }
    if (nic.kind == Nic::Kind::Other)
        nic.source = nic.source.isEmpty() ? type : type + u'-' + nic.source;
    return nic;
}

// One device OVF has no place for, as the line the user reads.
QString droppedDevice(QXmlStreamReader &reader)
{
    const QString name = reader.name().toString(); // the reader's view moves on below
    const QString type = attr(reader, u"type");
    QString detail;
    if (name == u"channel" || name == u"video" || name == u"sound" || name == u"memballoon" || name == u"rng"
        || name == u"watchdog" || name == u"tpm") {
        // The interesting part is in a child: <target name>, <model type>, or the model attribute.
        detail = attr(reader, u"model");
        while (reader.readNextStartElement()) {
            if (reader.name() == u"target" && !attr(reader, u"name").isEmpty())
                detail = attr(reader, u"name");
            else if (reader.name() == u"model" && !attr(reader, u"type").isEmpty())
                detail = attr(reader, u"type");
            else if (reader.name() == u"backend" && detail.isEmpty())
                detail = attr(reader, u"model");
            skip(reader);
        }
    } else {
        skip(reader);
    }
    if (detail.isEmpty())
        detail = type;
    return detail.isEmpty() ? name : u"%1 (%2)"_s.arg(name, detail);
}

Controller::Kind controllerKind(const QString &type, bool *known)
{
    *known = true;
    if (type == u"ide")
        return Controller::Kind::Ide;
    if (type == u"scsi")
        return Controller::Kind::Scsi;
    if (type == u"sata")
        return Controller::Kind::Sata;
    if (type == u"nvme")
        return Controller::Kind::Nvme;
    *known = false;
    return Controller::Kind::Ide;
}

} // namespace

std::optional<quint64> DomainReader::memoryBytes(quint64 value, const QString &unit)
{
    const QString u = unit.trimmed();
    quint64 factor = 0;
    if (u.isEmpty() || u == u"KiB" || u == u"k" || u == u"K")
        factor = 1024;
    else if (u == u"b" || u == u"bytes")
        factor = 1;
    else if (u == u"KB")
        factor = 1000;
    else if (u == u"MB")
        factor = 1000 * 1000;
    else if (u == u"MiB" || u == u"M" || u == u"m")
        factor = quint64(1) << 20;
    else if (u == u"GB")
        factor = quint64(1000) * 1000 * 1000;
    else if (u == u"GiB" || u == u"G" || u == u"g")
        factor = quint64(1) << 30;
    else if (u == u"TB")
        factor = quint64(1000) * 1000 * 1000 * 1000;
    else if (u == u"TiB" || u == u"T" || u == u"t")
        factor = quint64(1) << 40;
    if (!factor || value > std::numeric_limits<quint64>::max() / factor)
        return std::nullopt;
    return value * factor;
}

std::expected<DomainDescription, QString> DomainReader::read(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    DomainDescription d;
    const auto fail = [&reader](const QString &message) {
        return std::unexpected(tr("domain XML, line %1, column %2: %3")
                                   .arg(reader.lineNumber()).arg(reader.columnNumber()).arg(message));
    };
    // A DOCTYPE never comes from libvirt; refuse it rather than expand anything.
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::DTD)
            return fail(tr("a DOCTYPE is not accepted"));
        if (token == QXmlStreamReader::StartElement)
            break;
    }
    if (reader.hasError())
        return fail(reader.errorString());
    if (reader.name() != u"domain")
        return fail(tr("the root element is <%1>, not <domain>").arg(reader.name().toString()));
    d.domainType = attr(reader, u"type");

    while (reader.readNextStartElement()) {
        const QStringView name = reader.name();
        if (name == u"name") {
            d.name = reader.readElementText().trimmed();
        } else if (name == u"uuid") {
            d.uuid = reader.readElementText().trimmed();
        } else if (name == u"title") {
            d.title = reader.readElementText().trimmed();
        } else if (name == u"description") {
            d.description = reader.readElementText();
        } else if (name == u"memory") {
            const QString unit = attr(reader, u"unit");
            bool ok = false;
            const quint64 value = reader.readElementText().trimmed().toULongLong(&ok);
            const auto bytes = ok ? memoryBytes(value, unit) : std::nullopt;
            if (!bytes)
                return fail(tr("<memory> is not a size libvirt writes"));
            d.memoryBytes = *bytes;
        } else if (name == u"vcpu") {
            bool ok = false;
            d.vcpus = reader.readElementText().trimmed().toInt(&ok);
            if (!ok || d.vcpus < 1)
                return fail(tr("<vcpu> is not a positive number"));
        } else if (name == u"os") {
            if (attr(reader, u"firmware") == u"efi")
                d.firmware = DomainDescription::Firmware::Efi;
            while (reader.readNextStartElement()) {
                if (reader.name() == u"type") {
                    d.machine = attr(reader, u"machine");
                    if (!attr(reader, u"arch").isEmpty())
                        d.arch = attr(reader, u"arch");
                } else if (reader.name() == u"loader") {
                    // A pflash loader (OVMF) is UEFI; a rom loader stays BIOS.
                    if (attr(reader, u"type") == u"pflash" || reader.attributes().value(u"secure"_s) == u"yes")
                        d.firmware = DomainDescription::Firmware::Efi;
                } else if (reader.name() == u"nvram") {
                    d.hasNvram = true;
                }
                skip(reader);
            }
        } else if (name == u"cpu") {
            while (reader.readNextStartElement()) {
                if (reader.name() == u"topology") {
                    d.sockets = intAttr(reader, u"sockets");
                    d.cores = intAttr(reader, u"cores");
                    d.threads = intAttr(reader, u"threads");
                }
                skip(reader);
            }
        } else if (name == u"metadata") {
            // libosinfo: <libosinfo:libosinfo><libosinfo:os id="http://debian.org/debian/12"/>.
            int depth = 1;
            while (depth > 0 && !reader.atEnd()) {
                const auto token = reader.readNext();
                if (token == QXmlStreamReader::StartElement) {
                    ++depth;
                    if (reader.name() == u"os" && reader.namespaceUri() == u"http://libosinfo.org/xmlns/libvirt/domain/1.0")
                        d.osinfoId = attr(reader, u"id");
                    else if (reader.name() == u"appliance" && reader.namespaceUri() == ns::Workbench)
                        d.transports = attr(reader, u"transport").split(u' ', Qt::SkipEmptyParts);
                } else if (token == QXmlStreamReader::EndElement) {
                    --depth;
                }
            }
        } else if (name == u"devices") {
            while (reader.readNextStartElement()) {
                const QStringView device = reader.name();
                if (device == u"disk") {
                    Disk disk = readDisk(reader, d.dropped);
                    if (disk.bus != u"#dropped")
                        d.disks << disk;
                } else if (device == u"controller") {
                    const QString type = attr(reader, u"type");
                    bool known = false;
                    const Controller::Kind kind = controllerKind(type, &known);
                    if (known)
                        d.controllers << Controller{kind, intAttr(reader, u"index"), attr(reader, u"model")};
                    skip(reader); // pci, usb, virtio-serial, ccid, ...: implicit or follow their devices
                } else if (device == u"interface") {
                    d.nics << readInterface(reader);
                } else if (device == u"serial") {
                    ++d.serials;
                    skip(reader);
                } else if (device == u"console" || device == u"emulator" || device == u"input"
                           || device == u"hub" || device == u"panic") {
                    // The console is the first serial port again; input devices and hubs are
                    // implicit defaults (PS/2, USB) of every guest; nothing is lost.
                    const bool tablet = device == u"input" && attr(reader, u"type") == u"tablet";
                    if (tablet)
                        d.dropped << tr("input (tablet)");
                    skip(reader);
                } else if (device == u"audio" && attr(reader, u"type") == u"none") {
                    skip(reader); // libvirt's implicit "no audio backend": nothing to drop
                } else {
                    d.dropped << droppedDevice(reader);
                }
            }
        } else {
            skip(reader); // features, clock, on_poweroff, pm, resource, ...
        }
    }
    if (reader.hasError())
        return fail(reader.errorString());
    if (d.name.isEmpty())
        return std::unexpected(tr("domain XML: no <name>"));
    if (d.memoryBytes == 0)
        return std::unexpected(tr("domain XML of %1: no <memory>").arg(d.name));
    return d;
}

} // namespace ovf::vmexport
