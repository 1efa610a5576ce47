#pragma once

#include "model/deploy/effectivesystem.h"
#include "model/package/isoimagewriter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>
#include <expected>
#include <functional>

namespace ovf::deploy {

using IsoFile = package::IsoFile;

// The ISO transport of the OVF environment (DSP0243 §11.2: an ISO 9660 image with
// ovf-env.xml at its root, attached as a CD-ROM).
class IsoTransport
{
    Q_DECLARE_TR_FUNCTIONS(IsoTransport)

public:
    // The volume identifier: ECMA-119 §7.4.1 allows only d-characters (A-Z, 0-9, '_') there, so
    // the "OVF ENV" label some platforms write becomes "OVF_ENV" (libarchive maps other
    // characters to '_' as well). Guests find the environment by its file name, ovf-env.xml.
    static constexpr QStringView defaultVolumeId = package::IsoImageWriter::defaultVolumeId;

    // Writes the image atomically (package::IsoImageWriter::write: errors name the file and the
    // step; blocking, run it off the GUI thread; `cancel` polled between files and blocks).
    static std::expected<void, QString> write(const QString &path, const QList<IsoFile> &files,
                                              const QString &volumeId = defaultVolumeId.toString(),
                                              const std::atomic<bool> *cancel = nullptr)
    {
        return package::IsoImageWriter::write(path, files, volumeId, cancel);
    }

    // The files of `system`'s environment ISO: "ovf-env.xml" with `environment`, then each
    // file of its EnvironmentFilesSection (DSP0243 §9.14) under its ovf:path, read from the
    // path `stagedPath` gives for its ovf:fileRef (an error from it is returned).
    static std::expected<QList<IsoFile>, QString>
    filesFor(const EffectiveSystem &system, const QByteArray &environment,
             const std::function<std::expected<QString, QString>(const QString &fileRef)> &stagedPath);
};

} // namespace ovf::deploy
