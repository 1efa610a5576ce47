#pragma once

#include "model/package/packagewritersink.h"
#include "model/package/writeback.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace ovf::package {

// Writes an OVA (DSP0243 §5.3: a USTAR archive, see TarWriter) through a QSaveFile: the temp
// file lives beside the destination and replaces it atomically on commit(). The head members
// are written into space left at the start of the file once the body is done, so the archive
// is in the strict order descriptor, manifest, certificate, files, while every body byte is
// written exactly once. The body's writeback to disk is started as it is written (Linux:
// sync_file_range), so the fsync of commit() waits only for the tail.
class OvaWriter final : public PackageWriterSink
{
    Q_DECLARE_TR_FUNCTIONS(ovf::package::OvaWriter)

public:
    // `mtime`: the modification time of every member (seconds since the epoch), 0 by default.
    explicit OvaWriter(const QString &destination, qint64 mtime = 0);

    std::expected<void, QString> reserveHead(const QList<std::pair<QString, qint64>> &members) override;
    std::expected<void, QString> begin(const QString &name, qint64 size) override;
    std::expected<void, QString> beginUnsized(const QString &name, qint64 maxSize) override;
    std::expected<void, QString> write(const char *data, qint64 size) override;
    std::expected<void, QString> end() override;
    std::expected<void, QString> writeHeadMember(const QString &name, QByteArrayView bytes) override;
    std::expected<void, QString> commit() override;

private:
    std::expected<void, QString> put(QByteArrayView bytes);
    std::unexpected<QString> ioError() const;

    QSaveFile m_file;
    qint64 m_mtime;
    QList<std::pair<QString, qint64>> m_head;
    qsizetype m_headDone = 0;
    qint64 m_headOffset = 0; // where the next head member goes
    qint64 m_bodyEnd = 0;    // where the next body member goes
    QString m_member;
    qint64 m_remaining = 0;
    qint64 m_size = 0;
    EarlyWriteback m_writeback;
    // An unsized member: where its reserved header starts, its length, and whether the size
    // goes into a pax record (reserved for a maximum over the ustar limit).
    qint64 m_headerAt = -1;
    qint64 m_headerBytes = 0;
    bool m_paxSize = false;
};

} // namespace ovf::package
