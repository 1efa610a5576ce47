// bench_verify [--size-mib N] [--runs N] [--dir DIR] [--ovfctl PATH] [--keep]
//
// Times `ovfctl verify` against the reference tools over the same bytes, in the same run
// (DESIGN.md "Testing": ratios, not absolute times): `openssl dgst -sha256 PKG` (one SHA-256
// pass over the whole file) and `tar -xf` followed by `sha256sum` of the members (what a user
// would do by hand). The packages are generated in DIR (default: a temporary folder under the
// current one) as plain ustar OVAs with a descriptor, a SHA-256 manifest and pseudo-random
// (incompressible) disks, N MiB of disk data each (default 1024):
//   one.ova     one disk, manifest right after the descriptor (DSP0243 §5.3 order)
//   last.ova    one disk, manifest after the disk (no algorithm known while the disk streams)
//   two.ova     two disks of N/2 MiB (hashed in parallel by the verifier)
//   small.ova   like one.ova with N/4 MiB (peak memory must not grow with the package)
// --keep leaves the packages in place. Runs are interleaved (one of each case per round), the
// best of N rounds counts. Every run is a child process; its peak memory is the kernel's accounting of that child.
// Aims are reported ("aim met" / "aim missed"), never failed: exits 0 unless something could
// not run (77 when openssl, tar or sha256sum, the reference tools, are missing; 1 when
// ovfctl does not find a package Intact).

#include "tests/benchmarks/measuredprocess.h"

#include "model/package/digesthasher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <vector>

using namespace Qt::StringLiterals;
using ovf::package::DigestAlgorithm;
using ovf::package::DigestHasher;

namespace {

constexpr double kAimRatio = 1.15;      // verify <= 1.15x openssl dgst -sha256
constexpr double kAimPeakMiB = 64.0;    // peak RSS of ovfctl verify
constexpr double kAimFlatMiB = 4.0;     // peak(N) - peak(N/4) at most this: "the same"

// One member of a generated package: fixed bytes, or `size` pseudo-random bytes from `seed`.
struct Member
{
    QString name;
    QByteArray bytes;
    qint64 size = 0;
    quint64 seed = 0;
};

// Incompressible, reproducible bytes (xorshift64*), generated block by block.
class RandomStream
{
public:
    explicit RandomStream(quint64 seed) : m_x(seed * 0x9E3779B97F4A7C15ULL + 1) { }
    void fill(std::vector<quint64> &block)
    {
        for (quint64 &v : block) {
            m_x ^= m_x >> 12;
            m_x ^= m_x << 25;
            m_x ^= m_x >> 27;
            v = m_x * 0x2545F4914F6CDD1DULL;
        }
    }

private:
    quint64 m_x;
};

template<typename Sink>
void forEachRandomBlock(qint64 size, quint64 seed, Sink sink)
{
    RandomStream random(seed);
    std::vector<quint64> block(512 * 1024); // 4 MiB
    for (qint64 done = 0; done < size;) {
        random.fill(block);
        const qint64 n = std::min<qint64>(size - done, qint64(block.size() * sizeof(quint64)));
        sink(reinterpret_cast<const char *>(block.data()), n);
        done += n;
    }
}

QString randomSha256(qint64 size, quint64 seed)
{
    DigestHasher hasher(DigestAlgorithm::Sha256);
    forEachRandomBlock(size, seed, [&](const char *data, qint64 n) { hasher.update(data, n); });
    return hasher.hexDigest();
}

// A POSIX ustar header block for a regular file (sizes below 8 GiB: 11 octal digits).
QByteArray ustarHeader(const QString &name, qint64 size)
{
    QByteArray h(512, '\0');
    const QByteArray n = name.toUtf8();
    std::memcpy(h.data(), n.constData(), size_t(std::min<qsizetype>(n.size(), 100)));
    auto octal = [&](int offset, int width, qint64 value) {
        const QByteArray digits = QByteArray::number(value, 8).rightJustified(width - 1, '0');
        std::memcpy(h.data() + offset, digits.constData(), size_t(width - 1));
    };
    octal(100, 8, 0644);
    octal(108, 8, 0);
    octal(116, 8, 0);
    octal(124, 12, size);
    octal(136, 12, 1700000000);
    h[156] = '0';
    std::memcpy(h.data() + 257, "ustar\0" "00", 8);
    std::memset(h.data() + 148, ' ', 8);
    qint64 sum = 0;
    for (char c : std::as_const(h))
        sum += static_cast<unsigned char>(c);
    const QByteArray check = QByteArray::number(sum, 8).rightJustified(6, '0');
    std::memcpy(h.data() + 148, check.constData(), 6);
    h[154] = '\0';
    return h;
}

bool writeOva(const QString &path, const QList<Member> &members)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    bool ok = true;
    auto write = [&](const char *data, qint64 n) { ok = ok && file.write(data, n) == n; };
    for (const Member &m : members) {
        const qint64 size = m.bytes.isNull() ? m.size : m.bytes.size();
        const QByteArray header = ustarHeader(m.name, size);
        write(header.constData(), header.size());
        if (m.bytes.isNull())
            forEachRandomBlock(m.size, m.seed, write);
        else
            write(m.bytes.constData(), m.bytes.size());
        const QByteArray pad((512 - size % 512) % 512, '\0');
        write(pad.constData(), pad.size());
    }
    // The end-of-archive marker (two zero blocks), padded to GNU tar's 10 KiB record.
    const qint64 marked = file.pos() + 1024;
    const QByteArray end(1024 + (10240 - marked % 10240) % 10240, '\0');
    write(end.constData(), end.size());
    return ok && file.flush();
}

// A package: the descriptor references `disks`; the manifest lists everything with SHA-256.
bool makePackage(const QString &path, const QList<Member> &disks, bool manifestLast)
{
    QByteArray refs;
    for (qsizetype i = 0; i < disks.size(); ++i) {
        refs += QStringLiteral("    <File ovf:id=\"file%1\" ovf:href=\"%2\" ovf:size=\"%3\"/>\n")
                    .arg(i + 1).arg(disks.at(i).name).arg(disks.at(i).size).toUtf8();
    }
    Member descriptor{u"appliance.ovf"_s,
                      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                      "<Envelope xmlns=\"http://schemas.dmtf.org/ovf/envelope/2\" "
                      "xmlns:ovf=\"http://schemas.dmtf.org/ovf/envelope/2\">\n  <References>\n"
                          + refs
                          + "  </References>\n  <VirtualSystem ovf:id=\"bench\"><Info>Benchmark appliance</Info>"
                            "</VirtualSystem>\n</Envelope>\n",
                      0, 0};
    QByteArray manifest = "SHA256(appliance.ovf)= "
        + ovf::package::digestToHex(DigestHasher::hash(DigestAlgorithm::Sha256, descriptor.bytes)).toLatin1() + '\n';
    for (const Member &disk : disks)
        manifest += "SHA256(" + disk.name.toUtf8() + ")= " + randomSha256(disk.size, disk.seed).toLatin1() + '\n';
    const Member mf{u"appliance.mf"_s, manifest, 0, 0};
    QList<Member> members{descriptor};
    if (!manifestLast)
        members.append(mf);
    members += disks;
    if (manifestLast)
        members.append(mf);
    return writeOva(path, members);
}

struct Figures
{
    qint64 bestNs = -1;
    qint64 bestCpuNs = -1; // user + system time, all threads: what the load of others hides less
    qint64 peakKiB = 0;
};

double seconds(qint64 ns)
{
    return double(ns) / 1e9;
}

double mib(qint64 kib)
{
    return double(kib) / 1024.0;
}

// One measured case: a sequence of child processes timed together (their times add up).
struct Case
{
    QList<std::pair<QString, QStringList>> steps;
    QString cleanDir; // emptied before every run (tar -x's destination)
    Figures figures;
};

class Bench
{
public:
    QString scratch;
    QString ovfctl, openssl, tar, sha256sum;

    Case verify(const QString &ova) const
    {
        return {{{ovfctl, {u"verify"_s, u"--require"_s, u"intact"_s, u"--no-system-trust"_s, ova}}}, {}, {}};
    }
    Case dgst(const QString &ova) const { return {{{openssl, {u"dgst"_s, u"-sha256"_s, ova}}}, {}, {}}; }
    Case extractAndSum(const QString &ova, const QString &into, const QStringList &members) const
    {
        QStringList paths;
        for (const QString &m : members)
            paths << QDir(into).filePath(m);
        return {{{tar, {u"-xf"_s, ova, u"-C"_s, into}}, {sha256sum, paths}}, into, {}};
    }

    // Runs every case once per round, `rounds` times (interleaved, so a change in the load of
    // a shared machine hits all of them alike), keeping each one's best time and highest peak.
    bool measure(QList<Case *> cases, int rounds) const
    {
        for (int i = 0; i < rounds; ++i) {
            for (Case *c : cases) {
                if (!run(*c))
                    return false;
            }
        }
        return true;
    }

private:
    bool run(Case &c) const
    {
        if (!c.cleanDir.isEmpty()) {
            QDir(c.cleanDir).removeRecursively();
            QDir().mkpath(c.cleanDir);
        }
        qint64 ns = 0, cpu = 0;
        for (const auto &[program, args] : std::as_const(c.steps)) {
            const ovfbench::ProcessRun run = ovfbench::runMeasured(program, args, scratch);
            if (!run.ok()) {
                std::fprintf(stderr, "bench_verify: %s %s failed: %s\n%s%s", qPrintable(program),
                             qPrintable(args.join(u' ')), qPrintable(run.failure()), run.out.constData(),
                             run.err.constData());
                return false;
            }
            ns += run.wallNs;
            cpu += run.cpuNs;
            c.figures.peakKiB = std::max(c.figures.peakKiB, run.maxRssKiB);
        }
        if (c.figures.bestNs < 0 || ns < c.figures.bestNs)
            c.figures.bestNs = ns;
        if (c.figures.bestCpuNs < 0 || cpu < c.figures.bestCpuNs)
            c.figures.bestCpuNs = cpu;
        return true;
    }
};

void row(const char *name, const Figures &f, qint64 bytes, const Figures &reference)
{
    std::printf("  %-44s %8.3f %8.0f %7.2f %8.3f %7.2f %9.1f\n", name, seconds(f.bestNs),
                double(bytes) / (1 << 20) / seconds(f.bestNs), double(f.bestNs) / double(reference.bestNs),
                seconds(f.bestCpuNs), double(f.bestCpuNs) / double(reference.bestCpuNs), mib(f.peakKiB));
}

const char *aim(bool met)
{
    return met ? "aim met" : "aim missed";
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    qint64 sizeMiB = 1024;
    QString dirOption;
    Bench bench;
    int runs = 3;
    bool keep = false;
    bench.ovfctl = QCoreApplication::applicationDirPath() + u"/../../app/ovfctl"_s;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == u"--keep") {
            keep = true;
            continue;
        }
        if (i + 1 >= args.size())
            break;
        const QString &option = args.at(i++);
        if (option == u"--size-mib")
            sizeMiB = std::max<qint64>(4, args.at(i).toLongLong());
        else if (option == u"--runs")
            runs = std::max(1, args.at(i).toInt());
        else if (option == u"--dir")
            dirOption = args.at(i);
        else if (option == u"--ovfctl")
            bench.ovfctl = args.at(i);
    }
    bench.openssl = QStandardPaths::findExecutable(u"openssl"_s);
    bench.tar = QStandardPaths::findExecutable(u"tar"_s);
    bench.sha256sum = QStandardPaths::findExecutable(u"sha256sum"_s);
    if (bench.openssl.isEmpty() || bench.tar.isEmpty() || bench.sha256sum.isEmpty()) {
        std::fprintf(stderr, "bench_verify: openssl, tar and sha256sum (the reference tools) are required\n");
        return 77;
    }
    if (!QFileInfo(bench.ovfctl).isExecutable()) {
        std::fprintf(stderr, "bench_verify: %s is not built\n", qPrintable(bench.ovfctl));
        return 2;
    }

    QTemporaryDir temp(QDir(dirOption.isEmpty() ? QDir::currentPath() : dirOption).filePath(u"bench_verify-XXXXXX"_s));
    if (!temp.isValid())
        return 2;
    temp.setAutoRemove(!keep);
    bench.scratch = temp.filePath(u"scratch"_s);
    const QString extracted = temp.filePath(u"extracted"_s);
    QDir().mkpath(bench.scratch);

    const qint64 size = sizeMiB << 20;
    const Member disk{u"disk1.img"_s, {}, size, 1};
    const Member half1{u"disk1.img"_s, {}, size / 2, 2};
    const Member half2{u"disk2.img"_s, {}, size - size / 2, 3};
    const Member quarter{u"disk1.img"_s, {}, size / 4, 4};
    const QString one = temp.filePath(u"one.ova"_s), last = temp.filePath(u"last.ova"_s),
                  two = temp.filePath(u"two.ova"_s), small = temp.filePath(u"small.ova"_s);
    if (!makePackage(one, {disk}, false) || !makePackage(last, {disk}, true) || !makePackage(two, {half1, half2}, false)
        || !makePackage(small, {quarter}, false)) {
        std::fprintf(stderr, "bench_verify: cannot write the packages in %s\n", qPrintable(temp.path()));
        return 2;
    }

    Case dgstOne = bench.dgst(one), verifyOne = bench.verify(one),
         extractOne = bench.extractAndSum(one, extracted, {u"appliance.ovf"_s, u"appliance.mf"_s, u"disk1.img"_s}),
         verifyLast = bench.verify(last), dgstTwo = bench.dgst(two), verifyTwo = bench.verify(two),
         dgstSmall = bench.dgst(small), verifySmall = bench.verify(small);
    // A warm-up round (reads every package into the page cache, not counted), then the rounds.
    Case warmOne = dgstOne, warmVerify = verifyOne, warmLast = verifyLast, warmTwo = verifyTwo, warmSmall = verifySmall;
    if (!bench.measure({&warmOne, &warmVerify, &warmLast, &warmTwo, &warmSmall}, 1)
        || !bench.measure({&dgstOne, &verifyOne, &verifyLast, &dgstTwo, &verifyTwo, &dgstSmall, &verifySmall}, runs)
        || !bench.measure({&extractOne}, std::min(runs, 2)))
        return 1;
    QDir(extracted).removeRecursively();

    const qint64 bytesOne = QFileInfo(one).size(), bytesTwo = QFileInfo(two).size(), bytesSmall = QFileInfo(small).size();
    std::printf("bench_verify: %lld MiB of disk data per package, best of %d runs, %d CPUs\n",
                static_cast<long long>(sizeMiB), runs, QThread::idealThreadCount());
    std::printf("  %-44s %8s %8s %7s %8s %7s %9s\n", "step", "wall s", "MiB/s", "ratio", "CPU s", "ratio", "peak MiB");
    row("one.ova: openssl dgst -sha256", dgstOne.figures, bytesOne, dgstOne.figures);
    row("one.ova: tar -xf + sha256sum", extractOne.figures, bytesOne, dgstOne.figures);
    row("one.ova: ovfctl verify (manifest first)", verifyOne.figures, bytesOne, dgstOne.figures);
    row("last.ova: ovfctl verify (manifest last)", verifyLast.figures, bytesOne, dgstOne.figures);
    row("two.ova: openssl dgst -sha256", dgstTwo.figures, bytesTwo, dgstTwo.figures);
    row("two.ova: ovfctl verify (2 disks)", verifyTwo.figures, bytesTwo, dgstTwo.figures);
    row("small.ova: openssl dgst -sha256", dgstSmall.figures, bytesSmall, dgstSmall.figures);
    row("small.ova: ovfctl verify", verifySmall.figures, bytesSmall, dgstSmall.figures);

    const double one_ = double(verifyOne.figures.bestNs) / double(dgstOne.figures.bestNs);
    const double last_ = double(verifyLast.figures.bestNs) / double(dgstOne.figures.bestNs);
    const double extract_ = double(verifyOne.figures.bestNs) / double(extractOne.figures.bestNs);
    const double two_ = double(verifyTwo.figures.bestNs) / double(dgstTwo.figures.bestNs);
    std::printf("verify/openssl (one disk, manifest first)=%.2f (%s: <= %.2f)\n", one_, aim(one_ <= kAimRatio), kAimRatio);
    std::printf("verify/openssl (one disk, manifest last)=%.2f (%s: <= %.2f)\n", last_, aim(last_ <= kAimRatio), kAimRatio);
    std::printf("verify/(tar -xf + sha256sum)=%.2f\n", extract_);
    std::printf("CPU time verify/openssl: one disk %.2f, manifest last %.2f, two disks %.2f (user + system, all threads)\n",
                double(verifyOne.figures.bestCpuNs) / double(dgstOne.figures.bestCpuNs),
                double(verifyLast.figures.bestCpuNs) / double(dgstOne.figures.bestCpuNs),
                double(verifyTwo.figures.bestCpuNs) / double(dgstTwo.figures.bestCpuNs));
    std::printf("verify/openssl (two disks)=%.2f (%s: < 1.00, members hashed in parallel)\n", two_, aim(two_ < 1.0));
    // posix_spawn starts the child in the parent's memory, and Linux carries that peak over the
    // exec: every child's peak is at least this process's own resident size.
    std::printf("peak floor: %.1f MiB (this benchmark's own resident size, counted in every child's peak)\n",
                mib(ovfbench::peakRssKiB()));
    const double peakBig = mib(std::max({verifyOne.figures.peakKiB, verifyLast.figures.peakKiB, verifyTwo.figures.peakKiB}));
    const double peakSmall = mib(verifySmall.figures.peakKiB);
    std::printf("verify peak: %.1f MiB at %lld MiB, %.1f MiB at %lld MiB (openssl %.1f MiB) (%s: same within %.0f MiB, "
                "under %.0f MiB)\n",
                peakBig, static_cast<long long>(sizeMiB), peakSmall, static_cast<long long>(sizeMiB / 4),
                mib(dgstOne.figures.peakKiB), aim(std::abs(peakBig - peakSmall) <= kAimFlatMiB && peakBig < kAimPeakMiB),
                kAimFlatMiB, kAimPeakMiB);
    return 0;
}
