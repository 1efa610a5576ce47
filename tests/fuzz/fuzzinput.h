#pragma once

// Shared by the libFuzzer targets in this folder: the input as Qt types, and a private file
// for the readers that open a path (one per process, rewritten for every input).

#include <QByteArray>
#include <QFile>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <unistd.h>

namespace ovf::fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Writes `data` to a file of this process in /dev/shm (or $TMPDIR) named with `suffix`, and
// returns its path; the same path is reused for every input of the run.
inline QString scratchFile(const QByteArray &data, const char *suffix)
{
    const QByteArray dir = qEnvironmentVariableIsSet("OVFW_FUZZ_TMP") ? qgetenv("OVFW_FUZZ_TMP")
                                                                        : QByteArray("/dev/shm");
    const QString path = QString::fromLocal8Bit(dir) + QStringLiteral("/ovfw-fuzz-")
        + QString::number(::getpid()) + QString::fromLatin1(suffix);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size())
        qFatal("fuzz: cannot write %s", qPrintable(path));
    return path;
}

} // namespace ovf::fuzz
