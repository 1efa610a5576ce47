#include "model/commands/adddiskcommand.h"

#include "model/commands/editsession.h"
#include "model/commands/entityreferences.h"
#include "model/commands/envelopeentries.h"
#include "model/commands/insertelementcommand.h"
#include "model/commands/sethardwarequantitycommand.h"
#include "model/commands/xmlfragment.h"
#include "model/ovf/descriptor.h"
#include "model/ovf/pendingsource.h"
#include "model/package/hrefpolicy.h"

using namespace Qt::StringLiterals;

namespace ovf::commands {

using namespace hwitems;

QString AddDiskCommand::streamOptimizedFormat()
{
    return u"http://www.vmware.com/interfaces/specifications/vmdk.html#streamOptimized"_s;
}

Made<AddDiskCommand> AddDiskCommand::create(EditSession *session, xml::Element *section, const DiskSpec &spec,
                                            QUndoCommand *parent)
{
    if (!section || !isSectionElement(section) || sectionKindOf(section) != SectionKind::VirtualHardware)
        return std::unexpected(tr("Disks are attached in a VirtualHardwareSection."));
    xml::Document &doc = session->document();
    const xml::Element *root = doc.root();
    QStringList problems;
    if (const QString p = SetHardwareQuantityCommand::variantProblem(section, spec.variant); !p.isEmpty())
        problems << p;

    const QSet<QString> disks = entries::diskIds(root);
    const QString diskId = spec.diskId.isEmpty() ? entries::freeId(u"disk1"_s, disks) : spec.diskId;
    if (!spec.diskId.isEmpty()) {
        if (const QString p = entityrefs::idProblem(spec.diskId); !p.isEmpty())
            problems << p;
        else if (disks.contains(spec.diskId))
            problems << tr("There is already a disk \"%1\".").arg(spec.diskId);
    }
    if (spec.capacityBytes == 0)
        problems << tr("A disk needs a capacity above 0 bytes.");
    if (spec.populatedSize && *spec.populatedSize > spec.capacityBytes)
        problems << tr("The populated size (%1 bytes) is above the capacity (%2 bytes).")
                        .arg(*spec.populatedSize).arg(spec.capacityBytes);

    const bool withFile = !spec.href.isEmpty();
    const QSet<QString> files = entries::fileIds(root);
    const QString fileId = spec.fileId.isEmpty() ? entries::freeId(diskId + u"-file"_s, files) : spec.fileId;
    if (withFile) {
        if (!spec.fileId.isEmpty()) {
            if (const QString p = entityrefs::idProblem(spec.fileId); !p.isEmpty())
                problems << p;
            else if (files.contains(spec.fileId))
                problems << tr("There is already a File \"%1\" in References.").arg(spec.fileId);
        }
        if (const auto member = package::resolveHref(spec.href); !member)
            problems << tr("The file name \"%1\" cannot be used: %2").arg(spec.href, member.error().message);
        for (const FileReference &f : Envelope(const_cast<xml::Element *>(root)).files()) {
            if (f.href() == spec.href)
                problems << tr("File \"%1\" already has the name \"%2\".").arg(f.id(), spec.href);
        }
    }
    const auto place = placeDrive(section, spec.controller, spec.address, false);
    if (!place)
        problems << place.error();
    if (!problems.isEmpty())
        return std::unexpected(problems.join(u'\n'));

    std::unique_ptr<AddDiskCommand> cmd(new AddDiskCommand(session, parent));
    cmd->setText(tr("Add disk '%1'").arg(diskId));

    // The Disk first, then the File: a missing References goes to index 0 and so ahead of a
    // DiskSection created in the same step.
    const auto [capacity, units] = entries::capacityOf(spec.capacityBytes);
    QList<std::pair<QString, QString>> diskAttrs{{u"diskId"_s, diskId}};
    if (withFile)
        diskAttrs.append({u"fileRef"_s, fileId});
    diskAttrs.append({u"capacity"_s, capacity});
    if (!units.isEmpty())
        diskAttrs.append({u"capacityAllocationUnits"_s, units});
    if (spec.populatedSize)
        diskAttrs.append({u"populatedSize"_s, QString::number(*spec.populatedSize)});
    if (withFile)
        diskAttrs.append({u"format"_s, spec.format.isEmpty() ? streamOptimizedFormat() : spec.format});
    auto disk = entries::newEntry(session, u"Disk", diskAttrs);
    cmd->m_disk = disk.get();
    if (auto ok = entries::appendToSection(session, SectionKind::Disk, std::move(disk), cmd.get()); !ok)
        return std::unexpected(ok.error());

    if (withFile) {
        QList<std::pair<QString, QString>> fileAttrs{{u"id"_s, fileId}, {u"href"_s, spec.href}};
        if (spec.fileSize)
            fileAttrs.append({u"size"_s, QString::number(*spec.fileSize)});
        auto file = entries::newEntry(session, u"File", fileAttrs);
        if (!spec.source.isEmpty())
            doc.swapAttributes(file.get(), PendingSource{spec.source, spec.sourceFormat}.attributesOn(doc, file.get()));
        cmd->m_file = file.get();
        if (auto ok = entries::appendToReferences(session, std::move(file), cmd.get()); !ok)
            return std::unexpected(ok.error());
    }

    int number = 1;
    for (const HardwareItem &item : hardwareItemsIn(section))
        number += item.resourceType() == rt::DiskDrive && matches(item, ItemVariant{});
    QList<std::pair<QString, QString>> fields{
        {u"InstanceID"_s, nextInstanceId(section)},
        {u"ResourceType"_s, QString::number(rt::DiskDrive)},
        {u"HostResource"_s, u"ovf:/disk/"_s + diskId},
        {u"Parent"_s, place->controller},
        {u"AddressOnParent"_s, QString::number(place->unit)},
        {u"ElementName"_s, spec.elementName.isEmpty() ? tr("Hard disk %1").arg(number) : spec.elementName},
    };
    const auto item = appendItem(session, section, rt::DiskDrive, fields, spec.variant, cmd.get());
    if (!item)
        return std::unexpected(item.error());
    cmd->m_item = *item;
    return cmd;
}

} // namespace ovf::commands
