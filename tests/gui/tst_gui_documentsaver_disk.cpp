// DocumentSaver (File > Save / Save As) on a full filesystem and on a read-only one: the error
// names the file and says what happened, the user's existing file is byte-identical afterwards,
// and nothing is left beside it. The mounts need root; the test skips without it.

#include "app/gui/documentsaver.h"

#include "mounttestkit.h"
#include "packagetestkit.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The bytes of a file, or of every file of a folder.
QByteArray contents(const QString &path)
{
    if (!QFileInfo(path).isDir())
        return testkit::readFile(path);
    QByteArray all;
    for (const QString &f : QDir(path).entryList(QDir::Files, QDir::Name))
        all += f.toUtf8() + '\0' + testkit::readFile(path + u'/' + f);
    return all;
}

QStringList entries(const QString &dir)
{
    QStringList list = QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    list.sort();
    return list;
}

// A valid descriptor of about `size` bytes (a long Info).
QByteArray descriptorOf(qsizetype size)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<Envelope xmlns=\"http://schemas.dmtf.org/ovf/envelope/1\" xmlns:ovf=\"http://schemas.dmtf.org/ovf/envelope/1\">\n"
           "  <References/>\n  <VirtualSystem ovf:id=\"vm\"><Info>"
        + QByteArray(size, 'x') + "</Info></VirtualSystem>\n</Envelope>\n";
}

DocumentSaver::Request requestFor(const QString &destination, const QByteArray &bytes, DocumentSaver::Target target,
                                  const QString &originPath)
{
    DocumentSaver::Request request;
    request.bytes = bytes;
    request.destination = destination;
    request.target = target;
    request.origin.kind = DocumentOrigin::Kind::Descriptor;
    request.origin.path = originPath;
    request.origin.displayName = QFileInfo(originPath).fileName();
    return request;
}

} // namespace

class TestGuiDocumentSaverDisk : public QObject
{
    Q_OBJECT

private slots:
    void fullDisk_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("target");
        QTest::newRow("descriptor") << u"app.ovf"_s << int(DocumentSaver::Target::Descriptor);
        QTest::newRow("ova") << u"app.ova"_s << int(DocumentSaver::Target::Ova);
        QTest::newRow("folder") << u"app"_s << int(DocumentSaver::Target::Folder);
    }

    void fullDisk()
    {
        QFETCH(QString, name);
        QFETCH(int, target);
        QTemporaryDir dir;
        const QString origin = dir.filePath(u"origin.ovf"_s);
        QVERIFY(testkit::writeFile(origin, descriptorOf(100)));
        testkit::TmpfsMount small(dir.filePath(u"small"_s), u"256k"_s);
        if (!small.isMounted())
            QSKIP(qPrintable(u"cannot mount a tmpfs here: "_s + small.error()));
        const QString dest = small.path() + u'/' + name;
        const auto kind = DocumentSaver::Target(target);
        auto saved = DocumentSaver::write(requestFor(dest, descriptorOf(100), kind, origin));
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().toString()));
        const QStringList before = entries(small.path());
        const QByteArray old = contents(dest);
        QVERIFY(!old.isEmpty());

        saved = DocumentSaver::write(requestFor(dest, descriptorOf(1 << 20), kind, origin)); // 1 MiB > 256 KiB
        QVERIFY(!saved);
        qInfo("%s", qPrintable(saved.error().toString()));
        QCOMPARE(saved.error().cause, ovf::package::PackageWriteError::Cause::NoSpace);
        QCOMPARE(saved.error().ruleId(), u"no-space"_s);
        QCOMPARE(saved.error().path, dest);
        QVERIFY(saved.error().bytesNeeded > 1 << 20);
        QVERIFY(saved.error().bytesFree >= 0 && saved.error().bytesFree < saved.error().bytesNeeded);
        QCOMPARE(contents(dest), old);
        QCOMPARE(entries(small.path()), before);
    }

    void readOnly()
    {
        QTemporaryDir dir;
        const QString origin = dir.filePath(u"origin.ovf"_s);
        QVERIFY(testkit::writeFile(origin, descriptorOf(100)));
        testkit::TmpfsMount ro(dir.filePath(u"ro"_s), u"1m"_s);
        if (!ro.isMounted())
            QSKIP(qPrintable(u"cannot mount a tmpfs here: "_s + ro.error()));
        const QString dest = ro.path() + u"/app.ovf"_s;
        QVERIFY(DocumentSaver::write(requestFor(dest, descriptorOf(100), DocumentSaver::Target::Descriptor, origin)));
        const QByteArray old = testkit::readFile(dest);
        QVERIFY(ro.remountReadOnly());
        for (const auto target : {DocumentSaver::Target::Descriptor, DocumentSaver::Target::Ova}) {
            const QString to = target == DocumentSaver::Target::Ova ? ro.path() + u"/app.ova"_s : dest;
            const auto saved = DocumentSaver::write(requestFor(to, descriptorOf(200), target, origin));
            QVERIFY(!saved);
            qInfo("%s", qPrintable(saved.error().toString()));
            QCOMPARE(saved.error().cause, ovf::package::PackageWriteError::Cause::ReadOnly);
            QCOMPARE(saved.error().ruleId(), u"read-only"_s);
            QCOMPARE(saved.error().path, to);
        }
        QCOMPARE(testkit::readFile(dest), old);
        QCOMPARE(entries(ro.path()), QStringList{u"app.ovf"_s});
    }
};

QTEST_MAIN(TestGuiDocumentSaverDisk)
#include "tst_gui_documentsaver_disk.moc"
