#pragma once

#include "model/package/packagewritersink.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <memory>

class QuaZip;
class QuaZipFile;

namespace ovf::package {

// Writes a ZIP holding an OVF package with QuaZip's low-level API (one QuaZipFile per member)
// into a QSaveFile beside the destination, committed atomically. Deterministic: every member
// has the time 1980-01-01 00:00 (the earliest DOS time), Unix mode 0644, UTF-8 names; members
// are deflated. ZIP64 is switched on only when a member is 4 GiB or larger (with a warning:
// some unzip tools do not read it). ZIPs have no prescribed member order: the body comes
// first, then descriptor, manifest and certificate.
class ZipWriter final : public PackageWriterSink
{
    Q_DECLARE_TR_FUNCTIONS(ovf::package::ZipWriter)

public:
    // `zip64`: the package has a member of 4 GiB or more.
    explicit ZipWriter(const QString &destination, bool zip64 = false);
    ~ZipWriter() override;

    std::expected<void, QString> reserveHead(const QList<std::pair<QString, qint64>> &members) override;
    std::expected<void, QString> begin(const QString &name, qint64 size) override;
    std::expected<void, QString> beginUnsized(const QString &name, qint64 maxSize) override;
    std::expected<void, QString> write(const char *data, qint64 size) override;
    std::expected<void, QString> end() override;
    std::expected<void, QString> writeHeadMember(const QString &name, QByteArrayView bytes) override;
    std::expected<void, QString> commit() override;

private:
    std::expected<void, QString> open(const QString &name, qint64 size, bool stored);
    std::unexpected<QString> zipError(const QString &what) const;

    QSaveFile m_file;
    bool m_zip64;
    std::unique_ptr<QuaZip> m_zip;
    std::unique_ptr<QuaZipFile> m_entry;
    QString m_member;
    qint64 m_remaining = 0;
    bool m_unsized = false;
};

} // namespace ovf::package
