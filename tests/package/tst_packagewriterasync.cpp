// PackageWriter off the GUI thread, as the export wizard runs it: QtConcurrent::run with a
// QPromise (PackageWriter::run), watched by a QFutureWatcher on this thread. Progress arrives
// in bytes ("done/total"), only grows and ends at the total; cancelling the future mid-way stops
// the write, leaves no new package, no temporary file, and the user's existing file untouched.

#include "model/package/archivereader.h"
#include "model/package/packagewriter.h"
#include "model/package/packinput.h"

#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;
using namespace ovf::package;

namespace {

using Result = std::expected<PackageWriterResult, PackageWriteError>;

const char kDescriptor[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<Envelope xmlns=\"http://schemas.dmtf.org/ovf/envelope/1\" xmlns:ovf=\"http://schemas.dmtf.org/ovf/envelope/1\">\n"
    "  <References>\n"
    "    <File ovf:id=\"f1\" ovf:href=\"disk1.img\"/>\n"
    "    <File ovf:id=\"f2\" ovf:href=\"disk2.img\"/>\n"
    "  </References>\n"
    "  <VirtualSystem ovf:id=\"vm\"><Info>A test appliance</Info></VirtualSystem>\n"
    "</Envelope>\n";

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// "done/total" as the promise's progress text carries it.
std::pair<qint64, qint64> bytesOf(const QString &text)
{
    const QStringList parts = text.split(u'/');
    return parts.size() == 2 ? std::pair{parts[0].toLongLong(), parts[1].toLongLong()} : std::pair{qint64(-1), qint64(-1)};
}

} // namespace

class TestPackageWriterAsync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void progressInBytes();
    void cancelMidway_data();
    void cancelMidway();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // A source of two disks of `size` bytes each: random ones, or sparse (read fast, no disk).
    QString makeSource(const QString &name, qint64 size, bool sparse);

    QTemporaryDir m_dir;
};

void TestPackageWriterAsync::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestPackageWriterAsync::makeSource(const QString &name, qint64 size, bool sparse)
{
    const QString dir = path(name);
    QDir().mkpath(dir);
    writeFile(dir + u"/app.ovf"_s, kDescriptor);
    for (const QString &disk : {u"disk1.img"_s, u"disk2.img"_s}) {
        QFile f(dir + u'/' + disk);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        if (sparse) {
            f.resize(size);
        } else {
            QByteArray block(1 << 20, Qt::Uninitialized);
            for (qsizetype i = 0; i < block.size(); ++i)
                block[i] = char((i * 131 + size) & 0xff);
            for (qint64 done = 0; done < size; done += block.size())
                f.write(block.constData(), qMin<qint64>(block.size(), size - done));
        }
    }
    return dir + u"/app.ovf"_s;
}

void TestPackageWriterAsync::progressInBytes()
{
    const qint64 diskSize = qint64(6) << 20;
    const QString source = makeSource(u"small"_s, diskSize, false);
    auto input = PackInput::open(source);
    QVERIFY(input);
    QFutureWatcher<Result> watcher;
    QList<std::pair<qint64, qint64>> seen;
    QList<int> values;
    connect(&watcher, &QFutureWatcher<Result>::progressTextChanged, this,
            [&](const QString &text) { seen << bytesOf(text); });
    connect(&watcher, &QFutureWatcher<Result>::progressValueChanged, this, [&](int value) { values << value; });
    QSignalSpy finished(&watcher, &QFutureWatcher<Result>::finished);
    watcher.setFuture(QtConcurrent::run(&PackageWriter::run, &*input, PackageWriterOptions{}, path(u"small.ova"_s)));
    QVERIFY(finished.wait(120'000));

    QCOMPARE(watcher.future().resultCount(), 1);
    const Result result = watcher.future().result();
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result->members, (QStringList{u"app.ovf"_s, u"app.mf"_s, u"disk1.img"_s, u"disk2.img"_s}));
    // Bytes: the total is what is packed (the source descriptor and both disks, then, once
    // it is written, the descriptor as written: with the ovf:size the writer added to both
    // Files), every report within it, never going back; the last one is the whole.
    QCOMPARE(result->descriptor.count("ovf:size=\"6291456\""), 2);
    const qint64 planned = qint64(sizeof kDescriptor - 1) + 2 * diskSize;
    const qint64 total = qint64(result->descriptor.size()) + 2 * diskSize;
    QVERIFY(!seen.isEmpty());
    for (qsizetype i = 0; i < seen.size(); ++i) {
        QVERIFY2(seen[i].second == planned || seen[i].second == total, qPrintable(QString::number(seen[i].second)));
        QVERIFY(seen[i].first >= 0 && seen[i].first <= seen[i].second);
        if (i > 0)
            QVERIFY(seen[i].first >= seen[i - 1].first && seen[i].second >= seen[i - 1].second);
    }
    QCOMPARE(seen.last().second, total);
    QCOMPARE(bytesOf(watcher.future().progressText()).first, total);
    QCOMPARE(watcher.future().progressValue(), 1'000'000);
    QVERIFY(std::is_sorted(values.begin(), values.end()));
    QCOMPARE(QFileInfo(path(u"small.ova"_s)).size() % 10240, 0);
}

void TestPackageWriterAsync::cancelMidway_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("existing");
    for (const QString &name : {u"out.ova"_s, u"out.zip"_s, u"outfolder"_s}) {
        QTest::addRow("%s new", qPrintable(name)) << name << false;
        QTest::addRow("%s existing", qPrintable(name)) << name << true;
    }
}

void TestPackageWriterAsync::cancelMidway()
{
    QFETCH(QString, name);
    QFETCH(bool, existing);
    // Two sparse 2 GiB disks: cancelled after the first progress report, the write stops long
    // before its end (a write that ran to completion would leave a 4 GiB package).
    const qint64 diskSize = qint64(2) << 30;
    const QString source = makeSource(u"big"_s, diskSize, true);
    const QString destination = path(name);
    const bool folder = !name.contains(u'.');
    const QString precious = folder ? destination + u"/users.ovf"_s : destination;
    if (existing) {
        QVERIFY(QDir().mkpath(QFileInfo(precious).absolutePath()));
        QVERIFY(writeFile(precious, "the user's package"));
    }
    auto input = PackInput::open(source);
    QVERIFY(input);
    PackageWriterOptions options;
    options.format = PackageWriter::formatForPath(destination);

    QFutureWatcher<Result> watcher;
    qint64 lastDone = -1;
    connect(&watcher, &QFutureWatcher<Result>::progressTextChanged, this, [&](const QString &text) {
        lastDone = bytesOf(text).first;
        if (lastDone > 0)
            watcher.cancel();
    });
    QSignalSpy finished(&watcher, &QFutureWatcher<Result>::finished);
    watcher.setFuture(QtConcurrent::run(&PackageWriter::run, &*input, options, destination));
    QVERIFY(finished.wait(300'000));

    QVERIFY(watcher.future().isCanceled());
    QVERIFY(lastDone > 0 && lastDone < 2 * diskSize);
    // A cancelled future drops late results; if one came through, it is the cancellation.
    if (watcher.future().resultCount() > 0) {
        const Result result = watcher.future().result();
        QVERIFY(!result);
        QCOMPARE(result.error().cause, PackageWriteError::Cause::Cancelled);
    }
    if (existing) {
        QCOMPARE(readFile(precious), "the user's package"_ba);
        if (folder)
            QCOMPARE(QDir(destination).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList{u"users.ovf"_s});
    } else {
        QVERIFY(!QFileInfo::exists(destination));
    }
    // Nothing else beside it: no temporary file or folder, no spool.
    QCOMPARE(QDir(m_dir.path()).entryList({u"."_s + name + u"*"_s, name + u".*"_s},
                                          QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList());
    if (existing)
        QVERIFY(folder ? QDir(destination).removeRecursively() : QFile::remove(destination));
}

QTEST_GUILESS_MAIN(TestPackageWriterAsync)
#include "tst_packagewriterasync.moc"
