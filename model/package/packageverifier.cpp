#include "model/package/packageverifier.h"

#include "model/ovf/job.h"
#include "model/package/archivereader.h"
#include "model/package/digesthasher.h"
#include "model/package/hashpipeline.h"
#include "model/package/packagescan.h"
#include "model/package/rangehasher.h"

#include <QFileInfo>
#include <QSet>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ovf::package {

namespace {

constexpr qint64 kHashChunk = qint64(1) << 20;
// Manifest and certificate candidates met before the descriptor (whose name says which one
// counts) are kept in memory up to this many bytes in all; DSP0243 §5.3 puts them after it.
constexpr qint64 kCandidateBytes = qint64(8) << 20;

const QList<DigestAlgorithm> kAllAlgorithms{DigestAlgorithm::Sha256, DigestAlgorithm::Sha1, DigestAlgorithm::Sha512};
// What a member is hashed with while the manifest has not been read: the algorithm DSP0243
// 2.x manifests use and writers default to. A manifest that turns out to use another one
// costs a second read of the members it lists (rehash()), never a wrong answer.
const QList<DigestAlgorithm> kGuess{DigestAlgorithm::Sha256};
// Members of a plain OVA at least this large are hashed after the walk over the headers, in
// parallel, straight from the file (RangeHasher), with the manifest's algorithm known by then.
constexpr qint64 kRangeMin = qint64(1) << 20;

bool hasSuffix(const QString &name, QStringView suffix)
{
    return name.endsWith(suffix, Qt::CaseInsensitive);
}

void hashInMemory(PackageScan::Member &member)
{
    for (DigestAlgorithm algorithm : kAllAlgorithms)
        member.digests[int(algorithm)] = DigestHasher::hash(algorithm, member.bytes);
}

// The streaming pass: one instance per verify() call.
class Pass
{
public:
    Pass(const VerifyOptions &options, const ByteProgress &progress, const std::atomic<bool> *cancel)
        : m_progress(progress)
        , m_cancel(cancel)
        , m_pipeline(options.hashThreads > 0 ? options.hashThreads : std::clamp(QThread::idealThreadCount(), 1, 4),
                     options.maxBytesInFlight)
        , m_threads(options.hashThreads > 0 ? options.hashThreads : std::clamp(QThread::idealThreadCount(), 1, 4))
    {
        m_scan.options = options;
    }

    void run(const QString &path, VerifyResult &result);

private:
    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }
    // False when the reading must stop (the error is recorded).
    bool readMember(ArchiveReader &reader, const MemberHeader &header, VerifyResult &result);
    bool takeDescriptor(PackageScan::Member &member, VerifyResult &result);
    void parseManifest(const PackageScan::Member &member);
    QList<DigestAlgorithm> algorithmsFor(const MemberHeader &header) const;
    bool stream(ArchiveReader &reader, PackageScan::Member &member, const QList<DigestAlgorithm> &algorithms,
                VerifyResult &result);
    void report(const ArchiveReader &reader);
    void collectDigests();
    bool hashRanges(const QString &path, const ArchiveReader &reader, VerifyResult &result);
    QSet<QString> deferredNames(const VerifyResult &result) const;
    void rehash(const QString &path, VerifyResult &result);

    PackageScan m_scan;
    ByteProgress m_progress;
    const std::atomic<bool> *m_cancel;
    HashPipeline m_pipeline;
    qint64 m_candidateBytes = 0;
    qint64 m_progressBase = 0; // bytes read by an earlier pass (progress stays monotonic)
    int m_threads = 1;
    QList<RangeHasher::Range> m_ranges; // members left for hashRanges()
    QList<qsizetype> m_rangeMembers;    // their index in m_scan.members
    qint64 m_rangeBytes = 0;            // their size in all (skipped by the walk)
    qint64 m_rangeHashed = 0;           // hashed so far by hashRanges()
    qint64 m_done = 0;                  // progress reported so far
    bool m_folder = false;
    bool m_manifestSettled = false; // the manifest was read, or (folders) cannot come any more
};

void Pass::report(const ArchiveReader &reader)
{
    if (m_progress) {
        // The reader's position includes its read-ahead, which may be data of a member left
        // for hashRanges(): never report less than before.
        m_done = std::max(m_done, m_progressBase + reader.position() - m_rangeBytes + m_rangeHashed);
        m_progress(m_done, m_progressBase + reader.totalBytes());
    }
}

bool Pass::takeDescriptor(PackageScan::Member &member, VerifyResult &result)
{
    m_scan.descriptorSeen = true;
    m_scan.descriptorName = member.name;
    result.descriptorName = member.name;
    result.descriptorBytes = member.bytes;
    const QString base = member.name.left(member.name.size() - 4);
    m_scan.manifestName = base + u".mf"_s;
    m_scan.certificateName = base + u".cert"_s;
    auto loaded = ovf::Descriptor::fromBytes(member.bytes, member.name);
    if (!loaded) {
        result.descriptorError = loaded.error();
        result.errors.append({u"descriptor-unreadable"_s, PackageError::displayName(member.name),
                              PackageVerifier::tr("the descriptor cannot be read: %1").arg(loaded.error().message)});
        return false;
    }
    std::shared_ptr<const ovf::Descriptor> descriptor(std::move(*loaded));
    result.descriptor = descriptor;
    if (descriptor->kind() == ovf::Descriptor::Kind::Envelope)
        m_scan.collectReferences(descriptor->envelope().files());
    // A manifest that came before the descriptor is known only now.
    if (auto it = m_scan.memberIndex.constFind(m_scan.manifestName); it != m_scan.memberIndex.cend())
        parseManifest(m_scan.members.at(*it));
    return true;
}

void Pass::parseManifest(const PackageScan::Member &member)
{
    if (member.inMemory)
        m_scan.manifest = Manifest::parse(member.bytes, member.name);
    m_manifestSettled = true;
}

QList<DigestAlgorithm> Pass::algorithmsFor(const MemberHeader &header) const
{
    // A member whose size differs from ovf:size is still hashed: the report then says both
    // what it holds and that it does not match (the size fault alone makes it Invalid).
    const qsizetype ref = m_scan.descriptorSeen ? m_scan.referenceOf(header.name) : -1;
    if (m_scan.manifest) {
        if (!m_scan.manifest->has_value())
            return {}; // Invalid anyway; nothing to compare with
        if (const auto entry = m_scan.manifest->value().entry(header.name))
            return {entry->algorithm};
        return {};
    }
    if (m_manifestSettled) // no manifest: SHA-256 for display and staging
        return ref >= 0 ? QList<DigestAlgorithm>{DigestAlgorithm::Sha256} : QList<DigestAlgorithm>{};
    return kGuess; // the manifest may still come: guess, rehash() if the guess was wrong
}

bool Pass::stream(ArchiveReader &reader, PackageScan::Member &member, const QList<DigestAlgorithm> &algorithms,
                  VerifyResult &result)
{
    if (algorithms.isEmpty()) {
        if (auto skipped = reader.skip(); !skipped) {
            result.errors.append(VerifyIssue::fromError(skipped.error()));
            return false;
        }
        report(reader);
        return true;
    }
    member.stream = m_pipeline.begin(algorithms);
    member.algorithms = algorithms;
    for (;;) {
        QByteArray block(std::min(kHashChunk, std::max<qint64>(member.size, 1)), Qt::Uninitialized);
        qint64 filled = 0;
        while (filled < block.size()) {
            auto got = reader.read(block.data() + filled, block.size() - filled);
            if (!got) {
                result.errors.append(VerifyIssue::fromError(got.error()));
                return false;
            }
            if (*got == 0)
                break;
            filled += *got;
        }
        if (filled == 0)
            break;
        block.truncate(filled);
        m_pipeline.feed(member.stream, block);
        report(reader);
    }
    return true;
}

bool Pass::readMember(ArchiveReader &reader, const MemberHeader &header, VerifyResult &result)
{
    PackageScan::Member member{header.name, header.size, {}, false, {}, -1, {}};
    const bool top = !header.name.contains(u'/');
    const bool isOvf = hasSuffix(header.name, u".ovf");
    const bool isMfOrCert = hasSuffix(header.name, u".mf") || hasSuffix(header.name, u".cert");
    bool keep = false;
    qint64 cap = Manifest::MaxSize;
    if (!m_scan.descriptorSeen && isOvf) {
        keep = true;
        cap = reader.limits().maxDescriptorBytes;
    } else if (m_scan.descriptorSeen) {
        keep = header.name == m_scan.manifestName || header.name == m_scan.certificateName;
    } else if (isMfOrCert && top && header.size <= Manifest::MaxSize
               && m_candidateBytes + header.size <= kCandidateBytes) {
        keep = true;
        m_candidateBytes += header.size;
    }

    if (keep) {
        auto bytes = reader.readAll(cap);
        if (!bytes) {
            result.errors.append(VerifyIssue::fromError(bytes.error()));
            return false;
        }
        member.bytes = std::move(*bytes);
        member.inMemory = true;
        hashInMemory(member);
        report(reader);
    } else {
        if (m_folder && m_scan.descriptorSeen && !isMfOrCert)
            m_manifestSettled = true; // FolderReader lists .mf and .cert right after the descriptor
        const std::optional<qint64> dataOffset = reader.currentDataOffset();
        if (dataOffset && header.size >= kRangeMin) {
            m_ranges.append({header.name, *dataOffset, header.size, {}, {}});
            m_rangeMembers.append(m_scan.members.size());
            m_rangeBytes += header.size;
            if (auto skipped = reader.skip(); !skipped) {
                result.errors.append(VerifyIssue::fromError(skipped.error()));
                return false;
            }
            report(reader);
        } else if (!stream(reader, member, algorithmsFor(header), result)) {
            return false;
        }
    }
    m_scan.memberIndex.insert(member.name, m_scan.members.size());
    m_scan.members.append(std::move(member));
    PackageScan::Member &stored = m_scan.members.last();

    if (keep && !m_scan.descriptorSeen && isOvf)
        return takeDescriptor(stored, result);
    if (keep && m_scan.descriptorSeen && stored.name == m_scan.manifestName)
        parseManifest(stored);
    return true;
}

void Pass::collectDigests()
{
    m_pipeline.wait();
    for (PackageScan::Member &member : m_scan.members) {
        for (DigestAlgorithm algorithm : std::as_const(member.algorithms)) {
            if (member.digests[int(algorithm)].isEmpty())
                member.digests[int(algorithm)] = m_pipeline.digest(member.stream, algorithm);
        }
    }
}

QSet<QString> Pass::deferredNames(const VerifyResult &result) const
{
    const VerifyOptions &options = m_scan.options;
    QSet<QString> names(options.deferredMembers.cbegin(), options.deferredMembers.cend());
    if (!options.deferDiskFiles || !result.descriptor || result.descriptor->kind() != ovf::Descriptor::Kind::Envelope
        || !m_scan.manifest || !m_scan.manifest->has_value())
        return names;
    QSet<QString> diskFiles;
    for (const ovf::VirtualDisk &disk : result.descriptor->envelope().disks())
        diskFiles.insert(disk.fileRef());
    for (const PackageScan::Reference &ref : m_scan.references) {
        // What DiskConverter reads in place: one uncompressed member, whole sectors.
        if (!diskFiles.contains(ref.id) || ref.compressed || ref.chunkSize || !ref.member)
            continue;
        const auto it = m_scan.memberIndex.constFind(*ref.member);
        if (it != m_scan.memberIndex.cend() && m_scan.members.at(*it).size % 512 == 0)
            names.insert(*ref.member);
    }
    return names;
}

bool Pass::hashRanges(const QString &path, const ArchiveReader &reader, VerifyResult &result)
{
    // The walk is over: the manifest, wherever it was, is known, so every member is hashed
    // with its entry's algorithm only, and never read twice.
    for (qsizetype i = 0; i < m_ranges.size(); ++i) {
        MemberHeader header;
        header.name = m_ranges.at(i).member;
        m_ranges[i].algorithms = algorithmsFor(header);
    }
    const QSet<QString> deferred = deferredNames(result);
    QList<RangeHasher::Range> work;
    QList<qsizetype> workIndex;
    for (qsizetype i = 0; i < m_ranges.size(); ++i) {
        if (!m_ranges.at(i).algorithms.isEmpty() && deferred.contains(m_ranges.at(i).member)) {
            // Listed in the manifest (algorithms come from its entry): its reader checks it.
            m_scan.members[m_rangeMembers.at(i)].deferred = true;
            m_rangeHashed += m_ranges.at(i).size;
        } else if (m_ranges.at(i).algorithms.isEmpty()) {
            m_rangeHashed += m_ranges.at(i).size; // nothing to compare it with: not read
        } else {
            work.append(m_ranges.at(i));
            workIndex.append(i);
        }
    }
    report(reader);
    const qint64 before = m_rangeHashed;
    const auto error = RangeHasher::run(path, work, m_threads, m_cancel, [&](qint64 hashed) {
        m_rangeHashed = before + hashed;
        report(reader);
    });
    if (error) {
        result.errors.append(VerifyIssue::fromError(*error));
        return false;
    }
    for (qsizetype w = 0; w < work.size(); ++w) {
        PackageScan::Member &member = m_scan.members[m_rangeMembers.at(workIndex.at(w))];
        member.algorithms = work.at(w).algorithms;
        for (DigestAlgorithm algorithm : std::as_const(member.algorithms))
            member.digests[int(algorithm)] = work.at(w).digests[int(algorithm)];
    }
    return true;
}

void Pass::rehash(const QString &path, VerifyResult &result)
{
    // Members streamed before the manifest was read were hashed with kGuess only. Those its
    // entries list with another algorithm are read again, hashed with that algorithm and with
    // SHA-256 once more: a SHA-256 that differs from the first read's means the file changed
    // between the reads, and then nothing read from it can be trusted.
    if (!m_scan.manifest || !m_scan.manifest->has_value())
        return;
    const Manifest &manifest = m_scan.manifest->value();
    QHash<QString, DigestAlgorithm> wanted;
    for (const PackageScan::Member &member : std::as_const(m_scan.members)) {
        const auto entry = manifest.entry(member.name);
        if (member.stream >= 0 && entry && member.digests[int(entry->algorithm)].isEmpty())
            wanted.insert(member.name, entry->algorithm);
    }
    if (wanted.isEmpty())
        return;
    auto changed = [&](const QString &member) {
        result.errors.append({u"package-changed"_s, PackageError::displayName(member),
                              PackageVerifier::tr("the package changed while it was being verified (read twice: "
                                                  "its manifest uses another algorithm than SHA-256)")});
    };
    auto opened = ArchiveReader::open(path, m_scan.options.limits);
    if (!opened) {
        result.errors.append(VerifyIssue::fromError(opened.error()));
        return;
    }
    ArchiveReader &reader = **opened;
    reader.setCancelFlag(m_cancel);
    m_progressBase = QFileInfo(path).isFile() ? QFileInfo(path).size() : 0;
    QList<std::pair<qsizetype, int>> streams; // members index, pipeline stream
    // The first pass read the whole package without a fault: one now means it changed.
    auto failed = [&](const std::optional<PackageError> &error, const QString &member) {
        if (error)
            result.errors.append(VerifyIssue::fromError(*error));
        if (!cancelled())
            changed(member);
    };
    for (qsizetype index = 0;; ++index) {
        auto header = reader.next();
        if (!header)
            return failed(header.error(), m_scan.manifestName);
        if (!*header)
            break;
        if (index >= m_scan.members.size() || m_scan.members.at(index).name != (*header)->name
            || m_scan.members.at(index).size != (*header)->size) {
            return changed((*header)->name);
        }
        const auto it = wanted.constFind((*header)->name);
        if (it == wanted.cend()) {
            if (auto skipped = reader.skip(); !skipped)
                return failed(skipped.error(), (*header)->name);
            continue;
        }
        PackageScan::Member again{(*header)->name, (*header)->size, {}, false, {}, -1, {}};
        if (!stream(reader, again, {*it, DigestAlgorithm::Sha256}, result))
            return failed(std::nullopt, (*header)->name);
        streams.append({index, again.stream});
    }
    report(reader);
    m_pipeline.wait();
    for (const auto &[index, id] : std::as_const(streams)) {
        PackageScan::Member &member = m_scan.members[index];
        if (m_pipeline.digest(id, DigestAlgorithm::Sha256) != member.digests[int(DigestAlgorithm::Sha256)])
            return changed(member.name);
        const DigestAlgorithm algorithm = wanted.value(member.name);
        member.digests[int(algorithm)] = m_pipeline.digest(id, algorithm);
    }
    if (streams.size() != wanted.size())
        changed(m_scan.manifestName);
}

void Pass::run(const QString &path, VerifyResult &result)
{
    result.packagePath = path;
    result.packageStamp = FileStamp::of(path);
    auto opened = ArchiveReader::open(path, m_scan.options.limits);
    if (!opened) {
        result.errors.append(VerifyIssue::fromError(opened.error()));
        result.verdict = {TrustState::Invalid, {result.errors.constFirst().toString()}};
        return;
    }
    ArchiveReader &reader = **opened;
    reader.setCancelFlag(m_cancel);
    result.format = reader.format();
    result.packageBytes = reader.totalBytes();
    m_folder = reader.format() == ArchiveReader::Format::Folder;

    bool complete = true;
    for (;;) {
        auto header = reader.next();
        if (!header) {
            result.errors.append(VerifyIssue::fromError(header.error()));
            complete = false;
            break;
        }
        if (!*header)
            break;
        if (!readMember(reader, **header, result)) {
            complete = false;
            break;
        }
    }
    if (complete && !cancelled() && !m_ranges.isEmpty())
        complete = hashRanges(path, reader, result);
    collectDigests();
    result.warnings += reader.warnings();
    if (complete && !cancelled())
        rehash(path, result);
    if (cancelled()) {
        result.cancelled = true;
        result.errors = {{u"cancelled"_s, {}, PackageVerifier::tr("verification %1").arg(Job::cancelledMessage())}};
        result.verdict = {TrustState::Invalid, {result.errors.constFirst().toString()}};
        return;
    }
    if (complete && !m_scan.descriptorSeen) {
        result.errors.append({u"no-descriptor"_s, PackageError::displayName(QFileInfo(path).fileName()),
                              PackageVerifier::tr("the package holds no OVF descriptor (*.ovf)")});
    }
    if (!complete) {
        // Stopped at a refusal: judge what was seen, for display, but the verdict is Invalid.
        m_scan.judge(result, reader.memberNames(), false, m_folder);
        return;
    }
    const bool tar = reader.format() == ArchiveReader::Format::Tar || reader.format() == ArchiveReader::Format::GzipTar;
    m_scan.judge(result, reader.memberNames(), tar, m_folder);
}

} // namespace

VerifyResult PackageVerifier::verify(const QString &path, const VerifyOptions &options, const ByteProgress &progress,
                                     const std::atomic<bool> *cancel)
{
    VerifyResult result;
    Pass pass(options, progress, cancel);
    pass.run(path, result);
    return result;
}

void PackageVerifier::verifyWithPromise(QPromise<VerifyResult> &promise, const QString &path,
                                        const VerifyOptions &options)
{
    std::atomic<bool> cancel{false};
    // The range grows when a second pass is needed (see verify()); QFuture's progress is an int.
    qint64 range = -1;
    double scale = 1.0;
    VerifyResult result = verify(path, options, [&](qint64 done, qint64 total) {
        if (promise.isCanceled())
            cancel.store(true);
        if (total != range) {
            range = total;
            scale = total > std::numeric_limits<int>::max() ? double(std::numeric_limits<int>::max()) / double(total) : 1.0;
            promise.setProgressRange(0, int(double(total) * scale));
        }
        promise.setProgressValue(int(double(done) * scale));
    }, &cancel);
    promise.addResult(std::move(result));
}

QFuture<VerifyResult> PackageVerifier::verifyAsync(const QString &path, const VerifyOptions &options)
{
    return QtConcurrent::run(&PackageVerifier::verifyWithPromise, path, options);
}

} // namespace ovf::package
