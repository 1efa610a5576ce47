#include "model/l10n/settranslationcommand.h"

#include "model/commands/editsession.h"
#include "model/commands/removeelementcommand.h"
#include "model/commands/setelementtextcommand.h"
#include "model/l10n/appendmessagescommand.h"
#include "model/l10n/catalogue.h"
#include "model/l10n/msgfragment.h"
#include "model/ovf/sourcedigest.h"
#include "model/ovf/descriptor.h"
#include "model/ovf/xmldocument.h"

using namespace Qt::StringLiterals;

namespace ovf::l10n {

namespace {
constexpr int SetTranslationId = 0x4f10;
}

commands::Made<SetTranslationCommand> SetTranslationCommand::create(commands::EditSession *session,
                                                                    const Catalogue &catalogue, const QString &locale,
                                                                    const QString &msgid, std::optional<QString> text,
                                                                    bool merge, QUndoCommand *parent)
{
    const Message *message = catalogue.message(msgid);
    if (!message)
        return std::unexpected(tr("No element of the descriptor uses the message id '%1'.").arg(msgid));
    const QString written = catalogue.findLocale(locale);
    if (written.isNull())
        return std::unexpected(tr("The descriptor has no Strings section for %1; add the locale first.").arg(locale));
    const auto existing = catalogue.translation(written, msgid);
    const QString hash = sourceDigest(message->defaultText);
    std::unique_ptr<SetTranslationCommand> cmd(new SetTranslationCommand(session, parent));
    cmd->m_merge = merge;

    if (!text) {
        if (!existing)
            return std::unexpected(tr("'%1' has no %2 translation to clear.").arg(msgid, written));
        cmd->setText(tr("Clear the %1 translation of %2").arg(written, msgid));
        cmd->m_mode = Mode::Clear;
        auto remove = commands::RemoveElementCommand::create(session, existing->msg, {}, cmd.get());
        if (!remove)
            return std::unexpected(remove.error());
        remove->release();
        return cmd;
    }

    cmd->setText(tr("Translate %1 into %2").arg(msgid, written));
    if (existing) {
        xml::Element *msg = existing->msg;
        if (msg->firstChildElement())
            return std::unexpected(tr("%1 contains elements; its text cannot be set.").arg(msg->path()));
        if (msg->text() == *text && existing->sourceHash == hash)
            return std::unexpected(tr("The %1 translation of '%2' already reads \"%3\".").arg(written, msgid, *text));
        cmd->m_msg = msg;
        cmd->m_mode = Mode::Update;
        if (existing->sourceHash != hash) {
            xml::Element *section = msg->parent();
            xml::Document &doc = *msg->document();
            bool declare = false;
            const QString prefix = msgfragment::workbenchPrefixAt(msg, &declare);
            cmd->m_swapAttributes = true;
            cmd->m_msgAttributes = msgfragment::withSourceHash(doc, msg->attributes(), prefix, hash);
            if (declare) {
                cmd->m_declare = true;
                cmd->m_section = section;
                cmd->m_sectionAttributes = msgfragment::withWorkbenchDeclaration(doc, section, prefix);
            }
        }
        if (msg->text() != *text) {
            auto set = commands::SetElementTextCommand::create(session, msg, *text, merge, {}, cmd.get());
            if (!set)
                return std::unexpected(set.error());
            set->release();
        }
        return cmd;
    }

    // A new Msg in the locale's first section that can take one.
    const auto writable = catalogue.writableSection(written);
    if (!writable)
        return std::unexpected(writable.error());
    xml::Element *section = *writable;
    xml::Document &doc = *section->document();
    bool declare = false;
    const QString prefix = msgfragment::workbenchPrefixAt(section, &declare);
    const QString ovfNs = msgfragment::ovfNamespaceAt(section, session->descriptor().envelopeNamespace());
    std::vector<std::unique_ptr<xml::Element>> msgs;
    msgs.push_back(msgfragment::buildMsg(doc, section, ovfNs, msgid, *text, prefix, hash));
    cmd->m_msg = msgs.front().get();
    cmd->m_mode = Mode::Append;
    auto append = AppendMessagesCommand::create(session, section, std::move(msgs), declare ? prefix : QString(), {},
                                                cmd.get());
    if (!append)
        return std::unexpected(append.error());
    append->release();
    cmd->m_merge = false; // a new Msg is not merged into an edit of another
    return cmd;
}

int SetTranslationCommand::id() const
{
    return m_merge ? SetTranslationId : -1;
}

bool SetTranslationCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const SetTranslationCommand *>(other);
    if (o->m_mode != Mode::Update || m_mode != Mode::Update || o->m_msg != m_msg || o->m_swapAttributes
        || o->m_declare || o->childCount() != 1 || childCount() < 1)
        return false;
    // The other only types on: fold its text edit into ours.
    auto *mine = const_cast<QUndoCommand *>(child(childCount() - 1));
    const QUndoCommand *theirs = o->child(0);
    if (mine->id() < 0 || mine->id() != theirs->id())
        return false;
    return mine->mergeWith(theirs);
}

void SetTranslationCommand::apply()
{
    if (m_declare)
        m_sectionAttributes = session()->swapAttributes(m_section, std::move(m_sectionAttributes));
    if (m_swapAttributes)
        m_msgAttributes = session()->swapAttributes(m_msg, std::move(m_msgAttributes));
    Command::apply();
}

void SetTranslationCommand::revert()
{
    Command::revert();
    if (m_swapAttributes)
        m_msgAttributes = session()->swapAttributes(m_msg, std::move(m_msgAttributes));
    if (m_declare)
        m_sectionAttributes = session()->swapAttributes(m_section, std::move(m_sectionAttributes));
}

} // namespace ovf::l10n
