#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>
#include <expected>

namespace ovf::package {

// One file of an environment ISO: its name in the image and its bytes, given directly or as
// a path to read them from (a staged, verified file).
struct IsoFile
{
    QString nameInIso; // a relative path, '/'-separated, e.g. "ovf-env.xml" or "data/x.cfg"
    QString sourcePath; // read from here when set
    QByteArray bytes; // used when sourcePath is empty
};

// ISO 9660 images (ECMA-119) written with libarchive: the environment transport of deploy
// (DSP0243 §11.2) uses it. Lives in the package layer, the only one that links libarchive.
class IsoImageWriter
{
    Q_DECLARE_TR_FUNCTIONS(IsoImageWriter)

public:
    static constexpr QStringView defaultVolumeId = u"OVF_ENV";

    // Writes an ISO 9660 image with Rock Ridge and Joliet extensions (libarchive's iso9660
    // writer) holding `files`, atomically: a temporary file next to `path`, renamed once
    // complete. Errors name the file and the step: an invalid or duplicate name in the image
    // (absolute, "..", empty parts), an unreadable source, libarchive's error, cancellation.
    // Blocking; run it off the GUI thread. `cancel` is polled between files and blocks.
    static std::expected<void, QString> write(const QString &path, const QList<IsoFile> &files,
                                              const QString &volumeId = defaultVolumeId.toString(),
                                              const std::atomic<bool> *cancel = nullptr);

    // A name the image may hold: relative, '/'-separated, no empty, "." or ".." parts, no
    // backslash or control characters.
    static bool validName(const QString &name);
};

} // namespace ovf::package
