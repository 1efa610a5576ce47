#pragma once

#include "model/package/packagewritersink.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <memory>

namespace ovf::package {

// Writes an OVF package as a folder (DSP0243 §5.2: the descriptor and its files side by side,
// "a/b" hrefs as subfolders). The files go into a temporary folder beside the destination,
// which commit() renames into place; an existing destination folder is first renamed aside,
// then removed once the new one is in place (and put back if that rename fails). Files are
// created 0644, folders 0755.
class FolderWriter final : public PackageWriterSink
{
    Q_DECLARE_TR_FUNCTIONS(ovf::package::FolderWriter)

public:
    explicit FolderWriter(const QString &destination);
    ~FolderWriter() override;

    std::expected<void, QString> reserveHead(const QList<std::pair<QString, qint64>> &members) override;
    std::expected<void, QString> begin(const QString &name, qint64 size) override;
    std::expected<void, QString> write(const char *data, qint64 size) override;
    std::expected<void, QString> end() override;
    std::expected<void, QString> writeHeadMember(const QString &name, QByteArrayView bytes) override;
    std::expected<void, QString> commit() override;

private:
    std::unexpected<QString> fileError() const;

    QString m_destination;
    std::unique_ptr<QTemporaryDir> m_temp;
    QFile m_file;
    QString m_member;
    qint64 m_remaining = 0;
};

} // namespace ovf::package
