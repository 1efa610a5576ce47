// Member-name allowlist, member types, duplicates and limits (MemberPolicy), and the href
// rules (HrefPolicy): every rule, table-driven.
#include "model/package/hrefpolicy.h"
#include "model/package/memberpolicy.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ovf::package;

using Rule = PackageError::Rule;
using Type = MemberHeader::Type;

namespace {

MemberHeader file(const QString &name, qint64 size = 0, Type type = Type::Regular)
{
    MemberHeader h;
    h.name = name;
    h.size = size;
    h.type = type;
    return h;
}

// The error must name the member and carry the rule id in its text form.
void verifyNames(const PackageError &error, const QString &member)
{
    QCOMPARE(error.member, member);
    const QString text = error.toString();
    QVERIFY2(text.startsWith(member.isEmpty() ? error.message : member + u": "_s), qPrintable(text));
    QVERIFY2(text.endsWith(u" ["_s + ruleId(error.rule) + u']'), qPrintable(text));
    QVERIFY(!error.message.isEmpty());
}

} // namespace

class TestMemberPolicy : public QObject
{
    Q_OBJECT

private slots:
    void ruleIds();
    void displayName();
    void names_data();
    void names();
    void encoding();
    void types_data();
    void types();
    void duplicates_data();
    void duplicates();
    void limits();
    void hrefs_data();
    void hrefs();
};

void TestMemberPolicy::ruleIds()
{
    QSet<QString> seen;
    const QRegularExpression kebab(u"^[a-z]+(-[a-z0-9]+)*$"_s);
    for (int r = int(Rule::Io); r <= int(Rule::Cancelled); ++r) {
        const QString id = ruleId(Rule(r));
        QVERIFY2(kebab.match(id).hasMatch(), qPrintable(id));
        QVERIFY2(!seen.contains(id), qPrintable(id));
        seen.insert(id);
    }
    QCOMPARE(ruleId(Rule::DotDot), u"member-dotdot"_s);
    QCOMPARE(ruleId(Rule::HrefScheme), u"href-scheme"_s);
    const PackageError e{Rule::Symlink, u"a"_s, u"msg"_s};
    QCOMPARE(e.toString(), u"a: msg [member-symlink]"_s);
    const PackageError bare{Rule::Io, QString(), u"msg"_s};
    QCOMPARE(bare.toString(), u"msg [archive-io]"_s);
}

void TestMemberPolicy::displayName()
{
    QCOMPARE(PackageError::displayName(u"a\nb"), u"a\\x0ab"_s);
    QCOMPARE(PackageError::displayName(u"x\x7f"), u"x\\x7f"_s);
    QCOMPARE(PackageError::displayName(u"\\evil"), u"\\x5cevil"_s);
    QCOMPARE(PackageError::displayName(u"d\u00edsk"), u"d\u00edsk"_s);
    QCOMPARE(PackageError::displayName(u"evil\u202egpj.exe"), u"evil\\u202egpj.exe"_s);
}

void TestMemberPolicy::names_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("rule"); // empty: accepted
    QTest::addColumn<QString>("normalized");

    const QString longName = QString(2000, u'a');
    const QString limitName = QString(1024, u'b');
    QTest::newRow("plain") << u"disk1.vmdk"_s << QString() << u"disk1.vmdk"_s;
    QTest::newRow("subfolder") << u"disks/disk1.vmdk"_s << QString() << u"disks/disk1.vmdk"_s;
    QTest::newRow("dot-slash") << u"./a"_s << QString() << u"a"_s;
    QTest::newRow("inner dot") << u"a/./b"_s << QString() << u"a/b"_s;
    QTest::newRow("non-ascii") << u"d\u00edsk.vmdk"_s << QString() << u"d\u00edsk.vmdk"_s;
    QTest::newRow("1024 bytes") << limitName << QString() << limitName;
    QTest::newRow("dotdot") << u"../etc/passwd"_s << u"member-dotdot"_s << QString();
    QTest::newRow("inner dotdot") << u"a/../b"_s << u"member-dotdot"_s << QString();
    QTest::newRow("trailing dotdot") << u"a/.."_s << u"member-dotdot"_s << QString();
    QTest::newRow("absolute") << u"/etc/passwd"_s << u"member-absolute"_s << QString();
    QTest::newRow("drive") << u"C:foo"_s << u"member-absolute"_s << QString();
    QTest::newRow("drive slash") << u"c:/x"_s << u"member-absolute"_s << QString();
    QTest::newRow("backslash") << u"\\evil"_s << u"member-backslash"_s << QString();
    QTest::newRow("inner backslash") << u"a\\..\\b"_s << u"member-backslash"_s << QString();
    QTest::newRow("newline") << u"a\nb"_s << u"member-control-character"_s << QString();
    QTest::newRow("del") << u"a\x7f"_s << u"member-control-character"_s << QString();
    QTest::newRow("nul") << QString(u"a\0b"_s) << u"member-control-character"_s << QString();
    QTest::newRow("c1") << u"a\u0085b"_s << u"member-control-character"_s << QString();
    QTest::newRow("empty") << QString() << u"member-empty-name"_s << QString();
    QTest::newRow("dot") << u"."_s << u"member-empty-name"_s << QString();
    QTest::newRow("dot slash only") << u"./"_s << u"member-empty-name"_s << QString();
    QTest::newRow("empty segment") << u"a//b"_s << u"member-empty-name"_s << QString();
    QTest::newRow("2000 bytes") << longName << u"member-name-too-long"_s << QString();
    QTest::newRow("1025 bytes") << QString(1025, u'c') << u"member-name-too-long"_s << QString();
    QTest::newRow("513 two-byte chars") << QString(513, QChar(0xe9)) << u"member-name-too-long"_s << QString();
}

void TestMemberPolicy::names()
{
    QFETCH(QString, name);
    QFETCH(QString, rule);
    QFETCH(QString, normalized);
    MemberPolicy policy;
    MemberHeader header = file(name);
    const auto error = policy.check(header);
    if (rule.isEmpty()) {
        QVERIFY2(!error, error ? qPrintable(error->toString()) : "");
        QCOMPARE(header.name, normalized);
        return;
    }
    QVERIFY(error);
    QCOMPARE(ruleId(error->rule), rule);
    const QString shown = error->rule == Rule::NameTooLong ? PackageError::displayName(name.left(120)) + u"..."_s
                                                           : PackageError::displayName(name);
    verifyNames(*error, shown);
    // The static name check agrees with the stateful one.
    const auto alone = MemberPolicy::checkName(name, {});
    QVERIFY(!alone);
    QCOMPARE(alone.error().rule, error->rule);
}

void TestMemberPolicy::encoding()
{
    QVERIFY(!MemberPolicy::checkEncoding("d\xc3\xadsk.vmdk", {}));
    const auto bad = MemberPolicy::checkEncoding("disk\xff\xfe.vmdk", {});
    QVERIFY(bad);
    QCOMPARE(bad->rule, Rule::NameEncoding);
    QVERIFY(bad->member.startsWith(u"disk"_s));
    QVERIFY(MemberPolicy::checkEncoding("\xc3", {})); // cut inside a sequence
}

void TestMemberPolicy::types_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<QString>("rule");
    QTest::newRow("regular") << int(Type::Regular) << qint64(10) << QString();
    QTest::newRow("directory") << int(Type::Directory) << qint64(0) << QString();
    QTest::newRow("directory with data") << int(Type::Directory) << qint64(5) << u"member-directory"_s;
    QTest::newRow("symlink") << int(Type::Symlink) << qint64(0) << u"member-symlink"_s;
    QTest::newRow("hardlink") << int(Type::Hardlink) << qint64(0) << u"member-hardlink"_s;
    QTest::newRow("char device") << int(Type::CharDevice) << qint64(0) << u"member-device"_s;
    QTest::newRow("block device") << int(Type::BlockDevice) << qint64(0) << u"member-device"_s;
    QTest::newRow("fifo") << int(Type::Fifo) << qint64(0) << u"member-fifo"_s;
    QTest::newRow("socket") << int(Type::Other) << qint64(0) << u"member-unsupported"_s;
}

void TestMemberPolicy::types()
{
    QFETCH(int, type);
    QFETCH(qint64, size);
    QFETCH(QString, rule);
    MemberPolicy policy;
    MemberHeader header = file(u"member"_s, size, Type(type));
    header.linkTarget = u"/etc/passwd"_s;
    const auto error = policy.check(header);
    if (rule.isEmpty()) {
        QVERIFY(!error);
        return;
    }
    QVERIFY(error);
    QCOMPARE(ruleId(error->rule), rule);
    verifyNames(*error, u"member"_s);
    if (error->rule == Rule::Symlink || error->rule == Rule::Hardlink)
        QVERIFY(error->message.contains(u"/etc/passwd"_s));
}

void TestMemberPolicy::duplicates_data()
{
    QTest::addColumn<QStringList>("names"); // a trailing '/' makes a directory entry
    QTest::addColumn<QString>("rule");      // for the last name
    QTest::addColumn<QString>("mentions");  // the earlier name the message cites
    QTest::newRow("distinct") << QStringList{u"a.ovf"_s, u"a.mf"_s, u"disk/a.vmdk"_s} << QString() << QString();
    QTest::newRow("exact") << QStringList{u"a.vmdk"_s, u"a.vmdk"_s} << u"member-duplicate"_s << QString();
    QTest::newRow("after normalization") << QStringList{u"a.vmdk"_s, u"./a.vmdk"_s} << u"member-duplicate"_s << QString();
    QTest::newRow("case") << QStringList{u"Disk1.vmdk"_s, u"disk1.VMDK"_s} << u"member-duplicate-case"_s << u"Disk1.vmdk"_s;
    // Simple case folding, as NTFS compares names: "\u00df" and "SS" are different names there.
    QTest::newRow("sharp s") << QStringList{u"stra\u00dfe"_s, u"STRASSE"_s} << QString() << QString();
    QTest::newRow("greek sigma") << QStringList{u"\u03a3.txt"_s, u"\u03c3.txt"_s} << u"member-duplicate-case"_s << u"\u03a3.txt"_s;
    QTest::newRow("nfc vs nfd") << QStringList{u"\u00e9.vmdk"_s, u"e\u0301.vmdk"_s} << u"member-duplicate-case"_s << u"\u00e9.vmdk"_s;
    QTest::newRow("file then folder") << QStringList{u"a"_s, u"a/b"_s} << u"member-path-conflict"_s << u"a"_s;
    QTest::newRow("folder then file") << QStringList{u"a/b"_s, u"A"_s} << u"member-path-conflict"_s << u"a"_s;
    QTest::newRow("dir entry then files") << QStringList{u"d/"_s, u"d/x"_s, u"d/y"_s} << QString() << QString();
    QTest::newRow("dir entry twice") << QStringList{u"d/"_s, u"d/"_s} << u"member-duplicate"_s << QString();
    QTest::newRow("dir entry over file") << QStringList{u"d"_s, u"D/"_s} << u"member-duplicate-case"_s << u"d"_s;
}

void TestMemberPolicy::duplicates()
{
    QFETCH(QStringList, names);
    QFETCH(QString, rule);
    QFETCH(QString, mentions);
    MemberPolicy policy;
    for (qsizetype i = 0; i < names.size(); ++i) {
        const bool dir = names[i].endsWith(u'/');
        MemberHeader header = file(names[i], 0, dir ? Type::Directory : Type::Regular);
        const auto error = policy.check(header);
        if (i + 1 < names.size() || rule.isEmpty()) {
            QVERIFY2(!error, error ? qPrintable(error->toString()) : "");
            continue;
        }
        QVERIFY(error);
        QCOMPARE(ruleId(error->rule), rule);
        verifyNames(*error, names[i].endsWith(u'/') ? names[i].chopped(1) : (names[i].startsWith(u"./"_s) ? names[i].mid(2) : names[i]));
        if (!mentions.isEmpty())
            QVERIFY2(error->message.contains(u'\'' + mentions), qPrintable(error->message));
    }
}

void TestMemberPolicy::limits()
{
    MemberPolicy::Limits limits;
    limits.maxMembers = 3;
    MemberPolicy policy(limits);
    for (int i = 0; i < 3; ++i) {
        MemberHeader h = file(u"f%1"_s.arg(i));
        QVERIFY(!policy.check(h));
    }
    MemberHeader fourth = file(u"f3"_s);
    auto error = policy.check(fourth);
    QVERIFY(error);
    QCOMPARE(error->rule, Rule::TooManyMembers);
    verifyNames(*error, u"f3"_s);

    MemberPolicy fresh;
    MemberHeader big = file(u"x"_s);
    big.headerBytes = 70'000;
    error = fresh.check(big);
    QVERIFY(error);
    QCOMPARE(error->rule, Rule::HeaderTooLarge);

    MemberHeader descriptor = file(u"big.ovf"_s, (64 << 20) + 1);
    error = fresh.check(descriptor);
    QVERIFY(error);
    QCOMPARE(error->rule, Rule::DescriptorTooLarge);
    verifyNames(*error, u"big.ovf"_s);
    MemberHeader disk = file(u"big.vmdk"_s, qint64(1) << 40); // disks have no cap here
    QVERIFY(!fresh.check(disk));
    MemberHeader fits = file(u"ok.OVF"_s, 64 << 20);
    QVERIFY(!fresh.check(fits));
}

void TestMemberPolicy::hrefs_data()
{
    QTest::addColumn<QString>("href");
    QTest::addColumn<QString>("rule"); // empty: accepted
    QTest::addColumn<QString>("member");

    QTest::newRow("plain") << u"disk1.vmdk"_s << QString() << u"disk1.vmdk"_s;
    QTest::newRow("dot slash") << u"./a"_s << QString() << u"a"_s;
    QTest::newRow("subfolder") << u"disks/./d.vmdk"_s << QString() << u"disks/d.vmdk"_s;
    QTest::newRow("escaped space") << u"my%20disk.vmdk"_s << QString() << u"my disk.vmdk"_s;
    QTest::newRow("escaped utf8") << u"d%C3%ADsk.vmdk"_s << QString() << u"d\u00edsk.vmdk"_s;
    QTest::newRow("raw utf8") << u"d\u00edsk.vmdk"_s << QString() << u"d\u00edsk.vmdk"_s;
    // U+FEFF starting a segment is part of the name, written or escaped (not a byte order mark).
    QTest::newRow("leading U+FEFF") << u"d/\ufeffx.vmdk"_s << QString() << u"d/\ufeffx.vmdk"_s;
    QTest::newRow("escaped U+FEFF") << u"%EF%BB%BFx.vmdk"_s << QString() << u"\ufeffx.vmdk"_s;
    QTest::newRow("U+FEFF before dotdot") << u"%EF%BB%BF../x"_s << QString() << u"\ufeff../x"_s;
    QTest::newRow("decoded once") << u"%252e%252e/x"_s << QString() << u"%2e%2e/x"_s;
    QTest::newRow("colon later") << u"a/b:c"_s << QString() << u"a/b:c"_s;
    QTest::newRow("encoded dotdot") << u"%2e%2e/x"_s << u"href-outside"_s << QString();
    QTest::newRow("encoded dotdot upper") << u"%2E%2E/x"_s << u"href-outside"_s << QString();
    QTest::newRow("half encoded") << u".%2e/x"_s << u"href-outside"_s << QString();
    QTest::newRow("dotdot") << u"../x"_s << u"href-outside"_s << QString();
    QTest::newRow("inner dotdot") << u"a/../b"_s << u"href-outside"_s << QString();
    QTest::newRow("only dotdot") << u".."_s << u"href-outside"_s << QString();
    QTest::newRow("absolute") << u"/etc/passwd"_s << u"href-outside"_s << QString();
    QTest::newRow("network path") << u"//host/share/x"_s << u"href-outside"_s << QString();
    QTest::newRow("http") << u"http://example.com/disk.vmdk"_s << u"href-scheme"_s << QString();
    QTest::newRow("file") << u"file:///etc/passwd"_s << u"href-scheme"_s << QString();
    QTest::newRow("drive") << u"C:foo"_s << u"href-scheme"_s << QString();
    QTest::newRow("encoded drive") << u"C%3Afoo"_s << u"href-scheme"_s << QString();
    QTest::newRow("dot drive") << u"./C:foo"_s << u"href-scheme"_s << QString();
    QTest::newRow("backslash") << u"\\\\evil\\share"_s << u"href-invalid"_s << QString();
    QTest::newRow("drive backslash") << u"C:\\x"_s << u"href-invalid"_s << QString();
    QTest::newRow("encoded backslash") << u"a%5Cb"_s << u"href-invalid"_s << QString();
    QTest::newRow("newline") << u"a\nb"_s << u"href-invalid"_s << QString();
    QTest::newRow("del") << u"a\x7f"_s << u"href-invalid"_s << QString();
    QTest::newRow("encoded control") << u"a%0Ab"_s << u"href-invalid"_s << QString();
    QTest::newRow("encoded nul") << u"a%00"_s << u"href-invalid"_s << QString();
    QTest::newRow("encoded slash") << u"a%2Fb"_s << u"href-invalid"_s << QString();
    QTest::newRow("bad escape") << u"a%zz"_s << u"href-invalid"_s << QString();
    QTest::newRow("short escape") << u"a%2"_s << u"href-invalid"_s << QString();
    QTest::newRow("not utf8") << u"a%FF"_s << u"href-invalid"_s << QString();
    QTest::newRow("empty segment") << u"a//b"_s << u"href-invalid"_s << QString();
    QTest::newRow("trailing slash") << u"a/"_s << u"href-invalid"_s << QString();
    QTest::newRow("empty") << QString() << u"href-invalid"_s << QString();
    QTest::newRow("dot") << u"."_s << u"href-invalid"_s << QString();
    QTest::newRow("query") << u"disk.vmdk?x=1"_s << u"href-invalid"_s << QString();
    QTest::newRow("fragment") << u"disk.vmdk#1"_s << u"href-invalid"_s << QString();
    QTest::newRow("too long") << QString(2000, u'h') << u"member-name-too-long"_s << QString();
}

void TestMemberPolicy::hrefs()
{
    QFETCH(QString, href);
    QFETCH(QString, rule);
    QFETCH(QString, member);
    const auto resolved = resolveHref(href);
    if (rule.isEmpty()) {
        QVERIFY2(resolved, resolved ? "" : qPrintable(resolved.error().toString()));
        QCOMPARE(*resolved, member);
        return;
    }
    QVERIFY2(!resolved, resolved ? qPrintable(*resolved) : "");
    QCOMPARE(ruleId(resolved.error().rule), rule);
    const QString shown = resolved.error().rule == Rule::NameTooLong ? PackageError::displayName(href.left(120)) + u"..."_s
                                                                     : PackageError::displayName(href);
    verifyNames(resolved.error(), shown);
}

QTEST_GUILESS_MAIN(TestMemberPolicy)
#include "tst_memberpolicy.moc"
