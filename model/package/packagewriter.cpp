#include "model/package/packagewriter.h"

#include "model/ovf/descriptor.h"
#include "model/ovf/job.h"
#include "model/package/blockcopier.h"
#include "model/package/chunkreassembler.h"
#include "model/package/destinationcheck.h"
#include "model/package/digesthasher.h"
#include "model/package/folderwriter.h"
#include "model/package/ovawriter.h"
#include "model/package/packageerror.h"
#include "model/package/packagewriteerror.h"
#include "model/package/packinput.h"
#include "model/package/pendingdisks.h"
#include "model/package/signer.h"
#include "model/package/zipwriter.h"

#include <QFileInfo>
#include <QPromise>
#include <QTemporaryFile>

#include <algorithm>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace ovf::package {

namespace {

constexpr qint64 kZip64Threshold = 0xFFFFFFFFLL;
constexpr int kSignAttempts = 256;
// Trial signatures made to size the certificate's room; the longest is kept (see sign()).
constexpr int kSignTrials = 8;

// A finished gzip spool, read back into the package.
class SpoolStream final : public PackInputStream
{
public:
    explicit SpoolStream(QFile *file) : m_file(file) { m_file->seek(0); }
    std::expected<qint64, QString> read(char *buffer, qint64 max) override
    {
        const qint64 n = m_file->read(buffer, max);
        if (n < 0)
            return std::unexpected(m_file->errorString());
        return n;
    }

private:
    QFile *m_file;
};

using Cause = PackageWriteError::Cause;
PackageWriteError failure(Cause cause, const QString &member, const QString &detail, const QString &path = {})
{
    return PackageWriteError::make(cause, member, detail, path);
}

} // namespace

PackageWriter::PackageWriter(PackInput &input, const PackageWriterOptions &options)
    : m_input(input)
    , m_options(options)
{
}

PackageWriter::~PackageWriter() = default;

QString PackageWriter::cancelledMessage()
{
    return Job::cancelledMessage();
}

PackageWriterOptions::Format PackageWriter::formatForPath(const QString &destination)
{
    const QString suffix = QFileInfo(destination).suffix().toLower();
    if (suffix == u"ova")
        return PackageWriterOptions::Format::Ova;
    if (suffix == u"zip")
        return PackageWriterOptions::Format::Zip;
    return PackageWriterOptions::Format::Folder;
}

void PackageWriter::advance(qint64 bytes)
{
    m_done += bytes;
    if (m_progress)
        m_progress(m_done, m_total);
}

std::expected<void, PackageWriteError> PackageWriter::check() const
{
    const auto invalid = [](const QString &why) { return std::unexpected(failure(Cause::InvalidOptions, {}, why)); };
    if (m_options.signer && !m_options.manifest)
        return invalid(tr("a signature needs a manifest"));
    if (m_options.signer && m_options.signatureAlgorithm == DigestAlgorithm::Sha1)
        return invalid(tr("SHA-1 signatures are not written; use SHA-256 or SHA-512"));
    if (m_options.chunkSize < 0)
        return invalid(tr("the chunk size must be positive"));
    if (m_options.compress && m_options.decompress)
        return invalid(tr("compressing and decompressing exclude each other"));
    return {};
}

std::expected<void, PackageWriteError> PackageWriter::copyMember(PackInputStream &from, PackageWriterSink &to,
                                                                 const QString &name, qint64 size)
{
    std::optional<DigestHasher> hasher;
    if (m_options.manifest)
        hasher.emplace(*m_options.manifest);
    if (auto r = to.begin(name, size); !r)
        return std::unexpected(destinationError(name, r.error()));
    if (!m_copier)
        m_copier = std::make_unique<BlockCopier>();
    m_copier->setCancel(m_cancel, cancelledMessage());
    bool sinkFailed = false; // the copy's error is the destination's, not the source's
    auto r = m_copier->copy(
        from, name, size,
        [&to, &sinkFailed](const char *data, qint64 n) {
            auto written = to.write(data, n);
            sinkFailed = !written;
            return written;
        },
        hasher ? &*hasher : nullptr, [this](qint64 n) { advance(n); });
    if (!r) {
        if (cancelled())
            return std::unexpected(PackageWriteError::cancelled());
        return std::unexpected(sinkFailed ? destinationError(name, r.error()) : sourceError(Cause::Io, name, r.error()));
    }
    if (cancelled())
        return std::unexpected(PackageWriteError::cancelled());
    if (auto e = to.end(); !e)
        return std::unexpected(destinationError(name, e.error()));
    if (hasher)
        m_entries << ManifestEntry{*m_options.manifest, name, hasher->finish(), 0};
    return {};
}

void PackageWriter::editReferences(const QList<qint64> &storedSizes, const QList<Layout> &layouts)
{
    xml::Document &doc = m_input.descriptor().xml();
    const QString ns = m_input.descriptor().envelopeNamespace();
    for (qsizetype i = 0; i < m_input.files().size(); ++i) {
        const PackInputFile &file = m_input.files().at(i);
        if (file.pending)
            continue; // PendingDisks edits it
        const Layout &l = layouts.at(i);
        xml::Element *e = file.element;
        auto set = [&](QStringView local, const QString &value) {
            if (e->attributeValue(ns, local) != value || !e->hasAttribute(ns, local))
                doc.swapAttributes(e, doc.withAttribute(e, ns, local, value, u"ovf"));
        };
        auto drop = [&](QStringView local) {
            if (e->hasAttribute(ns, local))
                doc.swapAttributes(e, doc.withoutAttribute(e, ns, local));
        };
        const bool declared = e->hasAttribute(ns, u"size");
        // The source's ovf:size describes the file as the source stores it (chunked sources
        // were checked against it when opened).
        if (declared && e->attributeValue(ns, u"size") != QString::number(file.size))
            m_warnings << tr("%1: ovf:size said %2 bytes, the file has %3; corrected")
                              .arg(file.member, e->attributeValue(ns, u"size"), QString::number(file.size));
        set(u"size", QString::number(storedSizes.at(i)));
        if (l.gzip)
            set(u"compression", u"gzip"_s);
        else if (file.gzip)
            drop(u"compression");
        if (l.chunkSize > 0)
            set(u"chunkSize", QString::number(l.chunkSize));
        else
            drop(u"chunkSize");
    }
}

std::expected<void, PackageWriteError> PackageWriter::checkExistingManifest() const
{
    const auto mismatch = [](const QString &member, const QString &why) {
        return std::unexpected(failure(Cause::ManifestMismatch, member, why));
    };
    auto manifest = Manifest::parse(m_options.existingManifest, m_input.manifestName());
    if (!manifest)
        return mismatch(m_input.manifestName(), manifest.error().toString());
    if (manifest->hasErrors())
        return mismatch(m_input.manifestName(), manifest->problems().constFirst().toString());
    // The descriptor is checked as the package holds it: the References edits (ovf:size)
    // come after, and keptManifest() gives the manifest the edited descriptor's digest.
    QList<ManifestEntry> computedEntries = m_entries;
    for (ManifestEntry &e : computedEntries) {
        if (e.fileName == m_input.descriptorName())
            e.digest = DigestHasher::hash(e.algorithm, m_input.descriptorBytes());
    }
    for (const ManifestEntry &computed : std::as_const(computedEntries)) {
        const auto listed = manifest->entry(computed.fileName);
        if (!listed)
            return mismatch(computed.fileName, tr("not listed in the manifest"));
        if (listed->algorithm != computed.algorithm || listed->digest != computed.digest)
            return mismatch(computed.fileName, tr("does not match its digest in the manifest"));
    }
    for (const ManifestEntry &listed : manifest->entries()) {
        const bool written = std::any_of(m_entries.begin(), m_entries.end(),
                                         [&](const ManifestEntry &e) { return e.fileName == listed.fileName; });
        if (!written)
            return mismatch(listed.fileName, tr("listed in the manifest but not a file of the package"));
    }
    return {};
}

QByteArray PackageWriter::keptManifest(const QByteArray &descriptor) const
{
    if (descriptor == m_input.descriptorBytes())
        return m_options.existingManifest;
    auto manifest = Manifest::parse(m_options.existingManifest, m_input.manifestName());
    if (!manifest)
        return m_options.existingManifest; // refused by checkExistingManifest()
    QList<ManifestEntry> entries = manifest->entries();
    for (ManifestEntry &e : entries) {
        e.line = 0;
        if (e.fileName == m_input.descriptorName())
            e.digest = DigestHasher::hash(e.algorithm, descriptor);
    }
    return Manifest::serialize(entries);
}

std::expected<QByteArray, PackageWriteError> PackageWriter::sign(QByteArrayView manifest, qint64 expectedSize) const
{
    // The certificate's room in an OVA is reserved before the manifest is known; an ECDSA
    // signature's DER length varies by a byte or two, so sign again until it fits (each
    // attempt is a valid signature; RSA signatures always fit the first time).
    for (int attempt = 0; attempt < kSignAttempts; ++attempt) {
        auto cert = signManifest(manifest, m_input.manifestName(), *m_options.signer,
                                 m_options.signatureAlgorithm);
        if (!cert)
            return std::unexpected(failure(Cause::Signing, m_input.certificateName(), cert.error()));
        if (expectedSize < 0 || cert->size() == expectedSize)
            return *cert;
    }
    return std::unexpected(failure(Cause::Signing, m_input.certificateName(),
                                   tr("the signature's length kept changing; cannot place the certificate")));
}

std::expected<void, PackageWriteError> PackageWriter::writePending(PendingDisks &pending, qsizetype file,
                                                                   PackageWriterSink &sink, const QString &name)
{
    std::optional<DigestHasher> hasher;
    if (m_options.manifest)
        hasher.emplace(*m_options.manifest);
    auto r = pending.write(file, sink, hasher ? &*hasher : nullptr, [this](qint64 n) { advance(n); }, m_cancel);
    if (!r) {
        if (cancelled())
            return std::unexpected(PackageWriteError::cancelled());
        PackageWriteError e = destinationError(name, r.error());
        if (e.cause == Cause::Io) // the destination is fine: the image or its conversion failed
            e = failure(Cause::Conversion, name, r.error(), pending.sourcePath(file));
        return std::unexpected(e);
    }
    if (hasher)
        m_entries << ManifestEntry{*m_options.manifest, name, hasher->finish(), 0};
    return {};
}

std::expected<PackageWriterResult, PackageWriteError> PackageWriter::write(const QString &destination)
{
    m_destination = destination;
    auto result = writePackage(destination);
    using Cause = PackageWriteError::Cause;
    if (!result && result.error().cause != Cause::Cancelled && result.error().cause != Cause::NoSpace
        && result.error().cause != Cause::ReadOnly) {
        // The disk filled up part-way (another writer, an output larger than could be known):
        // said with the bytes, while the partial output still holds its space, instead of
        // the bare system error of the failing write.
        if (auto full = filledUpError(result.error().member))
            result = std::unexpected(*full);
    }
    m_sink.reset(); // an uncommitted output removes itself
    m_spools.clear();
    return result;
}

std::expected<PackageWriterResult, PackageWriteError> PackageWriter::writePackage(const QString &destination)
{
    if (auto r = check(); !r)
        return std::unexpected(r.error());
    if (const auto unwritable = DestinationCheck::writable(destination))
        return std::unexpected(PackageWriteError::fromPackageError(*unwritable, destination));
    const QList<PackInputFile> &files = m_input.files();
    m_done = 0;
    m_total = m_input.descriptorBytes().size();
    m_entries.clear();
    m_warnings.clear();
    // A disk image on the author's machine that is gone is missing, not unconvertible (an
    // opener reads its images elsewhere: it says itself).
    for (const PackInputFile &file : files) {
        if (file.pending && !m_options.pendingOpener && !QFileInfo::exists(file.pending->path))
            return std::unexpected(failure(Cause::MissingSource, file.member, tr("the disk image is missing"),
                                           file.pending->path));
    }
    auto pending = PendingDisks::inspect(m_input, m_options.pendingOpener);
    if (!pending)
        return std::unexpected(failure(Cause::Conversion, {}, pending.error()));
    if (!pending->isEmpty() && !m_options.existingManifest.isEmpty())
        return std::unexpected(failure(Cause::InvalidOptions, {},
                                       tr("a package signed as it is has no disk images to convert; pack it first")));
    if (!pending->isEmpty() && m_options.chunkSize > 0)
        return std::unexpected(failure(Cause::InvalidOptions, {},
                                       tr("disk images converted while packing cannot be chunked; pack first, then chunk")));
    m_total += pending->totalVirtualBytes();
    QList<Layout> layouts;
    for (qsizetype i = 0; i < files.size(); ++i) {
        layouts << layout(i);
        m_total += layouts.last().convert == Layout::Convert::Deflate ? 2 * files.at(i).size : files.at(i).size;
    }

    // Free space: the files copied as stored and the descriptor are known now; spools are
    // counted while they are written (checkSpace). Unknown when the filesystem cannot say.
    m_available = DestinationCheck::available(destination);
    m_committed = m_input.descriptorBytes().size();
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (layouts.at(i).convert == Layout::Convert::None)
            m_committed += files.at(i).size;
    }
    if (auto r = checkSpace(destination, 0, {}); !r)
        return std::unexpected(r.error());

    // Conversions first: the converted sizes go into the descriptor, which comes first.
    std::vector<std::unique_ptr<QTemporaryFile>> &spools = m_spools;
    spools.clear();
    spools.resize(size_t(files.size()));
    QList<qint64> stored;
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (layouts.at(i).convert == Layout::Convert::None) {
            stored << files.at(i).size;
            continue;
        }
        auto converted = spool(i, layouts.at(i).convert, destination);
        if (!converted)
            return std::unexpected(converted.error());
        stored << (*converted)->size();
        spools[size_t(i)] = std::move(*converted);
    }
    editReferences(stored, layouts);
    if (!pending->isEmpty())
        pending->editDescriptor(m_input.descriptor(), false); // room for the widest sizes
    xml::Document &doc = m_input.descriptor().xml();
    QByteArray descriptor = doc.isModified() ? doc.save() : m_input.descriptorBytes();

    // The plan: body members (chunks expanded), then the head's sizes.
    struct Member { qsizetype file; QString name; qint64 size; };
    QList<Member> body;
    bool zip64 = false;
    for (qsizetype i = 0; i < files.size(); ++i) {
        const qint64 size = files.at(i).pending ? -1 : stored.at(i);
        zip64 = zip64 || size >= kZip64Threshold || pending->maxBytes(i) >= kZip64Threshold;
        const qint64 chunkSize = layouts.at(i).chunkSize;
        if (chunkSize <= 0) {
            body << Member{i, files.at(i).member, size};
            continue;
        }
        const qint64 count = size == 0 ? 1 : (size + chunkSize - 1) / chunkSize;
        if (count > ChunkReassembler::kMaxChunks)
            return std::unexpected(failure(Cause::InvalidOptions, files.at(i).member,
                                           tr("too many chunks of %1 bytes").arg(chunkSize)));
        for (qint64 k = 0; k < count; ++k)
            body << Member{i, ChunkReassembler::chunkName(files.at(i).member, k), qMin(chunkSize, size - k * chunkSize)};
    }
    QList<std::pair<QString, qint64>> head{{m_input.descriptorName(), descriptor.size()}};
    qint64 certificateSize = -1;
    if (m_options.manifest) {
        const QByteArray zero(digestLength(*m_options.manifest), '\0');
        QList<ManifestEntry> placeholder{{*m_options.manifest, m_input.descriptorName(), zero, 0}};
        for (const Member &m : body)
            placeholder << ManifestEntry{*m_options.manifest, m.name, zero, 0};
        // A kept manifest changes only the descriptor's digest (same length) when the
        // descriptor was edited.
        const qint64 manifestSize = m_options.existingManifest.isEmpty()
            ? Manifest::serialize(placeholder).size() : keptManifest(descriptor).size();
        head << std::pair{m_input.manifestName(), manifestSize};
        if (m_options.signer) {
            // The room is the longest of a few trials: an ECDSA signature's DER length varies
            // (for P-256 mostly 70..72 bytes); a rare short one would be hard to meet again,
            // the longest lengths are common.
            for (int t = 0; t < kSignTrials; ++t) {
                auto trial = sign(QByteArray(manifestSize, 'x'), -1);
                if (!trial)
                    return std::unexpected(trial.error());
                certificateSize = std::max(certificateSize, qint64(trial->size()));
            }
            head << std::pair{m_input.certificateName(), certificateSize};
        }
    }

    m_sink.reset();
    std::unique_ptr<PackageWriterSink> &sink = m_sink;
    switch (m_options.format) {
    case PackageWriterOptions::Format::Ova: sink = std::make_unique<OvaWriter>(destination, m_options.mtime); break;
    case PackageWriterOptions::Format::Folder: sink = std::make_unique<FolderWriter>(destination); break;
    case PackageWriterOptions::Format::Zip: sink = std::make_unique<ZipWriter>(destination, zip64); break;
    }
    if (auto r = sink->reserveHead(head); !r)
        return std::unexpected(destinationError({}, r.error()));

    // The body, hashed while written. A file's stream serves all of its chunks in turn.
    std::unique_ptr<PackInputStream> stream;
    for (qsizetype k = 0; k < body.size(); ++k) {
        const Member &m = body.at(k);
        if (files.at(m.file).pending) {
            if (auto r = writePending(*pending, m.file, *sink, m.name); !r)
                return std::unexpected(r.error());
            continue;
        }
        if (k == 0 || body.at(k - 1).file != m.file) {
            if (spools.at(size_t(m.file))) {
                stream = std::make_unique<SpoolStream>(spools.at(size_t(m.file)).get());
            } else {
                auto opened = m_input.openFile(m.file);
                if (!opened)
                    return std::unexpected(sourceError(Cause::MissingSource, files.at(m.file).member, opened.error()));
                stream = std::move(*opened);
            }
        }
        if (auto r = copyMember(*stream, *sink, m.name, m.size); !r)
            return std::unexpected(r.error());
        if (k + 1 == body.size() || body.at(k + 1).file != m.file) {
            char probe = 0;
            auto extra = stream->read(&probe, 1);
            if (!extra)
                return std::unexpected(sourceError(Cause::Io, files.at(m.file).member, extra.error()));
            if (*extra != 0)
                return std::unexpected(failure(Cause::Changed, files.at(m.file).member,
                                               tr("the source grew while it was packed")));
        }
    }

    if (!pending->isEmpty()) {
        auto final = pending->finalDescriptor(m_input.descriptor(), descriptor.size(),
                                              m_options.format == PackageWriterOptions::Format::Ova);
        if (!final)
            return std::unexpected(failure(Cause::Conversion, m_input.descriptorName(), final.error()));
        descriptor = *final;
    }

    PackageWriterResult result;
    result.descriptor = descriptor;
    result.conversions = pending->conversions();
    if (m_options.manifest) {
        m_entries.prepend(ManifestEntry{*m_options.manifest, m_input.descriptorName(),
                                        DigestHasher::hash(*m_options.manifest, descriptor), 0});
        for (const ManifestEntry &entry : std::as_const(m_entries)) {
            const auto expected = m_options.expectedDigests.constFind(entry.fileName);
            if (expected != m_options.expectedDigests.cend() && *expected != entry.digest)
                return std::unexpected(failure(Cause::Changed, entry.fileName,
                                               tr("its bytes changed since the package was verified (%1 %2, now %3)")
                                                   .arg(digestAlgorithmName(entry.algorithm), digestToHex(*expected),
                                                        digestToHex(entry.digest))));
        }
        if (m_options.existingManifest.isEmpty()) {
            result.manifest = Manifest::serialize(m_entries);
        } else {
            if (auto r = checkExistingManifest(); !r)
                return std::unexpected(r.error());
            result.manifest = keptManifest(descriptor);
        }
        result.manifestEntries = m_entries;
        if (m_options.signer) {
            auto certificate = sign(result.manifest, certificateSize);
            if (!certificate)
                return std::unexpected(certificate.error());
            result.certificate = *certificate;
        }
    }
    if (auto r = sink->writeHeadMember(m_input.descriptorName(), descriptor); !r)
        return std::unexpected(destinationError(m_input.descriptorName(), r.error()));
    if (m_options.manifest) {
        if (auto r = sink->writeHeadMember(m_input.manifestName(), result.manifest); !r)
            return std::unexpected(destinationError(m_input.manifestName(), r.error()));
    }
    if (m_options.signer) {
        if (auto r = sink->writeHeadMember(m_input.certificateName(), result.certificate); !r)
            return std::unexpected(destinationError(m_input.certificateName(), r.error()));
    }
    if (cancelled())
        return std::unexpected(PackageWriteError::cancelled());
    if (auto r = sink->commit(); !r)
        return std::unexpected(destinationError({}, r.error()));
    m_total += descriptor.size() - m_input.descriptorBytes().size(); // the descriptor as written
    advance(descriptor.size());

    for (const auto &[name, size] : head)
        result.members << name;
    for (const Member &m : body)
        result.members << m.name;
    result.warnings = m_warnings + sink->warnings();
    return result;
}

void PackageWriter::run(QPromise<std::expected<PackageWriterResult, PackageWriteError>> &promise, PackInput *input,
                        PackageWriterOptions options, QString destination)
{
    std::atomic<bool> cancel = false;
    PackageWriter writer(*input, options);
    writer.setCancelFlag(&cancel);
    input->setCancelFlag(&cancel);
    promise.setProgressRange(0, 1'000'000);
    writer.setProgress([&promise, &cancel](qint64 done, qint64 total) {
        if (promise.isCanceled())
            cancel = true;
        const int value = total > 0 ? int(done * 1'000'000.0 / double(total)) : 0;
        promise.setProgressValueAndText(value, u"%1/%2"_s.arg(done).arg(total));
    });
    if (promise.isCanceled())
        cancel = true;
    promise.addResult(writer.write(destination));
    input->setCancelFlag(nullptr);
}

} // namespace ovf::package
