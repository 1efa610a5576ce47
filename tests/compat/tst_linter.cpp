// The compatibility linter: every rule fires on the producer dialect that has it, with the
// verdict its target's profile gives, at the right element; and targets that read the part
// stay silent.
#include "model/compat/linter.h"
#include "model/ovf/descriptor.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ovf::compat::Finding;
using ovf::compat::Linter;
using ovf::compat::Verdict;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(OVFW_TEST_DATA_DIR) + u"/compat/"_s + name;
}

QString corpus(const QString &name)
{
    return QStringLiteral(OVFW_CORPUS_DIR) + u'/' + name;
}

std::unique_ptr<ovf::Descriptor> load(const QString &path)
{
    auto d = ovf::Descriptor::load(path);
    if (!d)
        qFatal("%s", qPrintable(d.error().toString()));
    return std::move(*d);
}

QList<Finding> lint(const QString &path, const QString &target, const ovf::compat::PackageFacts &facts = {})
{
    const auto d = load(path);
    const ovf::compat::Profile *p = ovf::compat::findProfile(target);
    if (!p)
        qFatal("no profile %s", qPrintable(target));
    return Linter::lint(*d, *p, facts);
}

QList<Finding> withRule(const QList<Finding> &all, const QString &rule)
{
    QList<Finding> out;
    for (const Finding &f : all) {
        if (f.ruleId == rule)
            out << f;
    }
    return out;
}

// The rules the table below covers (checked against the catalogue at the end).
QSet<QString> &covered()
{
    static QSet<QString> rules;
    return rules;
}

} // namespace

class TestLinter : public QObject
{
    Q_OBJECT

private slots:
    void profiles();
    void findings_data();
    void findings();
    void silentWhereRead_data();
    void silentWhereRead();
    void packageFacts();
    void fileSizesBeside();
    void descriptorSize();
    void everyRuleTested();
};

void TestLinter::profiles()
{
    const QStringList expected{u"vsphere7"_s, u"vsphere8"_s, u"workstation"_s, u"virtualbox7"_s,
                               u"proxmox8"_s, u"xcpng8"_s,   u"ovirt"_s,       u"libvirt"_s};
    QCOMPARE(ovf::compat::profileIds(), expected);
    for (const ovf::compat::Profile &p : ovf::compat::allProfiles()) {
        QVERIFY2(!p.name.isEmpty() && !p.ovfVersions.isEmpty() && !p.preferredManifest.isEmpty(), qPrintable(p.id));
        QCOMPARE(ovf::compat::findProfile(p.id.toUpper()), &p);
    }
    QCOMPARE(ovf::compat::findProfile(u"hyperv"), nullptr);
}

void TestLinter::findings_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<int>("verdict");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("line"); // of the first such finding; 0: not checked
    QTest::addColumn<bool>("fixable");

    const int R = int(Verdict::Refused), D = int(Verdict::Degraded), I = int(Verdict::Ignored);
    const QString vbox = fixture(u"virtualbox7-ovf2.ovf"_s);
    const QString vsphere = fixture(u"vsphere8-export.ovf"_s);
    const QString vcd = fixture(u"vcd-vapp.ovf"_s);
    const QString tmpl = fixture(u"template-placeholders.ovf"_s);
    const QString hand = fixture(u"handwritten-dialect.ovf"_s);

    // VirtualBox's OVF 2.0 export on vSphere: the famous refusals.
    QTest::newRow("vbox/vsphere8 ovf2-item") << vbox << u"vsphere8"_s << u"ovf2-item"_s << R << 3 << 75 << true;
    QTest::newRow("vbox/vsphere8 system-type") << vbox << u"vsphere8"_s << u"system-type"_s << R << 1 << 33 << true;
    QTest::newRow("vbox/vsphere8 controller-subtype") << vbox << u"vsphere8"_s << u"controller-subtype"_s << R << 2 << 55 << true;
    QTest::newRow("vbox/vsphere8 host-resource none") << vbox << u"vsphere8"_s << u"host-resource"_s << R << 0 << 0 << false;
    QTest::newRow("vbox/xcpng8 host-resource") << vbox << u"xcpng8"_s << u"host-resource"_s << R << 1 << 79 << true;
    QTest::newRow("vbox/vsphere8 firmware") << vbox << u"vsphere8"_s << u"firmware"_s << D << 1 << 0 << true;
    // ... on Proxmox: OVF 2 is not read at all.
    QTest::newRow("vbox/proxmox8 ovf-version") << vbox << u"proxmox8"_s << u"ovf-version"_s << R << 1 << 6 << true;
    QTest::newRow("vbox/proxmox8 ovf2-item") << vbox << u"proxmox8"_s << u"ovf2-item"_s << D << 3 << 75 << true;
    QTest::newRow("vbox/xcpng8 ovf2-item") << vbox << u"xcpng8"_s << u"ovf2-item"_s << R << 3 << 75 << true;
    // ... on libvirt: the sound card is dropped.
    QTest::newRow("vbox/libvirt resource-type") << vbox << u"libvirt"_s << u"resource-type"_s << D << 1 << 66 << false;
    QTest::newRow("vbox/vsphere7 resource-type none") << vbox << u"vsphere7"_s << u"resource-type"_s << R << 0 << 0 << false;

    // A vSphere 8 export elsewhere.
    QTest::newRow("vsphere/vsphere7 system-type") << vsphere << u"vsphere7"_s << u"system-type"_s << R << 1 << 61 << true;
    QTest::newRow("vsphere/vsphere8 extra-config-key") << vsphere << u"vsphere8"_s << u"extra-config-key"_s << D << 1 << 131 << true;
    QTest::newRow("vsphere/vsphere8 missing-file-size") << vsphere << u"vsphere8"_s << u"missing-file-size"_s << D << 1 << 10 << false;
    QTest::newRow("vsphere/virtualbox7 controller-subtype") << vsphere << u"virtualbox7"_s << u"controller-subtype"_s << R << 3 << 0 << true;
    QTest::newRow("vsphere/virtualbox7 nic-subtype") << vsphere << u"virtualbox7"_s << u"nic-subtype"_s << D << 1 << 117 << true;
    QTest::newRow("vsphere/virtualbox7 firmware") << vsphere << u"virtualbox7"_s << u"firmware"_s << D << 1 << 55 << false;
    QTest::newRow("vsphere/virtualbox7 ignored-properties") << vsphere << u"virtualbox7"_s << u"ignored-properties"_s << I << 1 << 36 << false;
    QTest::newRow("vsphere/virtualbox7 ignored-deployment-options") << vsphere << u"virtualbox7"_s << u"ignored-deployment-options"_s << I << 1 << 22 << false;
    QTest::newRow("vsphere/virtualbox7 ignored-vmware-extension") << vsphere << u"virtualbox7"_s << u"ignored-vmware-extension"_s << I << 1 << 0 << false;
    QTest::newRow("vsphere/proxmox8 ignored-eula") << vsphere << u"proxmox8"_s << u"ignored-eula"_s << I << 1 << 48 << false;
    QTest::newRow("vsphere/proxmox8 memory-units") << vsphere << u"proxmox8"_s << u"memory-units"_s << D << 2 << 0 << true;
    QTest::newRow("vsphere/libvirt controller-subtype") << vsphere << u"libvirt"_s << u"controller-subtype"_s << D << 1 << 0 << false;
    QTest::newRow("vsphere/workstation ignored-properties") << vsphere << u"workstation"_s << u"ignored-properties"_s << I << 1 << 36 << false;

    // vCloud Director.
    QTest::newRow("vcd/proxmox8 collection") << vcd << u"proxmox8"_s << u"collection"_s << R << 1 << 25 << true;
    QTest::newRow("vcd/workstation collection") << vcd << u"workstation"_s << u"collection"_s << R << 1 << 25 << true;
    QTest::newRow("vcd/proxmox8 vmw-required-section") << vcd << u"proxmox8"_s << u"vmw-required-section"_s << D << 1 << 84 << true;
    QTest::newRow("vcd/libvirt vcd-shared-entity-id") << vcd << u"libvirt"_s << u"vcd-shared-entity-id"_s << D << 1 << 32 << true;
    QTest::newRow("vcd/libvirt vmw-required-section") << vcd << u"libvirt"_s << u"vmw-required-section"_s << D << 1 << 84 << true;
    QTest::newRow("vcd/virtualbox7 ignored-startup") << vcd << u"virtualbox7"_s << u"ignored-startup"_s << I << 1 << 28 << false;
    QTest::newRow("vcd/vsphere8 vmw-required-section none") << vcd << u"vsphere8"_s << u"vmw-required-section"_s << D << 0 << 0 << false;
    QTest::newRow("vcd/vsphere8 vcd-shared-entity-id none") << vcd << u"vsphere8"_s << u"vcd-shared-entity-id"_s << D << 0 << 0 << false;

    // Template placeholders: reported, never guessed; ${hostname} names a property.
    QTest::newRow("template/vsphere8 placeholder") << tmpl << u"vsphere8"_s << u"placeholder"_s << R << 3 << 11 << false;
    QTest::newRow("template/libvirt placeholder") << tmpl << u"libvirt"_s << u"placeholder"_s << R << 3 << 11 << false;

    // Hand-written slips.
    QTest::newRow("hand/vsphere8 unqualified-attribute") << hand << u"vsphere8"_s << u"unqualified-attribute"_s << R << 2 << 8 << true;
    QTest::newRow("hand/proxmox8 host-resource") << hand << u"proxmox8"_s << u"host-resource"_s << D << 1 << 52 << true;
    QTest::newRow("hand/vsphere8 duplicate-instance-id") << hand << u"vsphere8"_s << u"duplicate-instance-id"_s << R << 1 << 64 << true;
    QTest::newRow("hand/vsphere8 nic-subtype") << hand << u"vsphere8"_s << u"nic-subtype"_s << R << 1 << 61 << true;
    QTest::newRow("hand/vsphere8 href-space") << hand << u"vsphere8"_s << u"href-space"_s << D << 1 << 8 << true;
    QTest::newRow("hand/proxmox8 href-characters") << hand << u"proxmox8"_s << u"href-characters"_s << R << 1 << 8 << false;
    QTest::newRow("hand/proxmox8 vm-name") << hand << u"proxmox8"_s << u"vm-name"_s << D << 1 << 22 << false;
    QTest::newRow("hand/ovirt vm-name") << hand << u"ovirt"_s << u"vm-name"_s << D << 1 << 22 << false;
    QTest::newRow("hand/proxmox8 memory-units") << hand << u"proxmox8"_s << u"memory-units"_s << D << 1 << 0 << true;
    QTest::newRow("hand/libvirt unqualified none") << hand << u"libvirt"_s << u"unqualified-attribute"_s << R << 0 << 0 << false;

    // Corpus files for what the fixtures do not have.
    QTest::newRow("gzip/proxmox8") << corpus(u"virt-v2v/test-i-ova-gz.ovf"_s) << u"proxmox8"_s << u"gzip-file"_s << R << 1 << 0 << true;
    QTest::newRow("chunks/virtualbox7") << corpus(u"govmomi/nostalgia-chunkdisk.ovf"_s) << u"virtualbox7"_s << u"chunked-file"_s << R << 1 << 0 << true;
    QTest::newRow("strings/proxmox8") << corpus(u"govmomi/internal.ovf"_s) << u"proxmox8"_s << u"ignored-strings"_s << I << 1 << 0 << false;
    QTest::newRow("ovf2 sections/proxmox8") << corpus(u"govmomi/complete_vsc.ovf"_s) << u"proxmox8"_s << u"ovf2-section"_s << D << 1 << 100 << false;
}

void TestLinter::findings()
{
    QFETCH(QString, file);
    QFETCH(QString, target);
    QFETCH(QString, rule);
    QFETCH(int, verdict);
    QFETCH(int, count);
    QFETCH(int, line);
    QFETCH(bool, fixable);
    covered().insert(rule);
    const QList<Finding> found = withRule(lint(file, target), rule);
    QStringList shown;
    for (const Finding &f : found)
        shown << f.toString(file);
    QVERIFY2(found.size() == count, qPrintable(shown.join(u'\n') + u"\ncount %1"_s.arg(found.size())));
    if (count == 0)
        return;
    const Finding &first = found.constFirst();
    QCOMPARE(int(first.verdict), verdict);
    QCOMPARE(first.profileId, target);
    QVERIFY(!first.message.isEmpty());
    QVERIFY(first.element);
    QVERIFY(first.path.startsWith(u"/Envelope"_s) || first.path.startsWith(u"/ovf:Envelope"_s) || first.path.startsWith(u'/'));
    if (line > 0)
        QCOMPARE(first.position.line, line);
    QCOMPARE(!first.fixId.isEmpty(), fixable);
    QCOMPARE(!first.fixDescription.isEmpty(), fixable);
}

void TestLinter::silentWhereRead_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("target");
    // What each producer's own platform reads: nothing refused or degraded.
    QTest::newRow("vbox on virtualbox7") << fixture(u"virtualbox7-ovf2.ovf"_s) << u"virtualbox7"_s;
    QTest::newRow("vcd on vsphere8") << fixture(u"vcd-vapp.ovf"_s) << u"vsphere8"_s;
    QTest::newRow("vcd on vsphere7") << fixture(u"vcd-vapp.ovf"_s) << u"vsphere7"_s;
    QTest::newRow("corpus vSphere export on vsphere8") << corpus(u"virt-v2v/test-i-ova.ovf"_s) << u"vsphere8"_s;
}

void TestLinter::silentWhereRead()
{
    QFETCH(QString, file);
    QFETCH(QString, target);
    const QList<Finding> found = lint(file, target);
    QStringList shown;
    for (const Finding &f : found)
        shown << f.toString(file);
    QVERIFY2(Linter::isClean(found), qPrintable(shown.join(u'\n')));
}

void TestLinter::packageFacts()
{
    const QString file = fixture(u"vsphere8-export.ovf"_s);
    ovf::compat::PackageFacts facts;
    facts.manifestAlgorithms = QStringList{u"SHA512"_s};
    // virt-v2v skips SHA512 lines (degraded); XCP-ng refuses them.
    QList<Finding> f = withRule(lint(file, u"ovirt"_s, facts), u"manifest-algorithm"_s);
    QCOMPARE(f.size(), 1);
    QCOMPARE(f.constFirst().verdict, Verdict::Degraded);
    QCOMPARE(f.constFirst().fixValue, u"SHA256"_s);
    f = withRule(lint(file, u"xcpng8"_s, facts), u"manifest-algorithm"_s);
    QCOMPARE(f.size(), 1);
    QCOMPARE(f.constFirst().verdict, Verdict::Refused);
    QVERIFY(withRule(lint(file, u"vsphere8"_s, facts), u"manifest-algorithm"_s).isEmpty());
    QVERIFY(withRule(lint(file, u"proxmox8"_s, facts), u"manifest-algorithm"_s).isEmpty()); // not read at all
    covered().insert(u"manifest-algorithm"_s);

    // Members over the ustar limit.
    facts = {};
    facts.isOva = true;
    facts.archiveMembers = {{u"photon-5-disk1.vmdk"_s, (qint64(1) << 33) + 1}, {u"photon-5_file1.nvram"_s, 8684}};
    f = withRule(lint(file, u"xcpng8"_s, facts), u"large-member"_s);
    QCOMPARE(f.size(), 1);
    QCOMPARE(f.constFirst().verdict, Verdict::Refused);
    QVERIFY(f.constFirst().message.contains(u"photon-5-disk1.vmdk"_s));
    QVERIFY(withRule(lint(file, u"vsphere8"_s, facts), u"large-member"_s).isEmpty());
    covered().insert(u"large-member"_s);

    // A known size makes missing ovf:size fixable.
    facts = {};
    facts.fileSizes.insert(u"photon-5_file1.nvram"_s, 8684);
    f = withRule(lint(file, u"vsphere8"_s, facts), u"missing-file-size"_s);
    QCOMPARE(f.size(), 1);
    QCOMPARE(f.constFirst().fixValue, u"8684"_s);
}

// The sizes of the files beside a descriptor are found as every href is (HrefReader): decoded
// once, never outside the folder, never through a symbolic link.
void TestLinter::fileSizesBeside()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QDir dir(root.path());
    QVERIFY(dir.mkpath(u"app/sub"_s) && dir.mkpath(u"outside"_s));
    const auto write = [&](const QString &name, qsizetype size) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(QByteArray(size, 'x')), qint64(size));
    };
    write(u"app/my disk.vmdk"_s, 4096);
    write(u"app/x 100%.vmdk"_s, 100);
    write(u"app/sub/data.img"_s, 512);
    write(u"outside/secret.img"_s, 777);
    QVERIFY(QFile::link(dir.filePath(u"outside"_s), dir.filePath(u"app/linked"_s)));
    QVERIFY(QFile::link(dir.filePath(u"outside/secret.img"_s), dir.filePath(u"app/alias.img"_s)));
    const QString secret = dir.filePath(u"outside/secret.img"_s);
    QString xml = uR"(<?xml version="1.0" encoding="UTF-8"?>
<Envelope xmlns="http://schemas.dmtf.org/ovf/envelope/1" xmlns:ovf="http://schemas.dmtf.org/ovf/envelope/1">
  <References>
    <File ovf:id="a" ovf:href="my%20disk.vmdk"/>
    <File ovf:id="b" ovf:href="./sub/data.img"/>
    <File ovf:id="c" ovf:href="../outside/secret.img"/>
    <File ovf:id="d" ovf:href="%2e%2e/outside/secret.img"/>
    <File ovf:id="e" ovf:href="SECRET"/>
    <File ovf:id="f" ovf:href="linked/secret.img"/>
    <File ovf:id="g" ovf:href="alias.img"/>
    <File ovf:id="h" ovf:href="sub"/>
    <File ovf:id="i" ovf:href="x 100%.vmdk"/>
    <File ovf:id="j" ovf:href="/%2e%2e/outside/secret.img"/>
  </References>
  <VirtualSystem ovf:id="vm"><Info>x</Info></VirtualSystem>
</Envelope>
)"_s;
    xml.replace(u"SECRET"_s, secret);
    const auto d = ovf::Descriptor::fromBytes(xml.toUtf8(), u"app.ovf"_s);
    QVERIFY2(d, qPrintable(d ? QString() : d.error().toString()));
    const QHash<QString, qint64> sizes = ovf::compat::PackageFacts::fileSizesBeside(**d, dir.filePath(u"app"_s));
    const QHash<QString, qint64> expected{
        {u"my%20disk.vmdk"_s, 4096}, {u"./sub/data.img"_s, 512}, {u"x 100%.vmdk"_s, 100}};
    QCOMPARE(sizes, expected);
}

void TestLinter::descriptorSize()
{
    // No platform documents a descriptor size limit; the rule works for a profile that has one.
    ovf::compat::Profile p = *ovf::compat::findProfile(u"vsphere8");
    p.maxDescriptorBytes = 1000;
    const auto d = load(fixture(u"vsphere8-export.ovf"_s));
    const QList<Finding> f = withRule(Linter::lint(*d, p), u"descriptor-size"_s);
    QCOMPARE(f.size(), 1);
    QCOMPARE(f.constFirst().verdict, Verdict::Refused);
    covered().insert(u"descriptor-size"_s);
}

void TestLinter::everyRuleTested()
{
    QStringList missing;
    for (const ovf::compat::LintRule &r : ovf::compat::lintRules()) {
        if (!covered().contains(r.id))
            missing << r.id;
    }
    QVERIFY2(missing.isEmpty(), qPrintable(u"rules without a test: "_s + missing.join(u", "_s)));
}

QTEST_GUILESS_MAIN(TestLinter)
#include "tst_linter.moc"
