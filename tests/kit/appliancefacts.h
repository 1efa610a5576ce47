#pragma once

// One normalized comparison of two appliances, for tests that build the same appliance two
// ways (the GUI and `ovfctl new/edit/pack`) and require the results to be the same appliance.
// applianceFacts() lists what an appliance is, one fact a line, independent of the ids a tool
// picks (File ids, Disk ids, InstanceIDs are replaced by what they name) and of the order of
// the XML; compareFacts() names every fact one side has and the other has not.
//
// What is compared: the OVF version; each File (href, ovf:size, compression, chunk size); each
// Disk (capacity in bytes, format, populated size, its File); each Network (name, description);
// each deployment option (id, default, label, description); each virtual system or
// collection (id, Name), its OS (id, version), its VirtualHardwareSection (system type,
// transports) and every hardware item (ResourceType and subtype, quantity and units — memory
// in bytes —, ovf:configuration and ovf:bound, connections, parent as the parent's type and
// address, Address, AddressOnParent, host resources, automatic allocation, ElementName);
// its ProductSections' properties (key, type, qualifiers, value, userConfigurable, password,
// label, description, category, per-option values); the text of its EULAs.
// Header-only test support.

#include "model/ovf/descriptor.h"
#include "model/ovf/entity.h"
#include "model/ovf/envelope.h"
#include "model/ovf/hardware.h"
#include "model/ovf/productsection.h"
#include "model/ovf/sections.h"
#include "model/ovf/units.h"
#include "model/package/packageopener.h"

#include <QHash>
#include <QStringList>

#include <expected>

namespace testkit {

using namespace Qt::StringLiterals;

namespace detail {

inline QString quoted(const QString &text)
{
    return u'"' + QString(text).replace(u'\n', u"\\n"_s) + u'"';
}

// "ovf:/disk/<diskId>" and "ovf:/file/<fileId>" as what they name.
inline QString hostResource(const QString &reference, const QHash<QString, QString> &disks,
                            const QHash<QString, QString> &files)
{
    const QString diskPrefix = u"ovf:/disk/"_s;
    const QString filePrefix = u"ovf:/file/"_s;
    if (reference.startsWith(diskPrefix))
        return disks.value(reference.mid(diskPrefix.size()), u"unknown disk "_s + reference);
    if (reference.startsWith(filePrefix))
        return files.value(reference.mid(filePrefix.size()), u"unknown file "_s + reference);
    return reference;
}

inline QStringList sortedJoin(QStringList list)
{
    list.sort();
    return list;
}

} // namespace detail

inline QStringList applianceFacts(const ovf::Descriptor &descriptor)
{
    using detail::quoted;
    QStringList facts;
    const ovf::Envelope envelope = descriptor.envelope();
    facts << u"version %1"_s.arg(descriptor.versionAttribute());

    QHash<QString, QString> files; // ovf:id -> "file <href>"
    for (const ovf::FileReference &f : envelope.files()) {
        files.insert(f.id(), u"file "_s + quoted(f.href()));
        facts << u"file %1 size=%2 compression=%3 chunkSize=%4"_s.arg(quoted(f.href()), f.size(), f.compression(),
                                                                        f.chunkSize());
    }
    QHash<QString, QString> disks; // ovf:diskId -> "disk #i"
    const QList<ovf::VirtualDisk> diskList = envelope.disks();
    for (qsizetype i = 0; i < diskList.size(); ++i) {
        const ovf::VirtualDisk &d = diskList[i];
        const QString name = u"disk #%1"_s.arg(i);
        disks.insert(d.diskId(), name);
        const auto capacity = d.capacityBytes();
        facts << u"%1 capacity=%2 format=%3 populatedSize=%4 %5"_s.arg(
            name, capacity ? QString::number(*capacity) : u"invalid: "_s + capacity.error(), d.format(),
            d.populatedSize(), d.hasFileRef() ? files.value(d.fileRef(), u"unknown file "_s + d.fileRef()) : u"no file"_s);
    }
    for (const ovf::Network &n : envelope.networks())
        facts << u"network %1 description=%2"_s.arg(quoted(n.name()), quoted(n.description().text));
    for (const ovf::Configuration &c : envelope.configurations()) {
        facts << u"option %1 default=%2 label=%3 description=%4"_s.arg(
            c.id(), c.isDefault() ? u"true"_s : u"false"_s, quoted(c.label().text), quoted(c.description().text));
    }

    for (const ovf::Entity &entity : envelope.allEntities()) {
        const QString who = (entity.isCollection() ? u"collection "_s : u"system "_s) + entity.id();
        facts << who + u" name="_s + quoted(entity.name().text);
        const ovf::OperatingSystemSection os(entity.section(ovf::SectionKind::OperatingSystem).element());
        if (!os.isNull())
            facts << who + u" os id=%1 version=%2"_s.arg(os.osId(), os.osVersion());
        for (const ovf::Section &s : entity.sections(ovf::SectionKind::VirtualHardware)) {
            const ovf::VirtualHardwareSection hw(s.element());
            facts << who + u" hardware type=%1 transport=%2"_s.arg(quoted(hw.virtualSystemType()),
                                                                    detail::sortedJoin(hw.transports()).join(u' '));
            const QList<ovf::HardwareItem> items = hw.items();
            QHash<QString, QString> byInstance; // InstanceID -> "rt=N address=A"
            for (const ovf::HardwareItem &item : items)
                byInstance.insert(item.instanceId(), u"rt=%1 address=%2"_s.arg(item.resourceType()).arg(item.address()));
            for (const ovf::HardwareItem &item : items) {
                QString quantity = item.virtualQuantity();
                if (item.resourceType() == ovf::rt::Memory) {
                    const auto bytes = ovf::parseByteQuantity(item.virtualQuantity(), item.allocationUnits());
                    quantity = bytes ? QString::number(*bytes) + u" bytes"_s : u"invalid: "_s + bytes.error();
                } else if (!item.allocationUnits().isEmpty()) {
                    quantity += u" units="_s + item.allocationUnits();
                }
                QStringList hosts;
                for (const QString &h : item.hostResources())
                    hosts << detail::hostResource(h, disks, files);
                const QString parent = item.parentId().isEmpty()
                                           ? QString()
                                           : byInstance.value(item.parentId(), u"unknown "_s + item.parentId());
                facts << who + u" item rt=%1 subtype=%2 configuration=%3 bound=%4 quantity=%5 connection=%6 parent=[%7] "
                               "address=%8 addressOnParent=%9 host=[%10] automatic=%11 name=%12"_s
                                   .arg(item.resourceType())
                                   .arg(item.resourceSubType(), detail::sortedJoin(item.configurations()).join(u','),
                                        item.bound(), quantity, item.connections().join(u','), parent, item.address(),
                                        item.addressOnParent(), hosts.join(u','))
                                   .arg(item.automaticAllocation(), quoted(item.elementName()));
            }
        }
        for (const ovf::ProductSection &product : entity.productSections()) {
            for (const ovf::Property &p : product.properties()) {
                QStringList perOption;
                for (const ovf::ConfigurationValue &v : p.configurationValues())
                    perOption << detail::sortedJoin(v.configurations).join(u',') + u'=' + quoted(v.value);
                perOption.sort();
                facts << who
                        + u" property %1 type=%2 qualifiers=%3 value=%4 userConfigurable=%5 password=%6 label=%7 "
                          "description=%8 category=%9 perOption=[%10]"_s
                              .arg(quoted(product.fullKey(p)), p.type(), quoted(p.qualifiers()), quoted(p.value()),
                                   p.isUserConfigurable() ? u"true"_s : u"false"_s,
                                   p.isPassword() ? u"true"_s : u"false"_s, quoted(p.label().text),
                                   quoted(p.description().text), quoted(p.category().text))
                              .arg(perOption.join(u' '));
            }
        }
        for (const ovf::Section &s : entity.sections(ovf::SectionKind::Eula))
            facts << who + u" eula "_s + quoted(ovf::EulaSection(s.element()).license().text);
    }
    facts.sort();
    return facts;
}

// The facts of the descriptor at `path`, or of the descriptor inside the package (OVA, ZIP,
// OVF folder) at `path`; the error names the file.
inline std::expected<QStringList, QString> applianceFacts(const QString &path)
{
    std::unique_ptr<ovf::Descriptor> descriptor;
    if (ovf::package::PackageOpener::isPackage(path)) {
        auto read = ovf::package::PackageOpener::readDescriptor(path);
        if (!read)
            return std::unexpected(path + u": "_s + read.error().toString());
        auto loaded = ovf::Descriptor::fromBytes(read->bytes, read->name);
        if (!loaded)
            return std::unexpected(path + u": "_s + loaded.error().toString());
        descriptor = std::move(*loaded);
    } else {
        auto loaded = ovf::Descriptor::load(path);
        if (!loaded)
            return std::unexpected(loaded.error().toString());
        descriptor = std::move(*loaded);
    }
    return applianceFacts(*descriptor);
}

// Every fact only `a` has ("- " + fact) and every fact only `b` has ("+ " + fact); empty when
// the appliances are the same. Facts are compared as multisets (two equal items count twice).
inline QStringList compareFacts(const QStringList &a, const QStringList &b)
{
    QHash<QString, int> count;
    for (const QString &f : a)
        ++count[f];
    for (const QString &f : b)
        --count[f];
    QStringList out;
    for (auto it = count.cbegin(); it != count.cend(); ++it) {
        for (int i = 0; i < it.value(); ++i)
            out << u"- "_s + it.key();
        for (int i = 0; i > it.value(); --i)
            out << u"+ "_s + it.key();
    }
    out.sort();
    return out;
}

} // namespace testkit
