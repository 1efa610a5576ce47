// ovfctl strings: stats (the JSON shape of issue 10), list, export, import, add-locale,
// make-translatable, exit statuses; and the round trips on the corpus descriptors with Strings
// (govmomi internal.ovf, external.ovf with its bundles, SugarCRM.ovf with its EULA bundle, the
// NSX appliance): export -> translate with gettext / translate-toolkit's API -> import gives
// the expected messages, and every other byte of the descriptor (and of unedited bundles) is
// unchanged.
#include "packagetestkit.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace testkit;

namespace {

struct Result
{
    int code = -1;
    QString out;
    QString err;
};

Result run(const QString &program, const QStringList &args, const QString &cwd = {})
{
    QProcess p;
    if (!cwd.isEmpty())
        p.setWorkingDirectory(cwd);
    p.start(program, args);
    Result r;
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit)
        return r;
    r.code = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

Result ovfctl(const QStringList &args, const QString &cwd = {})
{
    return run(QStringLiteral(OVFCTL_PATH), QStringList{u"strings"_s} + args, cwd);
}

QJsonObject json(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString prefixed(const QString &text, const QString &prefix)
{
    QStringList lines = text.split(u'\n');
    for (QString &l : lines)
        l.prepend(prefix);
    return lines.join(u'\n');
}

QByteArray bundle(const char *lang, const QList<std::pair<const char *, const char *>> &msgs)
{
    QByteArray b = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Strings xmlns=\"http://schemas.dmtf.org/ovf/envelope/1\" "
                   "xmlns:ovf=\"http://schemas.dmtf.org/ovf/envelope/1\" xml:lang=\"";
    b += lang;
    b += "\">\n";
    for (const auto &[id, text] : msgs)
        b += QByteArray("  <Msg ovf:msgid=\"") + id + "\">" + text + "</Msg>\n";
    return b + "</Strings>\n";
}

} // namespace

class TestOvfctlStrings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void statsJsonShape();
    void usageAndExitStatus();
    void listUntranslated();
    void addLocaleAndMakeTranslatable();
    void roundTrip_data();
    void roundTrip();
    void roundTripIntoExternalBundle();
    void roundTripWithTranslateToolkitApi();

private:
    QTemporaryDir m_dir;
    QString copyCorpus(const QString &relative, const QString &subdir);
};

void TestOvfctlStrings::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestOvfctlStrings::copyCorpus(const QString &relative, const QString &subdir)
{
    const QString dir = m_dir.filePath(subdir);
    QDir().mkpath(dir);
    const QString target = dir + u'/' + QFileInfo(relative).fileName();
    QFile::remove(target);
    if (!QFile::copy(corpus(relative), target))
        qFatal("cannot copy %s", qPrintable(relative));
    return target;
}

void TestOvfctlStrings::statsJsonShape()
{
    const Result r = ovfctl({u"stats"_s, u"--json"_s, corpus(u"govmomi/nsx-unified-appliance-9.1.0.0.25262063.ovf"_s)});
    QCOMPARE(r.code, 0);
    const QJsonObject o = json(r.out);
    QCOMPARE(o.keys(), QStringList({u"locales"_s, u"messages"_s}));
    QCOMPARE(o.value(u"messages").toInt(), 66);
    const QJsonArray locales = o.value(u"locales").toArray();
    QCOMPARE(locales.size(), 3);
    const QJsonObject fr = locales.at(1).toObject();
    QCOMPARE(fr.keys(), QStringList({u"locale"_s, u"missing"_s, u"source"_s, u"stale"_s, u"total"_s, u"translated"_s}));
    QCOMPARE(fr.value(u"locale").toString(), u"fr-FR"_s);
    QCOMPARE(fr.value(u"source").toString(), u"embedded"_s);
    QCOMPARE(fr.value(u"total").toInt(), 66);
    QCOMPARE(fr.value(u"translated").toInt() + fr.value(u"missing").toInt(), 66);
}

void TestOvfctlStrings::usageAndExitStatus()
{
    const QString nsx = corpus(u"govmomi/nsx-unified-appliance-9.1.0.0.25262063.ovf"_s);
    QCOMPARE(ovfctl({}).code, 2);
    QCOMPARE(ovfctl({u"frobnicate"_s, nsx}).code, 2);
    QCOMPARE(ovfctl({u"stats"_s, m_dir.filePath(u"missing.ovf"_s)}).code, 2);
    QCOMPARE(ovfctl({u"export"_s, nsx, u"--locale"_s, u"fr"_s, u"-o"_s, m_dir.filePath(u"x"_s)}).code, 2); // no format
    QCOMPARE(ovfctl({u"export"_s, nsx, u"--locale"_s, u"fr"_s, u"--format"_s, u"docx"_s, u"-o"_s, u"x"_s}).code, 2);
    QCOMPARE(ovfctl({u"export"_s, nsx, u"--locale"_s, u"fr_FR"_s, u"--format"_s, u"po"_s, u"-o"_s, u"x"_s}).code, 2);
    QVERIFY(ovfctl({u"--help"_s}).out.contains(u"make-translatable"));
    QVERIFY(ovfctl({u"import"_s, u"--help"_s}).out.contains(u"FILE:LINE"));
    // A malformed translation file: exit 1 with file:line, OUT not written.
    const QString bad = m_dir.filePath(u"bad.po"_s);
    QVERIFY(writeFile(bad, "msgid \"\"\nmsgstr \"\"\n\nmsgctxt \"a\"\nmsgid \"x\nmsgstr \"y\"\n"));
    const QString out = m_dir.filePath(u"never.ovf"_s);
    const Result r = ovfctl({u"import"_s, nsx, bad, u"-o"_s, out});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"bad.po:5: "), qPrintable(r.err));
    QVERIFY(!QFile::exists(out));
    // external.ovf without its bundle files: stats says so and exits 1.
    const Result ext = ovfctl({u"stats"_s, corpus(u"govmomi/external.ovf"_s)});
    QCOMPARE(ext.code, 1);
    QVERIFY2(ext.err.contains(u"msgbundle001-da.msgs"), qPrintable(ext.err));
}

void TestOvfctlStrings::listUntranslated()
{
    const Result r = ovfctl({u"list"_s, u"--json"_s, u"--untranslated"_s, u"--locale"_s, u"it"_s,
                             corpus(u"govmomi/internal.ovf"_s)});
    QCOMPARE(r.code, 0);
    const QJsonArray messages = json(r.out).value(u"messages").toArray();
    QCOMPARE(messages.size(), 5);
    QCOMPARE(messages.at(0)[u"translations"][u"it"][u"status"].toString(), u"missing"_s);
    const Result text = ovfctl({u"list"_s, corpus(u"govmomi/internal.ovf"_s)});
    QVERIFY2(text.out.contains(u"da-DK    [translated] da-msg1"), qPrintable(text.out));
}

void TestOvfctlStrings::addLocaleAndMakeTranslatable()
{
    const QString src = copyCorpus(u"govmomi/SugarCRM.ovf"_s, u"mt"_s);
    const QString out = m_dir.filePath(u"mt/out.ovf"_s);
    Result r = ovfctl({u"make-translatable"_s, src, u"-o"_s, out, u"--all"_s});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(u"/Product[1] -> product.product") || r.out.contains(u"-> product.product"), qPrintable(r.out));
    QVERIFY(QFile::exists(out));
    r = ovfctl({u"add-locale"_s, out, u"fr-FR"_s, u"-o"_s, out, u"--bundle"_s, u"strings/fr-FR.xml"_s});
    QCOMPARE(r.code, 0);
    QVERIFY(QFile::exists(m_dir.filePath(u"mt/strings/fr-FR.xml"_s)));
    const QJsonObject stats = json(ovfctl({u"stats"_s, u"--json"_s, out}).out);
    bool found = false;
    for (const QJsonValue &l : stats.value(u"locales").toArray()) {
        if (l[u"locale"].toString() == u"fr-FR") {
            found = true;
            QCOMPARE(l[u"source"].toString(), u"external"_s);
            QCOMPARE(l[u"translated"].toInt(), 0);
        }
    }
    QVERIFY(found);
    QVERIFY(stats.value(u"messages").toInt() > 10);
    // The source file was never touched.
    QCOMPARE(readFile(src), readFile(corpus(u"govmomi/SugarCRM.ovf"_s)));
    QCOMPARE(ovfctl({u"add-locale"_s, out, u"fr-fr"_s, u"-o"_s, out}).code, 1); // exists
}

void TestOvfctlStrings::roundTrip_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("format");
    QTest::newRow("internal po") << u"govmomi/internal.ovf"_s << u"it-IT"_s << u"po"_s;
    QTest::newRow("nsx po") << u"govmomi/nsx-unified-appliance-9.1.0.0.25262063.ovf"_s << u"de-DE"_s << u"po"_s;
    QTest::newRow("nsx xliff12") << u"govmomi/nsx-unified-appliance-9.1.0.0.25262063.ovf"_s << u"de-DE"_s << u"xliff12"_s;
    QTest::newRow("sugarcrm po") << u"govmomi/SugarCRM.ovf"_s << u"it-IT"_s << u"po"_s;
}

void TestOvfctlStrings::roundTrip()
{
    // export -> (xliff2po when XLIFF) -> msgen -> msgfilter (prefix) -> import: a new locale,
    // every message translated; the descriptor is the original plus one Strings section.
    QFETCH(QString, file);
    QFETCH(QString, locale);
    QFETCH(QString, format);
    const QString dir = u"rt-"_s + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
    const QString src = copyCorpus(file, dir);
    if (file.endsWith(u"SugarCRM.ovf"))
        QVERIFY(writeFile(m_dir.filePath(dir + u"/SugarCRM.ovfmsg"_s), bundle("en-US", {{"eula", "The EULA"}})));
    const QString wd = m_dir.filePath(dir);
    const QString exported = wd + (format == u"po" ? u"/x.po"_s : u"/x.xlf"_s);
    QCOMPARE(ovfctl({u"export"_s, src, u"--locale"_s, locale, u"--format"_s, format, u"-o"_s, exported}).code, 0);
    QString po = exported;
    if (format != u"po") {
        QCOMPARE(run(u"xliff2po"_s, {u"--progress=none"_s, u"-i"_s, exported, u"-o"_s, wd + u"/x.po"_s}).code, 0);
        po = wd + u"/x.po"_s;
    }
    QCOMPARE(run(u"msgen"_s, {po, u"-o"_s, wd + u"/en.po"_s}).code, 0);
    QCOMPARE(run(u"msgfilter"_s, {u"--keep-header"_s, u"-i"_s, wd + u"/en.po"_s, u"-o"_s, wd + u"/tr.po"_s, u"sed"_s,
                                  u"-e"_s, u"s/^/TR:/"_s})
                 .code,
             0);
    const QString out = wd + u"/out.ovf"_s;
    const Result r = ovfctl({u"import"_s, src, wd + u"/tr.po"_s, u"-o"_s, out, u"--locale"_s, locale});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject list = json(ovfctl({u"list"_s, u"--json"_s, u"--locale"_s, locale, out}).out);
    const QJsonArray messages = list.value(u"messages").toArray();
    QVERIFY(!messages.isEmpty());
    for (const QJsonValue &m : messages) {
        const QJsonObject t = m[u"translations"][locale].toObject();
        QCOMPARE(t.value(u"status").toString(), u"translated"_s);
        QCOMPARE(t.value(u"text").toString(), prefixed(m[u"default"].toString(), u"TR:"_s));
    }
    // Every other byte unchanged: the original with one Strings section inserted after the
    // last one.
    const QByteArray original = readFile(src), after = readFile(out);
    QCOMPARE(readFile(src), readFile(corpus(file)));
    qsizetype p = original.lastIndexOf("</Strings>");
    if (p < 0)
        p = original.lastIndexOf("<Strings ovf:fileRef=\"eula\"/>") + qsizetype(strlen("<Strings ovf:fileRef=\"eula\"/>"));
    else
        p += qsizetype(strlen("</Strings>"));
    QCOMPARE(after.left(p), original.left(p));
    QVERIFY(after.endsWith(original.mid(p)));
    const QByteArray inserted = after.mid(p, after.size() - original.size());
    QVERIFY2(inserted.contains(QByteArray("Strings xml:lang=\"" + locale.toUtf8() + "\"")), inserted.constData());
    QCOMPARE(inserted.count("<Msg ") + inserted.count(":Msg "), qsizetype(messages.size()));
}

void TestOvfctlStrings::roundTripIntoExternalBundle()
{
    // govmomi's external.ovf with its three bundle files: the de bundle is translated through a
    // PO file; only that bundle changes (Msgs appended), the descriptor and the other bundles
    // keep their bytes.
    const QString src = copyCorpus(u"govmomi/external.ovf"_s, u"ext"_s);
    const QString wd = m_dir.filePath(u"ext"_s);
    const QByteArray en = bundle("en-US", {{"info2", "Info two"}, {"name1", "Name one"}});
    const QByteArray da = bundle("da", {{"msg2", "from the bundle"}});
    const QByteArray de = bundle("de", {{"name1", "Name eins"}});
    QVERIFY(writeFile(wd + u"/msgbundle001.msgs"_s, en));
    QVERIFY(writeFile(wd + u"/msgbundle001-da.msgs"_s, da));
    QVERIFY(writeFile(wd + u"/msgbundle001-de.msgs"_s, de));
    QCOMPARE(ovfctl({u"stats"_s, src}).code, 0);
    QCOMPARE(ovfctl({u"export"_s, src, u"--locale"_s, u"de"_s, u"--format"_s, u"po"_s, u"-o"_s, wd + u"/de.po"_s}).code, 0);
    QCOMPARE(run(u"msgen"_s, {u"--force-po"_s, wd + u"/de.po"_s, u"-o"_s, wd + u"/de-en.po"_s}).code, 0);
    QCOMPARE(run(u"msgfilter"_s, {u"--keep-header"_s, u"-i"_s, wd + u"/de-en.po"_s, u"-o"_s, wd + u"/de-tr.po"_s, u"sed"_s,
                                  u"-e"_s, u"s/^/DE:/"_s})
                 .code,
             0);
    const QString outDir = wd + u"/out"_s;
    QDir().mkpath(outDir);
    const Result r = ovfctl({u"import"_s, src, wd + u"/de-tr.po"_s, u"-o"_s, outDir + u"/external.ovf"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(readFile(outDir + u"/external.ovf"_s), readFile(corpus(u"govmomi/external.ovf"_s)));
    QCOMPARE(readFile(outDir + u"/msgbundle001.msgs"_s), en);
    QCOMPARE(readFile(outDir + u"/msgbundle001-da.msgs"_s), da);
    const QString written = QString::fromUtf8(readFile(outDir + u"/msgbundle001-de.msgs"_s));
    // The existing message is retranslated in place, the others appended before </Strings>.
    // (the root gains the ovfw declaration for the source memory)
    QVERIFY2(written.startsWith(u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Strings xmlns=\"http://schemas.dmtf.org/ovf/envelope/1\" "
                                u"xmlns:ovf=\"http://schemas.dmtf.org/ovf/envelope/1\" xml:lang=\"de\" xmlns:ovfw=\"urn:ovf-workbench:1\">\n"
                                u"  <Msg ovf:msgid=\"name1\" ovfw:sourceHash=\""_s),
             qPrintable(written));
    QVERIFY(written.contains(u">DE:Name eins</Msg>")); // msgen keeps existing translations
    QVERIFY2(written.contains(u"<Msg ovf:msgid=\"name1\" ovfw:sourceHash=\""), qPrintable(written));
    QVERIFY(written.contains(u">DE:Test System Collection</Msg>"));
    QVERIFY(written.contains(u"<Msg ovf:msgid=\"info2\" ovfw:sourceHash=\""));
    QVERIFY(written.endsWith(u"</Msg>\n</Strings>\n"));
    const QJsonObject stats = json(ovfctl({u"stats"_s, u"--json"_s, outDir + u"/external.ovf"_s}).out);
    for (const QJsonValue &l : stats.value(u"locales").toArray()) {
        if (l[u"locale"].toString() == u"de") {
            QCOMPARE(l[u"source"].toString(), u"external"_s);
            QCOMPARE(l[u"translated"].toInt(), l[u"total"].toInt());
        }
    }
}

void TestOvfctlStrings::roundTripWithTranslateToolkitApi()
{
    // XLIFF 1.2 of internal.ovf's da-DK filled in by translate-toolkit's Python API, imported
    // into a new bundle file: the descriptor gains a File and a Strings, nothing else.
    const QString src = copyCorpus(u"govmomi/internal.ovf"_s, u"api"_s);
    const QString wd = m_dir.filePath(u"api"_s);
    QCOMPARE(ovfctl({u"export"_s, src, u"--locale"_s, u"sv-SE"_s, u"--format"_s, u"xliff12"_s, u"-o"_s, wd + u"/sv.xlf"_s}).code,
             0);
    const QString script = uR"(
import sys
from translate.storage import factory
store = factory.getobject(sys.argv[1])
for u in store.units:
    u.target = 'SV ' + u.source
    u.markapproved(True)
store.save()
)"_s;
    const Result py = run(u"/usr/bin/python3"_s, {u"-c"_s, script, wd + u"/sv.xlf"_s});
    QVERIFY2(py.code == 0, qPrintable(py.err));
    const Result r = ovfctl({u"import"_s, src, wd + u"/sv.xlf"_s, u"-o"_s, wd + u"/out.ovf"_s, u"--bundle"_s, u"sv-SE.xml"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QByteArray svBundle = readFile(wd + u"/sv-SE.xml"_s);
    QVERIFY(svBundle.contains("xml:lang=\"sv-SE\""));
    QCOMPARE(svBundle.count("<Msg "), 5);
    QCOMPARE(svBundle.count(">SV "), 5);
    QVERIFY(svBundle.contains(">SV The network the Red service is available on</Msg>")); // msg1: its first use
    const QByteArray original = readFile(src), after = readFile(wd + u"/out.ovf"_s);
    QVERIFY(after.contains("ovf:href=\"sv-SE.xml\""));
    QVERIFY(after.contains("<Strings xml:lang=\"sv-SE\" ovf:fileRef=\"strings-sv-se\"/>")
            || after.contains(":Strings xml:lang=\"sv-SE\" ovf:fileRef=\"strings-sv-se\"/>"));
    QVERIFY(after.size() > original.size());
    // The References and the Strings are the only changes (internal.ovf has an empty
    // <References/>): taking the two back out gives the original bytes.
    QString text = QString::fromUtf8(after);
    text.replace(u"<References>\n        <File ovf:id=\"strings-sv-se\" ovf:href=\"sv-SE.xml\"/>\n    </References>"_s,
                 u"<References/>"_s);
    text.remove(u"\n\n    <Strings xml:lang=\"sv-SE\" ovf:fileRef=\"strings-sv-se\"/>"_s);
    QCOMPARE(text, QString::fromUtf8(original));
}

QTEST_GUILESS_MAIN(TestOvfctlStrings)
#include "tst_ovfctl_strings.moc"
