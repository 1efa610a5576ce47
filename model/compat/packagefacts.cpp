#include "model/compat/linter.h"

#include "model/ovf/descriptor.h"

#include <QDir>
#include <QFileInfo>

namespace ovf::compat {

QHash<QString, qint64> PackageFacts::fileSizesBeside(const Descriptor &descriptor, const QString &folder)
{
    QHash<QString, qint64> sizes;
    const QDir dir(folder);
    for (const FileReference &f : descriptor.envelope().files()) {
        const QString href = f.href();
        if (href.isEmpty() || href.contains(u".."))
            continue; // never a file outside the folder
        const QFileInfo file(dir.filePath(href));
        if (file.isFile() && !file.isSymLink())
            sizes.insert(href, file.size());
    }
    return sizes;
}

} // namespace ovf::compat
