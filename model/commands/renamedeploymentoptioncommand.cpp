#include "model/commands/renamedeploymentoptioncommand.h"

#include "model/commands/editsession.h"
#include "model/commands/entityreferences.h"
#include "model/commands/setattributecommand.h"
#include "model/ovf/namespaces.h"
#include "model/ovf/ovfelement.h"
#include "model/ovf/xmldocument.h"

namespace ovf::commands {

namespace {

// Adds a SetAttribute child for every configuration attribute below `e` naming `from`.
std::expected<void, QString> renameTokens(EditSession *session, xml::Element *e, const QString &from,
                                          const QString &to, QUndoCommand *parent)
{
    for (const xml::Attribute &a : e->attributes()) {
        if (a.name->local != u"configuration" || !(a.namespaceUri.isEmpty() || ns::isOvf(a.namespaceUri)))
            continue;
        QStringList tokens = a.value.split(u' ', Qt::SkipEmptyParts);
        if (!tokens.contains(from))
            continue;
        for (QString &t : tokens) {
            if (t == from)
                t = to;
        }
        auto c = SetAttributeCommand::create(session, e, a.namespaceUri, u"configuration", tokens.join(u' '), false,
                                             {}, parent);
        if (!c)
            return std::unexpected(c.error());
        c->release();
    }
    for (xml::Element *c : e->childElements()) {
        if (auto r = renameTokens(session, c, from, to, parent); !r)
            return r;
    }
    return {};
}

} // namespace

std::expected<void, QString> RenameDeploymentOptionCommand::check(const xml::Element *configuration,
                                                                 const QString &newId)
{
    if (!configuration || configuration->localName() != u"Configuration" || !configuration->parent()
        || configuration->parent()->localName() != u"DeploymentOptionSection")
        return std::unexpected(tr("Only a DeploymentOptionSection Configuration is renamed here."));
    if (const QString problem = entityrefs::idProblem(newId); !problem.isEmpty())
        return std::unexpected(problem);
    if (ovfAttr(configuration, u"id") == newId)
        return std::unexpected(tr("The deployment option is already called \"%1\".").arg(newId));
    for (const xml::Element *sibling : ovfChildren(configuration->parent(), u"Configuration")) {
        if (ovfAttr(sibling, u"id") == newId)
            return std::unexpected(tr("Another deployment option is already called \"%1\".").arg(newId));
    }
    return {};
}

Made<RenameDeploymentOptionCommand> RenameDeploymentOptionCommand::create(EditSession *session,
                                                                          xml::Element *configuration,
                                                                          const QString &newId, QUndoCommand *parent)
{
    if (auto ok = check(configuration, newId); !ok)
        return std::unexpected(ok.error());
    const QString oldId = ovfAttr(configuration, u"id");
    std::unique_ptr<RenameDeploymentOptionCommand> cmd(new RenameDeploymentOptionCommand(session, parent));
    cmd->m_configuration = configuration;
    cmd->setText(tr("Rename deployment option '%1' to '%2'").arg(oldId, newId));
    auto own = SetAttributeCommand::createOvf(session, configuration, u"id", newId, false, {}, cmd.get());
    if (!own)
        return std::unexpected(own.error());
    own->release();
    if (!oldId.isEmpty()) {
        if (auto r = renameTokens(session, session->document().root(), oldId, newId, cmd.get()); !r)
            return std::unexpected(r.error());
    }
    return cmd;
}

} // namespace ovf::commands
