// The folder backend (and the libvirt backend against the test driver): disks converted and
// verified from a real OVA, domain XML, ISO and script written into a temporary folder and
// renamed into place at commit; rollback and cancel leave nothing behind.
#include "model/deploy/backend.h"
#include "model/deploy/folderbackend.h"
#include "model/deploy/libvirtbackend.h"
#include "model/deploy/libvirtconnection.h"
#include "model/package/packageverifier.h"

#include "packagetestkit.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ovf::deploy;

namespace {

bool run(const QString &program, const QStringList &args, QString *output = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    const bool ok = p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (output)
        *output = QString::fromUtf8(p.readAll());
    return ok;
}

DomainSpec specFor(const QString &name, const DeployedDisk &disk, const QString &iso)
{
    DomainSpec spec;
    spec.name = name;
    DomainSpec::Disk d;
    d.file = disk.file;
    d.format = disk.format;
    d.bootOrder = 1;
    spec.disks << d;
    DomainSpec::Disk cd;
    cd.device = DomainSpec::Device::Cdrom;
    cd.unit = 2;
    cd.file = iso;
    spec.disks << cd;
    spec.controllers << DomainSpec::Controller{u"ide"_s, 0, {}, {}};
    spec.serials << DomainSpec::Serial{};
    return spec;
}

} // namespace

class TestFolderBackend : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ova;
    QString m_iso;
    QString m_raw;
    ovf::package::VerifyResult m_verified;

private slots:
    void initTestCase()
    {
        m_raw = m_dir.filePath(u"disk.raw"_s);
        QByteArray bytes(2 << 20, '\0');
        bytes.replace(0, 1 << 20, testkit::payload(1 << 20, 3));
        QVERIFY(testkit::writeFile(m_raw, bytes));
        const QString vmdkPath = m_dir.filePath(u"disk.vmdk"_s);
        QString out;
        QVERIFY2(run(u"qemu-img"_s, {u"convert"_s, u"-f"_s, u"raw"_s, u"-O"_s, u"vmdk"_s, u"-o"_s,
                                     u"subformat=streamOptimized"_s, m_raw, vmdkPath}, &out), qPrintable(out));
        const QByteArray vmdk = testkit::readFile(vmdkPath);
        const QByteArray ovf = testkit::descriptor({{u"file1"_s, u"disk1.vmdk"_s, vmdk.size(), {}, false}});
        m_ova = m_dir.filePath(u"app.ova"_s);
        QVERIFY(testkit::writeFile(m_ova, testkit::tar({{"app.ovf", ovf},
                                                         {"app.mf", testkit::manifest({{"app.ovf", ovf}, {"disk1.vmdk", vmdk}})},
                                                         {"disk1.vmdk", vmdk}})));
        m_verified = ovf::package::PackageVerifier::verify(m_ova);
        QVERIFY(!m_verified.isInvalid());
        m_iso = m_dir.filePath(u"env.iso"_s);
        QVERIFY(testkit::writeFile(m_iso, QByteArray(32768, 'i'))); // content does not matter here
    }

    void deployAndCommit()
    {
        const QString output = m_dir.filePath(u"deployed"_s);
        auto backend = Backend::create({Backend::Kind::Folder, output, {}, {}, {}});
        QVERIFY2(backend, qPrintable(backend ? QString() : backend.error().toString()));
        Backend &b = **backend;
        QCOMPARE(b.kind(), Backend::Kind::Folder);
        QVERIFY(!QFileInfo::exists(output)); // nothing visible before commit
        auto networks = b.networks();
        QVERIFY(networks && !networks->isEmpty());
        auto storage = b.storageTargets();
        QVERIFY(storage && storage->size() == 1 && storage->at(0).freeBytes > 0);
        QVERIFY(b.checkFreeSpace(1 << 20));
        auto tooMuch = b.checkFreeSpace(std::numeric_limits<qint64>::max());
        QVERIFY(!tooMuch);
        QCOMPARE(tooMuch.error().kind, BackendError::Kind::NoSpace);

        qint64 lastDone = 0;
        auto disk = b.convertDisk({&m_verified, u"file1"_s, quint64(1) << 30, u"web-disk1"_s, DiskFormat::Qcow2},
                                  [&](qint64 done, qint64) { lastDone = done; }, nullptr);
        QVERIFY2(disk, qPrintable(disk ? QString() : disk.error().toString()));
        QVERIFY(lastDone > 0);
        QCOMPARE(disk->file, output + u"/disks/web-disk1.qcow2"_s);
        QCOMPARE(disk->virtualBytes, quint64(2 << 20));
        QVERIFY(!disk->digestHex.isEmpty());
        auto iso = b.addIso(u"web"_s, m_iso);
        QVERIFY(iso);
        QCOMPARE(*iso, output + u"/web-env.iso"_s);
        auto xml = b.define(specFor(u"web"_s, *disk, *iso));
        QVERIFY(xml);
        QVERIFY(xml->contains(disk->file.toUtf8()));
        QVERIFY(!b.define(specFor(u"web"_s, *disk, *iso))); // twice
        QVERIFY(!b.define(specFor(u"../evil"_s, *disk, *iso)));
        QVERIFY(b.start(u"web"_s));
        QVERIFY(!b.start(u"nosuch"_s));
        QVERIFY(!QFileInfo::exists(output));
        QVERIFY(b.commit());

        QVERIFY(QFileInfo(output).isDir());
        QVERIFY(run(u"qemu-img"_s, {u"compare"_s, u"-q"_s, u"-f"_s, u"raw"_s, u"-F"_s, u"qcow2"_s, m_raw, disk->file}));
        QVERIFY(QFileInfo::exists(*iso));
        QString validation;
        QVERIFY2(run(u"virt-xml-validate"_s, {output + u"/web.xml"_s, u"domain"_s}, &validation), qPrintable(validation));
        const QString script = output + u"/define-and-start.sh"_s;
        QVERIFY(QFileInfo(script).isExecutable());
        const QByteArray text = testkit::readFile(script);
        QVERIFY(text.contains("virsh -c \"$uri\" define \"$here\"/web.xml"));
        QVERIFY(text.contains("virsh -c \"$uri\" start web"));
        QString syntax;
        QVERIFY2(run(u"sh"_s, {u"-n"_s, script}, &syntax), qPrintable(syntax));
        // No temporary folder left next to the output.
        const QStringList hidden = QDir(m_dir.path()).entryList({u".deployed.*"_s}, QDir::AllEntries | QDir::Hidden);
        QVERIFY2(hidden.isEmpty(), qPrintable(hidden.join(u' ')));
        QVERIFY(b.rollback().isEmpty()); // after commit: nothing to undo
        QVERIFY(QFileInfo(output).isDir());

        auto again = Backend::create({Backend::Kind::Folder, output, {}, {}, {}});
        QVERIFY(!again);
        QCOMPARE(again.error().kind, BackendError::Kind::Invalid);
    }

    void cancelAndRollbackLeaveNothing()
    {
        const QString output = m_dir.filePath(u"cancelled"_s);
        {
            auto backend = Backend::create({Backend::Kind::Folder, output, {}, {}, {}});
            QVERIFY(backend);
            std::atomic<bool> cancel{true};
            auto disk = (*backend)->convertDisk({&m_verified, u"file1"_s, quint64(1) << 30, u"d1"_s, DiskFormat::Raw}, {}, &cancel);
            QVERIFY(!disk);
            QCOMPARE(disk.error().kind, BackendError::Kind::Cancelled);
            auto ok = (*backend)->convertDisk({&m_verified, u"file1"_s, quint64(1) << 30, u"d2"_s, DiskFormat::Raw}, {}, nullptr);
            QVERIFY(ok);
            QVERIFY((*backend)->rollback().isEmpty());
        }
        {
            auto backend = Backend::create({Backend::Kind::Folder, output, {}, {}, {}});
            QVERIFY(backend);
            QVERIFY((*backend)->convertDisk({&m_verified, u"file1"_s, quint64(1) << 30, u"d3"_s, DiskFormat::Raw}, {}, nullptr));
            // destroyed without commit: rolls back
        }
        QVERIFY(!QFileInfo::exists(output));
        const QStringList left = QDir(m_dir.path()).entryList({u".cancelled.*"_s}, QDir::AllEntries | QDir::Hidden);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u' ')));
    }

    void wrongCapacityIsRefused()
    {
        auto backend = Backend::create({Backend::Kind::Folder, m_dir.filePath(u"small"_s), {}, {}, {}});
        QVERIFY(backend);
        auto disk = (*backend)->convertDisk({&m_verified, u"file1"_s, 1 << 20, u"d"_s, DiskFormat::Qcow2}, {}, nullptr);
        QVERIFY(!disk);
        QCOMPARE(disk.error().kind, BackendError::Kind::Image);
    }

    // LibvirtBackend on the test driver, disks as files in a folder: define, start, roll back.
    void libvirtBackendRollsBack()
    {
        const QString folder = m_dir.filePath(u"libvirt-files"_s);
        QVERIFY(QDir().mkpath(folder));
        auto backend = Backend::create({Backend::Kind::Libvirt, folder, u"test:///default"_s, {}, {}});
        QVERIFY2(backend, qPrintable(backend ? QString() : backend.error().toString()));
        auto *libvirt = static_cast<LibvirtBackend *>(backend->get());
        QCOMPARE(libvirt->domainType(), u"qemu"_s);
        auto networks = libvirt->networks();
        QVERIFY(networks && networks->at(0).name == u"default"_s);
        auto disk = libvirt->convertDisk({&m_verified, u"file1"_s, quint64(1) << 30, u"lv-disk1"_s, DiskFormat::Qcow2}, {}, nullptr);
        QVERIFY2(disk, qPrintable(disk ? QString() : disk.error().toString()));
        QVERIFY(QFileInfo::exists(folder + u"/lv-disk1.qcow2"_s));
        auto iso = libvirt->addIso(u"lv"_s, m_iso);
        QVERIFY(iso);
        DomainSpec spec = specFor(u"lv"_s, *disk, *iso);
        spec.type = u"test"_s;
        QVERIFY(libvirt->define(spec));
        QVERIFY(libvirt->connection().hasDomain(u"lv"_s));
        QVERIFY(libvirt->start(u"lv"_s));
        QVERIFY(libvirt->connection().isDomainActive(u"lv"_s));
        // An existing domain's name is refused, never redefined.
        auto clash = libvirt->define(specFor(u"test"_s, *disk, *iso));
        QVERIFY(!clash);
        QVERIFY(libvirt->connection().hasDomain(u"test"_s));
        const QStringList problems = libvirt->rollback();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QVERIFY(!libvirt->connection().hasDomain(u"lv"_s));
        QVERIFY(libvirt->connection().hasDomain(u"test"_s)); // the driver's own domain is untouched
        QVERIFY(!QFileInfo::exists(folder + u"/lv-disk1.qcow2"_s));
        QVERIFY(!QFileInfo::exists(*iso));
    }
};

QTEST_GUILESS_MAIN(TestFolderBackend)
#include "tst_folderbackend.moc"
