// The package writers survive kill -9, full disks and read-only destinations (issue 9, "Crash
// and resource safety"): `ovfctl pack` (OVA, ZIP, folder, and gzip through spools) and `ovfctl
// sign -o` are SIGKILLed at points spread over a whole run while replacing an existing
// package: as the write starts, at evenly spread fractions of the bytes it reports
// (OVFCTL_PROGRESS=lines) and close to the end (the rename); afterwards the destination is
// byte-identical to the old package (or is the complete new one `ovfctl verify` accepts,
// when the run had finished), and nothing else is in its folder once the next write has run.
// On a tmpfs too small for the package, one that fills up during the write (a second writer
// takes the free space once a tenth is written), and a read-only one, the command fails
// naming the path and what happened (the bytes, for a full disk), leaves the old file intact
// and nothing beside it. The folder deploy backend likewise on a full filesystem and one that
// fills during the disk's conversion. The mounts need root; the test skips without it.

#include "deploytestkit.h"
#include "killtestkit.h"
#include "mounttestkit.h"
#include "packagetestkit.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMiB = 1 << 20;
using killkit::entries;
using killkit::fingerprint;

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

// Runs ovfctl, following its progress lines; SIGKILL when `when` says so.
killkit::Run ovfctl(const QStringList &args, const killkit::KillWhen &when = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"OVFCTL_PROGRESS"_s, u"lines"_s);
    return killkit::run(QStringLiteral(OVFCTL_PATH), args, env, when);
}

// The kill points of a run: as it starts, `n` at evenly spread fractions of its bytes, and
// four close to the end (the head members, the rename).
QList<killkit::KillWhen> killPoints(int n)
{
    QList<killkit::KillWhen> points{killkit::atStart()};
    for (int k = 1; k <= n; ++k)
        points << killkit::atBytes(double(k) / (n + 1));
    for (double f : {0.99, 0.999, 0.99999, 1.0})
        points << killkit::atBytes(f);
    return points;
}

} // namespace

class TestOvfctlCrashSafety : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_old; // the source of the package that exists already
    QString m_new; // the source of the package that replaces it

    int m_points = 0;

    // Kills `args` (which write `dest`) at killPoints(`spread`); after each kill `dest` is
    // the old package or the complete new one, a file format leaves nothing beside it, and
    // after the next complete write nothing but `dest` is in its folder.
    void killAtManyPoints(const QStringList &oldArgs, const QStringList &args, const QString &dest, int spread)
    {
        const QString folder = QFileInfo(dest).absolutePath();
        const QString name = QFileInfo(dest).fileName();
        const killkit::Run whole = ovfctl(args);
        QVERIFY2(whole.code == 0, qPrintable(whole.output));
        const QByteArray newPrint = fingerprint(dest);
        int killed = 0;
        const QList<killkit::KillWhen> points = killPoints(spread);
        for (qsizetype k = 0; k < points.size(); ++k) {
            const killkit::Run make = ovfctl(oldArgs);
            QVERIFY2(make.code == 0, qPrintable(make.output));
            const QByteArray oldPrint = fingerprint(dest);
            QVERIFY(oldPrint != newPrint);
            const killkit::Run run = ovfctl(args, points.at(k));
            killed += run.killed ? 1 : 0;
            const QString where = u"%1 point %2 (%3 of %4 bytes)"_s.arg(name).arg(k).arg(run.at.done).arg(run.at.total);
            const QByteArray now = fingerprint(dest);
            QVERIFY2(now == oldPrint || now == newPrint, qPrintable(where + u": neither the old nor the new package"_s));
            QVERIFY2(run.killed || now == newPrint, qPrintable(run.output));
            if (!QFileInfo(dest).isDir()) {
                QStringList left = entries(folder);
                left.removeAll(name);
                QVERIFY2(left.isEmpty(), qPrintable(where + u": left "_s + left.join(u' ')));
            }
        }
        // The next complete write leaves only the package.
        QVERIFY(ovfctl(args).code == 0);
        QCOMPARE(fingerprint(dest), newPrint);
        QStringList left = entries(folder);
        left.removeAll(name);
        QVERIFY2(left.isEmpty(), qPrintable(u"left beside %1: %2"_s.arg(dest, left.join(u' '))));
        m_points += int(points.size());
        qInfo("%s: whole run %lld ms (%lld bytes), %d of %lld runs killed part-way", qPrintable(name), whole.ms,
              whole.at.total, killed, points.size());
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
        killAtManyPoints(QStringList{u"pack"_s, m_old, dest} + extra, QStringList{u"pack"_s, m_new, dest} + extra, dest, 8);
    }

    // The lock file of a folder write killed after its tree was gone (found by packKilled:
    // two such locks stayed beside the package for good) goes with the next write.
    void orphanFolderLockRemoved()
    {
        const QString folder = m_dir.filePath(u"orphan-lock"_s);
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(testkit::writeFile(folder + u"/.out-AbC123.lock"_s, {}));
        QVERIFY(testkit::writeFile(folder + u"/.other-AbC123.lock"_s, {})); // not of this destination
        QCOMPARE(ovfctl({u"pack"_s, m_old, folder + u"/out"_s}).code, 0);
        QCOMPARE(entries(folder), (QStringList{u".other-AbC123.lock"_s, u"out"_s}));
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
                         dest, 4);
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
        const killkit::Run run = ovfctl(QStringList{u"pack"_s, m_new, dest} + extra);
        QCOMPARE(run.code, 1);
        qInfo("%s", qPrintable(run.output.trimmed()));
        QVERIFY2(run.output.contains(dest) || run.output.contains(u"data.bin"_s), qPrintable(run.output));
        QVERIFY2(run.output.contains(u"space"_s, Qt::CaseInsensitive), qPrintable(run.output));
        QCOMPARE(fingerprint(dest), before);
        QCOMPARE(entries(small.path()), QStringList{name});
    }

    // Room when the write starts, none part-way: a second writer takes all the free space while
    // the pack is part-way (for the gzip spool: while the file is being compressed, whose
    // compressed size nothing can know before).
    void diskFillsDuringPack_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("ova") << u"out.ova"_s << QStringList();
        QTest::newRow("folder") << u"out"_s << QStringList();
        QTest::newRow("ova-gzip-spooled") << u"gz.ova"_s << QStringList{u"--compress"_s};
    }

    void diskFillsDuringPack()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, extra);
        testkit::TmpfsMount small(m_dir.filePath(u"filling-"_s + name), u"300m"_s);
        if (!small.isMounted())
            QSKIP(qPrintable(u"cannot mount a tmpfs here: "_s + small.error()));
        const QString dest = small.path() + u'/' + name;
        QVERIFY(ovfctl(QStringList{u"pack"_s, m_old, dest} + extra).code == 0);
        const QByteArray before = fingerprint(dest);
        const QString filler = small.path() + u"/filler"_s;
        qint64 taken = -1;
        const killkit::Run run = ovfctl(QStringList{u"pack"_s, m_new, dest} + extra,
                                        killkit::fillWhenPartWay(small.path(), filler, &taken));
        QVERIFY2(taken > 0, "the pack ended before the disk could be filled");
        QCOMPARE(run.code, 1);
        qInfo("%s", qPrintable(run.output.trimmed()));
        QVERIFY2(run.output.contains(dest) && run.output.contains(u"bytes were needed"_s), qPrintable(run.output));
        QCOMPARE(fingerprint(dest), before);
        QCOMPARE(entries(small.path()), (QStringList{u"filler"_s, name}));
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
            const killkit::Run run = ovfctl({u"pack"_s, m_old, dest});
            QCOMPARE(run.code, 1);
            qInfo("%s", qPrintable(run.output.trimmed()));
            QVERIFY2(run.output.contains(dest), qPrintable(run.output));
            QVERIFY2(run.output.contains(u"read-only"_s, Qt::CaseInsensitive), qPrintable(run.output));
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
        killkit::Run run = ovfctl(args + QStringList{tiny.path() + u"/vm"_s});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.output.contains(tiny.path()) && run.output.contains(u"bytes are needed"_s), qPrintable(run.output));
        QVERIFY(entries(tiny.path()).isEmpty());
        QVERIFY(tiny.remountReadOnly());
        run = ovfctl(args + QStringList{tiny.path() + u"/vm"_s});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.output.contains(tiny.path()) && run.output.contains(u"read-only"_s, Qt::CaseInsensitive), qPrintable(run.output));
        QVERIFY(entries(tiny.path()).isEmpty());
    }

    // The folder backend on a filesystem with room for the 256 MiB disk when the deployment
    // starts, filled by a second writer once a tenth of the disk is converted.
    void deployFillsDuringConversion()
    {
        const QString ova = deploykit::makeRawAppliance(m_dir.path(), 256);
        QVERIFY(!ova.isEmpty());
        testkit::TmpfsMount small(m_dir.filePath(u"deploy-filling"_s), u"320m"_s);
        if (!small.isMounted())
            QSKIP(qPrintable(u"cannot mount a tmpfs here: "_s + small.error()));
        const QString filler = small.path() + u"/filler"_s;
        qint64 taken = -1;
        const killkit::Run run = ovfctl({u"deploy"_s, ova, u"--target"_s, u"folder"_s, u"--accept-eulas"_s,
                                         u"--prop"_s, u"hostname=t"_s, u"--prop"_s, u"port=80"_s, u"--prop"_s,
                                         u"debug=false"_s, u"--net"_s, u"VM Network=default"_s, u"--out"_s,
                                         small.path() + u"/vm"_s},
                                        [&](const killkit::Progress &p) {
                                            if (taken < 0 && p.step == u"converting disks" && p.done >= p.total / 10)
                                                taken = killkit::fillUp(small.path(), filler);
                                            return false;
                                        });
        QVERIFY2(taken > 0, qPrintable(u"the deployment ended before the disk could be filled: "_s + run.output));
        QCOMPARE(run.code, 1);
        qInfo("%s", qPrintable(run.output.trimmed()));
        QVERIFY2(run.output.contains(small.path()) && run.output.contains(u"bytes"_s), qPrintable(run.output));
        QCOMPARE(entries(small.path()), QStringList{u"filler"_s});
    }

    void cleanupTestCase() { qInfo("%d kill points in all", m_points); }
};

QTEST_GUILESS_MAIN(TestOvfctlCrashSafety)
#include "tst_ovfctl_crashsafety.moc"
