#include "model/commands/removenetworkcommand.h"

#include "model/commands/editsession.h"
#include "model/commands/envelopeentries.h"
#include "model/commands/packagerefs.h"
#include "model/commands/removeelementcommand.h"
#include "model/commands/xmlfragment.h"
#include "model/ovf/xmldocument.h"

using namespace Qt::StringLiterals;

namespace ovf::commands {

Made<RemoveNetworkCommand> RemoveNetworkCommand::create(EditSession *session, xml::Element *network,
                                                        QUndoCommand *parent)
{
    if (!network || network->localName() != u"Network" || !network->parent()
        || network->parent()->localName() != u"NetworkSection")
        return std::unexpected(tr("Only a Network of the NetworkSection is removed here."));
    const QString name = ovfAttr(network, u"name");
    const auto uses = packagerefs::usesOf(session->document().root(), packagerefs::Kind::Network, name);
    if (!uses.isEmpty())
        return std::unexpected(tr("%n network adapter(s) still connect to \"%1\"; connect them elsewhere or remove them "
                                  "first.", nullptr, int(uses.size())).arg(name));
    std::unique_ptr<RemoveNetworkCommand> cmd(new RemoveNetworkCommand(session, parent));
    cmd->setText(tr("Remove network '%1'").arg(name));
    auto c = RemoveElementCommand::create(session, network, {}, cmd.get());
    if (!c)
        return std::unexpected(c.error());
    c->release();
    return cmd;
}

} // namespace ovf::commands
