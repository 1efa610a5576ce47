#include "model/commands/removediskcommand.h"

#include "model/commands/editsession.h"
#include "model/commands/hardwareitems.h"
#include "model/commands/packagerefs.h"
#include "model/commands/removeelementcommand.h"
#include "model/ovf/descriptor.h"
#include "model/ovf/packagereference.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace ovf::commands {

Made<RemoveDiskCommand> RemoveDiskCommand::create(EditSession *session, xml::Element *disk, QUndoCommand *parent)
{
    if (!disk || disk->localName() != u"Disk" || !disk->parent() || !isSectionElement(disk->parent()))
        return std::unexpected(tr("Only a Disk of the DiskSection is removed here."));
    const VirtualDisk d(disk);
    const QString id = d.diskId();
    const xml::Element *root = session->document().root();
    QList<xml::Element *> gone;
    QSet<xml::Element *> seen;
    for (const packagerefs::Use &use : packagerefs::usesOf(root, packagerefs::Kind::Disk, id)) {
        if (!use.attribute.isEmpty())
            return std::unexpected(tr("Disk \"%1\" is the parent of %2; remove that disk first.")
                                       .arg(id, ovfAttr(use.element, u"diskId")));
        xml::Element *item = use.element->parent();
        xml::Element *section = item ? item->parent() : nullptr;
        if (!item || !section || seen.contains(item))
            continue;
        // The drive and its overrides that name no other disk.
        for (const HardwareItem &variant : hwitems::itemsOfDevice(section, HardwareItem(item).instanceId())) {
            const QStringList resources = variant.hostResources();
            bool other = false;
            for (const QString &r : resources)
                other = other || parsePackageReference(r).id != id;
            if (!other && !seen.contains(variant.element())) {
                seen.insert(variant.element());
                gone << variant.element();
            }
        }
        if (!seen.contains(item)) {
            seen.insert(item);
            gone << item;
        }
    }
    std::unique_ptr<RemoveDiskCommand> cmd(new RemoveDiskCommand(session, parent));
    cmd->m_section = disk->parent();
    cmd->setText(tr("Remove disk '%1'").arg(id));
    for (xml::Element *e : std::as_const(gone)) {
        auto c = RemoveElementCommand::create(session, e, {}, cmd.get());
        if (!c)
            return std::unexpected(c.error());
        c->release();
    }
    if (d.hasFileRef()) {
        const QList<packagerefs::Use> uses = packagerefs::usesOf(root, packagerefs::Kind::File, d.fileRef());
        const bool onlyThis = std::all_of(uses.begin(), uses.end(), [disk](const packagerefs::Use &u) { return u.element == disk; });
        const FileReference file = Envelope(const_cast<xml::Element *>(root)).fileById(d.fileRef());
        if (onlyThis && file) {
            auto c = RemoveElementCommand::create(session, file.element(), {}, cmd.get());
            if (!c)
                return std::unexpected(c.error());
            c->release();
        }
    }
    auto own = RemoveElementCommand::create(session, disk, {}, cmd.get());
    if (!own)
        return std::unexpected(own.error());
    own->release();
    return cmd;
}

} // namespace ovf::commands
