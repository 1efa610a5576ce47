#include "model/compat/linter.h"

#include "model/ovf/descriptor.h"
#include "model/package/hrefreader.h"

using namespace Qt::StringLiterals;

namespace ovf::compat {

QHash<QString, qint64> PackageFacts::fileSizesBeside(const Descriptor &descriptor, const QString &folder)
{
    QHash<QString, qint64> sizes;
    const package::HrefReader files = package::HrefReader::forPackage(folder, QString());
    for (const FileReference &f : descriptor.envelope().files()) {
        const QString href = f.href();
        // As a URI reference, or else literally, as platforms that do not decode hrefs read it
        // ("x 100%.vmdk" is no URI reference, and the linter's fix for it names this file).
        auto size = files.sizeOnDisk(href);
        if (!size && href.contains(u'%'))
            size = files.sizeOnDisk(QString(href).replace(u'%', u"%25"_s));
        if (size)
            sizes.insert(href, *size);
    }
    return sizes;
}

} // namespace ovf::compat
