// OvaWriter on its own: the pax warning comes exactly for members that need pax (over 8 GiB,
// or a name ustar cannot hold), and a writer given up before commit() leaves nothing behind,
// even after gigabytes of writing (its writeback started early).

#include "model/package/ovawriter.h"
#include "model/package/tarwriter.h"

#include <QDir>
#include <QProcess>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ovf::package;

class TestOvaWriter : public QObject
{
    Q_OBJECT

private slots:
    void paxWarningOnlyWhenNeeded();
    void abandonedLeavesNothing();
    void unsizedMembers();
};

void TestOvaWriter::paxWarningOnlyWhenNeeded()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    {
        OvaWriter writer(dir.filePath(u"small.ova"_s));
        QVERIFY(writer.reserveHead({{u"a.ovf"_s, 3}}));
        QVERIFY(writer.begin(u"disk.img"_s, TarWriter::kMaxUstarSize));
        QVERIFY(writer.warnings().isEmpty()); // 8 GiB - 1 still fits ustar
    }
    {
        OvaWriter writer(dir.filePath(u"big.ova"_s));
        QVERIFY(writer.reserveHead({{u"a.ovf"_s, 3}}));
        QVERIFY(writer.begin(u"disk.img"_s, TarWriter::kMaxUstarSize + 1));
        QCOMPARE(writer.warnings().size(), 1);
        QVERIFY2(writer.warnings().constFirst().contains(u"disk.img"_s), qPrintable(writer.warnings().constFirst()));
        QVERIFY(writer.warnings().constFirst().contains(u"pax"_s));
    }
    {
        OvaWriter writer(dir.filePath(u"long.ova"_s));
        QVERIFY(writer.reserveHead({{u"a.ovf"_s, 3}}));
        QVERIFY(writer.begin(QString(120, u'x') + u".img"_s, 10));
        QCOMPARE(writer.warnings().size(), 1);
    }
    // None of the abandoned writers left a file.
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
}

void TestOvaWriter::abandonedLeavesNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString destination = dir.filePath(u"users.ova"_s);
    QFile existing(destination);
    QVERIFY(existing.open(QIODevice::WriteOnly) && existing.write("kept") == 4);
    existing.close();
    {
        OvaWriter writer(destination);
        QVERIFY(writer.reserveHead({{u"a.ovf"_s, 3}}));
        const qint64 size = qint64(96) << 20; // several writeback windows
        QVERIFY(writer.begin(u"disk.img"_s, size));
        const QByteArray block(1 << 20, 'z');
        for (qint64 done = 0; done < size; done += block.size())
            QVERIFY(writer.write(block.constData(), block.size()));
        QVERIFY(writer.end());
        QVERIFY(writer.writeHeadMember(u"a.ovf"_s, "abc"));
        // No commit(): given up.
    }
    QFile kept(destination);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), "kept"_ba);
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList{u"users.ova"_s});
}

QTEST_GUILESS_MAIN(TestOvaWriter)
#include "tst_ovawriter.moc"

// Members whose size is known only at their end (a disk converted while written): the header
// is reserved and filled in afterwards, as plain ustar when the maximum fits, with the size in a
// pax record when the maximum could exceed 8 GiB; GNU tar lists each with its real size.
void TestOvaWriter::unsizedMembers()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"unsized.ova"_s);
    {
        OvaWriter writer(path);
        QVERIFY(writer.reserveHead({{u"a.ovf"_s, 3}}));
        QVERIFY(writer.beginUnsized(u"small.vmdk"_s, 1 << 20));
        QVERIFY(writer.write("0123456789", 10));
        QVERIFY(writer.end());
        QVERIFY(writer.warnings().isEmpty());
        QVERIFY(writer.beginUnsized(u"big.vmdk"_s, TarWriter::kMaxUstarSize + 1));
        QVERIFY(writer.write("abcdefghijklmnopqrstuvwxyz", 26));
        QVERIFY(writer.end());
        QCOMPARE(writer.warnings().size(), 1);
        QVERIFY(!writer.write("x", 1)); // nothing is open
        QVERIFY(writer.writeHeadMember(u"a.ovf"_s, "abc"));
        QVERIFY(writer.commit());
    }
    QProcess tar;
    tar.start(u"tar"_s, {u"-tvf"_s, path});
    QVERIFY(tar.waitForFinished(30000));
    QCOMPARE(tar.exitCode(), 0);
    const QStringList lines = QString::fromUtf8(tar.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(1).contains(u" 10 "_s) && lines.at(1).endsWith(u"small.vmdk"_s), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).contains(u" 26 "_s) && lines.at(2).endsWith(u"big.vmdk"_s), qPrintable(lines.at(2)));
    QProcess extract;
    extract.setWorkingDirectory(dir.path());
    extract.start(u"tar"_s, {u"-xf"_s, path, u"big.vmdk"_s});
    QVERIFY(extract.waitForFinished(30000) && extract.exitCode() == 0);
    QFile big(dir.filePath(u"big.vmdk"_s));
    QVERIFY(big.open(QIODevice::ReadOnly));
    QCOMPARE(big.readAll(), "abcdefghijklmnopqrstuvwxyz"_ba);
}
