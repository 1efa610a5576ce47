#pragma once

#include "model/commands/command.h"
#include "model/ovf/xmlnode.h"

#include <optional>

namespace ovf::commands {

// A File of References (DSP0243 §7.1) to add.
struct FileSpec
{
    QString id;                      // empty: derived from the href
    QString href;                    // relative path inside the package
    std::optional<quint64> size;     // ovf:size
    QString compression;             // empty, "identity" or "gzip"
    std::optional<quint64> chunkSize; // ovf:chunkSize
    QString source;                  // a local file copied in when packing (ovfw:source)
    QString sourceFormat;            // for disk images: its qemu-img format (ovfw:sourceFormat)
};

// Adds a File to References (created when the Envelope has none).
class AddFileCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AddFileCommand)

public:
    // Refused, with every reason: an id in use or with spaces; an href that is not a relative
    // path inside the package (HrefPolicy) or that another File has; a compression other than
    // identity or gzip; a chunk size of 0.
    static Made<AddFileCommand> create(EditSession *session, const FileSpec &spec, QUndoCommand *parent = nullptr);
    // The problems of an href / compression / chunk size, empty when fine (shared with
    // SetFileAttributeCommand).
    static QString hrefProblem(const QString &href);
    static QString compressionProblem(const QString &compression);

    xml::Element *file() const { return m_file; }
    xml::Element *focusElement() const override { return m_file; }

private:
    AddFileCommand(EditSession *session, QUndoCommand *parent) : Command(session, parent) { }
    xml::Element *m_file = nullptr;
};

} // namespace ovf::commands
