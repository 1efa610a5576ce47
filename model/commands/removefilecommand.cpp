#include "model/commands/removefilecommand.h"

#include "model/commands/editsession.h"
#include "model/commands/packagerefs.h"
#include "model/commands/removeelementcommand.h"
#include "model/ovf/ovfelement.h"
#include "model/ovf/xmldocument.h"

using namespace Qt::StringLiterals;

namespace ovf::commands {

Made<RemoveFileCommand> RemoveFileCommand::create(EditSession *session, xml::Element *file, QUndoCommand *parent)
{
    if (!file || file->localName() != u"File" || !file->parent() || file->parent()->localName() != u"References")
        return std::unexpected(tr("Only a File of References is removed here."));
    const QString id = ovfAttr(file, u"id");
    QStringList users;
    for (const packagerefs::Use &use : packagerefs::usesOf(session->document().root(), packagerefs::Kind::File, id)) {
        const xml::Element *who = use.attribute.isEmpty() && use.element->parent() ? use.element->parent() : use.element;
        users << who->path();
    }
    if (!users.isEmpty())
        return std::unexpected(tr("File \"%1\" is still used by %2.").arg(id, users.join(u", "_s)));
    std::unique_ptr<RemoveFileCommand> cmd(new RemoveFileCommand(session, parent));
    cmd->setText(tr("Remove file '%1'").arg(id));
    auto c = RemoveElementCommand::create(session, file, {}, cmd.get());
    if (!c)
        return std::unexpected(c.error());
    c->release();
    return cmd;
}

} // namespace ovf::commands
