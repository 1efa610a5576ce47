#include "model/commands/setfileattributecommand.h"

#include "model/commands/addfilecommand.h"
#include "model/commands/editsession.h"
#include "model/commands/setattributecommand.h"
#include "model/ovf/descriptor.h"
#include "model/ovf/units.h"

using namespace Qt::StringLiterals;

namespace ovf::commands {

Made<SetFileAttributeCommand> SetFileAttributeCommand::create(EditSession *session, xml::Element *file,
                                                              Attribute attribute, const std::optional<QString> &value,
                                                              QUndoCommand *parent)
{
    if (!file || file->localName() != u"File" || !file->parent() || file->parent()->localName() != u"References")
        return std::unexpected(tr("Only a File of References is edited here."));
    QString local;
    switch (attribute) {
    case Attribute::Href:
        local = u"href"_s;
        if (!value)
            return std::unexpected(tr("A File needs its ovf:href."));
        if (const QString p = AddFileCommand::hrefProblem(*value); !p.isEmpty())
            return std::unexpected(p);
        for (const FileReference &f : Envelope(session->document().root()).files()) {
            if (f.element() != file && f.href() == *value)
                return std::unexpected(tr("File \"%1\" already has the name \"%2\".").arg(f.id(), *value));
        }
        break;
    case Attribute::Size:
    case Attribute::ChunkSize:
        local = attribute == Attribute::Size ? u"size"_s : u"chunkSize"_s;
        if (value) {
            const auto n = parseUnsignedDecimal(*value);
            if (!n)
                return std::unexpected(n.error());
            if (attribute == Attribute::ChunkSize && *n == 0)
                return std::unexpected(tr("ovf:chunkSize is a number of bytes above 0."));
        }
        break;
    case Attribute::Compression:
        local = u"compression"_s;
        if (value) {
            if (const QString p = AddFileCommand::compressionProblem(*value); !p.isEmpty())
                return std::unexpected(p);
        }
        break;
    }
    std::unique_ptr<SetFileAttributeCommand> cmd(new SetFileAttributeCommand(session, parent));
    cmd->m_file = file;
    cmd->setText(value ? tr("Set %1 of file '%2'").arg(local, ovfAttr(file, u"id"))
                       : tr("Remove %1 of file '%2'").arg(local, ovfAttr(file, u"id")));
    auto c = SetAttributeCommand::createOvf(session, file, local, value, false, {}, cmd.get());
    if (!c)
        return std::unexpected(c.error());
    c->release();
    return cmd;
}

} // namespace ovf::commands
