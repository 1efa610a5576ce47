#include "model/l10n/maketranslatablecommand.h"

#include "model/commands/editsession.h"
#include "model/commands/setattributecommand.h"
#include "model/l10n/catalogue.h"
#include "model/l10n/messageusage.h"
#include "model/l10n/msgidrules.h"
#include "model/ovf/ovfelement.h"

namespace ovf::l10n {

commands::Made<MakeTranslatableCommand> MakeTranslatableCommand::create(commands::EditSession *session,
                                                                        const Catalogue &catalogue,
                                                                        xml::Element *element, const QString &msgid,
                                                                        QUndoCommand *parent)
{
    if (!element)
        return std::unexpected(tr("No element to make translatable."));
    if (!MessageUsage::isTranslatable(element))
        return std::unexpected(tr("%1 is not a text that OVF lets translate (DSP0243 §10: Msg_Type elements only).")
                                   .arg(element->path()));
    if (hasOvfAttr(element, u"msgid"))
        return std::unexpected(tr("%1 is translatable already (ovf:msgid '%2').").arg(MessageUsage::describe(element),
                                                                                    ovfAttr(element, u"msgid")));
    if (element->firstChildElement() || element->text().trimmed().isEmpty())
        return std::unexpected(tr("%1 has no text to translate.").arg(MessageUsage::describe(element)));
    const auto taken = [&](const QString &id) { return MsgidRules::isTaken(catalogue, id); };
    QString id = msgid;
    if (id.isEmpty()) {
        id = MessageUsage::suggestMsgid(element, taken);
    } else {
        if (auto ok = MsgidRules::check(id); !ok)
            return std::unexpected(ok.error());
        if (taken(id))
            return std::unexpected(tr("The message id '%1' is in use already.").arg(id));
    }
    std::unique_ptr<MakeTranslatableCommand> cmd(new MakeTranslatableCommand(session, parent));
    cmd->m_element = element;
    cmd->m_msgid = id;
    cmd->setText(tr("Make %1 translatable as %2").arg(MessageUsage::describe(element), id));
    auto set = commands::SetAttributeCommand::createOvf(session, element, u"msgid", id, false, {}, cmd.get());
    if (!set)
        return std::unexpected(set.error());
    set->release();
    return cmd;
}

} // namespace ovf::l10n
