#pragma once

#include "model/commands/command.h"
#include "model/ovf/xmlnode.h"

#include <optional>

namespace ovf::commands {

// Edits one attribute of a File of References (DSP0243 §7.1): ovf:href, ovf:size,
// ovf:chunkSize or ovf:compression, checked before anything is pushed.
class SetFileAttributeCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SetFileAttributeCommand)

public:
    enum class Attribute { Href, Size, ChunkSize, Compression };
    // `value` nullopt removes the attribute (not for Href). Refused: not a File of
    // References; an href that is not a relative path inside the package or that another
    // File has; a size or chunk size that is not a decimal byte count (a chunk size of 0);
    // a compression other than identity or gzip; an unchanged value.
    static Made<SetFileAttributeCommand> create(EditSession *session, xml::Element *file, Attribute attribute,
                                                const std::optional<QString> &value, QUndoCommand *parent = nullptr);
    xml::Element *focusElement() const override { return m_file; }

private:
    SetFileAttributeCommand(EditSession *session, QUndoCommand *parent) : Command(session, parent) { }
    xml::Element *m_file = nullptr;
};

} // namespace ovf::commands
