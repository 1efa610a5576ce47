#include "model/commands/renamereferencecommand.h"

#include "model/commands/editsession.h"
#include "model/commands/entityreferences.h"
#include "model/commands/envelopeentries.h"
#include "model/commands/packagerefs.h"
#include "model/commands/setattributecommand.h"
#include "model/commands/setelementtextcommand.h"
#include "model/ovf/descriptor.h"
#include "model/ovf/ovfelement.h"

using namespace Qt::StringLiterals;

namespace ovf::commands {

Made<RenameReferenceCommand> RenameReferenceCommand::create(EditSession *session, xml::Element *element,
                                                            const QString &newId, QUndoCommand *parent)
{
    if (!element || !ns::isOvfElement(element->namespaceUri()))
        return std::unexpected(tr("Only disks, files and networks are renamed here."));
    const QString &local = element->localName();
    const xml::Element *root = session->document().root();
    packagerefs::Kind kind;
    QString attribute;
    QSet<QString> taken;
    if (local == u"Disk" || local == u"SharedDisk") {
        kind = packagerefs::Kind::Disk;
        attribute = u"diskId"_s;
        taken = entries::diskIds(root);
    } else if (local == u"File" && isOvfNamed(element->parent(), u"References")) {
        kind = packagerefs::Kind::File;
        attribute = u"id"_s;
        taken = entries::fileIds(root);
    } else if (local == u"Network") {
        kind = packagerefs::Kind::Network;
        attribute = u"name"_s;
        taken = entries::networkNames(root);
    } else {
        return std::unexpected(tr("Only disks, files and networks are renamed here."));
    }
    if (kind == packagerefs::Kind::Network ? newId.trimmed().isEmpty() : !entityrefs::idProblem(newId).isEmpty())
        return std::unexpected(kind == packagerefs::Kind::Network ? tr("A network name cannot be empty.")
                                                                  : entityrefs::idProblem(newId));
    const QString oldId = ovfAttr(element, attribute);
    if (oldId == newId)
        return std::unexpected(tr("%1 is already called \"%2\".").arg(element->path(), newId));
    if (taken.contains(newId))
        return std::unexpected(tr("\"%1\" is already taken by another %2.").arg(newId, local));

    std::unique_ptr<RenameReferenceCommand> cmd(new RenameReferenceCommand(session, parent));
    cmd->m_element = element;
    cmd->setText(tr("Rename %1 '%2' to '%3'").arg(local, oldId, newId));
    auto own = SetAttributeCommand::createOvf(session, element, attribute, newId, false, {}, cmd.get());
    if (!own)
        return std::unexpected(own.error());
    own->release();
    for (const packagerefs::Use &use : packagerefs::usesOf(root, kind, oldId)) {
        if (use.element == element)
            continue;
        if (use.attribute.isEmpty()) {
            auto c = SetElementTextCommand::create(session, use.element,
                                                   packagerefs::renamedText(use.element->text(), oldId, newId), false,
                                                   {}, cmd.get());
            if (!c)
                return std::unexpected(c.error());
            c->release();
        } else {
            auto c = SetAttributeCommand::createOvf(session, use.element, use.attribute, newId, false, {}, cmd.get());
            if (!c)
                return std::unexpected(c.error());
            c->release();
        }
    }
    return cmd;
}

} // namespace ovf::commands
