// bench_package [--size-mib N] [--runs N] [--dir DIR] [--ovfctl PATH]
//
// Times `ovfctl pack` (an OVA with a SHA-256 manifest) against `tar -cf` of the same files, in
// the same run (DESIGN.md "Testing": ratios, not absolute times). The source is generated:
// a descriptor and two pseudo-random disks of N MiB each (default 512: a 1 GiB package), in
// DIR (default: a temporary folder under the current one, so the package lands on the same
// file system as a real export would). ovfctl commits its output with fsync (QSaveFile), tar
// does not: the table shows tar alone and tar followed by `sync FILE` (the same durability).
// The three are run in turn, --runs times (default 5); the table gives the best and the median
// of each, and the ratios are those of the runs made side by side (this machine is shared and
// noisy). Every run is a child process; its peak memory is the kernel's accounting of that
// child. Prints figures and whether the aim (pack <= 1.2x tar) is met; exits 0 unless
// something could not run (77 when tar, the reference tool, is missing).

#include "tests/benchmarks/measuredprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {

constexpr double kAim = 1.2; // pack <= 1.2x tar -c

const char kDescriptor[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<Envelope xmlns=\"http://schemas.dmtf.org/ovf/envelope/1\" xmlns:ovf=\"http://schemas.dmtf.org/ovf/envelope/1\">\n"
    "  <References>\n"
    "    <File ovf:id=\"file1\" ovf:href=\"disk1.img\" ovf:size=\"%1\"/>\n"
    "    <File ovf:id=\"file2\" ovf:href=\"disk2.img\" ovf:size=\"%1\"/>\n"
    "  </References>\n"
    "  <VirtualSystem ovf:id=\"bench\"><Info>Benchmark appliance</Info></VirtualSystem>\n"
    "</Envelope>\n";

// Incompressible, reproducible bytes (xorshift64*), fast enough not to dominate the setup.
bool writeRandomFile(const QString &path, qint64 size, quint64 seed)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    std::vector<quint64> block(512 * 1024); // 4 MiB
    quint64 x = seed * 0x9E3779B97F4A7C15ULL + 1;
    for (qint64 done = 0; done < size;) {
        for (quint64 &v : block) {
            x ^= x >> 12;
            x ^= x << 25;
            x ^= x >> 27;
            v = x * 0x2545F4914F6CDD1DULL;
        }
        const qint64 n = std::min<qint64>(size - done, qint64(block.size() * sizeof(quint64)));
        if (file.write(reinterpret_cast<const char *>(block.data()), n) != n)
            return false;
        done += n;
    }
    return true;
}

struct Figures
{
    std::vector<qint64> ns;    // every timed run, in order
    std::vector<qint64> cpuNs; // its CPU time (user + system), which the machine's load disturbs less
    qint64 peakKiB = 0;

    qint64 best() const { return ns.empty() ? -1 : *std::min_element(ns.begin(), ns.end()); }
    qint64 median() const
    {
        if (ns.empty())
            return -1;
        std::vector<qint64> sorted = ns;
        std::sort(sorted.begin(), sorted.end());
        const size_t n = sorted.size();
        return n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
    qint64 medianCpu() const
    {
        Figures f;
        f.ns = cpuNs;
        return f.median();
    }
};

// User + system time of every child reaped so far (runMeasured reaps its child).
qint64 childrenCpuNs()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    auto ns = [](const timeval &t) { return qint64(t.tv_sec) * 1'000'000'000 + qint64(t.tv_usec) * 1000; };
    return ns(usage.ru_utime) + ns(usage.ru_stime);
}

bool measure(Figures &figures, const QString &program, const QStringList &args, const QString &scratch,
             const QString &output, const QString &syncProgram = {})
{
    QFile::remove(output);
    const qint64 cpuBefore = childrenCpuNs();
    const ovfbench::ProcessRun run = ovfbench::runMeasured(program, args, scratch);
    if (!run.ok()) {
        std::fprintf(stderr, "bench_package: %s failed: %s\n%s", qPrintable(program), qPrintable(run.failure()),
                     run.err.constData());
        return false;
    }
    qint64 ns = run.wallNs;
    if (!syncProgram.isEmpty()) {
        const ovfbench::ProcessRun sync = ovfbench::runMeasured(syncProgram, {output}, scratch);
        if (!sync.ok())
            return false;
        ns += sync.wallNs;
    }
    figures.ns.push_back(ns);
    figures.cpuNs.push_back(childrenCpuNs() - cpuBefore);
    figures.peakKiB = std::max(figures.peakKiB, run.maxRssKiB);
    return true;
}

// The ratios a[i] / b[i] of runs made side by side: {best, median}.
std::pair<double, double> pairedRatios(const Figures &a, const Figures &b)
{
    std::vector<double> r;
    for (size_t i = 0; i < a.ns.size() && i < b.ns.size(); ++i)
        r.push_back(double(a.ns[i]) / double(b.ns[i]));
    std::sort(r.begin(), r.end());
    if (r.empty())
        return {0, 0};
    const size_t n = r.size();
    return {r.front(), n % 2 ? r[n / 2] : (r[n / 2 - 1] + r[n / 2]) / 2};
}

double seconds(qint64 ns)
{
    return double(ns) / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    qint64 sizeMiB = 512;
    int runs = 5;
    QString dirOption;
    QString ovfctl = QCoreApplication::applicationDirPath() + u"/../../app/ovfctl"_s;
    for (qsizetype i = 0; i + 1 < args.size(); i += 2) {
        if (args.at(i) == u"--size-mib")
            sizeMiB = args.at(i + 1).toLongLong();
        else if (args.at(i) == u"--runs")
            runs = std::max(1, args.at(i + 1).toInt());
        else if (args.at(i) == u"--dir")
            dirOption = args.at(i + 1);
        else if (args.at(i) == u"--ovfctl")
            ovfctl = args.at(i + 1);
    }
    const QString tar = QStandardPaths::findExecutable(u"tar"_s);
    const QString sync = QStandardPaths::findExecutable(u"sync"_s);
    if (tar.isEmpty()) {
        std::fprintf(stderr, "bench_package: tar (the reference tool) is not installed\n");
        return 77;
    }
    if (!QFileInfo(ovfctl).isExecutable()) {
        std::fprintf(stderr, "bench_package: %s is not built\n", qPrintable(ovfctl));
        return 2;
    }

    QTemporaryDir temp(QDir(dirOption.isEmpty() ? QDir::currentPath() : dirOption).filePath(u"bench_package-XXXXXX"_s));
    if (!temp.isValid())
        return 2;
    const QString src = temp.filePath(u"src"_s);
    const QString scratch = temp.filePath(u"scratch"_s);
    QDir().mkpath(src);
    QDir().mkpath(scratch);
    const qint64 diskSize = sizeMiB << 20;
    QFile descriptor(src + u"/appliance.ovf"_s);
    if (!descriptor.open(QIODevice::WriteOnly)
        || descriptor.write(QString::fromLatin1(kDescriptor).arg(diskSize).toUtf8()) <= 0)
        return 2;
    descriptor.close();
    if (!writeRandomFile(src + u"/disk1.img"_s, diskSize, 1) || !writeRandomFile(src + u"/disk2.img"_s, diskSize, 2)) {
        std::fprintf(stderr, "bench_package: cannot write the source disks\n");
        return 2;
    }

    const QString ova = temp.filePath(u"out.ova"_s);
    const QString tarOut = temp.filePath(u"out.tar"_s);
    const QStringList packArgs{u"pack"_s, src + u"/appliance.ovf"_s, ova, u"--manifest"_s, u"sha256"_s};
    const QStringList tarArgs{u"-cf"_s, tarOut, u"-C"_s, src, u"appliance.ovf"_s, u"disk1.img"_s, u"disk2.img"_s};
    Figures pack, tarFig, tarSync;
    // A warm-up of each, so every timed run reads the source from the page cache.
    Figures warm;
    if (!measure(warm, tar, tarArgs, scratch, tarOut) || !measure(warm, ovfctl, packArgs, scratch, ova))
        return 1;
    for (int i = 0; i < runs; ++i) {
        if (!measure(tarFig, tar, tarArgs, scratch, tarOut)
            || (!sync.isEmpty() && !measure(tarSync, tar, tarArgs, scratch, tarOut, sync))
            || !measure(pack, ovfctl, packArgs, scratch, ova))
            return 1;
    }
    const qint64 packageBytes = QFileInfo(ova).size();
    const double mib = double(packageBytes) / (1 << 20);
    std::printf("bench_package: 2 disks x %lld MiB, OVA %.1f MiB, %d runs of each, interleaved\n",
                static_cast<long long>(sizeMiB), mib, runs);
    std::printf("  %-32s %8s %8s %8s %9s %9s\n", "step", "best s", "median s", "MiB/s", "cpu s med", "peak MiB");
    auto row = [&](const char *name, const Figures &f) {
        std::printf("  %-32s %8.3f %8.3f %8.0f %9.3f %9.1f\n", name, seconds(f.best()), seconds(f.median()),
                    mib / seconds(f.median()), seconds(f.medianCpu()), double(f.peakKiB) / 1024);
    };
    row("tar -cf", tarFig);
    if (!tarSync.ns.empty())
        row("tar -cf + sync FILE", tarSync);
    row("ovfctl pack --manifest sha256", pack);
    std::printf("  (ovfctl pack fsyncs its output before the rename; plain tar -cf leaves it in the page cache)\n");
    auto runsOf = [](const char *name, const Figures &f) {
        std::printf("  %-10s runs:", name);
        for (qint64 ns : f.ns)
            std::printf(" %.3f", seconds(ns));
        std::printf("\n");
    };
    runsOf("tar", tarFig);
    if (!tarSync.ns.empty())
        runsOf("tar+sync", tarSync);
    runsOf("pack", pack);
    const auto [bestRatio, medianRatio] = pairedRatios(pack, tarFig);
    std::printf("pack/tar: best %.2f, median %.2f of the runs side by side; aim <= %.2f: %s (best), %s (median)\n",
                bestRatio, medianRatio, kAim, bestRatio <= kAim ? "met" : "MISSED", medianRatio <= kAim ? "met" : "MISSED");
    std::printf("pack/tar CPU time (median): %.2f (ovfctl also hashes every byte with SHA-256)\n",
                double(pack.medianCpu()) / double(tarFig.medianCpu()));
    if (!tarSync.ns.empty()) {
        const auto [bestSync, medianSync] = pairedRatios(pack, tarSync);
        std::printf("pack/(tar+sync): best %.2f, median %.2f; aim <= %.2f: %s (best), %s (median)\n", bestSync,
                    medianSync, kAim, bestSync <= kAim ? "met" : "MISSED", medianSync <= kAim ? "met" : "MISSED");
    }
    return 0;
}
