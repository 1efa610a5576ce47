#include "model/deploy/isotransport.h"

using namespace Qt::StringLiterals;

namespace ovf::deploy {

std::expected<QList<IsoFile>, QString>
IsoTransport::filesFor(const EffectiveSystem &system, const QByteArray &environment,
                       const std::function<std::expected<QString, QString>(const QString &fileRef)> &stagedPath)
{
    QList<IsoFile> files{IsoFile{u"ovf-env.xml"_s, QString(), environment}};
    for (const EnvironmentFile &f : system.environmentFiles) {
        if (!package::IsoImageWriter::validName(f.path))
            return std::unexpected(tr("EnvironmentFilesSection: ovf:path '%1' is not a relative path inside the image")
                                       .arg(f.path));
        if (!stagedPath)
            return std::unexpected(tr("EnvironmentFilesSection: no staged copy of file '%1'").arg(f.fileRef));
        const auto source = stagedPath(f.fileRef);
        if (!source)
            return std::unexpected(source.error());
        files.append(IsoFile{f.path, *source, {}});
    }
    return files;
}

} // namespace ovf::deploy
