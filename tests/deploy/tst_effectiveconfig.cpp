// The effective configuration: deployment options, ovf:bound ranges, the choice among several
// VirtualHardwareSections, collections expanded in startup order, disks and NICs resolved;
// every corpus descriptor with hardware.

#include "model/deploy/effectiveconfiguration.h"
#include "model/ovf/descriptor.h"

#include <QDirIterator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ovf;
using namespace ovf::deploy;

namespace {

QString corpus(const QString &relative)
{
    return QStringLiteral(OVFW_CORPUS_DIR) + u'/' + relative;
}

std::unique_ptr<Descriptor> load(const QString &path)
{
    auto d = Descriptor::load(path);
    if (!d)
        qFatal("%s", qPrintable(d.error().toString()));
    return std::move(*d);
}

std::unique_ptr<Descriptor> parse(const QByteArray &xml)
{
    auto d = Descriptor::fromBytes(xml, u"test.ovf"_s);
    if (!d)
        qFatal("%s", qPrintable(d.error().toString()));
    return std::move(*d);
}

constexpr quint64 MiB = quint64(1) << 20;

QByteArray envelope(const QByteArray &body, const QByteArray &sections = {})
{
    return R"(<?xml version="1.0"?>
<Envelope xmlns="http://schemas.dmtf.org/ovf/envelope/1"
  xmlns:ovf="http://schemas.dmtf.org/ovf/envelope/1"
  xmlns:rasd="http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocationSettingData"
  xmlns:vssd="http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_VirtualSystemSettingData">
  <References><File ovf:id="f1" ovf:href="disk1.vmdk"/></References>
  <DiskSection><Info>d</Info>
    <Disk ovf:diskId="d1" ovf:fileRef="f1" ovf:capacity="4" ovf:capacityAllocationUnits="byte * 2^30"
      ovf:format="http://www.vmware.com/interfaces/specifications/vmdk.html#streamOptimized"/>
    <Disk ovf:diskId="blank" ovf:capacity="${size}"/>
  </DiskSection>
  <NetworkSection><Info>n</Info><Network ovf:name="VM Network"/></NetworkSection>
)" + sections + body + "\n</Envelope>\n";
}

QByteArray hardware(const QByteArray &type, const QByteArray &items, const QByteArray &attrs = {})
{
    return "<VirtualHardwareSection " + attrs + "><Info>h</Info><System><vssd:VirtualSystemType>" + type
        + "</vssd:VirtualSystemType></System>" + items + "</VirtualHardwareSection>";
}

QByteArray item(int type, const QByteArray &id, const QByteArray &fields, const QByteArray &attrs = {})
{
    return "<Item " + attrs + "><rasd:ElementName>x</rasd:ElementName><rasd:InstanceID>" + id
        + "</rasd:InstanceID><rasd:ResourceType>" + QByteArray::number(type) + "</rasd:ResourceType>" + fields + "</Item>";
}

QByteArray memory(const QByteArray &mb, const QByteArray &attrs = {}, const QByteArray &id = "2")
{
    return item(4, id, "<rasd:AllocationUnits>byte * 2^20</rasd:AllocationUnits><rasd:VirtualQuantity>" + mb
                           + "</rasd:VirtualQuantity>", attrs);
}

QByteArray cpus(const QByteArray &n, const QByteArray &attrs = {})
{
    return item(3, "1", "<rasd:VirtualQuantity>" + n + "</rasd:VirtualQuantity>", attrs);
}

QByteArray system(const QByteArray &id, const QByteArray &content)
{
    return "<VirtualSystem ovf:id=\"" + id + "\"><Info>s</Info>" + content + "</VirtualSystem>";
}

} // namespace

class TestEffectiveConfig : public QObject
{
    Q_OBJECT

private slots:
    void deploymentOptions()
    {
        auto d = load(corpus(u"cot/csr1000v.ovf"_s));
        const Envelope e = d->envelope();
        QCOMPARE(EffectiveConfiguration::defaultConfiguration(e), u"1CPU-4GB"_s);
        struct Expect
        {
            QString option;
            qint64 cpus;
            quint64 memory;
        };
        for (const Expect &x : {Expect{u""_s, 1, 4096 * MiB}, Expect{u"2CPU-4GB"_s, 2, 4096 * MiB},
                                Expect{u"4CPU-4GB"_s, 4, 4096 * MiB}, Expect{u"4CPU-8GB"_s, 4, 8192 * MiB}}) {
            const EffectiveConfiguration c = EffectiveConfiguration::build(e, x.option);
            QVERIFY2(c.problems().isEmpty(), qPrintable(c.problems().value(0).toString()));
            QCOMPARE(c.configuration(), x.option.isEmpty() ? u"1CPU-4GB"_s : x.option);
            QCOMPARE(c.systems().size(), 1);
            const EffectiveSystem &s = c.systems().constFirst();
            QCOMPARE(s.figures.cpus, x.cpus);
            QCOMPARE(s.figures.memoryBytes, x.memory);
            QCOMPARE(s.transports, QStringList{u"iso"_s});
            QVERIFY(s.wantsIsoTransport());
            // The override keeps the base Item's fields it does not set.
            for (const EffectiveItem &i : s.items) {
                if (i.resourceType() == rt::Processor)
                    QCOMPARE(i.sources().size(), x.cpus == 1 ? 1 : 2);
            }
        }
        const EffectiveConfiguration unknown = EffectiveConfiguration::build(e, u"16CPU"_s);
        QCOMPARE(unknown.problems().size(), 1);
        QCOMPARE(unknown.problems().constFirst().kind, PlanProblem::Kind::Option);
        QCOMPARE(unknown.problems().constFirst().subject, u"16CPU"_s);
        QCOMPARE(unknown.configuration(), u"1CPU-4GB"_s);
    }

    void unqualifiedConfigurationAttribute()
    {
        // vCenter writes configuration="..." without the ovf: prefix.
        const QByteArray xml = envelope(system("vm", hardware("vmx-13", cpus("2") + memory("1024")
                                                                  + cpus("8", "configuration=\"big\"")
                                                                  + memory("8192", "configuration=\"big\""))),
                                        R"(<DeploymentOptionSection><Info>o</Info>
      <Configuration ovf:id="small"><Label>S</Label><Description>s</Description></Configuration>
      <Configuration ovf:id="big"><Label>B</Label><Description>b</Description></Configuration>
    </DeploymentOptionSection>)");
        auto d = parse(xml);
        const auto small = EffectiveConfiguration::build(d->envelope());
        QCOMPARE(small.configuration(), u"small"_s);
        QCOMPARE(small.systems().constFirst().figures.cpus, 2);
        QCOMPARE(small.systems().constFirst().figures.memoryBytes, 1024 * MiB);
        const auto big = EffectiveConfiguration::build(d->envelope(), u"big"_s);
        QCOMPARE(big.systems().constFirst().figures.cpus, 8);
        QCOMPARE(big.systems().constFirst().figures.memoryBytes, 8192 * MiB);
    }

    void boundRanges()
    {
        auto d = load(corpus(u"govmomi/ovftool-pos/valid_bound.ovf"_s));
        const auto c = EffectiveConfiguration::build(d->envelope());
        QCOMPARE(c.systems().size(), 1);
        QCOMPARE(c.systems().constFirst().figures.memoryBytes, 512 * MiB);
        int memoryItems = 0;
        for (const EffectiveItem &i : c.systems().constFirst().items)
            memoryItems += i.resourceType() == rt::Memory;
        QCOMPARE(memoryItems, 1);

        // A range without a normal Item: its min stands in; an explicit "normal" wins.
        auto minOnly = parse(envelope(system("vm", hardware("vmx-07", memory("2048", "ovf:bound=\"max\"")
                                                                          + memory("256", "ovf:bound=\"min\"")))));
        QCOMPARE(EffectiveConfiguration::build(minOnly->envelope()).systems().constFirst().figures.memoryBytes, 256 * MiB);
        auto normal = parse(envelope(system("vm", hardware("vmx-07", memory("256", "ovf:bound=\"min\"")
                                                                        + memory("768", "ovf:bound=\"normal\"")
                                                                        + memory("2048", "ovf:bound=\"max\"")))));
        QCOMPARE(EffectiveConfiguration::build(normal->envelope()).systems().constFirst().figures.memoryBytes, 768 * MiB);
    }

    void severalHardwareSections()
    {
        QCOMPARE(EffectiveConfiguration::systemTypeRank(u"kvm"_s), 0);
        QCOMPARE(EffectiveConfiguration::systemTypeRank(u"vmx-07 qemu-pc qemu-pc-0.13 virtualbox-2.2"_s), 0);
        QCOMPARE(EffectiveConfiguration::systemTypeRank(u"vmx-08,vmx-09,vmx-10"_s), 1);
        QCOMPARE(EffectiveConfiguration::systemTypeRank(u"foobar, xen3"_s), 1);
        QCOMPARE(EffectiveConfiguration::systemTypeRank(u"DMTF:Oracle:X86:OracleVM_Xen:HVM_Linux"_s), 1);
        QCOMPARE(EffectiveConfiguration::systemTypeRank(u""_s), 2);
        QCOMPARE(EffectiveConfiguration::systemTypeRank(u"hyperv-gen2"_s), -1);
        QCOMPARE(EffectiveConfiguration::systemTypeRank(u"DMTF:Oracle:X86:OracleVM_Xen:PV_Linux"_s), -1);

        // Corpus: vmx-04 and xen3 rank alike, the first is taken.
        auto d = load(corpus(u"govmomi/ovftool-pos/valid_multiple_vh.ovf"_s));
        auto c = EffectiveConfiguration::build(d->envelope());
        QVERIFY(c.problems().isEmpty());
        QCOMPARE(c.systems().constFirst().virtualSystemType, u"vmx-04"_s);
        QCOMPARE(c.systems().constFirst().notes.size(), 1);

        // The supported section wins wherever it is.
        auto two = parse(envelope(system("vm", hardware("hyperv-gen2", cpus("16") + memory("512"))
                                                   + hardware("kvm", cpus("2") + memory("1024"), "ovf:transport=\"iso com.vmware.guestInfo\""))));
        c = EffectiveConfiguration::build(two->envelope());
        QVERIFY(c.problems().isEmpty());
        QCOMPARE(c.systems().constFirst().virtualSystemType, u"kvm"_s);
        QCOMPARE(c.systems().constFirst().figures.cpus, 2);
        QCOMPARE(c.systems().constFirst().transports, (QStringList{u"iso"_s, u"com.vmware.guestInfo"_s}));

        // None supported: a Hardware problem naming the types.
        auto none = parse(envelope(system("vm", hardware("hyperv-gen2", cpus("1")) + hardware("ENGINE-X", cpus("1")))));
        c = EffectiveConfiguration::build(none->envelope());
        QCOMPARE(c.problems().size(), 1);
        QCOMPARE(c.problems().constFirst().kind, PlanProblem::Kind::Hardware);
        QCOMPARE(c.problems().constFirst().subject, u"vm"_s);
        QVERIFY(c.problems().constFirst().message.contains(u"hyperv-gen2"_s));
        QVERIFY(c.problems().constFirst().message.contains(u"ENGINE-X"_s));
    }

    void collectionsInStartupOrder()
    {
        auto d = load(corpus(u"govmomi/nested-vapp.ovf"_s));
        auto c = EffectiveConfiguration::build(d->envelope());
        QStringList ids;
        for (const EffectiveSystem &s : c.systems())
            ids.append(s.id);
        QCOMPARE(ids, (QStringList{u"grandVm"_s, u"childVm"_s, u"nestedRootVm"_s}));
        QCOMPARE(c.systems().at(0).collectionPath, (QStringList{u"nestedVapp"_s, u"childVapp"_s, u"grandVapp"_s}));
        QCOMPARE(c.systems().at(1).startup.order, 2);
        QCOMPARE(c.systems().at(1).startup.startDelay, 120);
        QCOMPARE(c.systems().at(2).startIndex, 2);

        // Order against document order, nested collection as one entry, unlisted first.
        const QByteArray hw = hardware("vmx-07", cpus("1") + memory("128"));
        const QByteArray xml = envelope(
            "<VirtualSystemCollection ovf:id=\"top\"><Info>c</Info>"
            "<StartupSection><Info>s</Info>"
            "<Item ovf:id=\"a\" ovf:order=\"3\" ovf:startDelay=\"30\" ovf:waitingForGuest=\"true\"/>"
            "<Item ovf:id=\"inner\" ovf:order=\"2\"/>"
            "<Item ovf:id=\"b\" ovf:order=\"1\" ovf:startDelay=\"5\"/></StartupSection>"
            + system("a", hw) + system("b", hw)
            + "<VirtualSystemCollection ovf:id=\"inner\"><Info>i</Info>"
              "<StartupSection><Info>s</Info><Item ovf:id=\"i1\" ovf:order=\"2\"/><Item ovf:id=\"i2\" ovf:order=\"1\"/></StartupSection>"
            + system("i1", hw) + system("i2", hw) + "</VirtualSystemCollection>" + system("loose", hw)
            + "</VirtualSystemCollection>");
        auto col = parse(xml);
        c = EffectiveConfiguration::build(col->envelope());
        ids.clear();
        for (const EffectiveSystem &s : c.systems())
            ids.append(s.id);
        QCOMPARE(ids, (QStringList{u"loose"_s, u"b"_s, u"i2"_s, u"i1"_s, u"a"_s}));
        const EffectiveSystem *a = c.system(u"a"_s);
        QVERIFY(a);
        QCOMPARE(a->startup.startDelay, 30);
        QVERIFY(a->startup.waitingForGuest);
        QCOMPARE(a->startup.startAction, u"powerOn"_s);
        QVERIFY(!c.system(u"loose"_s)->startup.listed);
    }

    void disksAndNics()
    {
        const QByteArray items = cpus("1") + memory("512")
            + item(6, "3", "<rasd:ResourceSubType>lsilogic</rasd:ResourceSubType>")
            + item(17, "4", "<rasd:HostResource>ovf:/disk/d1</rasd:HostResource><rasd:Parent>3</rasd:Parent>")
            + item(17, "5", "<rasd:HostResource>ovf:/disk/blank</rasd:HostResource><rasd:Parent>3</rasd:Parent>")
            + item(10, "6", "<rasd:Connection>VM Network</rasd:Connection><rasd:ResourceSubType>VmxNet3</rasd:ResourceSubType>"
                            "<rasd:Address>00:50:56:00:00:01</rasd:Address>");
        auto d = parse(envelope(system("vm", "<Name>My VM</Name>" + hardware("vmx-07", items))));
        const auto c = EffectiveConfiguration::build(d->envelope());
        const EffectiveSystem &s = c.systems().constFirst();
        QCOMPARE(s.name, u"My VM"_s);
        QCOMPARE(s.disks.size(), 2);
        QCOMPARE(s.disks.at(0).diskId, u"d1"_s);
        QCOMPARE(s.disks.at(0).fileRef, u"f1"_s);
        QCOMPARE(s.disks.at(0).file.href(), u"disk1.vmdk"_s);
        QCOMPARE(s.disks.at(0).capacityBytes, std::optional<quint64>(quint64(4) << 30));
        QVERIFY(s.disks.at(0).format.endsWith(u"#streamOptimized"_s));
        QCOMPARE(s.disks.at(0).controllerId, u"3"_s);
        QCOMPARE(s.disks.at(1).fileRef, QString());
        QVERIFY(!s.disks.at(1).capacityBytes);
        QVERIFY(s.disks.at(1).capacityError.contains(u"${size}"_s));
        QCOMPARE(s.nics.size(), 1);
        QCOMPARE(s.nics.constFirst().network, u"VM Network"_s);
        QCOMPARE(s.nics.constFirst().subType, u"VmxNet3"_s);
        QCOMPARE(s.nics.constFirst().macAddress, u"00:50:56:00:00:01"_s);
    }

    // Every corpus descriptor with hardware: an effective configuration for every option,
    // without crashing, with sensible figures.
    void wholeCorpus()
    {
        QDirIterator it(QStringLiteral(OVFW_CORPUS_DIR), {u"*.ovf"_s, u"*.xml"_s}, QDir::Files, QDirIterator::Subdirectories);
        int systems = 0;
        int withMemory = 0;
        int resolvedDisks = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            auto d = Descriptor::load(path);
            if (!d || (*d)->kind() != Descriptor::Kind::Envelope)
                continue;
            const Envelope e = (*d)->envelope();
            QStringList options{QString()};
            for (const Configuration &cfg : e.configurations())
                options.append(cfg.id());
            for (const QString &option : std::as_const(options)) {
                const auto c = EffectiveConfiguration::build(e, option);
                for (const EffectiveSystem &s : c.systems()) {
                    ++systems;
                    QVERIFY2(s.figures.cpus >= 0 && s.figures.cpus <= 1024, qPrintable(path));
                    if (s.figures.hasMemory && s.figures.memoryError.isEmpty()) {
                        ++withMemory;
                        QVERIFY2(s.figures.memoryBytes >= MiB && s.figures.memoryBytes <= (quint64(16) << 40),
                                 qPrintable(path + u' ' + s.id));
                    }
                    int driveItems = 0;
                    for (const EffectiveItem &i : s.items)
                        driveItems += i.resourceType() == rt::DiskDrive;
                    QCOMPARE(s.disks.size(), driveItems);
                    for (const EffectiveDisk &disk : s.disks) {
                        if (disk.disk) {
                            ++resolvedDisks;
                            QCOMPARE(disk.disk.diskId(), disk.diskId);
                            QVERIFY2(disk.capacityBytes || !disk.capacityError.isEmpty(), qPrintable(path));
                        }
                    }
                    if (s.hardware)
                        QVERIFY(!s.items.isEmpty() || s.hardware.items().isEmpty());
                }
            }
        }
        qInfo("%d effective systems, %d with a memory size, %d disks resolved", systems, withMemory, resolvedDisks);
        QVERIFY(resolvedDisks >= 60);
        QVERIFY(systems >= 80);
        QVERIFY(withMemory >= 70);
    }
};

QTEST_GUILESS_MAIN(TestEffectiveConfig)
#include "tst_effectiveconfig.moc"
