// bench_streamvmdk [--size-mib N] [--runs N] [--dir DIR] [--ovfctl PATH]
//
// `ovfctl pack` of an authored appliance whose disk is a pending qcow2 image (ovfw:source):
// the image is read through qemu-nbd, written into an OVA as a streamOptimized VMDK with a
// SHA-256 manifest, hashed as written (StreamOptimizedWriter), next to, in the same run,
// `qemu-img convert -O vmdk -o subformat=streamOptimized` of the same qcow2 (no OVA, no
// manifest: the conversion alone). The image (--size-mib, default 4096) is a quarter
// pseudo-random bytes, a quarter text, half zeros (unallocated in the qcow2). Prints wall
// time, CPU time (user + system, children included: qemu-nbd counts for us) and peak RSS of
// each, best of --runs, and the ratios; then checks the OVA verifies and its VMDK passes
// `qemu-img check` and `qemu-img compare` against the qcow2 in place. Aim: at most 0.6x
// qemu-img's time, peak under 128 MiB. Exits 0 unless something could not run (77 when
// qemu-img or qemu-nbd is missing), 1 when the output is wrong.

#include "model/package/diskimageinspector.h"
#include "model/package/memberlocation.h"
#include "model/package/packageverifier.h"
#include "tests/benchmarks/measuredprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <limits>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr double kAim = 0.6;
constexpr qint64 kMaxPeakMiB = 128;

bool writeImage(const QString &path, qint64 bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.resize(bytes))
        return false;
    const qint64 quarter = bytes / 4;
    std::vector<quint64> block(1 << 17); // 1 MiB
    quint64 x = 0x9E3779B97F4A7C15ULL;
    for (qint64 done = 0; done < quarter;) {
        for (quint64 &v : block) {
            x ^= x >> 12;
            x ^= x << 25;
            x ^= x >> 27;
            v = x * 0x2545F4914F6CDD1DULL;
        }
        const qint64 n = std::min<qint64>(quarter - done, qint64(block.size() * 8));
        if (file.write(reinterpret_cast<const char *>(block.data()), n) != n)
            return false;
        done += n;
    }
    // Text: numbered lines of words, as logs and configuration files look.
    static const char *const words[] = {"appliance", "virtual", "system", "network", "disk", "kernel", "service",
                                        "started", "config", "value", "user", "error", "info", "debug"};
    QByteArray text;
    quint32 r = 12345;
    for (qint64 done = 0, line = 0; done < quarter; ++line) {
        text.clear();
        while (text.size() < (1 << 20)) {
            text += QByteArray::number(line++) + ": ";
            for (int w = 0; w < 9; ++w) {
                r = r * 1103515245u + 12345u;
                text += words[(r >> 16) % 14];
                text += ' ';
            }
            text += '\n';
        }
        const qint64 n = std::min<qint64>(quarter - done, text.size());
        if (file.write(text.constData(), n) != n)
            return false;
        done += n;
    }
    return true; // the second half stays a hole: zeros
}

struct Figures
{
    qint64 wallNs = std::numeric_limits<qint64>::max();
    qint64 cpuNs = std::numeric_limits<qint64>::max();
    qint64 peakKiB = 0;
    void add(const ovfbench::ProcessRun &run)
    {
        wallNs = std::min(wallNs, run.wallNs);
        cpuNs = std::min(cpuNs, run.cpuNs);
        peakKiB = std::max(peakKiB, run.maxRssKiB);
    }
};

double seconds(qint64 ns) { return double(ns) / 1e9; }

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qint64 sizeMiB = 4096;
    int runs = 1;
    QString dir;
    QString ovfctl = QDir(QCoreApplication::applicationDirPath()).filePath(u"../../app/ovfctl"_s);
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == u"--size-mib")
            sizeMiB = std::max<qint64>(4, args[i + 1].toLongLong());
        else if (args[i] == u"--runs")
            runs = std::max(1, args[i + 1].toInt());
        else if (args[i] == u"--dir")
            dir = args[i + 1];
        else if (args[i] == u"--ovfctl")
            ovfctl = args[i + 1];
    }
    for (const QString &tool : {u"qemu-img"_s, u"qemu-nbd"_s}) {
        if (QStandardPaths::findExecutable(tool).isEmpty()) {
            std::fprintf(stderr, "bench_streamvmdk: %s is missing\n", qPrintable(tool));
            return 77;
        }
    }
    QTemporaryDir work((dir.isEmpty() ? QDir::currentPath() : dir) + u"/bench-streamvmdk-XXXXXX"_s);
    if (!work.isValid())
        return 2;
    const QString scratch = work.path();
    const auto fail = [](const QString &what, int code = 2) {
        std::fprintf(stderr, "bench_streamvmdk: %s\n", qPrintable(what));
        return code;
    };

    // Setup (untimed): the qcow2 and an authored descriptor naming it as a pending source.
    const QString raw = work.filePath(u"image.raw"_s);
    const QString qcow2 = work.filePath(u"image.qcow2"_s);
    if (!writeImage(raw, sizeMiB << 20))
        return fail(u"cannot write the source image"_s);
    auto made = ovfbench::runMeasured(u"qemu-img"_s, {u"convert"_s, u"-f"_s, u"raw"_s, u"-O"_s, u"qcow2"_s, raw, qcow2},
                                      scratch);
    if (!made.ok())
        return fail(u"qemu-img convert to qcow2: "_s + made.failure());
    QFile::remove(raw);
    const QString authored = work.filePath(u"authored"_s);
    QDir().mkpath(authored);
    const QByteArray ovf = QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<Envelope xmlns=\"http://schemas.dmtf.org/ovf/envelope/1\" xmlns:ovf=\"http://schemas.dmtf.org/ovf/envelope/1\"\n"
        "          xmlns:ovfw=\"urn:ovf-workbench:1\">\n"
        " <References><File ovf:id=\"file1\" ovf:href=\"disk1.vmdk\" ovfw:source=\"%1\" ovfw:sourceFormat=\"qcow2\"/></References>\n"
        " <DiskSection><Info>Disks</Info><Disk ovf:diskId=\"vmdisk1\" ovf:fileRef=\"file1\" ovf:capacity=\"%2\"/></DiskSection>\n"
        " <VirtualSystem ovf:id=\"bench\"><Info>Benchmark appliance</Info></VirtualSystem>\n"
        "</Envelope>\n").arg(qcow2).arg(sizeMiB << 20).toUtf8();
    QFile ovfFile(authored + u"/bench.ovf"_s);
    if (!ovfFile.open(QIODevice::WriteOnly) || ovfFile.write(ovf) != ovf.size())
        return fail(u"cannot write the descriptor"_s);
    ovfFile.close();

    const QString ova = work.filePath(u"bench.ova"_s);
    const QString reference = work.filePath(u"reference.vmdk"_s);
    Figures ours, theirs;
    for (int run = 0; run < runs; ++run) {
        QFile::remove(ova);
        auto packed = ovfbench::runMeasured(ovfctl, {u"pack"_s, ovfFile.fileName(), ova}, scratch);
        if (!packed.ok())
            return fail(u"ovfctl pack: "_s + packed.failure() + u" "_s + QString::fromUtf8(packed.err));
        ours.add(packed);
        QFile::remove(reference);
        auto converted = ovfbench::runMeasured(u"qemu-img"_s, {u"convert"_s, u"-f"_s, u"qcow2"_s, u"-O"_s, u"vmdk"_s,
                                                                u"-o"_s, u"subformat=streamOptimized"_s, qcow2, reference},
                                               scratch);
        if (!converted.ok())
            return fail(u"qemu-img convert: "_s + converted.failure());
        theirs.add(converted);
    }

    // The output is right: the OVA verifies, its VMDK (read in place) checks and compares equal.
    const ovf::package::VerifyResult verified = ovf::package::PackageVerifier::verify(ova);
    if (verified.verdict.state != ovf::package::TrustState::Intact)
        return fail(u"the OVA does not verify"_s, 1);
    auto location = ovf::package::locateMember(ova, u"disk1.vmdk"_s);
    if (!location || !*location)
        return fail(u"cannot locate disk1.vmdk in the OVA"_s, 1);
    const QString inPlace = ovf::package::DiskImageInspector::jsonFilename(u"vmdk"_s, ova, (*location)->offset,
                                                                           (*location)->size);
    auto checked = ovfbench::runMeasured(u"qemu-img"_s, {u"check"_s, u"-f"_s, u"vmdk"_s, inPlace}, scratch);
    auto compared = ovfbench::runMeasured(u"qemu-img"_s, {u"compare"_s, u"-f"_s, u"qcow2"_s, u"-F"_s, u"vmdk"_s, qcow2,
                                                         inPlace}, scratch);

    const double wallRatio = double(ours.wallNs) / double(theirs.wallNs);
    const double cpuRatio = double(ours.cpuNs) / double(theirs.cpuNs);
    std::printf("bench_streamvmdk: %lld MiB qcow2 (1/4 random, 1/4 text, 1/2 zeros) -> streamOptimized VMDK, "
                "best of %d, %d cores\n", sizeMiB, runs, QThread::idealThreadCount());
    std::printf("  ovfctl pack (OVA + SHA-256 manifest)      %8.2f s wall  %8.2f s CPU  peak %6lld MiB  OVA %lld bytes\n",
                seconds(ours.wallNs), seconds(ours.cpuNs), ours.peakKiB / 1024, QFileInfo(ova).size());
    std::printf("  qemu-img convert (VMDK alone)             %8.2f s wall  %8.2f s CPU  peak %6lld MiB  VMDK %lld bytes\n",
                seconds(theirs.wallNs), seconds(theirs.cpuNs), theirs.peakKiB / 1024, QFileInfo(reference).size());
    std::printf("  ratio ovfctl/qemu-img: wall %.2fx, CPU %.2fx (aim: at most %.1fx wall); peak %s %lld MiB\n", wallRatio,
                cpuRatio, kAim, ours.peakKiB / 1024 < kMaxPeakMiB ? "under" : "OVER", kMaxPeakMiB);
    std::printf("  output: verify %s, qemu-img check %s, qemu-img compare %s\n",
                verified.verdict.state == ovf::package::TrustState::Intact ? "intact" : "FAILED",
                checked.ok() ? "ok" : "FAILED", compared.ok() ? "identical" : "DIFFERENT");
    return checked.ok() && compared.ok() ? 0 : 1;
}
