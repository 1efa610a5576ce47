// Make Compatible: every fix changes what its finding names, the fixed document lints clean
// for its target and validates with 0 errors, and the whole run is one undo step that gives
// the original bytes back.
#include "model/commands/editsession.h"
#include "model/compat/fixer.h"
#include "model/ovf/descriptor.h"
#include "model/ovf/hardware.h"
#include "model/ovf/xmldocument.h"
#include "model/validation/validator.h"

#include <QFile>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using ovf::compat::Finding;
using ovf::compat::Fixer;
using ovf::compat::Linter;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(OVFW_TEST_DATA_DIR) + u"/compat/"_s + name;
}

std::unique_ptr<ovf::commands::EditSession> open(const QString &path)
{
    auto d = ovf::Descriptor::load(path);
    if (!d)
        qFatal("%s", qPrintable(d.error().toString()));
    return std::make_unique<ovf::commands::EditSession>(std::move(*d));
}

QString describe(const QList<Finding> &findings)
{
    QStringList lines;
    for (const Finding &f : findings)
        lines << f.toString({});
    return lines.join(u'\n');
}

QString describe(const ovf::validation::Report &r)
{
    QStringList lines;
    for (const auto &p : r.problems) {
        if (p.severity == ovf::validation::Severity::Error)
            lines << p.toString();
    }
    return lines.join(u'\n');
}

} // namespace

class TestFixer : public QObject
{
    Q_OBJECT

private slots:
    void makeCompatible_data();
    void makeCompatible();
    void ovf2ToOvf1();
    void fixValues();
    void packageFixes();
    void hrefSpaceThenSize();
    void nothingToFix();
};

void TestFixer::makeCompatible_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QStringList>("fixes"); // fix ids that must have been applied
    QTest::addColumn<QStringList>("changed"); // substrings of the change list
    QTest::addColumn<bool>("clean");          // false: findings without a fix remain

    QTest::newRow("vbox ovf2 -> vsphere8")
        << fixture(u"virtualbox7-ovf2.ovf"_s) << u"vsphere8"_s
        << QStringList{u"ovf2-to-ovf1"_s, u"system-type"_s, u"controller-subtype"_s, u"firmware"_s}
        << QStringList{u"StorageItem"_s, u"EthernetPortItem"_s, u"vmx-20"_s, u"PIIX4 removed"_s,
                       u"AHCI -> vmware.sata.ahci"_s, u"firmware=\"efi\""_s,
                       u"ovf:size 4096"_s}
        << true;
    QTest::newRow("vbox ovf2 -> proxmox8")
        << fixture(u"virtualbox7-ovf2.ovf"_s) << u"proxmox8"_s
        << QStringList{u"ovf2-to-ovf1"_s, u"host-resource"_s, u"firmware"_s}
        << QStringList{u"OVF 1"_s, u"ovf:version 2.0 -> 1.0"_s} << true;
    QTest::newRow("vbox ovf2 -> ovirt")
        << fixture(u"virtualbox7-ovf2.ovf"_s) << u"ovirt"_s << QStringList{u"ovf2-to-ovf1"_s, u"firmware"_s}
        << QStringList{u"RASD Item"_s} << true;
    // XCP-ng reads no firmware request: converted, but the UEFI finding stays (no fix).
    QTest::newRow("vbox ovf2 -> xcpng8")
        << fixture(u"virtualbox7-ovf2.ovf"_s) << u"xcpng8"_s << QStringList{u"ovf2-to-ovf1"_s, u"host-resource"_s}
        << QStringList{u"RASD Item"_s} << false;
    QTest::newRow("hand -> vsphere8")
        << fixture(u"handwritten-dialect.ovf"_s) << u"vsphere8"_s
        << QStringList{u"unqualified-attribute"_s, u"duplicate-instance-id"_s, u"nic-subtype"_s,
                       u"href-space"_s, u"missing-file-size"_s}
        << QStringList{u"File href= -> ovf:href"_s, u"File id= -> ovf:id"_s, u"InstanceID 5 -> 6"_s,
                       u"rtl8139 -> VmxNet3"_s, u"my%20disk.vmdk"_s, u"ovf:size 4096"_s}
        << true;
    QTest::newRow("hand -> proxmox8 memory")
        << fixture(u"handwritten-dialect.ovf"_s) << u"proxmox8"_s << QStringList{u"memory-units"_s, u"host-resource"_s}
        << QStringList{u"memory 2 byte * 2^30 -> 2048"_s} << false; // name and href characters have no fix
    QTest::newRow("vcd -> proxmox8")
        << fixture(u"vcd-vapp.ovf"_s) << u"proxmox8"_s << QStringList{u"collection"_s, u"vmw-required-section"_s}
        << QStringList{u"replaced by its VirtualSystem"_s, u"ovf:required=\"false\""_s} << true;
    QTest::newRow("vcd -> libvirt")
        << fixture(u"vcd-vapp.ovf"_s) << u"libvirt"_s << QStringList{u"vcd-shared-entity-id"_s, u"vmw-required-section"_s}
        << QStringList{u"web-01 -> web-01-vm"_s} << true;
    QTest::newRow("vsphere -> vsphere8")
        << fixture(u"vsphere8-export.ovf"_s) << u"vsphere8"_s << QStringList{u"extra-config-key"_s, u"missing-file-size"_s}
        << QStringList{u"monitor_control.restrict_backdoor removed"_s} << true;
    QTest::newRow("vsphere -> proxmox8")
        << fixture(u"vsphere8-export.ovf"_s) << u"proxmox8"_s << QStringList{u"memory-units"_s}
        << QStringList{u"-> 4096 byte * 2^20"_s, u"-> 8192 byte * 2^20"_s} << true;
}

void TestFixer::makeCompatible()
{
    QFETCH(QString, file);
    QFETCH(QString, target);
    QFETCH(QStringList, fixes);
    QFETCH(QStringList, changed);
    QFETCH(bool, clean);
    const ovf::compat::Profile &profile = *ovf::compat::findProfile(target);
    ovf::compat::PackageFacts facts;
    facts.fileSizes.insert(u"my disk.vmdk"_s, 4096);
    facts.fileSizes.insert(u"photon-5_file1.nvram"_s, 8684);
    facts.fileSizes.insert(u"debian12-disk001.vmdk"_s, 4096);

    auto session = open(file);
    const QByteArray original = session->document().save();
    const QList<Finding> before = Linter::lint(session->descriptor(), profile, facts);
    for (const QString &fix : fixes) {
        QVERIFY2(std::any_of(before.cbegin(), before.cend(), [&](const Finding &f) { return f.fixId == fix; }),
                 qPrintable(u"no finding fixed by "_s + fix + u"\n"_s + describe(before)));
    }
    const int undoCount = session->undoStack()->count();

    const ovf::compat::FixOutcome outcome = Fixer::makeCompatible(*session, profile, facts);
    QVERIFY2(outcome.failures.isEmpty(), qPrintable(outcome.failures.join(u'\n')));
    const QString changes = outcome.changes.join(u'\n');
    for (const QString &c : changed)
        QVERIFY2(changes.contains(c), qPrintable(u"'%1' not in:\n%2"_s.arg(c, changes)));

    // Clean for the target (or only findings without a fix left), in memory and once saved
    // and read back.
    const QList<Finding> after = Linter::lint(session->descriptor(), profile, facts);
    QVERIFY2(Linter::isClean(after) == clean, qPrintable(describe(after)));
    for (const Finding &f : after)
        QVERIFY2(f.fixId.isEmpty() || Fixer::isPackageFix(f.fixId), qPrintable(f.toString({})));
    const QByteArray fixed = session->document().save();
    auto reread = ovf::Descriptor::fromBytes(fixed, u"fixed.ovf"_s);
    QVERIFY2(reread, qPrintable(reread ? QString() : reread.error().toString()));
    const QList<Finding> afterReread = Linter::lint(**reread, profile, facts);
    QVERIFY2(Linter::isClean(afterReread) == clean, qPrintable(describe(afterReread) + u"\n"_s + QString::fromUtf8(fixed)));
    const ovf::validation::Report report = ovf::validation::validate(**reread);
    QVERIFY2(report.count(ovf::validation::Severity::Error) == 0, qPrintable(describe(report) + u"\n"_s + QString::fromUtf8(fixed)));

    // One undo step, named after the platform; undo gives the original bytes back, redo the fix.
    QCOMPARE(session->undoStack()->count(), undoCount + 1);
    QVERIFY(session->undoStack()->undoText().contains(ovf::compat::profileLabel(profile)));
    session->undoStack()->undo();
    QCOMPARE(session->document().save(), original);
    session->undoStack()->redo();
    QCOMPARE(session->document().save(), fixed);
}

void TestFixer::ovf2ToOvf1()
{
    auto session = open(fixture(u"virtualbox7-ovf2.ovf"_s));
    QCOMPARE(session->descriptor().version(), ovf::ns::OvfVersion::V2);
    Fixer::makeCompatible(*session, *ovf::compat::findProfile(u"vsphere8"));
    // In memory: the envelope is OVF 1 and every item a RASD Item with rasd: fields.
    QCOMPARE(session->descriptor().version(), ovf::ns::OvfVersion::V1);
    QCOMPARE(session->descriptor().envelopeNamespace(), ovf::ns::Ovf1.toString());
    const QString text = QString::fromUtf8(session->document().save());
    QVERIFY(!text.contains(u"<StorageItem"_s));
    QVERIFY(!text.contains(u"<EthernetPortItem"_s));
    QVERIFY(!text.contains(u"<sasd:"_s));
    QVERIFY(text.contains(u"ovf:version=\"1.0\""_s));
    QVERIFY(text.contains(u"<rasd:HostResource>/disk/vmdisk1</rasd:HostResource>"_s)); // vSphere reads it
    const ovf::Entity vs = session->descriptor().envelope().content();
    const ovf::VirtualHardwareSection vhs(vs.section(ovf::SectionKind::VirtualHardware).element());
    int disks = 0;
    for (const ovf::HardwareItem &item : vhs.items()) {
        QCOMPARE(item.kind(), ovf::HardwareItem::Kind::Resource);
        if (item.resourceType() == 17) {
            ++disks;
            QCOMPARE(item.parentId(), u"4"_s);
            QCOMPARE(item.fieldElement(u"HostResource")->namespaceUri(), ovf::ns::Rasd.toString());
        }
    }
    QCOMPARE(disks, 1);
    // Undo: OVF 2 again, in memory too.
    session->undoStack()->undo();
    QCOMPARE(session->descriptor().version(), ovf::ns::OvfVersion::V2);
}

void TestFixer::fixValues()
{
    // Duplicate InstanceID: the later Item gets the next free number; its siblings keep theirs.
    auto session = open(fixture(u"handwritten-dialect.ovf"_s));
    Fixer::makeCompatible(*session, *ovf::compat::findProfile(u"vsphere8"));
    const ovf::VirtualHardwareSection vhs(
        session->descriptor().envelope().content().section(ovf::SectionKind::VirtualHardware).element());
    QStringList ids;
    for (const ovf::HardwareItem &item : vhs.items())
        ids << item.instanceId();
    QCOMPARE(ids, (QStringList{u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s, u"6"_s}));
    const ovf::FileReference file = session->descriptor().envelope().files().constFirst();
    QCOMPARE(file.href(), u"my%20disk.vmdk"_s);
    QCOMPARE(file.id(), u"file1"_s);
    QVERIFY(!file.element()->hasAttribute(u"", u"href"));
}

// An href with a "." segment, a space and a '%' that starts no escape: the href-space fix
// writes a URI reference naming the same file ('%' as %25), and the size known for the href as
// written is still found for the fixed one.
void TestFixer::hrefSpaceThenSize()
{
    const QByteArray xml = R"(<?xml version="1.0" encoding="UTF-8"?>
<Envelope xmlns="http://schemas.dmtf.org/ovf/envelope/1" xmlns:ovf="http://schemas.dmtf.org/ovf/envelope/1">
  <References>
    <File ovf:id="file1" ovf:href="./my 100%.vmdk"/>
  </References>
  <VirtualSystem ovf:id="vm"><Info>x</Info></VirtualSystem>
</Envelope>
)";
    auto d = ovf::Descriptor::fromBytes(xml, u"h.ovf"_s);
    QVERIFY(d);
    ovf::commands::EditSession session(std::move(*d));
    ovf::compat::PackageFacts facts;
    facts.fileSizes.insert(u"./my 100%.vmdk"_s, 12345);
    const ovf::compat::FixOutcome outcome = Fixer::makeCompatible(session, *ovf::compat::findProfile(u"vsphere8"), facts);
    QVERIFY2(outcome.failures.isEmpty(), qPrintable(outcome.failures.join(u'\n')));
    const ovf::FileReference file = session.descriptor().envelope().files().constFirst();
    QCOMPARE(file.href(), u"./my%20100%25.vmdk"_s);
    QCOMPARE(file.element()->attributeValue(file.element()->namespaceUri(), u"size"), u"12345"_s);
}

void TestFixer::packageFixes()
{
    auto session = open(fixture(u"vsphere8-export.ovf"_s));
    ovf::compat::PackageFacts facts;
    facts.manifestAlgorithms = QStringList{u"SHA512"_s};
    const ovf::compat::FixOutcome outcome = Fixer::makeCompatible(*session, *ovf::compat::findProfile(u"xcpng8"), facts);
    QCOMPARE(outcome.manifestAlgorithm, std::optional<QString>(u"SHA256"_s));
    QVERIFY(outcome.packageChanges.join(u' ').contains(u"SHA256"_s));
}

void TestFixer::nothingToFix()
{
    auto session = open(fixture(u"virtualbox7-ovf2.ovf"_s));
    const QByteArray original = session->document().save();
    const ovf::compat::FixOutcome outcome = Fixer::makeCompatible(*session, *ovf::compat::findProfile(u"virtualbox7"));
    QVERIFY(outcome.changes.isEmpty());
    QCOMPARE(session->undoStack()->count(), 0); // no empty undo step
    QCOMPARE(session->document().save(), original);
}

QTEST_GUILESS_MAIN(TestFixer)
#include "tst_fixer.moc"
