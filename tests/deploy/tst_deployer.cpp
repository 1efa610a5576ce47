// The deployer end to end on real parts: a real OVA (streamOptimized VMDK from qemu-img, a
// manifest), verification, disk conversion, the OVF environment ISO, domain XML, the folder
// backend and libvirt's test driver; refusals and rollback leave nothing behind.

#include "deploytestkit.h"

#include "model/deploy/deployer.h"
#include "model/deploy/libvirtconnection.h"
#include "model/deploy/planeula.h"
#include "model/ovf/descriptor.h"
#include "model/package/packageverifier.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>

using namespace Qt::StringLiterals;
using namespace ovf::deploy;

namespace {

QMap<QString, QByteArray> readIso(const QString &path)
{
    QMap<QString, QByteArray> out;
    archive *a = archive_read_new();
    archive_read_support_format_iso9660(a);
    if (archive_read_open_filename(a, QFile::encodeName(path).constData(), 10240) == ARCHIVE_OK) {
        archive_entry *e = nullptr;
        while (archive_read_next_header(a, &e) == ARCHIVE_OK) {
            if (archive_entry_filetype(e) != AE_IFREG)
                continue;
            QByteArray data(archive_entry_size(e), '\0');
            archive_read_data(a, data.data(), size_t(data.size()));
            out.insert(QString::fromUtf8(archive_entry_pathname_utf8(e)), data);
        }
    }
    archive_read_free(a);
    return out;
}

Plan planFor(const deploykit::Appliance &a, const QString &out)
{
    Plan plan;
    plan.package = a.ova;
    plan.backend = BackendKind::Folder;
    plan.outputPath = out;
    plan.properties = {{u"hostname"_s, u"tiny-1"_s}, {u"port"_s, u"9000"_s}, {u"debug"_s, u"true"_s}};
    plan.networks = {{u"VM Network"_s, u"default"_s}};
    auto d = ovf::Descriptor::fromBytes(deploykit::applianceDescriptor(1, 1), u"tiny.ovf"_s);
    for (const PackageEula &eula : packageEulas((*d)->envelope()))
        plan.eulaAcceptances.append(acceptEula(eula, QString(), QDateTime::currentDateTimeUtc()));
    return plan;
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

class TestDeployer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    deploykit::Appliance m_app;

private slots:
    void initTestCase()
    {
        m_app = deploykit::makeAppliance(m_dir.path());
        QVERIFY2(!m_app.ova.isEmpty(), "qemu-img could not make the test disk");
    }

    void folderDeployment()
    {
        const QString out = m_dir.filePath(u"deployed"_s);
        QList<DeployStep> steps;
        qint64 convertDone = 0;
        const auto progress = [&](DeployStep step, const QString &, qint64 done, qint64) {
            if (steps.isEmpty() || steps.constLast() != step)
                steps.append(step);
            if (step == DeployStep::Convert)
                convertDone = done;
        };
        Plan plan = planFor(m_app, out);
        plan.powerOn = true;
        const auto result = Deployer::deploy(m_app.ova, plan, {}, progress);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
        QCOMPARE(result->domains, QStringList{u"Tiny-Appliance"_s});
        QCOMPARE(result->started, QStringList{u"Tiny-Appliance"_s});
        QVERIFY(result->trust.startsWith(u"Intact"_s) || result->trust.startsWith(u"intact"_s));
        QCOMPARE(steps, (QList<DeployStep>{DeployStep::Verify, DeployStep::Check, DeployStep::Convert, DeployStep::Environment,
                                            DeployStep::Define, DeployStep::Start, DeployStep::Commit}));
        QVERIFY(convertDone > 0);

        // The disk holds exactly the appliance's bytes.
        const QString disk = out + u"/disks/Tiny-Appliance-d1.qcow2"_s;
        QString output;
        QVERIFY2(deploykit::runTool(u"qemu-img"_s, {u"compare"_s, u"-f"_s, u"raw"_s, u"-F"_s, u"qcow2"_s, m_app.raw, disk}, &output),
                 qPrintable(output));

        // The environment ISO: ovf-env.xml with the values entered, and the environment file.
        const auto iso = readIso(out + u"/Tiny-Appliance-env.iso"_s);
        QCOMPARE(iso.value(u"setup/site.cfg"_s), m_app.config);
        auto env = ovf::Descriptor::fromBytes(iso.value(u"ovf-env.xml"_s), u"ovf-env.xml"_s);
        QVERIFY(env);
        QCOMPARE((*env)->kind(), ovf::Descriptor::Kind::Environment);
        const QByteArray envText = iso.value(u"ovf-env.xml"_s);
        QVERIFY(envText.contains("ovfenv:key=\"hostname\" ovfenv:value=\"tiny-1\""));
        QVERIFY(envText.contains("ovfenv:key=\"url\" ovfenv:value=\"http://tiny-1:9000/\""));
        QVERIFY(envText.contains("<Kind>"));

        // The domain: the disk, the ISO as a CD-ROM, the NIC on the chosen network; valid.
        const QByteArray xml = testkit::readFile(out + u"/Tiny-Appliance.xml"_s);
        QVERIFY(xml.contains(disk.toUtf8()));
        QVERIFY(xml.contains((out + u"/Tiny-Appliance-env.iso"_s).toUtf8()));
        QVERIFY(xml.contains("<vcpu>2</vcpu>"));
        QVERIFY(xml.contains("<memory unit=\"KiB\">262144</memory>"));
        QVERIFY(xml.contains("<source network=\"default\"/>"));
        QVERIFY2(deploykit::runTool(u"virt-xml-validate"_s, {out + u"/Tiny-Appliance.xml"_s, u"domain"_s}, &output), qPrintable(output));
        QVERIFY(testkit::readFile(out + u"/define-and-start.sh"_s).contains("start Tiny-Appliance"));
    }

    void invalidPlanCreatesNothing()
    {
        const QString out = m_dir.filePath(u"bad-plan"_s);
        Plan plan = planFor(m_app, out);
        plan.properties.insert(u"port"_s, u"99999"_s);
        plan.networks.clear();
        const auto result = Deployer::deploy(m_app.ova, plan);
        QVERIFY(!result);
        QCOMPARE(result.error().step, DeployStep::Check);
        // The port, the unmapped network, and the url that refers to the invalid port.
        QCOMPARE(result.error().problems.size(), 3);
        QVERIFY(result.error().problems.filter(u"port"_s).size() == 2);
        QVERIFY(result.error().problems.filter(u"VM Network"_s).size() == 1);
        QVERIFY(!QFileInfo::exists(out));
    }

    void tamperedPackageIsRefused()
    {
        QTemporaryDir dir;
        QByteArray bytes = testkit::readFile(m_app.ova);
        const qsizetype at = bytes.indexOf("greeting=hello");
        QVERIFY(at > 0);
        bytes[at] = 'G';
        const QString tampered = dir.filePath(u"tampered.ova"_s);
        testkit::writeFile(tampered, bytes);
        const QString out = dir.filePath(u"out"_s);
        const auto result = Deployer::deploy(tampered, planFor(m_app, out));
        QVERIFY(!result);
        QCOMPARE(result.error().step, DeployStep::Verify);
        QVERIFY2(result.error().toString().contains(u"site.cfg"_s), qPrintable(result.error().toString()));
        QCOMPARE(entries(dir.path()), QStringList{u"tampered.ova"_s});
    }

    // The disk's digest is left to the converter (read once): a changed disk byte is caught
    // there, the deployment refused and everything removed.
    void tamperedDiskInDeferredDeployIsRefused()
    {
        QTemporaryDir dir;
        QByteArray bytes = testkit::readFile(m_app.ova);
        const QByteArray vmdk = testkit::readFile(m_dir.filePath(u"tiny.vmdk"_s));
        const qsizetype at = bytes.indexOf(vmdk);
        QVERIFY(at > 0);
        bytes[at + vmdk.size() - 700] = char(bytes[at + vmdk.size() - 700] ^ 0x5a);
        const QString tampered = dir.filePath(u"tampered-disk.ova"_s);
        testkit::writeFile(tampered, bytes);
        ovf::package::VerifyOptions defer;
        defer.deferDiskFiles = true;
        // The verification alone cannot tell: the disk was not hashed.
        const auto verified = ovf::package::PackageVerifier::verify(tampered, defer);
        QCOMPARE(verified.deferred, QStringList{u"disk1.vmdk"_s});
        QCOMPARE(verified.verdict.state, ovf::package::TrustState::Unchecked);
        const QString out = dir.filePath(u"out"_s);
        const auto result = Deployer::deploy(tampered, planFor(m_app, out));
        QVERIFY(!result);
        QCOMPARE(result.error().step, DeployStep::Convert);
        QVERIFY2(result.error().toString().contains(u"disk1.vmdk"_s), qPrintable(result.error().toString()));
        QVERIFY(result.error().rollbackFailures.isEmpty());
        QCOMPARE(entries(dir.path()), QStringList{u"tampered-disk.ova"_s});
    }

    // The deployment reads the disk once (the verification leaves it to the converter), and
    // the result says Intact once it matched.
    void deferredDeploymentIsIntact()
    {
        QTemporaryDir dir;
        qint64 verifyTotal = 0;
        const auto progress = [&](DeployStep step, const QString &, qint64, qint64 total) {
            if (step == DeployStep::Verify && total > 0)
                verifyTotal = total;
        };
        const auto result = Deployer::deploy(m_app.ova, planFor(m_app, dir.filePath(u"out"_s)), {}, progress);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
        QVERIFY2(result->trust.startsWith(u"Intact"_s), qPrintable(result->trust));
        QCOMPARE(verifyTotal, QFileInfo(m_app.ova).size());
        QString output;
        QVERIFY2(deploykit::runTool(u"qemu-img"_s, {u"compare"_s, u"-f"_s, u"raw"_s, u"-F"_s, u"qcow2"_s, m_app.raw,
                                                    dir.filePath(u"out/disks/Tiny-Appliance-d1.qcow2"_s)}, &output),
                 qPrintable(output));
    }

    // The wizard's path: a verification made earlier is reused while the file is unchanged,
    // and made again when the file was replaced since.
    void reusesVerification()
    {
        QTemporaryDir dir;
        const QString ova = dir.filePath(u"copy.ova"_s);
        QVERIFY(QFile::copy(m_app.ova, ova));
        const auto verified = ovf::package::PackageVerifier::verify(ova);
        QCOMPARE(verified.verdict.state, ovf::package::TrustState::Intact);
        QVERIFY(verified.deferred.isEmpty());
        int verifyReads = 0;
        const auto progress = [&](DeployStep step, const QString &, qint64, qint64 total) {
            if (step == DeployStep::Verify && total > 0)
                ++verifyReads;
        };
        auto result = Deployer::deploy(ova, verified, planFor(m_app, dir.filePath(u"out1"_s)), {}, progress);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
        QCOMPARE(verifyReads, 0);
        QVERIFY(result->trust.startsWith(u"Intact"_s));

        // Replaced by a tampered copy (new inode, other times): verified again and refused.
        QByteArray bytes = testkit::readFile(m_app.ova);
        bytes[bytes.indexOf("greeting=hello")] = 'G';
        testkit::writeFile(dir.filePath(u"other.ova"_s), bytes);
        QVERIFY(QFile::remove(ova));
        QVERIFY(QFile::rename(dir.filePath(u"other.ova"_s), ova));
        const QString out2 = dir.filePath(u"out2"_s);
        result = Deployer::deploy(ova, verified, planFor(m_app, out2), {}, progress);
        QVERIFY(!result);
        QVERIFY(verifyReads > 0);
        QCOMPARE(result.error().step, DeployStep::Verify);
        QVERIFY2(result.error().toString().contains(u"site.cfg"_s), qPrintable(result.error().toString()));
        QVERIFY(!QFileInfo::exists(out2));
    }

    void uncheckedPackageNeedsConsent()
    {
        QTemporaryDir dir;
        const deploykit::Appliance bare = deploykit::makeAppliance(dir.path(), false);
        const QString out = dir.filePath(u"out"_s);
        auto result = Deployer::deploy(bare.ova, planFor(bare, out));
        QVERIFY(!result);
        QVERIFY(result.error().message.contains(u"no manifest"_s));
        QVERIFY(!QFileInfo::exists(out));
        DeployOptions options;
        options.allowUnchecked = true;
        result = Deployer::deploy(bare.ova, planFor(bare, out), options);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
        QVERIFY(QFileInfo::exists(out + u"/Tiny-Appliance.xml"_s));
    }

    void cancelRollsBack()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(u"out"_s);
        std::atomic<bool> cancel{false};
        // Cancel once the conversion has started: everything created so far is removed.
        const auto progress = [&](DeployStep step, const QString &, qint64, qint64) {
            if (step == DeployStep::Convert || step == DeployStep::Environment)
                cancel = true;
        };
        const auto result = Deployer::deploy(m_app.ova, planFor(m_app, out), {}, progress, &cancel);
        QVERIFY(!result);
        QVERIFY(result.error().cancelled);
        QVERIFY(result.error().rollbackFailures.isEmpty());
        QVERIFY(entries(dir.path()).isEmpty());
    }

    // Off the calling thread: progress through the future, cancel from it.
    void asynchronous()
    {
        QTemporaryDir dir;
        auto future = Deployer::deployAsync(m_app.ova, planFor(m_app, dir.filePath(u"async"_s)));
        future.waitForFinished();
        QCOMPARE(future.resultCount(), 1);
        QVERIFY2(future.result(), qPrintable(future.result() ? QString() : future.result().error().toString()));
        QVERIFY(QFileInfo::exists(dir.filePath(u"async/Tiny-Appliance.xml"_s)));

        auto cancelled = Deployer::deployAsync(m_app.ova, planFor(m_app, dir.filePath(u"cancelled"_s)));
        cancelled.cancel();
        cancelled.waitForFinished();
        QVERIFY(!QFileInfo::exists(dir.filePath(u"cancelled"_s)));
        if (cancelled.resultCount() == 1) {
            QVERIFY(!cancelled.result());
            QVERIFY(cancelled.result().error().cancelled);
        }
    }

    // libvirt's test driver with the disks as files in a folder: defined and started.
    void libvirtTestDriver()
    {
        QTemporaryDir dir;
        Plan plan = planFor(m_app, QString());
        plan.backend = BackendKind::Libvirt;
        plan.libvirtUri = u"test:///default"_s;
        plan.storage = dir.path();
        plan.names = {{u"tiny"_s, u"tiny-lv"_s}};
        plan.powerOn = true;
        // The test driver keeps its state while a connection to it is open in this process.
        auto connection = LibvirtConnection::open(u"test:///default"_s);
        QVERIFY(connection);
        QVERIFY(!(*connection)->hasDomain(u"tiny-lv"_s));
        const auto result = Deployer::deploy(m_app.ova, plan);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
        QCOMPARE(result->domains, QStringList{u"tiny-lv"_s});
        QCOMPARE(result->started, QStringList{u"tiny-lv"_s});
        QVERIFY(QFileInfo::exists(dir.filePath(u"tiny-lv-d1.qcow2"_s)));
        QVERIFY((*connection)->hasDomain(u"tiny-lv"_s));
        QVERIFY((*connection)->isDomainActive(u"tiny-lv"_s));
        const auto xml = (*connection)->domainXml(u"tiny-lv"_s);
        QVERIFY(xml && xml->contains("tiny-lv-env.iso"));
        QVERIFY((*connection)->destroyDomain(u"tiny-lv"_s));
        QVERIFY((*connection)->undefineDomain(u"tiny-lv"_s));

        // A name the target already has is refused when the plan is checked against the
        // target, before any disk is converted (it used to fail at Define and roll back).
        QVERIFY((*connection)->defineDomain(testkit::readFile(m_dir.filePath(u"deployed/Tiny-Appliance.xml"_s))
                                                .replace("<name>Tiny-Appliance</name>", "<name>taken</name>")
                                                .replace("type=\"qemu\"", "type=\"test\"")
                                                .replace("type=\"kvm\"", "type=\"test\"")));
        QTemporaryDir second;
        plan.storage = second.path();
        plan.names = {{u"tiny"_s, u"taken"_s}};
        const auto clash = Deployer::deploy(m_app.ova, plan);
        QVERIFY(!clash);
        QCOMPARE(clash.error().step, DeployStep::Check);
        QVERIFY2(clash.error().toString().contains(u"already has a virtual machine named 'taken'"_s),
                 qPrintable(clash.error().toString()));
        QVERIFY2(entries(second.path()).isEmpty(), qPrintable(entries(second.path()).join(u' ')));
        QVERIFY((*connection)->undefineDomain(u"taken"_s));
    }
};

QTEST_GUILESS_MAIN(TestDeployer)
#include "tst_deployer.moc"
