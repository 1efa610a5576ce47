#include "model/package/filestamp.h"

#include <QFile>

#include <sys/stat.h>

namespace ovf::package {

namespace {

std::optional<FileStamp> stampOf(const QString &path, bool regularOnly)
{
    struct stat st{};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0 || (regularOnly && !S_ISREG(st.st_mode)))
        return std::nullopt;
    return FileStamp{quint64(st.st_dev), quint64(st.st_ino), qint64(st.st_size),
                     qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec,
                     qint64(st.st_ctim.tv_sec) * 1000000000 + st.st_ctim.tv_nsec};
}

} // namespace

std::optional<FileStamp> FileStamp::of(const QString &path)
{
    return stampOf(path, true);
}

std::optional<FileStamp> FileStamp::ofEntry(const QString &path)
{
    return stampOf(path, false);
}

} // namespace ovf::package
