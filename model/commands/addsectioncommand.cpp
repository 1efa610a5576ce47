#include "model/commands/addsectioncommand.h"

#include "model/commands/editsession.h"
#include "model/commands/insertelementcommand.h"
#include "model/commands/sectionrules.h"
#include "model/commands/xmlfragment.h"
#include "model/ovf/descriptor.h"
#include "model/ovf/entity.h"

using namespace Qt::StringLiterals;

namespace ovf::commands {

namespace {

QString containerName(const xml::Element *container)
{
    if (Entity::isEntity(container)) {
        const Entity e(const_cast<xml::Element *>(container));
        return u'\'' + e.displayName() + u'\'';
    }
    return AddSectionCommand::tr("the Envelope");
}

QString defaultInfo(SectionKind kind)
{
    switch (kind) {
    case SectionKind::Disk: return AddSectionCommand::tr("Virtual disk information");
    case SectionKind::Network: return AddSectionCommand::tr("The list of logical networks");
    case SectionKind::DeploymentOption: return AddSectionCommand::tr("The list of deployment options");
    case SectionKind::SharedDisk: return AddSectionCommand::tr("Virtual disks shared by virtual systems");
    case SectionKind::Annotation: return AddSectionCommand::tr("A human-readable annotation");
    case SectionKind::Product: return AddSectionCommand::tr("Information about the installed software");
    case SectionKind::OperatingSystem: return AddSectionCommand::tr("The kind of installed guest operating system");
    case SectionKind::Eula: return AddSectionCommand::tr("License agreement");
    case SectionKind::VirtualHardware: return AddSectionCommand::tr("Virtual hardware requirements");
    case SectionKind::ResourceAllocation: return AddSectionCommand::tr("Resource constraints of the collection");
    case SectionKind::Install: return AddSectionCommand::tr("The virtual system needs to be powered on once after deployment");
    case SectionKind::Startup: return AddSectionCommand::tr("Power-on order of the virtual systems");
    case SectionKind::EnvironmentFiles: return AddSectionCommand::tr("Files passed to the guest with the environment");
    case SectionKind::BootDevice: return AddSectionCommand::tr("Boot device order");
    default: return AddSectionCommand::tr("Section");
    }
}

} // namespace

std::unique_ptr<xml::Element> AddSectionCommand::build(xml::Document &doc, const xml::Element *container,
                                                       QStringView ns, SectionKind kind)
{
    auto section = fragment::element(doc, container, nullptr, ns, OvfSchema::section(kind)->element);
    xml::Element *s = section.get();
    if (kind == SectionKind::OperatingSystem)
        fragment::setAttribute(doc, s, container, ns, u"id", u"0"_s); // CIM OsType 0: Unknown
    fragment::appendTextElement(doc, s, container, ns, u"Info", defaultInfo(kind));
    switch (kind) {
    case SectionKind::Eula:
        fragment::appendTextElement(doc, s, container, ns, u"License", QString());
        break;
    case SectionKind::Annotation:
        fragment::appendTextElement(doc, s, container, ns, u"Annotation", QString());
        break;
    case SectionKind::OperatingSystem:
        fragment::appendTextElement(doc, s, container, ns, u"Description", tr("Unknown"));
        break;
    case SectionKind::DeploymentOption: {
        auto config = fragment::element(doc, container, s, ns, u"Configuration");
        fragment::setAttribute(doc, config.get(), container, ns, u"id", u"default"_s);
        fragment::setAttribute(doc, config.get(), container, ns, u"default", u"true"_s);
        fragment::appendTextElement(doc, config.get(), container, ns, u"Label", tr("Default"));
        // The description follows the label until the author writes one (FormEdits::followLabel).
        fragment::appendTextElement(doc, config.get(), container, ns, u"Description", tr("Default"));
        fragment::append(doc, s, std::move(config));
        break;
    }
    default:
        break;
    }
    return section;
}

Made<AddSectionCommand> AddSectionCommand::create(EditSession *session, xml::Element *container, SectionKind kind,
                                                  QUndoCommand *parentCommand)
{
    if (auto ok = SectionRules::canAdd(container, kind); !ok)
        return std::unexpected(ok.error());
    xml::Document &doc = session->document();
    const QString ns = session->descriptor().envelopeNamespace();
    auto section = build(doc, container, ns, kind);
    xml::Element *s = section.get();
    const QString unit = fragment::indentUnit(container);
    fragment::indent(doc, s, fragment::indentOf(container) + unit, unit);
    std::unique_ptr<AddSectionCommand> cmd(new AddSectionCommand(session, parentCommand));
    cmd->m_section = s;
    cmd->setText(tr("Add %1 to %2").arg(sectionKindName(kind), containerName(container)));
    auto insert = InsertElementCommand::create(session, container, SectionRules::insertionIndex(container, kind),
                                               std::move(section), {}, cmd.get());
    if (!insert)
        return std::unexpected(insert.error());
    insert->release();
    return cmd;
}

} // namespace ovf::commands
