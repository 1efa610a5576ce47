#include "model/commands/addfilecommand.h"

#include "model/commands/editsession.h"
#include "model/commands/entityreferences.h"
#include "model/commands/envelopeentries.h"
#include "model/commands/xmlfragment.h"
#include "model/ovf/descriptor.h"
#include "model/ovf/pendingsource.h"
#include "model/package/hrefpolicy.h"

using namespace Qt::StringLiterals;

namespace ovf::commands {

QString AddFileCommand::hrefProblem(const QString &href)
{
    if (const auto member = package::resolveHref(href); !member)
        return tr("The file name \"%1\" cannot be used: %2").arg(href, member.error().message);
    return {};
}

QString AddFileCommand::compressionProblem(const QString &compression)
{
    if (compression.isEmpty() || compression == u"identity" || compression == u"gzip")
        return {};
    return tr("ovf:compression is identity or gzip, not \"%1\" (DSP0243 §7.1).").arg(compression);
}

Made<AddFileCommand> AddFileCommand::create(EditSession *session, const FileSpec &spec, QUndoCommand *parent)
{
    const xml::Element *root = session->document().root();
    QStringList problems;
    const QSet<QString> ids = entries::fileIds(root);
    QString id = spec.id;
    if (id.isEmpty()) {
        QString base = spec.href.section(u'/', -1);
        base.replace(u' ', u'_');
        id = entries::freeId(base.isEmpty() ? u"file"_s : base, ids);
    } else if (const QString p = entityrefs::idProblem(id); !p.isEmpty()) {
        problems << p;
    } else if (ids.contains(id)) {
        problems << tr("There is already a File \"%1\" in References.").arg(id);
    }
    if (const QString p = hrefProblem(spec.href); !p.isEmpty())
        problems << p;
    for (const FileReference &f : Envelope(const_cast<xml::Element *>(root)).files()) {
        if (f.href() == spec.href)
            problems << tr("File \"%1\" already has the name \"%2\".").arg(f.id(), spec.href);
    }
    if (const QString p = compressionProblem(spec.compression); !p.isEmpty())
        problems << p;
    if (spec.chunkSize && *spec.chunkSize == 0)
        problems << tr("ovf:chunkSize is a number of bytes above 0.");
    if (!problems.isEmpty())
        return std::unexpected(problems.join(u'\n'));

    QList<std::pair<QString, QString>> attrs{{u"id"_s, id}, {u"href"_s, spec.href}};
    if (spec.size)
        attrs.append({u"size"_s, QString::number(*spec.size)});
    if (!spec.compression.isEmpty())
        attrs.append({u"compression"_s, spec.compression});
    if (spec.chunkSize)
        attrs.append({u"chunkSize"_s, QString::number(*spec.chunkSize)});
    auto file = entries::newEntry(session, u"File", attrs);
    xml::Document &doc = session->document();
    if (!spec.source.isEmpty())
        doc.swapAttributes(file.get(), PendingSource{spec.source, spec.sourceFormat}.attributesOn(doc, file.get()));
    std::unique_ptr<AddFileCommand> cmd(new AddFileCommand(session, parent));
    cmd->m_file = file.get();
    cmd->setText(tr("Add file '%1'").arg(spec.href));
    if (auto ok = entries::appendToReferences(session, std::move(file), cmd.get()); !ok)
        return std::unexpected(ok.error());
    return cmd;
}

} // namespace ovf::commands
