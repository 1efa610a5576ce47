#include "model/l10n/renamemsgidcommand.h"

#include "model/commands/editsession.h"
#include "model/commands/setattributecommand.h"
#include "model/l10n/catalogue.h"
#include "model/l10n/msgidrules.h"
#include "model/ovf/ovfelement.h"

namespace ovf::l10n {

commands::Made<RenameMsgidCommand> RenameMsgidCommand::create(commands::EditSession *session,
                                                              const Catalogue &catalogue, const QString &oldId,
                                                              const QString &newId, QUndoCommand *parent)
{
    if (auto ok = MsgidRules::check(newId); !ok)
        return std::unexpected(ok.error());
    if (oldId == newId)
        return std::unexpected(tr("The message id is '%1' already.").arg(newId));
    if (MsgidRules::isTaken(catalogue, newId))
        return std::unexpected(tr("The message id '%1' is in use already.").arg(newId));
    QList<xml::Element *> elements;
    if (const Message *m = catalogue.message(oldId))
        elements = m->uses;
    elements += catalogue.msgElements(oldId);
    if (elements.isEmpty())
        return std::unexpected(tr("Nothing uses or defines the message id '%1'.").arg(oldId));
    std::unique_ptr<RenameMsgidCommand> cmd(new RenameMsgidCommand(session, parent));
    cmd->setText(tr("Rename message %1 to %2").arg(oldId, newId));
    for (xml::Element *e : std::as_const(elements)) {
        auto set = commands::SetAttributeCommand::createOvf(session, e, u"msgid", newId, false, {}, cmd.get());
        if (!set)
            return std::unexpected(set.error());
        set->release();
    }
    return cmd;
}

} // namespace ovf::l10n
