// What checkPlan() chooses on a fresh host and what the operator may change at import:
// vCloud Director's "none" network, the target's only network or user-mode networking, the
// default pool to create, VM names from the system's Name made unique, CPU count and memory
// within the package's ovf:bound ranges, the firmware request and the machine type, vendor
// sections named but not applied; the new answer file keys and command-line flags.

#include "model/deploy/answerfile.h"
#include "model/deploy/deployerdomain.h"
#include "model/deploy/domainxml.h"
#include "model/deploy/plancheck.h"
#include "model/deploy/resourcelimits.h"
#include "model/ovf/descriptor.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ovf;
using namespace ovf::deploy;

namespace {

// One system "vm1" named "Web Appliance" with CPU 2 (range 1..4) and memory 1024 MiB
// (range 512..2048), a NIC on "VM Network" and one on vCloud Director's "none", an IDE disk
// (or a SATA one), and `extra` inside the VirtualHardwareSection and `vendor` in the
// VirtualSystem.
QByteArray descriptor(const QByteArray &extra = {}, const QByteArray &vendor = {}, bool sata = false)
{
    const QByteArray controller = sata
        ? "<Item><rasd:InstanceID>3</rasd:InstanceID><rasd:ResourceType>20</rasd:ResourceType><rasd:ResourceSubType>vmware.sata.ahci</rasd:ResourceSubType><rasd:ElementName>sata</rasd:ElementName></Item>\n"
        : "<Item><rasd:InstanceID>3</rasd:InstanceID><rasd:ResourceType>5</rasd:ResourceType><rasd:ElementName>ide</rasd:ElementName></Item>\n";
    return "<?xml version=\"1.0\"?>\n"
           "<Envelope xmlns=\"http://schemas.dmtf.org/ovf/envelope/1\" xmlns:ovf=\"http://schemas.dmtf.org/ovf/envelope/1\"\n"
           " xmlns:rasd=\"http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocationSettingData\"\n"
           " xmlns:vmw=\"http://www.vmware.com/schema/ovf\">\n"
           " <References><File ovf:id=\"f1\" ovf:href=\"disk1.vmdk\"/></References>\n"
           " <DiskSection><Info>d</Info><Disk ovf:diskId=\"d1\" ovf:fileRef=\"f1\" ovf:capacity=\"1\" ovf:capacityAllocationUnits=\"byte * 2^30\"/></DiskSection>\n"
           " <NetworkSection><Info>n</Info><Network ovf:name=\"VM Network\"/><Network ovf:name=\"none\"/></NetworkSection>\n"
           " <VirtualSystem ovf:id=\"vm1\"><Info>s</Info><Name>Web Appliance</Name>\n" + vendor +
           "  <VirtualHardwareSection><Info>h</Info>\n"
           "   <Item ovf:bound=\"min\"><rasd:InstanceID>1</rasd:InstanceID><rasd:ResourceType>3</rasd:ResourceType><rasd:VirtualQuantity>1</rasd:VirtualQuantity><rasd:ElementName>cpu</rasd:ElementName></Item>\n"
           "   <Item ovf:bound=\"normal\"><rasd:InstanceID>1</rasd:InstanceID><rasd:ResourceType>3</rasd:ResourceType><rasd:VirtualQuantity>2</rasd:VirtualQuantity><rasd:ElementName>cpu</rasd:ElementName></Item>\n"
           "   <Item ovf:bound=\"max\"><rasd:InstanceID>1</rasd:InstanceID><rasd:ResourceType>3</rasd:ResourceType><rasd:VirtualQuantity>4</rasd:VirtualQuantity><rasd:ElementName>cpu</rasd:ElementName></Item>\n"
           "   <Item ovf:bound=\"min\"><rasd:InstanceID>2</rasd:InstanceID><rasd:ResourceType>4</rasd:ResourceType><rasd:AllocationUnits>byte * 2^20</rasd:AllocationUnits><rasd:VirtualQuantity>512</rasd:VirtualQuantity><rasd:ElementName>mem</rasd:ElementName></Item>\n"
           "   <Item><rasd:InstanceID>2</rasd:InstanceID><rasd:ResourceType>4</rasd:ResourceType><rasd:AllocationUnits>byte * 2^20</rasd:AllocationUnits><rasd:VirtualQuantity>1024</rasd:VirtualQuantity><rasd:ElementName>mem</rasd:ElementName></Item>\n"
           "   <Item ovf:bound=\"max\"><rasd:InstanceID>2</rasd:InstanceID><rasd:ResourceType>4</rasd:ResourceType><rasd:AllocationUnits>byte * 2^30</rasd:AllocationUnits><rasd:VirtualQuantity>2</rasd:VirtualQuantity><rasd:ElementName>mem</rasd:ElementName></Item>\n"
           "   " + controller +
           "   <Item><rasd:InstanceID>4</rasd:InstanceID><rasd:ResourceType>17</rasd:ResourceType><rasd:Parent>3</rasd:Parent><rasd:AddressOnParent>0</rasd:AddressOnParent><rasd:HostResource>ovf:/disk/d1</rasd:HostResource><rasd:ElementName>disk</rasd:ElementName></Item>\n"
           "   <Item><rasd:InstanceID>5</rasd:InstanceID><rasd:ResourceType>10</rasd:ResourceType><rasd:Connection>VM Network</rasd:Connection><rasd:ElementName>nic0</rasd:ElementName></Item>\n"
           "   <Item><rasd:InstanceID>6</rasd:InstanceID><rasd:ResourceType>10</rasd:ResourceType><rasd:Connection>none</rasd:Connection><rasd:ElementName>nic1</rasd:ElementName></Item>\n"
           "   <Item><rasd:InstanceID>7</rasd:InstanceID><rasd:ResourceType>14</rasd:ResourceType><rasd:ElementName>floppy0</rasd:ElementName></Item>\n"
           "   <Item><rasd:InstanceID>8</rasd:InstanceID><rasd:ResourceType>35</rasd:ResourceType><rasd:ElementName>sound</rasd:ElementName></Item>\n"
           + extra +
           "  </VirtualHardwareSection>\n"
           " </VirtualSystem>\n"
           "</Envelope>\n";
}

std::unique_ptr<Descriptor> parse(const QByteArray &bytes)
{
    auto d = Descriptor::fromBytes(bytes, u"test.ovf"_s);
    if (!d)
        qFatal("%s", qPrintable(d.error().toString()));
    return std::move(*d);
}

Plan libvirtPlan()
{
    Plan plan;
    plan.package = u"/tmp/a.ova"_s;
    plan.backend = BackendKind::Libvirt;
    return plan;
}

QString problems(const PlanCheck &c)
{
    QStringList all;
    for (const PlanProblem &p : c.problems)
        all.append(p.toString());
    return all.join(u"; "_s);
}

bool mentions(const QStringList &notes, const QString &needle)
{
    return std::any_of(notes.cbegin(), notes.cend(), [&](const QString &n) { return n.contains(needle); });
}

} // namespace

class TestPlanDefaults : public QObject
{
    Q_OBJECT

private slots:
    void freshHostNoNetworkNoPool()
    {
        auto d = parse(descriptor());
        const TargetFacts fresh; // no network, no pool, no domain
        const PlanCheck c = checkPlan(d->envelope(), libvirtPlan(), &fresh);
        QVERIFY2(c.ok(), qPrintable(problems(c)));
        QCOMPARE(c.networks.value(u"VM Network"_s), Plan::userNetworking.toString());
        QCOMPARE(c.networks.value(u"none"_s), Plan::notConnected.toString());
        QVERIFY(c.createDefaultPool);
        QCOMPARE(c.storage, u"default"_s);
        QVERIFY(mentions(c.notes, u"user-mode networking"_s));
        QVERIFY(mentions(c.notes, u"vCloud Director"_s));
        QVERIFY(mentions(c.notes, u"/var/lib/libvirt/images"_s));
        QVERIFY(mentions(c.notes, u"virt-install"_s));
        // The name comes from the system's Name, not its id.
        QCOMPARE(c.vmNames.value(u"vm1"_s), u"Web-Appliance"_s);

        // The domain XML: a user-mode NIC, and the "none" adapter present with its link down.
        const DomainSpec spec = DeployerDomain::build(c, c.effective.systems().constFirst(), {});
        QCOMPARE(spec.nics.size(), 2);
        QVERIFY(spec.nics.at(0).network.isEmpty());
        QVERIFY(!spec.nics.at(0).linkDown);
        QVERIFY(spec.nics.at(1).linkDown);
        const QByteArray xml = DomainXml::write(spec);
        QCOMPARE(xml.count("<interface type=\"user\">"), 2);
        QCOMPARE(xml.count("<link state=\"down\"/>"), 1);
        // Dropped devices are named before the deployment.
        QVERIFY(mentions(spec.notes, u"floppy drive floppy0 ignored"_s));
        QVERIFY(mentions(spec.notes, u"sound card sound ignored"_s));
    }

    void oneNetworkTakesEverything()
    {
        auto d = parse(descriptor());
        TargetFacts facts;
        facts.networks = {TargetNetwork{u"br-lab"_s, true, u"virbr1"_s}, TargetNetwork{u"old"_s, false, {}}};
        facts.pools = {StorageTarget{u"default"_s, u"/var/lib/libvirt/images"_s, u"dir"_s}};
        const PlanCheck c = checkPlan(d->envelope(), libvirtPlan(), &facts);
        QVERIFY2(c.ok(), qPrintable(problems(c)));
        QCOMPARE(c.networks.value(u"VM Network"_s), u"br-lab"_s);
        QCOMPARE(c.networks.value(u"none"_s), Plan::notConnected.toString()); // vCD's placeholder stays unplugged
        QVERIFY(!c.createDefaultPool);
        QVERIFY(mentions(c.notes, u"only network"_s));
    }

    void severalNetworksNeedAChoice()
    {
        auto d = parse(descriptor());
        TargetFacts facts;
        facts.networks = {TargetNetwork{u"a"_s, true, {}}, TargetNetwork{u"b"_s, true, {}}};
        facts.pools = {StorageTarget{u"default"_s, {}, u"dir"_s}};
        Plan plan = libvirtPlan();
        PlanCheck c = checkPlan(d->envelope(), plan, &facts);
        QCOMPARE(c.problems.size(), 1);
        QCOMPARE(c.problems.constFirst().subject, u"VM Network"_s);
        // "not connected" and user-mode are always choices; an unknown network is a problem.
        plan.networks = {{u"VM Network"_s, u"none"_s}, {u"none"_s, u"user"_s}};
        c = checkPlan(d->envelope(), plan, &facts);
        QVERIFY2(c.ok(), qPrintable(problems(c)));
        plan.networks = {{u"VM Network"_s, u"c"_s}};
        c = checkPlan(d->envelope(), plan, &facts);
        QCOMPARE(c.problems.size(), 1);
        QVERIFY(c.problems.constFirst().message.contains(u"no network 'c'"_s));
        // A pool that is not the default one is never created.
        plan.networks = {{u"VM Network"_s, u"a"_s}};
        plan.storage = u"fast"_s;
        c = checkPlan(d->envelope(), plan, &facts);
        QCOMPARE(c.problems.size(), 1);
        QCOMPARE(c.problems.constFirst().kind, PlanProblem::Kind::Storage);
        QVERIFY(!c.createDefaultPool);
    }

    void withoutTargetNothingIsGuessed()
    {
        auto d = parse(descriptor());
        const PlanCheck c = checkPlan(d->envelope(), libvirtPlan());
        QCOMPARE(c.problems.size(), 1); // VM Network; "none" is the placeholder
        QCOMPARE(c.networks.value(u"none"_s), Plan::notConnected.toString());
        QVERIFY(!c.createDefaultPool);
    }

    void namesMadeUnique()
    {
        auto d = parse(descriptor());
        TargetFacts facts;
        facts.domains = {u"Web-Appliance"_s, u"Web-Appliance-2"_s};
        Plan plan = libvirtPlan();
        PlanCheck c = checkPlan(d->envelope(), plan, &facts);
        QCOMPARE(c.vmNames.value(u"vm1"_s), u"Web-Appliance-3"_s);
        QVERIFY(mentions(c.notes, u"'Web-Appliance' is taken"_s));
        plan.names = {{u"vm1"_s, u"Web-Appliance"_s}};
        c = checkPlan(d->envelope(), plan, &facts);
        QVERIFY(problems(c).contains(u"already has a virtual machine named 'Web-Appliance'"_s));
    }

    void cpuAndMemoryWithinBounds()
    {
        auto d = parse(descriptor());
        const TargetFacts fresh;
        Plan plan = libvirtPlan();
        PlanCheck c = checkPlan(d->envelope(), plan, &fresh);
        QCOMPARE(c.cpus.value(u"vm1"_s), 2);
        QCOMPARE(c.memoryBytes.value(u"vm1"_s), quint64(1024) << 20);
        const ResourceLimits limits = ResourceLimits::of(c.effective.systems().constFirst(), {});
        QCOMPARE(limits.minCpus, 1);
        QCOMPARE(limits.maxCpus, 4);
        QCOMPARE(limits.minMemoryMiB, quint64(512));
        QCOMPARE(limits.maxMemoryMiB, quint64(2048));

        plan.cpus = {{u"vm1"_s, 4}};
        plan.memoryMiB = {{u"vm1"_s, 2048}};
        c = checkPlan(d->envelope(), plan, &fresh);
        QVERIFY2(c.ok(), qPrintable(problems(c)));
        DomainSpec spec = DeployerDomain::build(c, c.effective.systems().constFirst(), {});
        QCOMPARE(spec.vcpus, 4);
        QCOMPARE(spec.memoryBytes, quint64(2048) << 20);

        plan.cpus = {{u"vm1"_s, 5}};
        plan.memoryMiB = {{u"vm1"_s, 256}, {u"ghost"_s, 1024}};
        c = checkPlan(d->envelope(), plan, &fresh);
        const QString text = problems(c);
        QVERIFY2(text.contains(u"5 CPUs is outside the package's range of 1 to 4"_s), qPrintable(text));
        QVERIFY2(text.contains(u"256 MiB of memory is outside the package's range of 512 to 2048 MiB"_s), qPrintable(text));
        QVERIFY2(text.contains(u"ghost: the package has no virtual system"_s), qPrintable(text));
    }

    void firmwareAndMachine()
    {
        const TargetFacts fresh;
        // BIOS on i440FX by default.
        auto plain = parse(descriptor());
        PlanCheck c = checkPlan(plain->envelope(), libvirtPlan(), &fresh);
        DomainSpec spec = DeployerDomain::build(c, c.effective.systems().constFirst(), {});
        QCOMPARE(spec.firmware, DomainSpec::Firmware::Bios);
        QCOMPARE(spec.machine, u"pc"_s);

        // vmw:Config firmware="efi": OVMF; an IDE boot disk keeps the i440FX machine.
        auto efi = parse(descriptor("<vmw:Config ovf:required=\"false\" vmw:key=\"firmware\" vmw:value=\"efi\"/>\n"
                                    "<vmw:Config ovf:required=\"false\" vmw:key=\"tools.syncTime\" vmw:value=\"true\"/>\n"));
        c = checkPlan(efi->envelope(), libvirtPlan(), &fresh);
        spec = DeployerDomain::build(c, c.effective.systems().constFirst(), {});
        QCOMPARE(spec.firmware, DomainSpec::Firmware::Efi);
        QVERIFY(!spec.secureBoot);
        QCOMPARE(spec.machine, u"pc"_s);
        QVERIFY(mentions(spec.notes, u"UEFI (OVMF), as the package asks"_s));
        QVERIFY(mentions(spec.notes, u"tools.syncTime"_s));
        QByteArray xml = DomainXml::write(spec);
        QVERIFY(xml.contains("<os firmware=\"efi\">"));
        QVERIFY(xml.contains("<feature enabled=\"no\" name=\"secure-boot\"/>"));

        // --firmware bios overrides the request, and says so.
        Plan bios = libvirtPlan();
        bios.firmware = FirmwareChoice::Bios;
        c = checkPlan(efi->envelope(), bios, &fresh);
        spec = DeployerDomain::build(c, c.effective.systems().constFirst(), {});
        QCOMPARE(spec.firmware, DomainSpec::Firmware::Bios);
        QVERIFY(mentions(spec.notes, u"BIOS as chosen, although the package asks for UEFI"_s));

        // Secure boot needs q35 (SMM); the IDE disk and the environment CD-ROM move to SATA.
        auto secure = parse(descriptor("<vmw:Config vmw:key=\"firmware\" vmw:value=\"efi\"/>\n"
                                       "<vmw:Config vmw:key=\"bootOptions.efiSecureBootEnabled\" vmw:value=\"true\"/>\n"));
        c = checkPlan(secure->envelope(), libvirtPlan(), &fresh);
        DomainInputs inputs;
        inputs.environmentIso = u"/tmp/env.iso"_s;
        spec = DeployerDomain::build(c, c.effective.systems().constFirst(), inputs);
        QVERIFY(spec.secureBoot);
        QCOMPARE(spec.machine, u"q35"_s);
        for (const DomainSpec::Disk &disk : spec.disks)
            QCOMPARE(disk.bus, DomainSpec::Bus::Sata);
        QCOMPARE(spec.disks.size(), 2);
        QVERIFY(spec.disks.at(0).unit != spec.disks.at(1).unit);
        xml = DomainXml::write(spec);
        QVERIFY(xml.contains("<smm state=\"on\"/>"));
        QVERIFY(xml.contains("<feature enabled=\"yes\" name=\"secure-boot\"/>"));
        QVERIFY(!xml.contains("type=\"ide\""));

        // A SATA boot disk needs q35 too, UEFI or not.
        auto sata = parse(descriptor({}, {}, true));
        c = checkPlan(sata->envelope(), libvirtPlan(), &fresh);
        spec = DeployerDomain::build(c, c.effective.systems().constFirst(), {});
        QCOMPARE(spec.machine, u"q35"_s);
        QCOMPARE(spec.firmware, DomainSpec::Firmware::Bios);

        // --firmware efi on a package that says nothing.
        Plan forced = libvirtPlan();
        forced.firmware = FirmwareChoice::Efi;
        c = checkPlan(plain->envelope(), forced, &fresh);
        spec = DeployerDomain::build(c, c.effective.systems().constFirst(), {});
        QCOMPARE(spec.firmware, DomainSpec::Firmware::Efi);
    }

    void vendorSectionsNamedNotApplied()
    {
        auto d = parse(descriptor({}, "  <vmw:BootOrderSection ovf:required=\"true\" vmw:type=\"disk\"><Info>boot</Info></vmw:BootOrderSection>\n"
                                      "  <vmw:IpAssignmentSection ovf:required=\"false\"><Info>ip</Info></vmw:IpAssignmentSection>\n"));
        const TargetFacts fresh;
        const PlanCheck c = checkPlan(d->envelope(), libvirtPlan(), &fresh);
        QVERIFY2(c.ok(), qPrintable(problems(c)));
        const DomainSpec spec = DeployerDomain::build(c, c.effective.systems().constFirst(), {});
        QVERIFY(mentions(spec.notes, u"vmw:BootOrderSection (required) is understood but not applied"_s));
        QVERIFY(mentions(spec.notes, u"vmw:IpAssignmentSection is a VMware section"_s));
    }

    void answerFileAndCommandLine()
    {
        Plan plan = libvirtPlan();
        plan.allowUnchecked = true;
        plan.firmware = FirmwareChoice::Efi;
        plan.cpus = {{u"vm1"_s, 3}};
        plan.memoryMiB = {{u"vm1"_s, 1536}};
        plan.networks = {{u"VM Network"_s, u"none"_s}};
        const QByteArray json = AnswerFile::toJson(plan);
        QVERIFY(json.contains("\"allowUnchecked\": true"));
        const auto read = AnswerFile::parse(json);
        QVERIFY2(read, qPrintable(read.error()));
        QVERIFY(read->warnings.isEmpty());
        QCOMPARE(read->plan, plan);
        const QString line = plan.toCommandLine();
        QVERIFY2(line.contains(u"--allow-unchecked"_s), qPrintable(line));
        QVERIFY2(line.contains(u"--firmware efi"_s), qPrintable(line));
        QVERIFY2(line.contains(u"--cpus vm1=3 --memory vm1=1536"_s), qPrintable(line));
        QVERIFY2(line.contains(u"--net 'VM Network=none'"_s), qPrintable(line));

        QVERIFY(!AnswerFile::parse(R"({"format":"ovf-workbench-answers","version":1,"allowUnchecked":"yes"})"));
        QVERIFY(AnswerFile::parse(R"({"format":"ovf-workbench-answers","version":1,"firmware":"coreboot"})")
                    .error().contains(u"firmware"_s));
        QVERIFY(AnswerFile::parse(R"({"format":"ovf-workbench-answers","version":1,"cpus":{"vm1":0}})")
                    .error().contains(u"cpus.vm1"_s));
        // Absent: not acknowledged.
        QVERIFY(!AnswerFile::parse(R"({"format":"ovf-workbench-answers","version":1})")->plan.allowUnchecked);
    }
};

QTEST_GUILESS_MAIN(TestPlanDefaults)
#include "tst_plandefaults.moc"
