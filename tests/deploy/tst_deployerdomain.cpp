// DeployerDomain: the domain of every corpus system, with disk sources, target networks and
// the OVF environment CD-ROM filled in as the deployer does, passes virt-xml-validate.

#include "model/deploy/deployerdomain.h"
#include "model/deploy/domainxml.h"
#include "model/ovf/descriptor.h"

#include <QDirIterator>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ovf;
using namespace ovf::deploy;

namespace {

std::optional<QString> validate(const QByteArray &xml, const QString &dir)
{
    const QString path = dir + u"/domain.xml"_s;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return u"cannot write"_s;
    f.write(xml);
    f.close();
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(u"virt-xml-validate"_s, {path, u"domain"_s});
    if (!p.waitForFinished(60'000) || p.exitCode() != 0)
        return QString::fromUtf8(p.readAll());
    return std::nullopt;
}

} // namespace

class TestDeployerDomain : public QObject
{
    Q_OBJECT

private slots:
    void attachIso()
    {
        // A free IDE unit is used; with all four taken, a SATA controller is added.
        DomainSpec spec;
        DeployerDomain::attachIso(spec, u"/x/env.iso"_s);
        QCOMPARE(spec.disks.size(), 1);
        QCOMPARE(spec.disks[0].bus, DomainSpec::Bus::Ide);
        QCOMPARE(spec.disks[0].device, DomainSpec::Device::Cdrom);
        QVERIFY(spec.disks[0].readOnly);
        for (int unit = 1; unit < 4; ++unit) {
            DomainSpec::Disk d;
            d.unit = unit;
            d.file = u"/x/d%1"_s.arg(unit);
            spec.disks.append(d);
        }
        DeployerDomain::attachIso(spec, u"/x/second.iso"_s);
        QCOMPARE(spec.disks.constLast().bus, DomainSpec::Bus::Sata);
        QVERIFY(std::any_of(spec.controllers.cbegin(), spec.controllers.cend(),
                            [](const DomainSpec::Controller &c) { return c.type == u"sata"; }));
        // An empty CD-ROM drive of the package takes the ISO.
        DomainSpec withDrive;
        DomainSpec::Disk cd;
        cd.device = DomainSpec::Device::Cdrom;
        cd.unit = 2;
        withDrive.disks.append(cd);
        DeployerDomain::attachIso(withDrive, u"/x/env.iso"_s);
        QCOMPARE(withDrive.disks.size(), 1);
        QCOMPARE(withDrive.disks[0].file, u"/x/env.iso"_s);

        QCOMPARE(DeployerDomain::diskName(u"web-1"_s, u"vmdisk1"_s), u"web-1-vmdisk1"_s);
        QCOMPARE(DeployerDomain::diskName(u"web"_s, u"../x y"_s), u"web-x-y"_s);
    }

    void wholeCorpus()
    {
        if (QStandardPaths::findExecutable(u"virt-xml-validate"_s).isEmpty())
            QSKIP("virt-xml-validate is not installed (dev.sh installs libvirt-clients)");
        QTemporaryDir dir;
        QDirIterator it(QStringLiteral(OVFW_CORPUS_DIR), {u"*.ovf"_s}, QDir::Files, QDirIterator::Subdirectories);
        int domains = 0;
        QStringList failures;
        while (it.hasNext()) {
            const QString path = it.next();
            auto d = Descriptor::load(path);
            if (!d || (*d)->kind() != Descriptor::Kind::Envelope)
                continue;
            Plan plan;
            plan.outputPath = dir.path();
            for (const QString &n : checkPlan((*d)->envelope(), plan).ovfNetworks)
                plan.networks.insert(n, u"default"_s);
            const PlanCheck check = checkPlan((*d)->envelope(), plan);
            for (const EffectiveSystem &s : check.effective.systems()) {
                if (!s.hardware)
                    continue;
                const QString vm = check.vmNames.value(s.id);
                DomainInputs inputs;
                for (const EffectiveDisk &disk : s.disks) {
                    if (!disk.diskId.isEmpty())
                        inputs.disks.insert(disk.diskId, DiskSource{dir.filePath(DeployerDomain::diskName(vm, disk.diskId) + u".qcow2"_s),
                                                                    {}, {}, DiskFormat::Qcow2});
                }
                inputs.environmentIso = dir.filePath(vm + u"-env.iso"_s);
                const DomainSpec spec = DeployerDomain::build(check, s, inputs);
                QCOMPARE(spec.name, vm);
                int isos = 0;
                for (const DomainSpec::Disk &disk : spec.disks) {
                    isos += disk.file == inputs.environmentIso;
                    if (!disk.ovfDiskId.isEmpty() && inputs.disks.contains(disk.ovfDiskId))
                        QCOMPARE(disk.file, inputs.disks.value(disk.ovfDiskId).file);
                }
                QCOMPARE(isos, 1);
                for (const DomainSpec::Nic &nic : spec.nics)
                    QVERIFY2(nic.ovfNetwork.isEmpty() || nic.network == u"default", qPrintable(path));
                if (s.figures.cpus > 0 && s.figures.cpus <= 256)
                    QCOMPARE(spec.vcpus, int(s.figures.cpus));
                if (auto problem = validate(DomainXml::write(spec), dir.path()))
                    failures.append(path + u' ' + s.id + u": "_s + *problem);
                ++domains;
            }
        }
        qInfo("%d domains validated", domains);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
        QVERIFY(domains >= 80);
    }
};

QTEST_GUILESS_MAIN(TestDeployerDomain)
#include "tst_deployerdomain.moc"
