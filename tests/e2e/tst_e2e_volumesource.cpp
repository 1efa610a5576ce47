// LibvirtVolumeSource (a raw volume read through virStorageVolDownload, received ahead of the
// reader on its own thread) against the real libvirtd: a sparse volume of a pool this test
// makes reads back byte for byte in odd-sized reads, across holes, after a jump that restarts
// the download, and a source destroyed part-way aborts its download without touching the
// volume. (The remote path is the same code over qemu+tcp: tst_e2e_exportvm, bench_exportvm.)
//
// Exits 77 (ctest: skipped) with the reason when libvirtd cannot be started here.
#include "model/deploy/libvirtconnection.h"
#include "model/vmexport/libvirtvolumesource.h"

#include "e2etestkit.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ovf::deploy::LibvirtConnection;
using ovf::vmexport::LibvirtVolumeSource;

class TestVolumeSource : public QObject
{
    Q_OBJECT

    bool m_startedDaemon = false;
    std::optional<QTemporaryDir> m_dir;
    std::unique_ptr<LibvirtConnection> m_conn;
    QString m_pool;
    QString m_file;
    qint64 m_size = qint64(200) << 20;
    bool m_poolMade = false;

    QByteArray fileBytes(qint64 offset, qint64 length) const
    {
        QFile f(m_file);
        if (!f.open(QIODevice::ReadOnly) || !f.seek(offset))
            return {};
        return f.read(length);
    }

private slots:
    void initTestCase()
    {
        auto up = e2ekit::setUp();
        QVERIFY2(up, qPrintable(up ? QString() : up.error()));
        m_startedDaemon = *up;
        m_dir.emplace(QStringLiteral(OVFW_BINARY_DIR "/e2e/volsource-XXXXXX"));
        QVERIFY(m_dir->isValid());
        auto conn = LibvirtConnection::open(u"qemu:///system"_s);
        QVERIFY2(conn, qPrintable(conn ? QString() : conn.error().toString()));
        m_conn = std::move(*conn);
        // Data runs at the start, in the middle (past the skip limit) and at the very end,
        // with holes between; the rest of the 200 MiB is a hole.
        m_file = m_dir->filePath(u"v.raw"_s);
        QFile f(m_file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(m_size));
        QRandomGenerator random(12);
        for (const auto &[offset, length] : {std::pair<qint64, qint64>{0, 3 << 20},
                                             {(5 << 20) + 4096, 65536},
                                             {qint64(100) << 20, (1 << 20) + 333},
                                             {m_size - 8192, 8192}}) {
            QByteArray bytes(length, Qt::Uninitialized);
            random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), length / 4);
            QVERIFY(f.seek(offset));
            QCOMPARE(f.write(bytes), length);
        }
        f.close();
        m_pool = u"ovfw-volsrc-%1"_s.arg(QCoreApplication::applicationPid());
        auto made = m_conn->createDirPool(m_pool, m_dir->path());
        QVERIFY2(made, qPrintable(made ? QString() : made.error().toString()));
        m_poolMade = true;
        QVERIFY(m_conn->refreshPool(m_pool));
        QVERIFY(m_conn->hasVolume(m_pool, u"v.raw"_s));
    }

    void cleanupTestCase()
    {
        if (m_conn && m_poolMade)
            m_conn->removePool(m_pool, false);
        m_conn.reset(); // before the daemon goes
        e2ekit::tearDown(m_startedDaemon);
    }

    void readsEveryByteInOddSizes()
    {
        LibvirtVolumeSource source(*m_conn, m_pool, u"v.raw"_s, m_size);
        QCryptographicHash ours(QCryptographicHash::Sha256);
        QByteArray buffer;
        const qint64 step = (3 << 20) + 7;
        for (qint64 at = 0; at < m_size; at += step) {
            const qint64 n = std::min(step, m_size - at);
            buffer.resize(n);
            auto r = source.read(at, buffer.data(), n);
            QVERIFY2(r, qPrintable(r ? QString() : r.error()));
            ours.addData(buffer);
        }
        QCryptographicHash theirs(QCryptographicHash::Sha256);
        QFile f(m_file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(theirs.addData(&f));
        QCOMPARE(ours.result().toHex(), theirs.result().toHex());
        // Holes came as holes: only the data runs (and what the host's file system reports as
        // data around them) travelled.
        QVERIFY2(source.transferredBytes() < (qint64(16) << 20), qPrintable(QString::number(source.transferredBytes())));
    }

    void jumpRestartsTheDownload()
    {
        LibvirtVolumeSource source(*m_conn, m_pool, u"v.raw"_s, m_size);
        QByteArray head(4096, Qt::Uninitialized);
        QVERIFY(source.read(0, head.data(), head.size()));
        QCOMPARE(head, fileBytes(0, 4096));
        const qint64 far = (qint64(100) << 20) - 100; // more than kSkipLimit ahead
        QByteArray middle((1 << 20) + 500, Qt::Uninitialized);
        auto r = source.read(far, middle.data(), middle.size());
        QVERIFY2(r, qPrintable(r ? QString() : r.error()));
        QCOMPARE(middle, fileBytes(far, middle.size()));
        QByteArray tail(8192, Qt::Uninitialized);
        QVERIFY(source.read(m_size - 8192, tail.data(), tail.size()));
        QCOMPARE(tail, fileBytes(m_size - 8192, 8192));
        QVERIFY(source.read(0, head.data(), head.size())); // backwards: restarted, still right
        QCOMPARE(head, fileBytes(0, 4096));
    }

    void destroyedPartWayAbortsAndLeavesTheVolume()
    {
        const QByteArray before = QCryptographicHash::hash(fileBytes(0, 4 << 20), QCryptographicHash::Sha256);
        {
            LibvirtVolumeSource source(*m_conn, m_pool, u"v.raw"_s, m_size);
            QByteArray some(1 << 20, Qt::Uninitialized);
            QVERIFY(source.read(0, some.data(), some.size()));
        } // the read-ahead thread is stopped and the download aborted here
        QVERIFY(m_conn->hasVolume(m_pool, u"v.raw"_s));
        QCOMPARE(QFileInfo(m_file).size(), m_size);
        QCOMPARE(QCryptographicHash::hash(fileBytes(0, 4 << 20), QCryptographicHash::Sha256), before);
        // The connection is still usable: a new download reads the same bytes.
        LibvirtVolumeSource again(*m_conn, m_pool, u"v.raw"_s, m_size);
        QByteArray head(4096, Qt::Uninitialized);
        QVERIFY(again.read(0, head.data(), head.size()));
        QCOMPARE(head, fileBytes(0, 4096));
    }
};

QTEST_MAIN(TestVolumeSource)
#include "tst_e2e_volumesource.moc"
