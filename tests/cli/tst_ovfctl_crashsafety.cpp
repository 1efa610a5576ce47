// The package writers survive kill -9, full disks and read-only destinations (issue 9, "Crash
// and resource safety"): `ovfctl pack` (OVA, ZIP, folder, and gzip through spools) and `ovfctl
// sign -o` are SIGKILLed at points spread over a whole run while replacing an existing
// package; afterwards the destination is byte-identical to the old package (or is the complete
// new one, when the run had finished), and nothing else is in its folder once the next write
// there has run. On a tmpfs too small for the package, and on a read-only one, the command
// fails naming the path and what happened, leaves the old file intact and nothing beside it.
// The folder deploy backend likewise on a full filesystem. The mounts need root; the test
// skips without it.

#include "deploytestkit.h"
#include "mounttestkit.h"
#include "packagetestkit.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMiB = 1 << 20;

QStringList entries(const QString &dir)
{
    QStringList list = QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    list.sort();
    return list;
}

// The digest of a file, or of every file of a folder with its relative name.
QByteArray fingerprint(const QString &path)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QStringList files;
    if (QFileInfo(path).isDir()) {
        QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        files.sort();
    } else {
        files << path;
    }
    for (const QString &f : files) {
        hash.addData(QDir(path).relativeFilePath(f).toUtf8());
        QFile file(f);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        while (!file.atEnd())
            hash.addData(file.read(4 * kMiB));
    }
    return hash.result();
}

// An OVF folder: a descriptor and one data file of `mib` MiB (seeded: two sources differ).
QString makeSource(const QString &dir, qint64 mib, int seed)
{
    QDir().mkpath(dir);
    const qint64 size = mib * kMiB;
    QFile data(dir + u"/data.bin"_s);
    if (!data.open(QIODevice::WriteOnly))
        return {};
    const QByteArray chunk = testkit::payload(kMiB, seed);
    for (qint64 i = 0; i < mib; ++i)
        data.write(chunk);
    data.close();
    const QByteArray ovf = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                           "<Envelope xmlns=\"http://schemas.dmtf.org/ovf/envelope/1\" "
                           "xmlns:ovf=\"http://schemas.dmtf.org/ovf/envelope/1\">\n"
                           "  <References><File ovf:id=\"data\" ovf:href=\"data.bin\" ovf:size=\""
        + QByteArray::number(size) + "\"/></References>\n"
                                     "  <VirtualSystem ovf:id=\"vm\"><Info>seed "
        + QByteArray::number(seed) + "</Info></VirtualSystem>\n</Envelope>\n";
    testkit::writeFile(dir + u"/app.ovf"_s, ovf);
    return dir + u"/app.ovf"_s;
}

struct Run
{
    bool killed = false;
    int code = -1;
    QString err;
    qint64 ms = 0;
};

// Runs ovfctl; SIGKILL after `killAfterMs` (never when negative).
Run ovfctl(const QStringList &args, qint64 killAfterMs = -1)
{
    QProcess p;
    QElapsedTimer clock;
    clock.start();
    p.start(QStringLiteral(OVFCTL_PATH), args);
    Run run;
    if (!p.waitForStarted(30000))
        return run;
    while (p.state() != QProcess::NotRunning && clock.elapsed() < 300000) {
        if (killAfterMs >= 0 && clock.elapsed() >= killAfterMs) {
            p.kill();
            run.killed = true;
            break;
        }
        p.waitForFinished(2);
    }
    p.waitForFinished(60000);
    run.ms = clock.elapsed();
    run.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

} // namespace

class TestOvfctlCrashSafety : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_old; // the source of the package that exists already
    QString m_new; // the source of the package that replaces it

    // Kills `args` (which write `dest`) at `points` times spread over one whole run of it;
    // after each kill `dest` is the old package or the complete new one, and after the next
    // complete write nothing but `dest` is in its folder.
    void killAtManyPoints(const QStringList &oldArgs, const QStringList &args, const QString &dest, int points)
    {
        const QString folder = QFileInfo(dest).absolutePath();
        Run whole = ovfctl(args);
        QVERIFY2(whole.code == 0, qPrintable(whole.err));
        const QByteArray newPrint = fingerprint(dest);
        int killed = 0;
        for (int k = 1; k <= points; ++k) {
            const Run make = ovfctl(oldArgs);
            QVERIFY2(make.code == 0, qPrintable(make.err));
            const QByteArray oldPrint = fingerprint(dest);
            QVERIFY(oldPrint != newPrint);
            const qint64 at = whole.ms * k / (points + 1);
            const Run run = ovfctl(args, at);
            killed += run.killed ? 1 : 0;
            const QByteArray now = fingerprint(dest);
            QVERIFY2(now == oldPrint || now == newPrint,
                     qPrintable(u"killed at %1 ms: %2 is neither the old nor the new package"_s.arg(at).arg(dest)));
            QVERIFY2(run.killed || now == newPrint, qPrintable(run.err));
        }
        // The next complete write leaves only the package.
        QVERIFY(ovfctl(args).code == 0);
        QCOMPARE(fingerprint(dest), newPrint);
        QStringList left = entries(folder);
        left.removeAll(QFileInfo(dest).fileName());
        QVERIFY2(left.isEmpty(), qPrintable(u"left beside %1: %2"_s.arg(dest, left.join(u' '))));
        qInfo("%s: whole run %lld ms, %d of %d runs killed part-way", qPrintable(QFileInfo(dest).fileName()), whole.ms,
              killed, points);
        QVERIFY(killed > 0);
    }

private slots:
    void initTestCase()
    {
        m_old = makeSource(m_dir.filePath(u"old"_s), 8, 1);
        m_new = makeSource(m_dir.filePath(u"new"_s), 128, 2);
        QVERIFY(!m_old.isEmpty() && !m_new.isEmpty());
    }

    void packKilled_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("ova") << u"out.ova"_s << QStringList();
        QTest::newRow("zip") << u"out.zip"_s << QStringList();
        QTest::newRow("folder") << u"out"_s << QStringList();
        QTest::newRow("ova-gzip-spooled") << u"gz.ova"_s << QStringList{u"--compress"_s};
    }

    void packKilled()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, extra);
        const QString folder = m_dir.filePath(u"dest-"_s + name);
        QVERIFY(QDir().mkpath(folder));
        const QString dest = folder + u'/' + name;
        killAtManyPoints(QStringList{u"pack"_s, m_old, dest} + extra, QStringList{u"pack"_s, m_new, dest} + extra, dest, 6);
    }

    void signKilled()
    {
        const QString keys = m_dir.filePath(u"keys"_s);
        QDir().mkpath(keys);
        QProcess openssl;
        openssl.start(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s,
                                     keys + u"/key.pem"_s, u"-out"_s, keys + u"/cert.pem"_s, u"-subj"_s, u"/CN=crash test"_s,
                                     u"-days"_s, u"2"_s});
        QVERIFY(openssl.waitForFinished(60000) && openssl.exitCode() == 0);
        const QString unsignedOld = m_dir.filePath(u"old.ova"_s);
        const QString unsignedNew = m_dir.filePath(u"new.ova"_s);
        QVERIFY(ovfctl({u"pack"_s, m_old, unsignedOld}).code == 0);
        QVERIFY(ovfctl({u"pack"_s, m_new, unsignedNew}).code == 0);
        const QString folder = m_dir.filePath(u"signed"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString dest = folder + u"/signed.ova"_s;
        const QStringList sign{u"sign"_s, u"--sign"_s, keys + u"/key.pem"_s, u"--cert"_s, keys + u"/cert.pem"_s};
        killAtManyPoints(sign + QStringList{unsignedOld, u"-o"_s, dest}, sign + QStringList{unsignedNew, u"-o"_s, dest},
                         dest, 6);
    }

    // Too small a filesystem: a clear error naming the destination, the old file intact,
    // nothing beside it.
    void diskFull_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("ova") << u"out.ova"_s << QStringList();
        QTest::newRow("zip") << u"out.zip"_s << QStringList();
        QTest::newRow("folder") << u"out"_s << QStringList();
        QTest::newRow("ova-gzip-spooled") << u"gz.ova"_s << QStringList{u"--compress"_s};
    }

    void diskFull()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, extra);
        testkit::TmpfsMount small(m_dir.filePath(u"full-"_s + name), u"48m"_s);
        if (!small.isMounted())
            QSKIP(qPrintable(u"cannot mount a tmpfs here: "_s + small.error()));
        const QString dest = small.path() + u'/' + name;
        QVERIFY(ovfctl(QStringList{u"pack"_s, m_old, dest} + extra).code == 0);
        const QByteArray before = fingerprint(dest);
        const Run run = ovfctl(QStringList{u"pack"_s, m_new, dest} + extra);
        QCOMPARE(run.code, 1);
        qInfo("%s", qPrintable(run.err.trimmed()));
        QVERIFY2(run.err.contains(dest) || run.err.contains(u"data.bin"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"space"_s, Qt::CaseInsensitive), qPrintable(run.err));
        QCOMPARE(fingerprint(dest), before);
        QCOMPARE(entries(small.path()), QStringList{name});
    }

    void readOnly()
    {
        testkit::TmpfsMount ro(m_dir.filePath(u"readonly"_s), u"40m"_s);
        if (!ro.isMounted())
            QSKIP(qPrintable(u"cannot mount a tmpfs here: "_s + ro.error()));
        for (const QString &name : {u"out.ova"_s, u"out.zip"_s, u"out"_s})
            QVERIFY(ovfctl({u"pack"_s, m_old, ro.path() + u'/' + name}).code == 0);
        QVERIFY2(ro.remountReadOnly(), qPrintable(ro.error()));
        for (const QString &name : {u"out.ova"_s, u"out.zip"_s, u"out"_s}) {
            const QString dest = ro.path() + u'/' + name;
            const QByteArray before = fingerprint(dest);
            const Run run = ovfctl({u"pack"_s, m_old, dest});
            QCOMPARE(run.code, 1);
            qInfo("%s", qPrintable(run.err.trimmed()));
            QVERIFY2(run.err.contains(dest), qPrintable(run.err));
            QVERIFY2(run.err.contains(u"read-only"_s, Qt::CaseInsensitive), qPrintable(run.err));
            QCOMPARE(fingerprint(dest), before);
        }
        QCOMPARE(entries(ro.path()), (QStringList{u"out"_s, u"out.ova"_s, u"out.zip"_s}));
    }

    // The folder deploy backend on a filesystem without room, and on a read-only one.
    void deployToFullOrReadOnlyFolder()
    {
        const deploykit::Appliance app = deploykit::makeAppliance(m_dir.path());
        QVERIFY(!app.ova.isEmpty());
        testkit::TmpfsMount tiny(m_dir.filePath(u"deploy-full"_s), u"64k"_s);
        if (!tiny.isMounted())
            QSKIP(qPrintable(u"cannot mount a tmpfs here: "_s + tiny.error()));
        const QStringList args{u"deploy"_s, app.ova, u"--target"_s, u"folder"_s, u"--accept-eulas"_s,
                               u"--prop"_s, u"hostname=t"_s, u"--prop"_s, u"port=80"_s, u"--prop"_s, u"debug=false"_s,
                               u"--net"_s, u"VM Network=default"_s, u"--out"_s};
        Run run = ovfctl(args + QStringList{tiny.path() + u"/vm"_s});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(tiny.path()) && run.err.contains(u"bytes are needed"_s), qPrintable(run.err));
        QVERIFY(entries(tiny.path()).isEmpty());
        QVERIFY(tiny.remountReadOnly());
        run = ovfctl(args + QStringList{tiny.path() + u"/vm"_s});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(tiny.path()) && run.err.contains(u"read-only"_s, Qt::CaseInsensitive), qPrintable(run.err));
        QVERIFY(entries(tiny.path()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOvfctlCrashSafety)
#include "tst_ovfctl_crashsafety.moc"
