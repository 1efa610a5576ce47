#include "model/commands/adddeploymentoptioncommand.h"

#include "model/commands/editsession.h"
#include "model/commands/entityreferences.h"
#include "model/commands/envelopeentries.h"
#include "model/commands/setattributecommand.h"
#include "model/commands/xmlfragment.h"
#include "model/ovf/descriptor.h"

using namespace Qt::StringLiterals;

namespace ovf::commands {

Made<AddDeploymentOptionCommand> AddDeploymentOptionCommand::create(EditSession *session, const QString &id,
                                                                    const QString &label, const QString &description,
                                                                    bool isDefault, QUndoCommand *parent)
{
    QStringList problems;
    if (const QString p = entityrefs::idProblem(id); !p.isEmpty())
        problems << p;
    xml::Document &doc = session->document();
    const Envelope envelope(doc.root());
    for (const Configuration &c : envelope.configurations()) {
        if (c.id() == id)
            problems << tr("There is already a deployment option \"%1\".").arg(id);
    }
    if (label.trimmed().isEmpty())
        problems << tr("A deployment option needs a label the deployer reads.");
    if (!problems.isEmpty())
        return std::unexpected(problems.join(u'\n'));
    QList<std::pair<QString, QString>> attrs{{u"id"_s, id}};
    if (isDefault)
        attrs.append({u"default"_s, u"true"_s});
    auto config = entries::newEntry(session, u"Configuration", attrs);
    const QString ns = doc.root()->namespaceUri();
    fragment::appendTextElement(doc, config.get(), doc.root(), ns, u"Label", label);
    fragment::appendTextElement(doc, config.get(), doc.root(), ns, u"Description",
                                description.isEmpty() ? label : description);
    std::unique_ptr<AddDeploymentOptionCommand> cmd(new AddDeploymentOptionCommand(session, parent));
    cmd->m_configuration = config.get();
    cmd->setText(tr("Add deployment option '%1'").arg(id));
    if (isDefault) {
        for (const Configuration &c : envelope.configurations()) {
            if (c.isDefault()) {
                auto s = SetAttributeCommand::createOvf(session, c.element(), u"default", std::nullopt, false, {}, cmd.get());
                if (!s)
                    return std::unexpected(s.error());
                s->release();
            }
        }
    }
    if (auto ok = entries::appendToSection(session, SectionKind::DeploymentOption, std::move(config), cmd.get()); !ok)
        return std::unexpected(ok.error());
    return cmd;
}

} // namespace ovf::commands
