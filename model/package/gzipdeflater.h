#pragma once

#include <QCoreApplication>
#include <QString>

#include <expected>
#include <functional>
#include <memory>

namespace ovf::package {

// Streaming gzip (RFC 1952) compression with zlib, for writing Files with
// ovf:compression="gzip" (DSP0243 §7.1). Deterministic: the gzip header carries no name and
// mtime 0, so the same input and level give the same bytes with the same zlib. Memory is
// bounded (zlib's state plus one 256 KiB output buffer). Not thread-safe.
class GzipDeflater
{
    Q_DECLARE_TR_FUNCTIONS(ovf::package::GzipDeflater)

public:
    // Receives the compressed bytes as they come.
    using Sink = std::function<std::expected<void, QString>(const char *data, qint64 size)>;

    // `level`: zlib's 0..9, or -1 for its default (6).
    explicit GzipDeflater(Sink sink, int level = -1);
    ~GzipDeflater();
    GzipDeflater(const GzipDeflater &) = delete;
    GzipDeflater &operator=(const GzipDeflater &) = delete;

    std::expected<void, QString> write(const char *data, qint64 size);
    // Flushes the rest and the trailer; call once.
    std::expected<void, QString> finish();

    qint64 bytesIn() const { return m_in; }
    qint64 bytesOut() const { return m_out; }

private:
    std::expected<void, QString> run(const char *data, qint64 size, bool finish);

    struct State;
    std::unique_ptr<State> m_state;
    Sink m_sink;
    qint64 m_in = 0;
    qint64 m_out = 0;
};

} // namespace ovf::package
