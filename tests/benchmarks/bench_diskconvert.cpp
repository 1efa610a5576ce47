// bench_diskconvert [--virtual-mib N] [--data-mib N] [--runs N] [--dir DIR]
//
// Deploying a disk out of an OVA to the folder backend (FolderBackend::convertDisk: qemu-img
// reads the member in place while the member is hashed and checked against the manifest),
// next to, in the same run:
//   - `qemu-img convert` of the same member straight out of the tar (json: raw driver with
//     offset and size): the fastest known way, no verification;
//   - `tar -x` + `sha256sum` + `qemu-img convert`: what people do by hand.
// The OVA is generated: a raw disk of --virtual-mib (default 4096) with --data-mib (default
// 1536) allocated, half of each 64 KiB grain pseudo-random and half a repeating pattern,
// converted to a streamOptimized VMDK (about 1 GiB), packed with a SHA-256 manifest. Prints
// figures (best of --runs); the aim is at most 1.2x the direct qemu-img time. Exits 0 unless
// something could not run (77 when qemu-img, tar or sha256sum is missing).

#include "model/deploy/folderbackend.h"
#include "model/deploy/diskimage.h"
#include "model/package/digest.h"
#include "model/package/memberlocation.h"
#include "model/package/packageverifier.h"
#include "tests/benchmarks/benchimage.h"
#include "tests/benchmarks/measuredprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <sys/resource.h>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;
using namespace ovf::deploy;

namespace {

constexpr double kAim = 1.2;

double seconds(qint64 ns) { return double(ns) / 1e9; }

// CPU time (user + system) of this process and its reaped children so far, in ns: the part of
// a run that a loaded machine does not stretch.
qint64 cpuNs()
{
    qint64 total = 0;
    for (const int who : {RUSAGE_SELF, RUSAGE_CHILDREN}) {
        rusage u{};
        getrusage(who, &u);
        total += (qint64(u.ru_utime.tv_sec) + qint64(u.ru_stime.tv_sec)) * 1000000000
            + (qint64(u.ru_utime.tv_usec) + qint64(u.ru_stime.tv_usec)) * 1000;
    }
    return total;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qint64 virtualMiB = 4096;
    qint64 dataMiB = 1536;
    int runs = 1;
    QString dir;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == u"--virtual-mib")
            virtualMiB = args[i + 1].toLongLong();
        else if (args[i] == u"--data-mib")
            dataMiB = args[i + 1].toLongLong();
        else if (args[i] == u"--runs")
            runs = std::max(1, args[i + 1].toInt());
        else if (args[i] == u"--dir")
            dir = args[i + 1];
    }
    for (const QString &tool : {u"qemu-img"_s, u"tar"_s, u"sha256sum"_s}) {
        if (QStandardPaths::findExecutable(tool).isEmpty()) {
            std::fprintf(stderr, "bench_diskconvert: %s is missing\n", qPrintable(tool));
            return 77;
        }
    }
    QTemporaryDir work((dir.isEmpty() ? QDir::currentPath() : dir) + u"/bench-diskconvert-XXXXXX"_s);
    if (!work.isValid())
        return 2;
    const QString scratch = work.path();
    const auto fail = [](const QString &what) {
        std::fprintf(stderr, "bench_diskconvert: %s\n", qPrintable(what));
        return 2;
    };

    // Setup (untimed): image, streamOptimized VMDK, OVA with manifest.
    const QString raw = work.filePath(u"src.raw"_s);
    if (!ovfbench::writeImage(raw, virtualMiB << 20, dataMiB << 20))
        return fail(u"cannot write the source image"_s);
    const QString pkgDir = work.filePath(u"pkg"_s);
    QDir().mkpath(pkgDir);
    const QString vmdk = pkgDir + u"/disk1.vmdk"_s;
    auto made = ovfbench::runMeasured(u"qemu-img"_s, {u"convert"_s, u"-f"_s, u"raw"_s, u"-O"_s, u"vmdk"_s, u"-o"_s,
                                                        u"subformat=streamOptimized"_s, raw, vmdk}, scratch);
    if (!made.ok())
        return fail(u"qemu-img convert to VMDK: "_s + made.failure());
    QFile::remove(raw);
    const qint64 vmdkSize = QFileInfo(vmdk).size();
    const QByteArray ovf = QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<Envelope xmlns=\"http://schemas.dmtf.org/ovf/envelope/1\" xmlns:ovf=\"http://schemas.dmtf.org/ovf/envelope/1\">\n"
        " <References><File ovf:id=\"file1\" ovf:href=\"disk1.vmdk\" ovf:size=\"%1\"/></References>\n"
        " <DiskSection><Info>Disks</Info><Disk ovf:diskId=\"vmdisk1\" ovf:fileRef=\"file1\" ovf:capacity=\"%2\"\n"
        "  ovf:format=\"http://www.vmware.com/interfaces/specifications/vmdk.html#streamOptimized\"/></DiskSection>\n"
        " <VirtualSystem ovf:id=\"bench\"><Info>Benchmark appliance</Info></VirtualSystem>\n"
        "</Envelope>\n").arg(vmdkSize).arg(virtualMiB << 20).toUtf8();
    QFile ovfFile(pkgDir + u"/bench.ovf"_s);
    if (!ovfFile.open(QIODevice::WriteOnly) || ovfFile.write(ovf) != ovf.size())
        return fail(u"cannot write the descriptor"_s);
    ovfFile.close();
    const auto digest = [](const QString &path) {
        auto d = ovf::package::digestFile(path, ovf::package::DigestAlgorithm::Sha256);
        return d ? ovf::package::digestToHex(*d) : QString();
    };
    QFile mf(pkgDir + u"/bench.mf"_s);
    if (!mf.open(QIODevice::WriteOnly))
        return fail(u"cannot write the manifest"_s);
    mf.write(u"SHA256(bench.ovf)= %1\nSHA256(disk1.vmdk)= %2\n"_s.arg(digest(ovfFile.fileName()), digest(vmdk)).toUtf8());
    mf.close();
    const QString ova = work.filePath(u"bench.ova"_s);
    auto packed = ovfbench::runMeasured(u"tar"_s, {u"--format=ustar"_s, u"-cf"_s, ova, u"-C"_s, pkgDir, u"bench.ovf"_s,
                                                   u"bench.mf"_s, u"disk1.vmdk"_s}, scratch);
    if (!packed.ok())
        return fail(u"tar -c: "_s + packed.failure());
    QDir(pkgDir).removeRecursively();
    const qint64 ovaSize = QFileInfo(ova).size();

    QElapsedTimer clock;
    clock.start();
    const ovf::package::VerifyResult verified = ovf::package::PackageVerifier::verify(ova);
    const qint64 verifyNs = clock.nsecsElapsed();
    if (verified.isInvalid())
        return fail(u"the generated package does not verify"_s);
    auto location = ovf::package::locateMember(ova, u"disk1.vmdk"_s);
    if (!location || !*location)
        return fail(u"cannot locate the disk in the OVA"_s);
    const QString json = DiskImage::jsonFilename(u"vmdk"_s, ova, (*location)->offset, (*location)->size);

    qint64 best[3] = {std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::max()};
    qint64 peakExtra[3] = {0, 0, 0};
    qint64 cpu[3] = {std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::max()};
    qint64 cpuStart = 0;
    for (int run = 0; run < runs; ++run) {
        // (1) ours: the folder backend, verification included.
        const QString out = work.filePath(u"deployed"_s);
        QDir(out).removeRecursively();
        cpuStart = cpuNs();
        clock.restart();
        {
            auto backend = FolderBackend::create({Backend::Kind::Folder, out, {}, {}, {}});
            if (!backend)
                return fail(backend.error().toString());
            auto disk = (*backend)->convertDisk({&verified, u"file1"_s, quint64(virtualMiB) << 20, u"disk1"_s, DiskFormat::Qcow2}, {}, nullptr);
            if (!disk)
                return fail(disk.error().toString());
            if (auto committed = (*backend)->commit(); !committed)
                return fail(committed.error().toString());
        }
        best[0] = std::min(best[0], clock.nsecsElapsed());
        cpu[0] = std::min(cpu[0], cpuNs() - cpuStart);
        peakExtra[0] = QFileInfo(out + u"/disks/disk1.qcow2"_s).size();
        QDir(out).removeRecursively();

        // (2) qemu-img straight out of the tar.
        const QString direct = work.filePath(u"direct.qcow2"_s);
        cpuStart = cpuNs();
        auto r = ovfbench::runMeasured(u"qemu-img"_s, {u"convert"_s, u"-f"_s, u"vmdk"_s, u"-O"_s, u"qcow2"_s, json, direct}, scratch);
        if (!r.ok())
            return fail(u"qemu-img direct: "_s + r.failure() + QString::fromUtf8(r.err));
        best[1] = std::min(best[1], r.wallNs);
        cpu[1] = std::min(cpu[1], cpuNs() - cpuStart);
        peakExtra[1] = QFileInfo(direct).size();
        QFile::remove(direct);

        // (3) by hand: tar -x, sha256sum, qemu-img convert.
        const QString extracted = work.filePath(u"x"_s);
        QDir().mkpath(extracted);
        cpuStart = cpuNs();
        auto t = ovfbench::runMeasured(u"tar"_s, {u"-xf"_s, ova, u"-C"_s, extracted, u"disk1.vmdk"_s}, scratch);
        auto s = ovfbench::runMeasured(u"sha256sum"_s, {extracted + u"/disk1.vmdk"_s}, scratch);
        const QString byHand = work.filePath(u"byhand.qcow2"_s);
        auto c = ovfbench::runMeasured(u"qemu-img"_s, {u"convert"_s, u"-f"_s, u"vmdk"_s, u"-O"_s, u"qcow2"_s,
                                                        extracted + u"/disk1.vmdk"_s, byHand}, scratch);
        if (!t.ok() || !s.ok() || !c.ok())
            return fail(u"tar -x / sha256sum / qemu-img: "_s + t.failure() + s.failure() + c.failure());
        best[2] = std::min(best[2], t.wallNs + s.wallNs + c.wallNs);
        cpu[2] = std::min(cpu[2], cpuNs() - cpuStart);
        peakExtra[2] = QFileInfo(byHand).size() + QFileInfo(extracted + u"/disk1.vmdk"_s).size();
        QFile::remove(byHand);
        QDir(extracted).removeRecursively();
    }

    std::printf("disk: %lld MiB virtual, %lld MiB allocated; OVA %.1f MiB (VMDK %.1f MiB); %d run(s), best of each\n",
                virtualMiB, dataMiB, double(ovaSize) / 1048576, double(vmdkSize) / 1048576, runs);
    std::printf("  verify the package (PackageVerifier, before the deploy)   %7.2f s\n", seconds(verifyNs));
    std::printf("  folder backend: convert + concurrent SHA-256 + checks     %7.2f s wall %7.2f s CPU   extra disk %7.1f MiB\n",
                seconds(best[0]), seconds(cpu[0]), double(peakExtra[0]) / 1048576);
    std::printf("  qemu-img convert straight out of the tar (reference)      %7.2f s wall %7.2f s CPU   extra disk %7.1f MiB\n",
                seconds(best[1]), seconds(cpu[1]), double(peakExtra[1]) / 1048576);
    std::printf("  tar -x + sha256sum + qemu-img convert (by hand)           %7.2f s wall %7.2f s CPU   extra disk %7.1f MiB\n",
                seconds(best[2]), seconds(cpu[2]), double(peakExtra[2]) / 1048576);
    const double ratio = double(best[0]) / double(best[1]);
    std::printf("  ratio ours / direct qemu-img: %.2fx wall (aim <= %.1fx: %s), %.2fx CPU\n", ratio, kAim,
                ratio <= kAim ? "met" : "MISSED", double(cpu[0]) / double(cpu[1]));
    return 0;
}
