#include "model/commands/addnetworkcommand.h"

#include "model/commands/editsession.h"
#include "model/commands/envelopeentries.h"
#include "model/commands/packagerefs.h"
#include "model/commands/removeelementcommand.h"
#include "model/commands/xmlfragment.h"
#include "model/ovf/xmldocument.h"

using namespace Qt::StringLiterals;

namespace ovf::commands {

Made<AddNetworkCommand> AddNetworkCommand::create(EditSession *session, const QString &name,
                                                  const QString &description, QUndoCommand *parent)
{
    if (name.trimmed().isEmpty())
        return std::unexpected(tr("A network needs a name."));
    xml::Document &doc = session->document();
    if (entries::networkNames(doc.root()).contains(name))
        return std::unexpected(tr("There is already a network \"%1\".").arg(name));
    auto network = entries::newEntry(session, u"Network", {{u"name"_s, name}});
    // Network_Type has a Description (DSP0243 §9.2).
    auto text = fragment::element(doc, doc.root(), network.get(), doc.root()->namespaceUri(), u"Description");
    fragment::append(doc, text.get(), doc.createText(description.isEmpty() ? tr("The %1 network").arg(name) : description));
    fragment::append(doc, network.get(), std::move(text));
    std::unique_ptr<AddNetworkCommand> cmd(new AddNetworkCommand(session, parent));
    cmd->m_network = network.get();
    cmd->setText(tr("Add network '%1'").arg(name));
    if (auto ok = entries::appendToSection(session, SectionKind::Network, std::move(network), cmd.get()); !ok)
        return std::unexpected(ok.error());
    return cmd;
}

} // namespace ovf::commands
