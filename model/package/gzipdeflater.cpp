#include "model/package/gzipdeflater.h"

#include <zlib.h>

#include <vector>

namespace ovf::package {

struct GzipDeflater::State
{
    z_stream stream{};
    bool ok = false;
    std::vector<char> out = std::vector<char>(256 * 1024);
};

GzipDeflater::GzipDeflater(Sink sink, int level)
    : m_state(std::make_unique<State>())
    , m_sink(std::move(sink))
{
    // windowBits 15 + 16: a gzip wrapper (RFC 1952) instead of zlib's (RFC 1950).
    m_state->ok = deflateInit2(&m_state->stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) == Z_OK;
}

GzipDeflater::~GzipDeflater()
{
    if (m_state->ok)
        deflateEnd(&m_state->stream);
}

std::expected<void, QString> GzipDeflater::run(const char *data, qint64 size, bool finish)
{
    if (!m_state->ok)
        return std::unexpected(tr("gzip compression could not start"));
    z_stream &z = m_state->stream;
    qint64 offset = 0;
    // zlib counts in uInt: feed at most 1 GiB at a time.
    do {
        const qint64 chunk = qMin<qint64>(size - offset, qint64(1) << 30);
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data + offset));
        z.avail_in = uInt(chunk);
        offset += chunk;
        const int flush = finish && offset == size ? Z_FINISH : Z_NO_FLUSH;
        int rc = Z_OK;
        do {
            z.next_out = reinterpret_cast<Bytef *>(m_state->out.data());
            z.avail_out = uInt(m_state->out.size());
            rc = deflate(&z, flush);
            if (rc == Z_STREAM_ERROR)
                return std::unexpected(tr("gzip compression failed"));
            const qint64 produced = qint64(m_state->out.size()) - z.avail_out;
            if (produced > 0) {
                m_out += produced;
                if (auto r = m_sink(m_state->out.data(), produced); !r)
                    return r;
            }
        } while (z.avail_out == 0 || (flush == Z_FINISH && rc != Z_STREAM_END));
    } while (offset < size);
    m_in += size;
    return {};
}

std::expected<void, QString> GzipDeflater::write(const char *data, qint64 size)
{
    if (size <= 0)
        return {};
    return run(data, size, false);
}

std::expected<void, QString> GzipDeflater::finish()
{
    return run(nullptr, 0, true);
}

} // namespace ovf::package
