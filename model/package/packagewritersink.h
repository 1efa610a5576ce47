#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <expected>
#include <utility>

namespace ovf::package {

// Where PackageWriter puts the members of a package: an OVA (OvaWriter), an OVF folder
// (FolderWriter) or a ZIP (ZipWriter). Every sink writes into a temporary file or folder
// beside the destination and only commit() moves it into place (rename); a sink destroyed
// without commit() removes its temporary output, so the destination is either the complete
// new package or untouched (DESIGN.md "Conventions").
//
// Call order: reserveHead() once, then body members (begin, write..., end) in package order,
// then writeHeadMember() for each reserved head member in the reserved order, then commit().
// The head (descriptor, manifest, certificate) is only known after the body was hashed, yet
// DSP0243 §5.3 puts it first in an OVA: the OVA sink leaves room for it and fills it last.
// Errors name the member or file. Not thread-safe.
class PackageWriterSink
{
public:
    virtual ~PackageWriterSink() = default;

    // The head members ({name, size}) that writeHeadMember() will provide, in order.
    virtual std::expected<void, QString> reserveHead(const QList<std::pair<QString, qint64>> &members) = 0;
    // A body member of exactly `size` bytes.
    virtual std::expected<void, QString> begin(const QString &name, qint64 size) = 0;
    virtual std::expected<void, QString> write(const char *data, qint64 size) = 0;
    // A body member whose size is known only at its end (a disk image converted while it is
    // written), of at most `maxSize` bytes; end() completes it with the size written. Never a
    // staged copy: the OVA sink reserves the tar header for `maxSize` (a pax header when that
    // needs one) and fills it in at end(); the ZIP sink stores the member (its bytes are
    // compressed already) and lets the ZIP library patch sizes and CRC; the folder sink just
    // writes the file.
    virtual std::expected<void, QString> beginUnsized(const QString &name, qint64 maxSize) = 0;
    // Fails when fewer bytes than announced were written (sized members).
    virtual std::expected<void, QString> end() = 0;
    // A reserved head member; `bytes` must have the reserved size.
    virtual std::expected<void, QString> writeHeadMember(const QString &name, QByteArrayView bytes) = 0;
    // Finishes the container and moves it to the destination.
    virtual std::expected<void, QString> commit() = 0;

    // Things the user should know (pax headers, ZIP64, ...).
    QStringList warnings() const { return m_warnings; }

protected:
    void addWarning(const QString &warning)
    {
        if (!m_warnings.contains(warning))
            m_warnings << warning;
    }

private:
    QStringList m_warnings;
};

} // namespace ovf::package
