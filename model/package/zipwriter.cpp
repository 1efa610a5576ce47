#include "model/package/zipwriter.h"

#include <QFileInfo>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <zlib.h>

using namespace Qt::StringLiterals;

namespace ovf::package {

ZipWriter::ZipWriter(const QString &destination, bool zip64)
    : m_file(destination)
    , m_zip64(zip64)
{
}

ZipWriter::~ZipWriter()
{
    m_entry.reset();
    m_zip.reset();
    // m_file, never committed, removes its temporary file.
}

std::unexpected<QString> ZipWriter::zipError(const QString &what) const
{
    const QString detail = m_file.error() != QFileDevice::NoError ? m_file.errorString()
                                                                  : tr("ZIP error");
    return std::unexpected(tr("%1: %2").arg(what, detail));
}

std::expected<void, QString> ZipWriter::reserveHead(const QList<std::pair<QString, qint64>> &)
{
    if (!m_file.open(QIODevice::WriteOnly))
        return std::unexpected(tr("%1: %2").arg(m_file.fileName(), m_file.errorString()));
    m_zip = std::make_unique<QuaZip>(&m_file);
    m_zip->setAutoClose(false);
    m_zip->setUtf8Enabled(true);
    if (m_zip64) {
        m_zip->setZip64Enabled(true);
        addWarning(tr("the ZIP uses ZIP64 for members of 4 GiB or more; some unzip tools cannot read it"));
    }
    if (!m_zip->open(QuaZip::mdCreate))
        return zipError(QFileInfo(m_file.fileName()).fileName());
    return {};
}

std::expected<void, QString> ZipWriter::begin(const QString &name, qint64 size)
{
    return open(name, size, false);
}

std::expected<void, QString> ZipWriter::beginUnsized(const QString &name, qint64 maxSize)
{
    // Compressed already (a streamOptimized VMDK): stored, so its bytes are not deflated again.
    auto r = open(name, maxSize, true);
    m_unsized = true;
    return r;
}

std::expected<void, QString> ZipWriter::open(const QString &name, qint64 size, bool stored)
{
    m_unsized = false;
    QuaZipNewInfo info(name);
    info.dateTime = QDateTime(QDate(1980, 1, 1), QTime(0, 0));
    info.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    m_entry = std::make_unique<QuaZipFile>(m_zip.get());
    if (!m_entry->open(QIODevice::WriteOnly, info, nullptr, 0, stored ? 0 : Z_DEFLATED,
                       stored ? Z_NO_COMPRESSION : Z_DEFAULT_COMPRESSION))
        return zipError(name);
    m_member = name;
    m_remaining = size;
    return {};
}

std::expected<void, QString> ZipWriter::write(const char *data, qint64 size)
{
    if (size > m_remaining)
        return std::unexpected(tr("%1: more data than announced").arg(m_member));
    if (m_entry->write(data, size) != size)
        return zipError(m_member);
    m_remaining -= size;
    return {};
}

std::expected<void, QString> ZipWriter::end()
{
    if (m_remaining != 0 && !m_unsized)
        return std::unexpected(tr("%1: %2 bytes short").arg(m_member).arg(m_remaining));
    m_entry->close();
    const bool ok = m_entry->getZipError() == ZIP_OK;
    m_entry.reset();
    if (!ok)
        return zipError(m_member);
    return {};
}

std::expected<void, QString> ZipWriter::writeHeadMember(const QString &name, QByteArrayView bytes)
{
    if (auto r = begin(name, bytes.size()); !r)
        return r;
    if (auto r = write(bytes.data(), bytes.size()); !r)
        return r;
    return end();
}

std::expected<void, QString> ZipWriter::commit()
{
    m_zip->close();
    if (m_zip->getZipError() != ZIP_OK)
        return zipError(QFileInfo(m_file.fileName()).fileName());
    if (!m_file.commit())
        return std::unexpected(tr("%1: %2").arg(m_file.fileName(), m_file.errorString()));
    return {};
}

} // namespace ovf::package
