// bench_exportvm [--virtual-mib N] [--data-mib N] [--dir DIR] [--ovfctl PATH] [--no-remote]
//
// Exporting a shut-off libvirt domain to an OVA with a SHA-256 manifest (`ovfctl export-vm`:
// the disk read in place through qemu-nbd, written as a streamOptimized VMDK straight into the
// OVA and hashed as written), next to what people do by hand, in the same run:
//   qemu-img convert -O vmdk -o subformat=streamOptimized + sha256sum + tar -cf.
// The domain's disk is a qcow2 of --virtual-mib (default 4096) with --data-mib (default 1536)
// allocated (half random, half text in every 64 KiB grain). Then the same export through the
// remote protocol from a second libvirtd of its own on 127.0.0.1 (qemu+tcp, the disk a raw
// volume downloaded through virStorageVolDownload), beside the by-hand figure for that raw
// file. Prints wall time, CPU time, peak RSS and bytes written to storage for each (no
// temporary copy: ovfctl writes about the OVA's size, by hand writes the VMDK and the OVA).
// Aim: at most 0.6x the by-hand time, peak RSS under 128 MiB.
// Exits 77 when libvirtd, qemu-img, tar or sha256sum is not available.

#include "model/deploy/domainspec.h"
#include "model/deploy/domainxml.h"
#include "model/deploy/libvirtconnection.h"
#include "tests/benchmarks/benchimage.h"
#include "tests/benchmarks/measuredprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace ovf::deploy;

namespace {

constexpr double kAim = 0.6;

double seconds(qint64 ns) { return double(ns) / 1e9; }

void print(const char *what, const ovfbench::ProcessRun &run, qint64 outputBytes)
{
    std::printf("  %-44s %7.2f s wall  %7.2f s CPU  %6.1f MiB peak  %7.0f MiB written  (output %.0f MiB)\n", what,
                seconds(run.wallNs), seconds(run.cpuNs), double(run.maxRssKiB) / 1024, double(run.writtenBytes) / 1048576,
                double(outputBytes) / 1048576);
}

// By hand: convert, hash, tar — one shell line, measured as one process tree.
ovfbench::ProcessRun byHand(const QString &image, const QString &format, const QString &dir, const QString &scratch)
{
    const QString script = u"set -e; cd '%1'; qemu-img convert -f %2 -O vmdk -o subformat=streamOptimized '%3' disk1.vmdk; "
                           "printf '<Envelope/>' > hand.ovf; "
                           "sha256sum hand.ovf disk1.vmdk | awk '{print \"SHA256(\" $2 \")= \" $1}' > hand.mf; "
                           "tar -cf hand.ova hand.ovf hand.mf disk1.vmdk"_s
                               .arg(dir, format, image);
    return ovfbench::runMeasured(u"bash"_s, {u"-c"_s, script}, scratch);
}

std::expected<void, QString> defineDomain(LibvirtConnection &conn, const QString &name, const QString &disk, DiskFormat format)
{
    DomainSpec spec;
    spec.name = name;
    spec.memoryBytes = quint64(256) << 20;
    DomainSpec::Disk d;
    d.file = disk;
    d.format = format;
    spec.disks << d;
    spec.controllers << DomainSpec::Controller{u"ide"_s, 0, {}, {}};
    spec.serials << DomainSpec::Serial{};
    auto defined = conn.defineDomain(DomainXml::write(spec));
    if (!defined)
        return std::unexpected(defined.error().toString());
    return {};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // figures appear as they are measured
    qint64 virtualMiB = 4096;
    qint64 dataMiB = 1536;
    QString dir;
    QString ovfctl = QCoreApplication::applicationDirPath() + u"/../../app/ovfctl"_s;
    bool remote = true;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const bool hasValue = i + 1 < args.size();
        if (args[i] == u"--virtual-mib" && hasValue)
            virtualMiB = args[++i].toLongLong();
        else if (args[i] == u"--data-mib" && hasValue)
            dataMiB = args[++i].toLongLong();
        else if (args[i] == u"--dir" && hasValue)
            dir = args[++i];
        else if (args[i] == u"--ovfctl" && hasValue)
            ovfctl = args[++i];
        else if (args[i] == u"--no-remote")
            remote = false;
    }
    for (const QString &tool : {u"qemu-img"_s, u"tar"_s, u"sha256sum"_s, u"virsh"_s}) {
        if (QStandardPaths::findExecutable(tool).isEmpty()) {
            std::fprintf(stderr, "bench_exportvm: %s is missing\n", qPrintable(tool));
            return 77;
        }
    }
    const auto fail = [](const QString &what) {
        std::fprintf(stderr, "bench_exportvm: %s\n", qPrintable(what));
        return 2;
    };
    auto conn = LibvirtConnection::open(u"qemu:///system"_s);
    if (!conn) {
        std::fprintf(stderr, "bench_exportvm: no libvirtd (%s); run tests/e2e/libvirtd-up.sh first\n",
                     qPrintable(conn.error().toString()));
        return 77;
    }
    QTemporaryDir work((dir.isEmpty() ? QDir::currentPath() : dir) + u"/bench-exportvm-XXXXXX"_s);
    if (!work.isValid())
        return fail(u"cannot create a work folder"_s);
    const QString scratch = work.path();

    // Setup (untimed): the image as raw (kept for the remote run) and as qcow2.
    const QString raw = work.filePath(u"disk.raw"_s);
    const QString qcow2 = work.filePath(u"disk.qcow2"_s);
    if (!ovfbench::writeImage(raw, virtualMiB << 20, dataMiB << 20))
        return fail(u"cannot write the source image"_s);
    auto made = ovfbench::runMeasured(u"qemu-img"_s, {u"convert"_s, u"-f"_s, u"raw"_s, u"-O"_s, u"qcow2"_s, raw, qcow2}, scratch);
    if (!made.ok())
        return fail(u"qemu-img convert to qcow2: "_s + made.failure());
    const QString domain = u"ovfw-bench-export-%1"_s.arg(getpid());
    if (auto defined = defineDomain(**conn, domain, qcow2, DiskFormat::Qcow2); !defined)
        return fail(defined.error());
    const auto undefine = qScopeGuard([&] { (*conn)->undefineDomain(domain); });

    std::printf("bench_exportvm: a shut-off domain with a %lld MiB qcow2 disk (%lld MiB allocated) -> OVA with a SHA-256 manifest\n",
                virtualMiB, dataMiB);
    const QString ova = work.filePath(u"export.ova"_s);
    const auto ours = ovfbench::runMeasured(ovfctl, {u"export-vm"_s, domain, u"-o"_s, ova, u"--manifest"_s, u"sha256"_s}, scratch);
    if (!ours.ok())
        return fail(u"ovfctl export-vm: "_s + ours.failure() + u' ' + QString::fromUtf8(ours.err));
    const QString handDir = work.filePath(u"hand"_s);
    QDir().mkpath(handDir);
    const auto hand = byHand(qcow2, u"qcow2"_s, handDir, scratch);
    if (!hand.ok())
        return fail(u"by hand: "_s + hand.failure() + u' ' + QString::fromUtf8(hand.err));
    print("ovfctl export-vm (qemu:///system)", ours, QFileInfo(ova).size());
    print("qemu-img convert + sha256sum + tar", hand, QFileInfo(handDir + u"/hand.ova"_s).size());
    const double ratio = double(ours.wallNs) / double(hand.wallNs);
    std::printf("  local: %.2fx the by-hand time (aim <= %.1fx); peak %.1f MiB (aim < 128 MiB)\n", ratio, kAim,
                double(ours.maxRssKiB) / 1024);
    QFile::remove(ova);
    QDir(handDir).removeRecursively();
    QFile::remove(qcow2);

    if (!remote)
        return 0;
    // The remote figure: a second libvirtd of our own on TCP loopback, the disk a raw volume.
    const QString state = work.filePath(u"tcp"_s);
    const QString port = QString::number(16900 + getpid() % 90);
    const QString scripts = QStringLiteral(OVFW_SOURCE_DIR "/tests/e2e");
    auto up = ovfbench::runMeasured(u"bash"_s, {scripts + u"/libvirtd-tcp-up.sh"_s, state, port}, scratch);
    const auto down = qScopeGuard([&] { ovfbench::runMeasured(u"bash"_s, {scripts + u"/libvirtd-tcp-down.sh"_s, state, port}, scratch); });
    if (!up.ok()) {
        std::printf("  remote: no second libvirtd here (%s)\n", up.err.constData());
        return 0;
    }
    const QString uri = u"qemu+tcp://127.0.0.1:%1/system"_s.arg(port);
    auto tcp = LibvirtConnection::open(uri);
    if (!tcp)
        return fail(tcp.error().toString());
    const QString volume = state + u"/pool/bench.raw"_s;
    if (!QFile::rename(raw, volume))
        return fail(u"cannot move the image into the pool"_s);
    (*tcp)->refreshPool(u"ovfw-tcp"_s);
    if (auto defined = defineDomain(**tcp, domain, volume, DiskFormat::Raw); !defined)
        return fail(defined.error());
    const auto remoteOva = work.filePath(u"remote.ova"_s);
    const auto theirs = ovfbench::runMeasured(ovfctl, {u"export-vm"_s, domain, u"--connect"_s, uri, u"-o"_s, remoteOva,
                                                       u"--manifest"_s, u"sha256"_s}, scratch);
    (*tcp)->undefineDomain(domain);
    if (!theirs.ok())
        return fail(u"ovfctl export-vm over TCP: "_s + theirs.failure() + u' ' + QString::fromUtf8(theirs.err));
    QDir().mkpath(handDir);
    const auto handRaw = byHand(volume, u"raw"_s, handDir, scratch);
    if (!handRaw.ok())
        return fail(u"by hand (raw): "_s + handRaw.failure());
    print("ovfctl export-vm (qemu+tcp://127.0.0.1, raw volume)", theirs, QFileInfo(remoteOva).size());
    print("qemu-img convert + sha256sum + tar (raw)", handRaw, QFileInfo(handDir + u"/hand.ova"_s).size());
    std::printf("  remote: %.2fx the by-hand time on the same raw image; peak %.1f MiB\n",
                double(theirs.wallNs) / double(handRaw.wallNs), double(theirs.maxRssKiB) / 1024);
    return 0;
}
