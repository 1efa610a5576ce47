#include "model/package/gzipinflater.h"
#include "model/ovf/job.h"

#include <zlib.h>

#include <algorithm>
#include <climits>
#include <limits>

using namespace Qt::StringLiterals;

namespace ovf::package {

namespace {
constexpr qint64 kInputSize = 64 * 1024;
// gzip only (RFC 1952), not zlib or raw deflate: windowBits 15 + 16 (zlib manual, inflateInit2).
constexpr int kGzipWindowBits = 15 + 16;
// Fixed room for an image's header, directory, footer and markers (see diskImageBound()).
constexpr qint64 kMetadataAllowance = qint64(1) << 20;
} // namespace

struct GzipInflater::State
{
    z_stream z{};
    bool initialized = false;
    std::unique_ptr<char[]> input{new char[kInputSize]};
    bool sourceEnd = false;
    bool betweenMembers = false; // a member ended; another may follow
    bool zeroPadding = false;    // zero bytes seen after the last member
    bool done = false;
};

GzipInflater::GzipInflater(Source source, const QString &member, qint64 cap)
    : m_state(std::make_unique<State>())
    , m_source(std::move(source))
    , m_member(PackageError::displayName(member))
    , m_cap(cap)
{
    m_state->initialized = inflateInit2(&m_state->z, kGzipWindowBits) == Z_OK;
}

GzipInflater::~GzipInflater()
{
    if (m_state->initialized)
        inflateEnd(&m_state->z);
}

qint64 GzipInflater::diskImageBound(qint64 capacity)
{
    if (capacity <= 0)
        return capacity < 0 ? 0 : kMetadataAllowance;
    const qint64 extra = capacity / 64 + kMetadataAllowance;
    return capacity > std::numeric_limits<qint64>::max() - extra ? std::numeric_limits<qint64>::max()
                                                                 : capacity + extra;
}

std::unexpected<PackageError> GzipInflater::fail(PackageError::Rule rule, const QString &message)
{
    m_error = PackageError{rule, m_member, message};
    return std::unexpected(*m_error);
}

std::expected<bool, PackageError> GzipInflater::fillInput()
{
    auto got = m_source(m_state->input.get(), kInputSize);
    if (!got) {
        m_error = got.error();
        return std::unexpected(got.error());
    }
    if (*got <= 0) {
        m_state->sourceEnd = true;
        return false;
    }
    m_state->z.next_in = reinterpret_cast<Bytef *>(m_state->input.get());
    m_state->z.avail_in = uInt(*got);
    m_in += *got;
    return true;
}

std::expected<qint64, PackageError> GzipInflater::read(char *buffer, qint64 max)
{
    using Rule = PackageError::Rule;
    if (m_error)
        return std::unexpected(*m_error);
    if (!m_state->initialized)
        return fail(Rule::GzipCorrupt, tr("zlib could not be initialized"));
    State &s = *m_state;
    if (max <= 0 || s.done)
        return 0;

    qint64 produced = 0;
    while (produced < max) {
        if (m_cancel && m_cancel->load(std::memory_order_relaxed))
            return fail(Rule::Cancelled, Job::cancelledMessage());
        if (s.z.avail_in == 0 && !s.sourceEnd) {
            auto filled = fillInput();
            if (!filled)
                return std::unexpected(filled.error());
        }
        if (s.betweenMembers) {
            while (s.z.avail_in > 0 && *s.z.next_in == 0) {
                ++s.z.next_in;
                --s.z.avail_in;
                s.zeroPadding = true;
            }
            if (s.z.avail_in == 0) {
                if (s.sourceEnd) {
                    s.done = true;
                    break;
                }
                continue;
            }
            // RFC 1952 §2.3.1: a member starts with ID1 = 0x1f, ID2 = 0x8b.
            if (s.zeroPadding || *s.z.next_in != 0x1f)
                return fail(Rule::TrailingData, tr("data follows the end of the gzip stream"));
            inflateReset(&s.z);
            s.betweenMembers = false;
        }
        if (s.z.avail_in == 0 && s.sourceEnd) {
            return fail(Rule::GzipTruncated, m_in == 0 ? tr("the file holds no gzip data")
                                                       : tr("the gzip stream ends early (truncated)"));
        }

        qint64 room = max - produced;
        if (m_cap >= 0)
            room = std::min(room, m_cap - m_out + 1); // one byte past the cap proves the excess
        room = std::min<qint64>(room, INT_MAX);
        s.z.next_out = reinterpret_cast<Bytef *>(buffer + produced);
        s.z.avail_out = uInt(room);
        const int ret = inflate(&s.z, Z_NO_FLUSH);
        const qint64 got = room - qint64(s.z.avail_out);
        produced += got;
        m_out += got;
        if (m_cap >= 0 && m_out > m_cap) {
            return fail(Rule::GzipTooLarge,
                        m_capReason.isEmpty() ? tr("inflates past its declared size of %1 bytes").arg(m_cap)
                                              : tr("inflates past %1; refused as a possible gzip bomb").arg(m_capReason));
        }
        switch (ret) {
        case Z_STREAM_END: // the trailer's CRC-32 and ISIZE have been checked by zlib
            s.betweenMembers = true;
            break;
        case Z_OK:
            break;
        case Z_BUF_ERROR: // no progress possible: more input is needed
            if (s.z.avail_in != 0)
                return fail(Rule::GzipCorrupt, tr("the gzip stream is corrupt"));
            break;
        case Z_MEM_ERROR:
            return fail(Rule::GzipCorrupt, tr("out of memory while inflating"));
        default:
            return fail(Rule::GzipCorrupt, tr("the gzip stream is corrupt (%1)")
                                               .arg(QString::fromLatin1(s.z.msg ? s.z.msg : "zlib error")));
        }
    }
    return produced;
}

} // namespace ovf::package
