#pragma once

#include "model/package/packagewriteerror.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <expected>

namespace ovf::package {

// Writes a lone descriptor, or a file that goes beside one (an external Strings bundle), as
// a whole or not at all: the destination is checked first (DestinationCheck: ReadOnly, Io for
// a folder that cannot be written, NoSpace for the bytes), then written through QSaveFile, so
// an existing file is replaced only by the complete new one. Errors are typed, with `path`
// set. One rule for Save of a descriptor and for `ovfctl new`, `ovfctl edit` and
// `ovfctl lint --fix -o X.ovf`. Blocking.
class DescriptorFile
{
    Q_DECLARE_TR_FUNCTIONS(ovf::package::DescriptorFile)

public:
    static std::expected<void, PackageWriteError> write(const QString &path, const QByteArray &bytes);
};

} // namespace ovf::package
