#pragma once

#include "model/commands/command.h"
#include "model/ovf/xmlnode.h"

namespace ovf::commands {

// Renames a Disk (ovf:diskId), a File (ovf:id) or a Network (ovf:name) and every reference to
// it (see packagerefs::usesOf: HostResource, ovf:parentRef, ovf:fileRef, Connection), as one
// undoable step.
class RenameReferenceCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RenameReferenceCommand)

public:
    // Refused: not a Disk, SharedDisk, File or Network; an empty id (disk and file ids also
    // without spaces); an unchanged id; an id another entry of the same list has.
    static Made<RenameReferenceCommand> create(EditSession *session, xml::Element *element, const QString &newId,
                                               QUndoCommand *parent = nullptr);
    xml::Element *focusElement() const override { return m_element; }

private:
    RenameReferenceCommand(EditSession *session, QUndoCommand *parent) : Command(session, parent) { }
    xml::Element *m_element = nullptr;
};

} // namespace ovf::commands
