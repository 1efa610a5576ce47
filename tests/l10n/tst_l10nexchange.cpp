// XLIFF 1.2, XLIFF 2.0 and PO exchange, proven against the tools translators use:
// translate-toolkit (xliff2po, po2xliff, pofilter, its Python API), gettext (msgfmt --check,
// msgen, msgfilter) and Qt's lconvert read what we write, and we read what they write.
#include "l10ntestkit.h"

#include "model/l10n/importtranslationscommand.h"
#include "model/l10n/translationexport.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace ovf::l10n;
using namespace l10ntestkit;

namespace {

const QString nsx = u"govmomi/nsx-unified-appliance-9.1.0.0.25262063.ovf"_s;

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &args, const QString &cwd)
{
    QProcess p;
    p.setWorkingDirectory(cwd);
    p.start(program, args);
    Run r;
    if (!p.waitForFinished(120000))
        return r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString tool(const QString &name)
{
    // Debian's interpreter, where python3-translate-toolkit lives (not a venv on PATH).
    if (name == u"python3" && QFileInfo::exists(u"/usr/bin/python3"_s))
        return u"/usr/bin/python3"_s;
    QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(name, {u"/usr/lib/qt6/bin"_s});
    return path;
}

bool write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Imports `path` into `locale` of the session; returns the report (the command is pushed).
ImportReport importInto(ovf::commands::EditSession &s, const QString &path, const QString &locale, bool expectOk = true)
{
    ImportReport report;
    const auto file = TranslationFile::read(read(path), QFileInfo(path).fileName());
    if (!file) {
        if (expectOk)
            qWarning("%s", qPrintable(file.error().toString()));
        return report;
    }
    ImportOptions options;
    options.locale = locale;
    auto made = ImportTranslationsCommand::create(&s, BundleStore::of(&s), catalogue(s), *file,
                                                  QFileInfo(path).fileName(), options, &report);
    if (made) {
        if (auto pushed = s.push(std::move(made)); !pushed)
            qWarning("%s", qPrintable(pushed.error()));
    } else if (expectOk) {
        qWarning("%s", qPrintable(made.error()));
    }
    return report;
}

QString prefixed(const QString &text, const QString &prefix)
{
    QStringList lines = text.split(u'\n');
    for (QString &l : lines)
        l.prepend(prefix);
    return lines.join(u'\n');
}

} // namespace

class TestL10nExchange : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ownRoundTrip_data();
    void ownRoundTrip();
    void gettextAcceptsOurPo();
    void translateToolkitAcceptsOurFiles();
    void lconvertReadsOurXliff();
    void gettextTranslatesAndWeImport();
    void translateToolkitApiTranslatesAndWeImport();
    void weReadTheirConversions();
    void malformedFilesChangeNothing_data();
    void malformedFilesChangeNothing();
    void staleAndUnknownAreReported();

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
};

void TestL10nExchange::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (const char *t : {"msgfmt", "msgen", "msgfilter", "xliff2po", "po2xliff", "pofilter", "python3", "lconvert"}) {
        if (tool(QString::fromLatin1(t)).isEmpty())
            QFAIL(qPrintable(u"%1 is missing: ./dev.sh installs translate-toolkit, gettext, qt6-l10n-tools"_s.arg(
                QString::fromLatin1(t))));
    }
}

void TestL10nExchange::ownRoundTrip_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("xliff12") << int(ExchangeFormat::Xliff12);
    QTest::newRow("xliff20") << int(ExchangeFormat::Xliff20);
    QTest::newRow("po") << int(ExchangeFormat::Po);
}

void TestL10nExchange::ownRoundTrip()
{
    QFETCH(int, format);
    auto s = session(fileBytes(corpusPath(nsx)));
    const TranslationFile out = TranslationExport::build(catalogue(*s), u"fr-FR"_s, ExchangeFormat(format), u"nsx.ovf"_s);
    QCOMPARE(out.units.size(), 66);
    const auto in = TranslationFile::read(out.write(), u"x"_s);
    QVERIFY2(in, qPrintable(in ? QString() : in.error().toString()));
    QCOMPARE(int(in->format), format);
    QCOMPARE(in->targetLanguage, u"fr-FR"_s);
    QCOMPARE(in->sourceLanguage, u"en-US"_s);
    QCOMPARE(in->units.size(), out.units.size());
    for (qsizetype i = 0; i < out.units.size(); ++i) {
        QCOMPARE(in->units[i].msgid, out.units[i].msgid);
        QCOMPARE(in->units[i].source, out.units[i].source);
        QCOMPARE(in->units[i].target, out.units[i].target);
        QCOMPARE(in->units[i].final, out.units[i].final);
        QCOMPARE(in->units[i].note, out.units[i].note);
        QVERIFY(in->units[i].line > 0);
    }
    // Importing our own export of an existing locale only records the source texts the
    // translations were made from (NSX has no ovfw:sourceHash); a second import changes nothing.
    ImportReport report;
    auto made = ImportTranslationsCommand::create(s.get(), BundleStore::of(s.get()), catalogue(*s), *in, u"x"_s, {}, &report);
    QVERIFY(made);
    QCOMPARE(report.updated, 66);
    const QByteArray before = s->document().save();
    QVERIFY(s->push(ovf::commands::Made<ovf::commands::Command>(std::move(*made))));
    const QByteArray after = s->document().save();
    QCOMPARE(QString::fromUtf8(after).remove(QRegularExpression(u" ovfw:sourceHash=\"[0-9a-f]{16}\""_s))
                 .remove(u" xmlns:ovfw=\"urn:ovf-workbench:1\""_s),
             QString::fromUtf8(before));
    made = ImportTranslationsCommand::create(s.get(), BundleStore::of(s.get()), catalogue(*s), *in, u"x"_s, {}, &report);
    QVERIFY(!made);
    QCOMPARE(report.unchanged, 66);
}

void TestL10nExchange::gettextAcceptsOurPo()
{
    auto s = session(fileBytes(corpusPath(nsx)));
    for (const QString &locale : {u"fr-FR"_s, u"ja-JP"_s, u"de-DE"_s}) {
        const QString po = path(u"check-%1.po"_s.arg(locale));
        QVERIFY(write(po, TranslationExport::build(catalogue(*s), locale, ExchangeFormat::Po, u"nsx.ovf"_s).write()));
        const Run r = run(tool(u"msgfmt"_s), {u"--check"_s, u"--statistics"_s, u"-o"_s, u"/dev/null"_s, po}, m_dir.path());
        QVERIFY2(r.code == 0, qPrintable(r.err));
        if (locale == u"de-DE")
            QVERIFY2(r.err.contains(u"66 untranslated"), qPrintable(r.err));
        else
            QVERIFY2(r.err.contains(u"66 translated"), qPrintable(r.err));
    }
}

void TestL10nExchange::translateToolkitAcceptsOurFiles()
{
    auto s = session(fileBytes(corpusPath(nsx)));
    const QString po = path(u"tt.po"_s), xlf = path(u"tt.xlf"_s);
    QVERIFY(write(po, TranslationExport::build(catalogue(*s), u"fr-FR"_s, ExchangeFormat::Po, u"nsx.ovf"_s).write()));
    QVERIFY(write(xlf, TranslationExport::build(catalogue(*s), u"fr-FR"_s, ExchangeFormat::Xliff12, u"nsx.ovf"_s).write()));
    Run r = run(tool(u"pofilter"_s), {u"--progress=none"_s, u"-t"_s, u"escapes"_s, u"-t"_s, u"printf"_s, u"-i"_s, po,
                                       u"-o"_s, path(u"tt-filtered.po"_s)},
                m_dir.path());
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = run(tool(u"xliff2po"_s), {u"--progress=none"_s, u"-i"_s, xlf, u"-o"_s, path(u"tt-from-xliff.po"_s)}, m_dir.path());
    QVERIFY2(r.code == 0 && !r.err.contains(u"Error"), qPrintable(r.err));
    r = run(tool(u"po2xliff"_s), {u"--progress=none"_s, u"-i"_s, po, u"-o"_s, path(u"tt-from-po.xlf"_s)}, m_dir.path());
    QVERIFY2(r.code == 0 && !r.err.contains(u"Error"), qPrintable(r.err));
    // The Python API CAT tools build on sees every unit with its source, target and note.
    const QString script = uR"(
import sys
from translate.storage import factory
for name in sys.argv[1:]:
    store = factory.getobject(name)
    units = [u for u in store.units if not u.isheader()]
    translated = [u for u in units if u.istranslated()]
    print(name.rsplit('.', 1)[1], len(units), len(translated), units[0].source, units[0].target,
          units[0].getnotes().replace('\n', ' '))
)"_s;
    r = run(tool(u"python3"_s), {u"-c"_s, script, xlf, po}, m_dir.path());
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QStringList lines = r.out.trimmed().split(u'\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines[0].startsWith(u"xlf 66 66 Small Petite Deployment option small · Label"), qPrintable(lines[0]));
    QVERIFY2(lines[1].startsWith(u"po 66 66 Small Petite Deployment option small · Label"), qPrintable(lines[1]));
}

void TestL10nExchange::lconvertReadsOurXliff()
{
    auto s = session(fileBytes(corpusPath(nsx)));
    const QString xlf = path(u"lc.xlf"_s), ts = path(u"lc.ts"_s);
    QVERIFY(write(xlf, TranslationExport::build(catalogue(*s), u"ja-JP"_s, ExchangeFormat::Xliff12, u"nsx.ovf"_s).write()));
    const Run r = run(tool(u"lconvert"_s), {u"-i"_s, xlf, u"-o"_s, ts}, m_dir.path());
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString text = QString::fromUtf8(read(ts));
    QCOMPARE(text.count(u"<message id="), 66);
    QVERIFY(text.contains(u"language=\"ja_JP\""));
    // Approved units are finished translations for Linguist.
    QVERIFY(!text.contains(u"type=\"unfinished\""));
    QVERIFY(text.contains(u"<message id=\"config.small.label\">"));
}

void TestL10nExchange::gettextTranslatesAndWeImport()
{
    // export PO for a new locale -> msgen (source as translation) -> msgfilter (prefix every
    // line) -> import: every message translated as expected, one undo step, undo = original.
    auto s = session(fileBytes(corpusPath(nsx)));
    const QByteArray original = s->document().save();
    const QString po = path(u"g.po"_s), en = path(u"g-en.po"_s), fr = path(u"g-fr.po"_s);
    QVERIFY(write(po, TranslationExport::build(catalogue(*s), u"it-IT"_s, ExchangeFormat::Po, u"nsx.ovf"_s).write()));
    Run r = run(tool(u"msgen"_s), {po, u"-o"_s, en}, m_dir.path());
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = run(tool(u"msgfilter"_s), {u"--keep-header"_s, u"-i"_s, en, u"-o"_s, fr, u"sed"_s, u"-e"_s, u"s/^/IT:/"_s},
            m_dir.path());
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const ImportReport report = importInto(*s, fr, {});
    QCOMPARE(report.locale, u"it-IT"_s);
    QVERIFY(report.newLocale);
    QCOMPARE(report.added, 66);
    QVERIFY(!report.hasProblems());
    const Catalogue c = catalogue(*s);
    for (const Message &m : c.messages())
        QCOMPARE(c.translation(u"it-IT"_s, m.msgid)->text, prefixed(m.defaultText, u"IT:"_s));
    QCOMPARE(c.coverage(u"it-IT"_s).translated, 66);
    QCOMPARE(s->undoStack()->count(), 1);
    // Every other byte is unchanged: the new section comes after the last one.
    const QByteArray after = s->document().save();
    const qsizetype p = original.lastIndexOf("</Strings>") + qsizetype(strlen("</Strings>"));
    QCOMPARE(after.left(p), original.left(p));
    QVERIFY(after.endsWith(original.mid(p)));
    QVERIFY(after.mid(p, after.size() - original.size()).contains("xml:lang=\"it-IT\""));
    s->undoStack()->undo();
    QCOMPARE(s->document().save(), original);
}

void TestL10nExchange::translateToolkitApiTranslatesAndWeImport()
{
    // A CAT tool built on translate-toolkit fills our XLIFF 1.2 in; we import it into the
    // existing fr-FR section: every text updated, nothing else of the document changes.
    auto s = session(fileBytes(corpusPath(nsx)));
    const QByteArray original = s->document().save();
    const QString xlf = path(u"api.xlf"_s);
    QVERIFY(write(xlf, TranslationExport::build(catalogue(*s), u"fr-FR"_s, ExchangeFormat::Xliff12, u"nsx.ovf"_s).write()));
    const QString script = uR"(
import sys
from translate.storage import factory
store = factory.getobject(sys.argv[1])
for u in store.units:
    if u.isheader():
        continue
    u.target = 'FR ' + u.source.upper()
    u.markapproved(True)
store.save()
)"_s;
    const Run r = run(tool(u"python3"_s), {u"-c"_s, script, xlf}, m_dir.path());
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const ImportReport report = importInto(*s, xlf, u"fr-FR"_s);
    QVERIFY(!report.hasProblems());
    QCOMPARE(report.updated, 66);
    const Catalogue c = catalogue(*s);
    for (const Message &m : c.messages()) {
        QCOMPARE(c.translation(u"fr-FR"_s, m.msgid)->text, u"FR "_s + m.defaultText.toUpper());
        QCOMPARE(c.status(u"fr-FR"_s, m.msgid), MessageStatus::Translated);
    }
    // Outside the fr-FR section the bytes are the original ones.
    const QByteArray after = s->document().save();
    const qsizetype a0 = original.indexOf("<Strings xml:lang=\"fr-FR\">"), a1 = after.indexOf("<Strings xml:lang=\"fr-FR\"");
    QVERIFY(a0 > 0 && a1 == a0);
    QCOMPARE(after.left(a1), original.left(a0));
    const qsizetype e0 = original.indexOf("</Strings>", a0), e1 = after.indexOf("</Strings>", a1);
    QCOMPARE(after.mid(e1), original.mid(e0));
    s->undoStack()->undo();
    QCOMPARE(s->document().save(), original);
}

void TestL10nExchange::weReadTheirConversions()
{
    // Their conversions of our files: po2xliff (XLIFF 1.1, numeric ids, msgid in a location
    // context) and xliff2po (msgid as a reference, msgctxt garbled for shared sources) after
    // msgen, all give the same document as importing the PO directly.
    QByteArray results[3];
    const QString po = path(u"c.po"_s), xlf = path(u"c.xlf"_s);
    {
        auto s = session(fileBytes(corpusPath(nsx)));
        QVERIFY(write(po, TranslationExport::build(catalogue(*s), u"de-DE"_s, ExchangeFormat::Po, u"nsx.ovf"_s).write()));
        QVERIFY(write(xlf, TranslationExport::build(catalogue(*s), u"de-DE"_s, ExchangeFormat::Xliff12, u"nsx.ovf"_s).write()));
    }
    QCOMPARE(run(tool(u"msgen"_s), {po, u"-o"_s, path(u"c-en.po"_s)}, m_dir.path()).code, 0);
    QCOMPARE(run(tool(u"po2xliff"_s), {u"--progress=none"_s, u"-i"_s, path(u"c-en.po"_s), u"-o"_s, path(u"c-en.xlf"_s)},
                 m_dir.path()).code,
             0);
    QCOMPARE(run(tool(u"xliff2po"_s), {u"--progress=none"_s, u"-i"_s, xlf, u"-o"_s, path(u"c-x.po"_s)}, m_dir.path()).code, 0);
    QCOMPARE(run(tool(u"msgen"_s), {path(u"c-x.po"_s), u"-o"_s, path(u"c-x-en.po"_s)}, m_dir.path()).code, 0);
    const QString inputs[3] = {path(u"c-en.po"_s), path(u"c-en.xlf"_s), path(u"c-x-en.po"_s)};
    for (int i = 0; i < 3; ++i) {
        auto s = session(fileBytes(corpusPath(nsx)));
        const ImportReport report = importInto(*s, inputs[i], u"de-DE"_s);
        QVERIFY2(!report.hasProblems(), qPrintable(report.problemLines().join(u'\n')));
        QCOMPARE(report.added, 66);
        results[i] = s->document().save();
    }
    QCOMPARE(results[1], results[0]);
    QCOMPARE(results[2], results[0]);
}

void TestL10nExchange::malformedFilesChangeNothing_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("words");
    QTest::newRow("po unterminated") << "msgid \"\"\nmsgstr \"\"\n\nmsgctxt \"a\"\nmsgid \"x\nmsgstr \"y\"\n"_ba << 5
                                     << u"quoted string"_s;
    QTest::newRow("po form feed") << "msgid \"\"\nmsgstr \"\"\n\nmsgctxt \"a\"\nmsgid \"x\"\nmsgstr \"y\\fz\"\n"_ba << 4
                                  << u"U+000C (character 2)"_s;
    QTest::newRow("po bad escape") << "msgctxt \"a\"\nmsgid \"x\"\nmsgstr \"\\q\"\n"_ba << 3 << u"escape"_s;
    QTest::newRow("po plural") << "msgctxt \"a\"\nmsgid \"x\"\nmsgid_plural \"xs\"\nmsgstr[0] \"y\"\n"_ba << 3
                               << u"plural"_s;
    QTest::newRow("po orphan") << "msgid \"\"\nmsgstr \"\"\n\n\"dangling\"\n"_ba << 4 << u"continues"_s;
    QTest::newRow("po latin1") << "msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=ISO-8859-1\\n\"\n"_ba << 1
                               << u"ISO-8859-1"_s;
    QTest::newRow("xliff broken") << "<xliff version=\"1.2\">\n<file>\n<body>\n<trans-unit id=\"a\"><source>x</target>\n"_ba
                                  << 4 << u"well-formed"_s;
    QTest::newRow("xliff doctype") << "<!DOCTYPE x [<!ENTITY a \"b\">]>\n<xliff/>"_ba << 1 << u"DOCTYPE"_s;
    QTest::newRow("xliff no source") << "<xliff version=\"1.2\">\n<file><body>\n<trans-unit id=\"a\">\n<target>x</target></trans-unit></body></file></xliff>"_ba
                                     << 3 << u"no <source>"_s;
    QTest::newRow("not xliff") << "<?xml version=\"1.0\"?>\n<TS/>"_ba << 2 << u"not an XLIFF"_s;
    QTest::newRow("neither") << "hello"_ba << 1 << u"neither"_s;
}

void TestL10nExchange::malformedFilesChangeNothing()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(QString, words);
    const auto file = TranslationFile::read(bytes, u"bad.po"_s);
    QVERIFY(!file);
    QCOMPARE(file.error().line, line);
    QVERIFY2(file.error().toString().startsWith(u"bad.po:%1: "_s.arg(line)), qPrintable(file.error().toString()));
    QVERIFY2(file.error().message.contains(words, Qt::CaseInsensitive), qPrintable(file.error().message));
}

void TestL10nExchange::staleAndUnknownAreReported()
{
    auto s = sample();
    const QByteArray original = s->document().save();
    TranslationFile file = TranslationExport::build(catalogue(*s), u"de-DE"_s, ExchangeFormat::Po, u"sample.ovf"_s);
    for (TranslationUnit &u : file.units) {
        u.target = u"DE "_s + u.source;
        u.hasTarget = u.final = true;
    }
    file.units[1].source = u"An older text"_s;      // changed source
    file.units[2].final = false;                       // fuzzy
    TranslationUnit unknown;
    unknown.msgid = u"no.such"_s;
    unknown.source = u"x"_s;
    unknown.target = u"y"_s;
    unknown.hasTarget = unknown.final = true;
    file.units.append(unknown);
    const auto reread = TranslationFile::read(file.write(), u"de.po"_s);
    QVERIFY(reread);
    ImportReport report;
    auto made = ImportTranslationsCommand::create(s.get(), BundleStore::of(s.get()), catalogue(*s), *reread, u"de.po"_s,
                                                  {}, &report);
    QVERIFY(made);
    QCOMPARE(report.unknown.size(), 1);
    QCOMPARE(report.changedSource.size(), 1);
    QCOMPARE(report.notFinal, 1);
    QVERIFY(report.problemLines().first().startsWith(u"de.po:"));
    QVERIFY2(report.problemLines().join(u'\n').contains(u"unknown message id 'no.such'"),
             qPrintable(report.problemLines().join(u'\n')));
    QCOMPARE(report.updated + report.added, 3);
    QVERIFY(s->push(ovf::commands::Made<ovf::commands::Command>(std::move(*made))));
    QCOMPARE(catalogue(*s).translation(u"de-DE"_s, u"eula"_s)->text, u"DE Use it well.\nSecond line."_s);
    s->undoStack()->undo();
    QCOMPARE(s->document().save(), original);
    // A file for another locale than asked is refused.
    ImportOptions options;
    options.locale = u"fr-FR"_s;
    QVERIFY(!ImportTranslationsCommand::create(s.get(), BundleStore::of(s.get()), catalogue(*s), *reread, u"de.po"_s,
                                               options, &report));
}

QTEST_GUILESS_MAIN(TestL10nExchange)
#include "tst_l10nexchange.moc"
