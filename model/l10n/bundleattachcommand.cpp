#include "model/l10n/bundleattachcommand.h"

#include "model/l10n/bundlestore.h"
#include "model/ovf/xmldocument.h"

namespace ovf::l10n {

BundleAttachCommand::BundleAttachCommand(commands::EditSession *session, QUndoCommand *parent)
    : Command(session, parent)
{
}

BundleAttachCommand::~BundleAttachCommand() = default;

commands::Made<BundleAttachCommand> BundleAttachCommand::attach(commands::EditSession *session, BundleStore *store,
                                                                const QString &href,
                                                                std::unique_ptr<xml::Document> document,
                                                                QUndoCommand *parent)
{
    if (!store || !document)
        return std::unexpected(tr("No bundle store to hold '%1'.").arg(href));
    if (store->isLoaded(href))
        return std::unexpected(tr("A bundle '%1' exists already.").arg(href));
    std::unique_ptr<BundleAttachCommand> cmd(new BundleAttachCommand(session, parent));
    cmd->m_store = store;
    cmd->m_href = href;
    cmd->m_attach = true;
    cmd->m_document = std::move(document);
    return cmd;
}

commands::Made<BundleAttachCommand> BundleAttachCommand::detach(commands::EditSession *session, BundleStore *store,
                                                                const QString &href, QUndoCommand *parent)
{
    if (!store || !store->isLoaded(href))
        return std::unexpected(tr("The bundle '%1' is not loaded.").arg(href));
    std::unique_ptr<BundleAttachCommand> cmd(new BundleAttachCommand(session, parent));
    cmd->m_store = store;
    cmd->m_href = href;
    cmd->m_attach = false;
    return cmd;
}

void BundleAttachCommand::put()
{
    m_store->adopt(m_href, std::move(m_document));
}

void BundleAttachCommand::take()
{
    m_document = m_store->release(m_href);
}

void BundleAttachCommand::apply()
{
    m_attach ? put() : take();
}

void BundleAttachCommand::revert()
{
    m_attach ? take() : put();
}

} // namespace ovf::l10n
