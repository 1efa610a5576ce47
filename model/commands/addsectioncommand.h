#pragma once

#include "model/commands/command.h"
#include "model/ovf/section.h"

namespace ovf::commands {

// Adds a minimal valid section of a kind SectionRules allows at the place, in the spec's
// order: Info plus what the schema requires (License for a EulaSection, Annotation for an
// AnnotationSection, one default Configuration for a DeploymentOptionSection, ovf:id 0
// "Unknown" for an OperatingSystemSection).
class AddSectionCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AddSectionCommand)

public:
    // Refused where SectionRules::canAdd() says no, with its reason.
    static Made<AddSectionCommand> create(EditSession *session, xml::Element *container, SectionKind kind,
                                          QUndoCommand *parentCommand = nullptr);
    // The detached, not yet indented section create() inserts (for compound edits that add
    // children first); insert it at SectionRules::insertionIndex() after fragment::indent().
    static std::unique_ptr<xml::Element> build(xml::Document &doc, const xml::Element *container, QStringView ns,
                                               SectionKind kind);
    xml::Element *section() const { return m_section; }
    xml::Element *focusElement() const override { return m_section; }

private:
    AddSectionCommand(EditSession *session, QUndoCommand *parent) : Command(session, parent) { }
    xml::Element *m_section = nullptr;
};

} // namespace ovf::commands
