// PackageWriter's room on the destination and its spools: free space checked before and while
// writing, a failed write into the destination classified, gzip converted through a spool.
#include "model/package/packagewriter.h"

#include "model/ovf/descriptor.h"
#include "model/package/destinationcheck.h"
#include "model/package/gzipdeflater.h"
#include "model/package/gzipinflater.h"
#include "model/package/packinput.h"

#include <QFileInfo>
#include <QTemporaryFile>

#include <vector>

using namespace Qt::StringLiterals;

namespace ovf::package {

using Cause = PackageWriteError::Cause;

PackageWriteError PackageWriter::destinationError(const QString &member, const QString &detail) const
{
    if (cancelled())
        return PackageWriteError::cancelled();
    // A write into the destination failed: say why when the filesystem can tell (it was made
    // read-only, or filled up meanwhile), with the system's words otherwise.
    if (const auto unwritable = DestinationCheck::writable(m_destination); unwritable && unwritable->rule == PackageError::Rule::ReadOnly)
        return PackageWriteError::fromPackageError(*unwritable, m_destination);
    if (auto full = filledUpError(member))
        return *full;
    return PackageWriteError::make(Cause::Io, member, detail, m_destination);
}

std::optional<PackageWriteError> PackageWriter::filledUpError(const QString &member) const
{
    const qint64 remaining = std::max<qint64>(m_total - m_done, 1);
    const auto full = DestinationCheck::filledUp(m_destination, remaining);
    if (!full)
        return std::nullopt;
    PackageWriteError e = PackageWriteError::fromPackageError(*full, m_destination);
    e.member = member;
    e.bytesNeeded = remaining;
    e.bytesFree = DestinationCheck::available(m_destination);
    return e;
}

PackageWriteError PackageWriter::sourceError(Cause cause, const QString &member, const QString &detail) const
{
    return cancelled() ? PackageWriteError::cancelled() : PackageWriteError::make(cause, member, detail);
}

std::expected<void, PackageWriteError> PackageWriter::checkSpace(const QString &member, qint64 more, const QString &cap) const
{
    if (m_available < 0)
        return {};
    const qint64 needed = m_committed + more + m_options.keepFreeBytes;
    if (needed <= m_available)
        return {};
    const QString what = cap.isEmpty()
        ? tr("the package needs %1 bytes on the destination's filesystem (%2 kept free), only %3 are free")
              .arg(m_committed + more).arg(m_options.keepFreeBytes).arg(m_available)
        : tr("inflating it needs at least %1 bytes on the destination's filesystem so far (the spool and its "
             "copy in the package, %2 kept free; it may inflate up to %3), only %4 are free")
              .arg(m_committed + more).arg(m_options.keepFreeBytes).arg(cap).arg(m_available);
    PackageWriteError e = PackageWriteError::make(Cause::NoSpace, member == m_destination ? QString() : member, what, m_destination);
    e.rule = PackageError::Rule::NoSpace;
    e.bytesNeeded = needed;
    e.bytesFree = m_available;
    return std::unexpected(e);
}

PackageWriter::Layout PackageWriter::layout(qsizetype file) const
{
    const PackInputFile &f = m_input.files().at(file);
    Layout l;
    if (f.pending)
        return l; // a streamOptimized VMDK: compressed already, never chunked
    l.gzip = m_options.compress || (f.gzip && !m_options.decompress);
    l.chunkSize = m_options.chunkSize > 0 ? m_options.chunkSize : m_options.joinChunks ? 0 : f.chunkSize;
    if (l.gzip && !f.gzip)
        l.convert = Layout::Convert::Deflate;
    else if (!l.gzip && f.gzip)
        l.convert = Layout::Convert::Inflate;
    return l;
}

std::expected<std::unique_ptr<QTemporaryFile>, PackageWriteError>
PackageWriter::spool(qsizetype index, Layout::Convert convert, const QString &destination)
{
    const PackInputFile &file = m_input.files().at(index);
    const QFileInfo dest(destination);
    auto spool = std::make_unique<QTemporaryFile>(dest.absolutePath() + u"/."_s + dest.fileName() + u"-XXXXXX.spool"_s);
    if (!spool->open())
        return std::unexpected(destinationError({}, tr("cannot create a temporary file beside it: %1").arg(spool->errorString())));
    // Unnamed from here on (the open descriptor keeps it): a writer killed with SIGKILL leaves
    // no spool behind, there is nothing for a later run to clean up.
    QFile::remove(spool->fileName());
    auto stream = m_input.openFile(index);
    if (!stream)
        return std::unexpected(sourceError(Cause::MissingSource, file.member, stream.error()));
    // Each spooled byte is needed twice until the end: in the spool and in the package.
    QString capText;
    std::optional<PackageWriteError> spoolError;
    auto toSpool = [&](const char *data, qint64 size) -> std::expected<void, QString> {
        if (auto r = checkSpace(file.member, 2 * size, capText); !r)
            spoolError = r.error();
        else if (spool->write(data, size) != size)
            spoolError = destinationError(file.member, spool->errorString());
        if (spoolError)
            return std::unexpected(spoolError->detail);
        m_committed += 2 * size;
        return {};
    };
    const auto readFailed = [&](const QString &detail) { return sourceError(Cause::Io, file.member, detail); };
    std::vector<char> buffer(static_cast<size_t>(kBufferSize));
    if (convert == Layout::Convert::Deflate) {
        GzipDeflater deflater(toSpool);
        for (;;) {
            if (cancelled())
                return std::unexpected(PackageWriteError::cancelled());
            auto n = (*stream)->read(buffer.data(), kBufferSize);
            if (!n)
                return std::unexpected(readFailed(n.error()));
            if (*n == 0)
                break;
            if (auto r = deflater.write(buffer.data(), *n); !r)
                return std::unexpected(spoolError.value_or(readFailed(r.error())));
            advance(*n);
        }
        if (auto r = deflater.finish(); !r)
            return std::unexpected(spoolError.value_or(readFailed(r.error())));
    } else {
        // ovf:size is the compressed size (DSP0243 §7.1), so the cap comes from the Disk.
        const InflationLimit limit = InflationLimit::forFile(m_input.descriptor().envelope(), file.id,
                                                             m_options.maxInflatedBytes);
        capText = tr("%1 bytes, %2").arg(limit.bytes).arg(limit.reason);
        PackInputStream *source = stream->get();
        GzipInflater inflater([source](char *into, qint64 max) -> std::expected<qint64, PackageError> {
            auto n = source->read(into, max);
            if (!n)
                return std::unexpected(PackageError{PackageError::Rule::Io, {}, n.error()});
            return *n;
        }, file.member, limit.bytes);
        inflater.setCapReason(limit.reason);
        inflater.setCancelFlag(m_cancel);
        qint64 consumed = 0;
        for (;;) {
            if (cancelled())
                return std::unexpected(PackageWriteError::cancelled());
            auto n = inflater.read(buffer.data(), kBufferSize);
            if (!n) {
                PackageWriteError e = PackageWriteError::fromPackageError(n.error());
                e.member = file.member;
                return std::unexpected(e);
            }
            advance(inflater.bytesIn() - consumed);
            consumed = inflater.bytesIn();
            if (*n == 0)
                break;
            if (auto r = toSpool(buffer.data(), *n); !r)
                return std::unexpected(*spoolError);
        }
        advance(file.size - consumed); // trailing padding the inflater skipped
        m_total += inflater.bytesOut();
    }
    if (!spool->flush())
        return std::unexpected(destinationError(file.member, spool->errorString()));
    return spool;
}

} // namespace ovf::package
