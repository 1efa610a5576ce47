// The round trip, end to end, as an operator would run it with ovfctl: the tiny appliance is
// deployed and boots (printing its OVF environment), stops by itself, is exported back into an
// OVA with `ovfctl export-vm`, the OVA verifies and validates, its VMDK passes `qemu-img check`
// and has the content of the deployed disk (`qemu-img compare`), and it deploys again under
// another name and boots, printing its markers. Once on the local libvirtd (qemu:///system)
// and once on a second libvirtd of this test's own reached only through the remote protocol
// (qemu+tcp://127.0.0.1:PORT/system, storage pool volumes uploaded and downloaded).
//
// Exits 77 (ctest: skipped) with the reason when libvirtd cannot be started here.
#include "model/deploy/libvirtconnection.h"
#include "model/vmexport/exportplan.h"
#include "model/vmexport/machineexporter.h"

#include "e2etestkit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ovf::deploy;

namespace {

using e2ekit::ovfctl;
using e2ekit::run;
using e2ekit::Run;

// Waits until the domain is shut off (the appliance powers off after printing).
bool waitShutOff(LibvirtConnection &conn, const QString &name, int timeoutMs = 240000)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        if (!conn.isDomainActive(name))
            return true;
        QThread::msleep(500);
    }
    return false;
}

// A qemu "json:" filename reading the member at [offset, offset+size) of `ova` as a VMDK:
// qemu-img reads the exported disk in place, as the libvirt OVA proposal asked for.
QString vmdkInOva(const QString &ova, qint64 offset, qint64 size)
{
    const QJsonObject file{{u"driver"_s, u"raw"_s}, {u"offset"_s, offset}, {u"size"_s, size},
                           {u"file"_s, QJsonObject{{u"driver"_s, u"file"_s}, {u"filename"_s, ova}}}};
    const QJsonObject vmdk{{u"driver"_s, u"vmdk"_s}, {u"file"_s, file}};
    return u"json:"_s + QString::fromUtf8(QJsonDocument(vmdk).toJson(QJsonDocument::Compact));
}

// The volumes of every pool of `uri`, sorted ("pool/volume").
QStringList poolVolumes(const QString &uri)
{
    const Run r = run(u"bash"_s, {u"-c"_s, u"for p in $(virsh -c '%1' pool-list --name); do virsh -c '%1' vol-list $p --name | sed \"s|^|$p/|\"; done"_s.arg(uri)});
    QStringList volumes = r.out.split(u'\n', Qt::SkipEmptyParts);
    volumes.sort();
    return volumes;
}

} // namespace

class TestE2eExportVm : public QObject
{
    Q_OBJECT

    bool m_startedDaemon = false;
    std::optional<QTemporaryDir> m_dir;
    QString m_ova;
    QString m_tcpState;
    QString m_tcpUri;
    int m_port = 0;

    // deploy -> boot -> stop -> export-vm -> verify/validate/check/compare -> deploy again -> boot.
    void roundTrip(const QString &uri, const QStringList &storage, const QString &tag)
    {
        auto conn = LibvirtConnection::open(uri);
        QVERIFY2(conn, qPrintable(conn ? QString() : conn.error().toString()));
        const QString source = u"ovfw-xvm-%1-%2"_s.arg(tag).arg(QCoreApplication::applicationPid());
        const QString copy = source + u"-copy"_s;
        const auto cleanup = qScopeGuard([&] {
            for (const QString &vm : {source, copy}) {
                if ((*conn)->isDomainActive(vm))
                    (*conn)->destroyDomain(vm);
                if (!(*conn)->hasDomain(vm))
                    continue;
                // Remove the domain's volumes too when it lives in a pool.
                (*conn)->undefineDomain(vm);
            }
            run(u"bash"_s, {u"-c"_s, u"for v in $(virsh -c '%1' vol-list ovfw-tcp --name 2>/dev/null | grep '^%2'); do virsh -c '%1' vol-delete --pool ovfw-tcp $v >/dev/null; done"_s.arg(uri, source)});
        });

        QElapsedTimer clock;
        clock.start();
        Run r = ovfctl(QStringList{u"deploy"_s, m_ova, u"--target"_s, u"libvirt"_s, u"--connect"_s, uri, u"--name"_s,
                                   u"tiny="_s + source, u"--power-on"_s} + storage,
                       m_dir->path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out));
        auto printed = e2ekit::waitForEnvironment(m_dir->filePath(source + u"-console.log"_s));
        QVERIFY2(printed, printed ? "" : printed.error().constData());
        QVERIFY2(waitShutOff(**conn, source), "the appliance did not power off");
        qInfo("%s: deployed, booted and stopped in %.1f s", qPrintable(tag), double(clock.elapsed()) / 1000);

        // A running machine is refused; this one is shut off now.
        const QString ova = m_dir->filePath(source + u".ova"_s);
        clock.restart();
        r = ovfctl({u"export-vm"_s, source, u"--connect"_s, uri, u"-o"_s, ova, u"--product"_s, u"Tiny"_s,
                    u"--vendor"_s, u"OVF Workbench tests"_s, u"--version"_s, u"1.0"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out));
        qInfo("%s: export-vm took %.1f s", qPrintable(tag), double(clock.elapsed()) / 1000);
        // libvirt gives every QEMU guest a memory balloon, which OVF cannot describe: said, not hidden.
        QVERIFY2(r.out.contains(u"dropped (no OVF equivalent): "_s + source + u": memballoon (virtio)"_s), qPrintable(r.out));

        // Cancelled part-way (in process, after the first bytes): no package, no partial file
        // beside it, nothing new on the host (a download writes nothing there).
        {
            const QStringList before = QDir(m_dir->path()).entryList(QDir::Files);
            // Only our own daemon's pools are stable: others share the local one.
            const bool ownDaemon = uri != u"qemu:///system";
            const QStringList volumesBefore = ownDaemon ? poolVolumes(uri) : QStringList();
            ovf::vmexport::ExportPlanner::Request request;
            request.domains = {source};
            auto plan = ovf::vmexport::ExportPlanner::plan(**conn, request);
            QVERIFY2(plan, qPrintable(plan ? QString() : plan.error()));
            std::atomic<bool> cancel{false};
            ovf::package::PackageWriterOptions options;
            ovf::vmexport::MachineExporter exporter(**conn, *plan, options);
            exporter.setCancelFlag(&cancel);
            exporter.setProgress([&cancel](qint64 done, qint64) {
                if (done > 0)
                    cancel = true;
            });
            const QString cancelled = m_dir->filePath(u"cancelled.ova"_s);
            auto written = exporter.write(cancelled);
            QVERIFY(!written);
            QCOMPARE(written.error().cause, ovf::package::PackageWriteError::Cause::Cancelled);
            QVERIFY(!QFileInfo::exists(cancelled));
            QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), before);
            if (ownDaemon)
                QCOMPARE(poolVolumes(uri), volumesBefore);
        }

        r = ovfctl({u"verify"_s, ova});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out));
        r = ovfctl({u"validate"_s, ova});
        QVERIFY2(r.exitCode == 0 && r.out.contains(u": 0 errors"_s), qPrintable(r.out));

        // The VMDK, read in place from the OVA at the offset `ovfctl info` reports.
        r = ovfctl({u"info"_s, u"--json"_s, ova});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out));
        const QJsonObject info = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QJsonObject vmdkMember;
        for (const QJsonValue &m : info.value(u"archiveMembers").toArray()) {
            if (m.toObject().value(u"name").toString().endsWith(u".vmdk"_s))
                vmdkMember = m.toObject();
        }
        QVERIFY2(!vmdkMember.isEmpty(), qPrintable(r.out));
        const QString vmdk = vmdkInOva(ova, qint64(vmdkMember.value(u"dataOffset").toDouble()),
                                       qint64(vmdkMember.value(u"size").toDouble()));
        r = run(u"qemu-img"_s, {u"check"_s, vmdk});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out));

        // The same content as the deployed disk (the domain's first disk, read through libvirt's view).
        auto xml = (*conn)->domainXml(source, true);
        QVERIFY(xml);
        const qsizetype at = xml->indexOf("<source file='");
        QVERIFY2(at >= 0, xml->constData());
        const QByteArray original = xml->mid(at + 14, xml->indexOf('\'', at + 14) - at - 14);
        const QString format = xml->contains("type='raw'") && xml->indexOf("type='raw'") < at ? u"raw"_s : u"qcow2"_s;
        r = run(u"qemu-img"_s, {u"compare"_s, u"-f"_s, format, QString::fromUtf8(original), vmdk});
        QVERIFY2(r.exitCode == 0, qPrintable(u"%1 vs the export: %2"_s.arg(QString::fromUtf8(original), r.out)));

        // And the export deploys and boots under another name.
        r = ovfctl(QStringList{u"deploy"_s, ova, u"--target"_s, u"libvirt"_s, u"--connect"_s, uri, u"--name"_s,
                               source + u'=' + copy, u"--power-on"_s} + storage,
                   m_dir->path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out));
        printed = e2ekit::waitForEnvironment(m_dir->filePath(copy + u"-console.log"_s));
        QVERIFY2(printed, printed ? "" : printed.error().constData());
        qInfo("%s: the export booted and printed its environment", qPrintable(tag));
    }

private slots:
    void initTestCase()
    {
        auto up = e2ekit::setUp();
        QVERIFY2(up, qPrintable(up ? QString() : up.error()));
        m_startedDaemon = *up;
        m_dir.emplace(QStringLiteral(OVFW_BINARY_DIR "/e2e/exportvm-XXXXXX"));
        QVERIFY(m_dir->isValid());
        m_ova = m_dir->filePath(u"tiny.ova"_s);
        QVERIFY(e2ekit::writeApplianceOva(m_ova, QByteArray()));
    }

    void refusesARunningDomain()
    {
        auto conn = LibvirtConnection::open(u"qemu:///system"_s);
        QVERIFY(conn);
        const QString vm = u"ovfw-xvm-running-%1"_s.arg(QCoreApplication::applicationPid());
        const QString disks = m_dir->filePath(u"running"_s);
        QVERIFY(QDir().mkpath(disks));
        Run r = ovfctl({u"deploy"_s, m_ova, u"--target"_s, u"libvirt"_s, u"--storage"_s, disks, u"--name"_s,
                        u"tiny="_s + vm, u"--power-on"_s},
                       m_dir->path());
        const auto cleanup = qScopeGuard([&] {
            if ((*conn)->isDomainActive(vm))
                (*conn)->destroyDomain(vm);
            if ((*conn)->hasDomain(vm))
                (*conn)->undefineDomain(vm);
        });
        QVERIFY2(r.exitCode == 0, qPrintable(r.out));
        if (!(*conn)->isDomainActive(vm))
            QSKIP("the guest stopped before the export was tried");
        const QString out = m_dir->filePath(u"running.ova"_s);
        r = ovfctl({u"export-vm"_s, vm, u"-o"_s, out});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(u"shut it down first"_s) && r.out.contains(u"virsh -c qemu:///system shutdown "_s + vm),
                 qPrintable(r.out));
        QVERIFY(!QFileInfo::exists(out));
    }

    void localRoundTrip()
    {
        const QString disks = m_dir->filePath(u"local"_s);
        QVERIFY(QDir().mkpath(disks));
        roundTrip(u"qemu:///system"_s, {u"--storage"_s, disks}, u"local"_s);
    }

    void tcpRoundTrip()
    {
        m_port = 16600 + int(QCoreApplication::applicationPid() % 300);
        m_tcpState = m_dir->filePath(u"tcp-libvirtd"_s);
        QString output;
        if (e2ekit::runScript(u"libvirtd-tcp-up.sh"_s, {m_tcpState, QString::number(m_port)}, &output, 120000) != 0)
            QSKIP(qPrintable(u"no second libvirtd here: "_s + output));
        m_tcpUri = u"qemu+tcp://127.0.0.1:%1/system"_s.arg(m_port);
        // qcow2 volumes (deploy's default): uploaded, then read back over NbdVolumeServer.
        roundTrip(m_tcpUri, {u"--storage"_s, u"ovfw-tcp"_s}, u"tcp"_s);
    }

    // A <disk type='volume'> of a shut-off machine has no path before libvirt starts it
    // (virDomainGetBlockInfo fails on it): its size comes from the volume, over TCP too.
    void tcpVolumeDisk()
    {
        if (m_tcpUri.isEmpty())
            QSKIP("the TCP libvirtd did not come up");
        auto conn = LibvirtConnection::open(m_tcpUri);
        QVERIFY2(conn, qPrintable(conn ? QString() : conn.error().toString()));
        const QString name = u"ovfw-xvm-vol-%1"_s.arg(QCoreApplication::applicationPid());
        const QString image = m_tcpState + u"/pool/"_s + name + u".qcow2"_s;
        const auto cleanup = qScopeGuard([&] {
            if ((*conn)->hasDomain(name))
                (*conn)->undefineDomain(name);
            QFile::remove(image);
        });
        QCOMPARE(run(u"qemu-img"_s, {u"create"_s, u"-q"_s, u"-f"_s, u"qcow2"_s, image, u"64M"_s}).exitCode, 0);
        QCOMPARE(run(u"qemu-io"_s, {u"-f"_s, u"qcow2"_s, u"-c"_s, u"write -P 0x33 1M 2M"_s, image}).exitCode, 0);
        QVERIFY((*conn)->refreshPool(u"ovfw-tcp"_s));
        const QByteArray xml = "<domain type='qemu'><name>" + name.toUtf8()
            + "</name><memory unit='MiB'>128</memory><vcpu>1</vcpu><os><type arch='x86_64'>hvm</type></os>"
              "<devices><disk type='volume' device='disk'><driver name='qemu' type='qcow2'/>"
              "<source pool='ovfw-tcp' volume='"
            + name.toUtf8() + ".qcow2'/><target dev='vda' bus='virtio'/></disk></devices></domain>";
        auto defined = (*conn)->defineDomain(xml);
        QVERIFY2(defined, qPrintable(defined ? QString() : defined.error().toString()));
        const QString ova = m_dir->filePath(name + u".ova"_s);
        Run r = ovfctl({u"export-vm"_s, name, u"--connect"_s, m_tcpUri, u"-o"_s, ova});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out));
        r = ovfctl({u"validate"_s, ova});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out));
        const QString unpacked = m_dir->filePath(name);
        QVERIFY(QDir().mkpath(unpacked));
        QCOMPARE(run(u"tar"_s, {u"-xf"_s, ova, u"-C"_s, unpacked}).exitCode, 0);
        const QStringList vmdks = QDir(unpacked).entryList({u"*.vmdk"_s}, QDir::Files);
        QCOMPARE(vmdks.size(), 1);
        const Run same = run(u"qemu-img"_s, {u"compare"_s, u"-f"_s, u"qcow2"_s, u"-F"_s, u"vmdk"_s, image,
                                             QDir(unpacked).filePath(vmdks.constFirst())});
        QVERIFY2(same.exitCode == 0, qPrintable(same.out));
    }

    void cleanupTestCase()
    {
        if (!m_tcpState.isEmpty()) {
            QString output;
            e2ekit::runScript(u"libvirtd-tcp-down.sh"_s, {m_tcpState, QString::number(m_port)}, &output);
        }
        e2ekit::tearDown(m_startedDaemon);
    }
};

QTEST_GUILESS_MAIN(TestE2eExportVm)
#include "tst_e2e_exportvm.moc"
