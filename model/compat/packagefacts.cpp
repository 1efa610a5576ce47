#include "model/compat/linter.h"

#include "model/ovf/descriptor.h"
#include "model/package/hrefreader.h"

namespace ovf::compat {

QHash<QString, qint64> PackageFacts::fileSizesBeside(const Descriptor &descriptor, const QString &folder)
{
    QHash<QString, qint64> sizes;
    const package::HrefReader files = package::HrefReader::forPackage(folder, QString());
    for (const FileReference &f : descriptor.envelope().files()) {
        const QString href = f.href();
        if (const auto size = files.sizeOnDisk(href))
            sizes.insert(href, *size);
    }
    return sizes;
}

} // namespace ovf::compat
