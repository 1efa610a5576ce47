#include "model/package/tarreaderinput.h"
#include "model/ovf/job.h"

#include <algorithm>
#include <limits>
#include <vector>

using namespace Qt::StringLiterals;

namespace ovf::package {

qint64 TarReaderInput::gzipOvaCap(qint64 compressedBytes)
{
    const qint64 scaled = compressedBytes > std::numeric_limits<qint64>::max() / kGzipOvaRatio
        ? std::numeric_limits<qint64>::max() : compressedBytes * kGzipOvaRatio;
    return std::max(kGzipOvaFloor, scaled);
}

TarReaderInput::TarReaderInput(const QString &path, const QString &name)
    : m_file(path)
    , m_name(name)
{
}

std::expected<std::unique_ptr<TarReaderInput>, PackageError>
TarReaderInput::open(const QString &path, bool gzip, const QString &name)
{
    std::unique_ptr<TarReaderInput> input(new TarReaderInput(path, name));
    if (!input->m_file.open(QIODevice::ReadOnly)) {
        return std::unexpected(PackageError{PackageError::Rule::Io, name,
                                            tr("cannot open the file: %1").arg(input->m_file.errorString())});
    }
    input->m_size = input->m_file.size();
    if (gzip) {
        TarReaderInput *self = input.get();
        input->m_gzip = std::make_unique<GzipInflater>(
            [self](char *buffer, qint64 max) { return self->readFile(buffer, max); }, name, gzipOvaCap(input->m_size));
        input->m_gzip->setCapReason(tr("%1 bytes (%2 times the compressed OVA, at least %3 bytes)")
                                        .arg(gzipOvaCap(input->m_size)).arg(kGzipOvaRatio).arg(kGzipOvaFloor));
    }
    return input;
}

void TarReaderInput::setCancelFlag(const std::atomic<bool> *flag)
{
    m_cancel = flag;
    if (m_gzip)
        m_gzip->setCancelFlag(flag);
}

std::expected<qint64, PackageError> TarReaderInput::readFile(char *buffer, qint64 max)
{
    qint64 total = 0;
    while (total < max) {
        if (m_cancel && m_cancel->load(std::memory_order_relaxed))
            return std::unexpected(PackageError{PackageError::Rule::Cancelled, m_name, Job::cancelledMessage()});
        const qint64 got = m_file.read(buffer + total, max - total);
        if (got < 0) {
            return std::unexpected(PackageError{PackageError::Rule::Io, m_name,
                                                tr("cannot read the file: %1").arg(m_file.errorString())});
        }
        if (got == 0)
            break;
        total += got;
    }
    return total;
}

std::expected<qint64, PackageError> TarReaderInput::read(char *buffer, qint64 max)
{
    auto got = m_gzip ? m_gzip->read(buffer, max) : readFile(buffer, max);
    if (!got) {
        // A gzip stream cut short is a truncated OVA.
        if (got.error().rule == PackageError::Rule::GzipTruncated)
            return std::unexpected(PackageError{PackageError::Rule::Truncated, m_name, got.error().message});
        return got;
    }
    if (*got < max)
        m_atEnd = true;
    return got;
}

std::expected<qint64, PackageError> TarReaderInput::skip(qint64 count)
{
    if (count <= 0)
        return 0;
    if (!m_gzip) {
        const qint64 step = std::min(count, m_size - m_file.pos());
        if (step <= 0 || !m_file.seek(m_file.pos() + step)) {
            m_atEnd = true;
            return 0;
        }
        if (step < count)
            m_atEnd = true;
        return step;
    }
    std::vector<char> scratch(64 * 1024);
    qint64 skipped = 0;
    while (skipped < count) {
        const qint64 want = std::min<qint64>(count - skipped, qint64(scratch.size()));
        auto got = read(scratch.data(), want);
        if (!got)
            return std::unexpected(got.error());
        skipped += *got;
        if (*got < want)
            break;
    }
    return skipped;
}

} // namespace ovf::package
