// HrefReader: the one resolver of File hrefs (external Strings bundles) for every path — ovfctl,
// live validation in the application, the l10n BundleStore — against the hostile hrefs of
// tst_hostilepackages, symbolic links in folders, and members of OVAs.
#include "packagetestkit.h"

#include "model/package/hrefreader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace testkit;
using ovf::package::HrefReader;
using Rule = ovf::package::PackageError::Rule;

class TestHrefReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void hostileHrefs_data();
    void hostileHrefs();
    void folder();
    void symlinks();
    void ova();
    void cap();

private:
    QTemporaryDir m_dir;
    QString m_pkg;
};

void TestHrefReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_pkg = m_dir.filePath(u"pkg"_s);
    QVERIFY(QDir().mkpath(m_pkg + u"/strings"_s));
    QVERIFY(writeFile(m_pkg + u"/a.ovf"_s, "<Envelope/>"));
    QVERIFY(writeFile(m_pkg + u"/de.xml"_s, "de"));
    QVERIFY(writeFile(m_pkg + u"/de DE.xml"_s, "space"));
    QVERIFY(writeFile(m_pkg + u"/%2e.xml"_s, "literal"));
    QVERIFY(writeFile(m_pkg + u"/strings/fr.xml"_s, "fr"));
    QVERIFY(writeFile(m_dir.filePath(u"outside.xml"_s), "secret"));
    QVERIFY(QFile::link(m_dir.filePath(u"outside.xml"_s), m_pkg + u"/out.xml"_s));
    QVERIFY(QFile::link(m_pkg + u"/de.xml"_s, m_pkg + u"/in.xml"_s));
    QVERIFY(QFile::link(m_dir.path(), m_pkg + u"/up"_s));
}

void TestHrefReader::hostileHrefs_data()
{
    QTest::addColumn<QString>("href");
    QTest::addColumn<int>("rule");
    QTest::newRow("../") << u"../outside.xml"_s << int(Rule::HrefOutside);
    QTest::newRow("%2e%2e") << u"%2e%2e/outside.xml"_s << int(Rule::HrefOutside);
    QTest::newRow("a/../b") << u"strings/../de.xml"_s << int(Rule::HrefOutside);
    QTest::newRow("absolute") << u"/etc/passwd"_s << int(Rule::HrefOutside);
    QTest::newRow("file://") << u"file:///etc/passwd"_s << int(Rule::HrefScheme);
    QTest::newRow("http://") << u"http://example.com/de.xml"_s << int(Rule::HrefScheme);
    QTest::newRow("drive letter") << u"C:/de.xml"_s << int(Rule::HrefScheme);
    QTest::newRow("encoded slash") << u"a%2fb"_s << int(Rule::HrefInvalid);
    QTest::newRow("backslash") << u"..\\outside.xml"_s << int(Rule::HrefInvalid);
    QTest::newRow("encoded backslash") << u"..%5coutside.xml"_s << int(Rule::HrefInvalid);
    QTest::newRow("control") << u"de\n.xml"_s << int(Rule::HrefInvalid);
    QTest::newRow("empty") << QString() << int(Rule::HrefInvalid);
    QTest::newRow("query") << u"de.xml?x=1"_s << int(Rule::HrefInvalid);
    QTest::newRow("bad escape") << u"de%zz.xml"_s << int(Rule::HrefInvalid);
    QTest::newRow("symlink out") << u"out.xml"_s << int(Rule::Symlink);
    QTest::newRow("symlink in") << u"in.xml"_s << int(Rule::Symlink);
    QTest::newRow("through linked folder") << u"up/outside.xml"_s << int(Rule::Symlink);
    QTest::newRow("missing") << u"nope.xml"_s << int(Rule::Io);
    QTest::newRow("folder") << u"strings"_s << int(Rule::Directory);
}

void TestHrefReader::hostileHrefs()
{
    QFETCH(QString, href);
    QFETCH(int, rule);
    for (const HrefReader &reader : {HrefReader::forDescriptorFile(m_pkg + u"/a.ovf"_s),
                                     HrefReader::forPackage(m_pkg, u"a.ovf"_s)}) {
        const auto r = reader.read(href);
        QVERIFY2(!r, qPrintable(href));
        QCOMPARE(int(r.error().rule), rule);
        // The string form names the href and the rule, as the validator shows it.
        const auto s = reader.stringReader()(href);
        QVERIFY(!s);
        QVERIFY2(s.error().contains(u'[' + ovf::package::ruleId(Rule(rule)) + u']'), qPrintable(s.error()));
    }
}

void TestHrefReader::folder()
{
    const HrefReader reader = HrefReader::forDescriptorFile(m_pkg + u"/a.ovf"_s);
    QCOMPARE(reader.read(u"de.xml").value(), "de"_ba);
    QCOMPARE(reader.read(u"./de.xml").value(), "de"_ba);
    QCOMPARE(reader.read(u"de%20DE.xml").value(), "space"_ba); // decoded once
    QCOMPARE(reader.read(u"%252e.xml").value(), "literal"_ba); // and only once
    QCOMPARE(reader.read(u"strings/fr.xml").value(), "fr"_ba);
    // A descriptor in a subfolder of an OVF folder resolves against its own folder.
    QVERIFY(writeFile(m_pkg + u"/strings/b.ovf"_s, "<Envelope/>"));
    QCOMPARE(HrefReader::forPackage(m_pkg, u"strings/b.ovf"_s).read(u"fr.xml").value(), "fr"_ba);
    QVERIFY(HrefReader().isNull());
    QVERIFY(!HrefReader().read(u"de.xml"));
}

void TestHrefReader::symlinks()
{
    // The link's target is readable by itself: only the link is refused.
    const HrefReader reader = HrefReader::forDescriptorFile(m_pkg + u"/a.ovf"_s);
    QVERIFY(QFile::exists(m_pkg + u"/out.xml"_s));
    const auto r = reader.read(u"out.xml");
    QVERIFY(!r);
    QVERIFY(!r.error().message.contains(u"secret"));
}

void TestHrefReader::ova()
{
    const QString path = m_dir.filePath(u"p.ova"_s);
    QVERIFY(writeFile(path, tar({{"a.ovf", "<Envelope/>"}, {"de.xml", "de"}, {"de DE.xml", "space"},
                                 {"strings/fr.xml", "fr"}})));
    const HrefReader reader = HrefReader::forPackage(path, u"a.ovf"_s);
    QCOMPARE(reader.read(u"de.xml").value(), "de"_ba);
    QCOMPARE(reader.read(u"de%20DE.xml").value(), "space"_ba);
    QCOMPARE(reader.read(u"strings/fr.xml").value(), "fr"_ba);
    QCOMPARE(int(reader.read(u"../de.xml").error().rule), int(Rule::HrefOutside));
    QVERIFY(!reader.read(u"nope.xml"));
    // A member that is a symbolic link is refused by the archive policy.
    const QString linked = m_dir.filePath(u"l.ova"_s);
    QVERIFY(writeFile(linked, tarMember("a.ovf", "<Envelope/>") + tarMember("de.xml", {}, '2', "/etc/passwd") + tarEnd()));
    const auto r = HrefReader::forPackage(linked, u"a.ovf"_s).read(u"de.xml");
    QVERIFY(!r);
    QCOMPARE(int(r.error().rule), int(Rule::Symlink));
}

void TestHrefReader::cap()
{
    QVERIFY(writeFile(m_pkg + u"/big.xml"_s, QByteArray(5000, 'x')));
    const HrefReader reader = HrefReader::forDescriptorFile(m_pkg + u"/a.ovf"_s);
    QCOMPARE(int(reader.read(u"big.xml", 4999).error().rule), int(Rule::MemberTooLarge));
    QCOMPARE(reader.read(u"big.xml", 5000).value().size(), 5000);
}

QTEST_GUILESS_MAIN(TestHrefReader)
#include "tst_hrefreader.moc"
