// bench_deploy [--virtual-mib N] [--data-mib N] [--dir DIR] [--hash-twice]
//
// The whole deployment of an OVA to the folder backend (Deployer::deploy: verification of
// the package, plan check, conversion verified while read, environment ISO, domain XML,
// commit), next to `qemu-img convert` of the same VMDK file to qcow2 in the same run (the
// conversion alone, no verification). The OVA is generated: a raw disk of --virtual-mib
// (default 1024) with --data-mib (default 256) of pseudo-random data, converted to a
// streamOptimized VMDK, packed with tests/data/tiny-appliance.ovf and a SHA-256 manifest.
// Prints wall and CPU figures (CPU: user + system of this process and its reaped children,
// qemu-img included) and the ratios. --hash-twice turns DeployOptions::hashDisksOnce off (the
// verification hashes the disk as well, as before it was deferred to the converter). Exits 0 unless something could not run (77 when qemu-img
// is missing).

#include "model/deploy/deployer.h"
#include "model/deploy/planeula.h"
#include "model/ovf/descriptor.h"
#include "tests/benchmarks/measuredprocess.h"
#include "tests/kit/packagetestkit.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace ovf::deploy;

namespace {
qint64 cpuNs()
{
    qint64 ns = 0;
    for (int who : {RUSAGE_SELF, RUSAGE_CHILDREN}) {
        rusage u{};
        getrusage(who, &u);
        ns += (qint64(u.ru_utime.tv_sec) + u.ru_stime.tv_sec) * 1000000000 + (qint64(u.ru_utime.tv_usec) + u.ru_stime.tv_usec) * 1000;
    }
    return ns;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&args](const QString &name, const QString &fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const qint64 virtualMiB = option(u"--virtual-mib"_s, u"1024"_s).toLongLong();
    const qint64 dataMiB = std::min(option(u"--data-mib"_s, u"256"_s).toLongLong(), virtualMiB);
    if (QStandardPaths::findExecutable(u"qemu-img"_s).isEmpty())
        return 77;
    QTemporaryDir dir(option(u"--dir"_s, QDir::tempPath()) + u"/bench-deploy-XXXXXX"_s);
    if (!dir.isValid())
        return 1;

    // The disk: random data in the first dataMiB, sparse after.
    const QString raw = dir.filePath(u"disk.raw"_s);
    {
        QFile f(raw);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        for (qint64 i = 0; i < dataMiB; ++i)
            f.write(testkit::payload(1 << 20, int(i) + 1));
        f.resize(virtualMiB << 20);
    }
    const QString vmdk = dir.filePath(u"disk1.vmdk"_s);
    auto made = ovfbench::runMeasured(u"qemu-img"_s, {u"convert"_s, u"-f"_s, u"raw"_s, u"-O"_s, u"vmdk"_s, u"-o"_s,
                                                      u"subformat=streamOptimized"_s, raw, vmdk}, dir.path());
    if (!made.ok())
        return 1;
    QFile::remove(raw);
    const QByteArray vmdkBytes = testkit::readFile(vmdk);
    const QByteArray config = "greeting=hello\n";
    QByteArray ovf = testkit::readFile(QStringLiteral(OVFW_SOURCE_DIR "/tests/data/tiny-appliance.ovf"));
    ovf.replace("@VMDK_SIZE@", QByteArray::number(vmdkBytes.size()));
    ovf.replace("@CFG_SIZE@", QByteArray::number(config.size()));
    ovf.replace("ovf:capacity=\"2\"", QByteArray("ovf:capacity=\"" + QByteArray::number(virtualMiB) + "\""));
    const QString ova = dir.filePath(u"bench.ova"_s);
    testkit::writeFile(ova, testkit::tar({{"tiny.ovf", ovf},
                                          {"tiny.mf", testkit::manifest({{"tiny.ovf", ovf}, {"disk1.vmdk", vmdkBytes}, {"site.cfg", config}})},
                                          {"disk1.vmdk", vmdkBytes},
                                          {"site.cfg", config}}));

    // Reference: qemu-img convert of the VMDK file.
    const auto reference = ovfbench::runMeasured(u"qemu-img"_s, {u"convert"_s, u"-f"_s, u"vmdk"_s, u"-O"_s, u"qcow2"_s, vmdk,
                                                                 dir.filePath(u"reference.qcow2"_s)}, dir.path());
    if (!reference.ok())
        return 1;
    QFile::remove(dir.filePath(u"reference.qcow2"_s));

    Plan plan;
    plan.package = ova;
    plan.outputPath = dir.filePath(u"deployed"_s);
    plan.properties = {{u"hostname"_s, u"bench"_s}};
    plan.networks = {{u"VM Network"_s, u"default"_s}};
    auto d = ovf::Descriptor::fromBytes(ovf, u"tiny.ovf"_s);
    for (const PackageEula &eula : packageEulas((*d)->envelope()))
        plan.eulaAcceptances.append(acceptEula(eula, QString(), QDateTime::currentDateTimeUtc()));
    DeployOptions options;
    options.hashDisksOnce = !args.contains(u"--hash-twice"_s);
    QElapsedTimer timer;
    const qint64 cpuStart = cpuNs();
    timer.start();
    qint64 verifyNs = 0;
    const auto result = Deployer::deploy(ova, plan, options, [&](DeployStep step, const QString &, qint64, qint64) {
        if (step != DeployStep::Verify && verifyNs == 0)
            verifyNs = timer.nsecsElapsed();
    });
    const qint64 deployNs = timer.nsecsElapsed();
    const qint64 deployCpuNs = cpuNs() - cpuStart;
    if (!result) {
        std::fprintf(stderr, "deploy failed: %s\n", qPrintable(result.error().toString()));
        return 1;
    }
    const double refS = double(reference.wallNs) / 1e9;
    const double deployS = double(deployNs) / 1e9;
    std::printf("OVA %.1f MiB (VMDK %.1f MiB, %lld MiB virtual, %lld MiB data)\n", double(QFileInfo(ova).size()) / 1048576.0,
                double(vmdkBytes.size()) / 1048576.0, virtualMiB, dataMiB);
    const double refCpuS = double(reference.cpuNs) / 1e9;
    const double deployCpuS = double(deployCpuNs) / 1e9;
    std::printf("qemu-img convert vmdk->qcow2 (reference): %.3f s wall, %.3f s CPU\n", refS, refCpuS);
    std::printf("Deployer::deploy to the folder backend%s:   %.3f s wall (verification pass %.3f s), %.3f s CPU; "
                "%.2fx the reference wall, %.2fx CPU\n",
                options.hashDisksOnce ? "" : " (--hash-twice)", deployS, double(verifyNs) / 1e9, deployCpuS,
                deployS / refS, deployCpuS / refCpuS);
    return 0;
}
