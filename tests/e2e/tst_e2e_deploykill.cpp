// kill -9 during `ovfctl deploy`, then `ovfctl deploy --cleanup`: nothing is left (issue 9,
// "Crash and resource safety"). Real processes, a real libvirtd (tests/e2e/libvirtd-up.sh)
// and the folder backend. The package is the tiny test appliance with its disk as a raw
// image grown to 384 MiB of non-zero data, so that qemu-img takes long enough to be killed
// mid-copy. Each run deploys into a storage pool of its own and a journal folder of its own
// (XDG_DATA_HOME), with TMPDIR pointing at a folder of its own, and checks afterwards: no
// volume in the pool, no file in the pool's folder, no domain of its name, nothing in TMPDIR,
// no journal; for the folder backend the parent folder holds only what it held before.
//
// Kill points: as soon as the disk's partial output (NAME.qcow2.part) has bytes; at evenly
// spread fractions of the disk's conversion into the pool, from the bytes ovfctl reports
// (OVFCTL_PROGRESS=lines; libvirt); once the journal records that the domain is being started
// (libvirt, --power-on); and at times spread over a whole run (folder backend). Exits 77 (ctest: skipped) when libvirtd cannot run here.

#include "model/deploy/libvirtconnection.h"

#include "e2etestkit.h"
#include "killtestkit.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ovf::deploy;

namespace {

constexpr qint64 kMiB = 1 << 20;
constexpr qint64 kDiskMiB = 384;

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

// The appliance's boot image followed by patterned (non-zero, so qemu-img writes it) data.
class Disk
{
public:
    explicit Disk(const QByteArray &boot) : m_boot(boot)
    {
        for (int i = 0; i < 5; ++i)
            m_chunks << testkit::payload(kMiB, 100 + i);
    }
    QByteArray chunk(qint64 i) const
    {
        if (i * kMiB < m_boot.size())
            return m_boot.mid(i * kMiB, kMiB).leftJustified(kMiB, '\0');
        return m_chunks.at(int(i % m_chunks.size()));
    }

private:
    QByteArray m_boot;
    QList<QByteArray> m_chunks;
};

bool writeOva(const QString &path)
{
    const QByteArray boot = testkit::readFile(e2ekit::kAppliance + u"/boot.img"_s);
    if (boot.isEmpty())
        return false;
    const Disk disk(boot);
    QCryptographicHash sha(QCryptographicHash::Sha256);
    for (qint64 i = 0; i < kDiskMiB; ++i)
        sha.addData(disk.chunk(i));
    const qint64 size = kDiskMiB * kMiB;
    QByteArray ovf = e2ekit::applianceDescriptor(size, {});
    ovf.replace("ovf:href=\"disk1.vmdk\"", "ovf:href=\"disk1.img\"");
    ovf.replace("ovf:capacity=\"64\"", QByteArray("ovf:capacity=\"" + QByteArray::number(kDiskMiB) + "\""));
    ovf.replace("http://www.vmware.com/interfaces/specifications/vmdk.html#streamOptimized",
                "http://ovf-workbench.test/disk-format#raw");
    const QByteArray mf = "SHA256(tiny.ovf)= " + QCryptographicHash::hash(ovf, QCryptographicHash::Sha256).toHex()
        + "\nSHA256(disk1.img)= " + sha.result().toHex() + "\n";
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(testkit::tarMember("tiny.ovf", ovf) + testkit::tarMember("tiny.mf", mf));
    file.write(testkit::tarHeader("disk1.img", '0', size));
    for (qint64 i = 0; i < kDiskMiB; ++i)
        file.write(disk.chunk(i));
    return file.write(testkit::tarEnd()) == 1024 && file.flush();
}

struct Outcome
{
    bool killed = false; // false: the process ended by itself first
    int exitCode = -1;
    QString output;
    qint64 elapsedMs = 0;
};

} // namespace

class TestE2eDeployKill : public QObject
{
    Q_OBJECT

    bool m_startedDaemon = false;
    std::optional<QTemporaryDir> m_dir;
    QString m_ova;
    QString m_prefix;
    QString m_pool;
    QString m_poolPath;
    QString m_xdg;
    QString m_tmp;
    std::unique_ptr<LibvirtConnection> m_conn;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, m_xdg);
        env.insert(u"TMPDIR"_s, m_tmp);
        env.insert(u"OVFW_DOMAIN_TYPE"_s, u"qemu"_s);
        env.insert(u"OVFW_CONSOLE_LOG_DIR"_s, m_dir->path());
        return env;
    }

    QString journalDir() const { return m_xdg + u"/ovf-workbench/journals"_s; }

    // Runs ovfctl with `args`; SIGKILLs it as soon as `killWhen()` is true (polled every
    // millisecond or so), or after `killAfterMs` when that is >= 0.
    Outcome runAndKill(const QStringList &args, const std::function<bool()> &killWhen, qint64 killAfterMs = -1)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.setProcessEnvironment(environment());
        QElapsedTimer clock;
        clock.start();
        p.start(QStringLiteral(OVFCTL_PATH), args);
        Outcome outcome;
        if (!p.waitForStarted(30000))
            return outcome;
        while (p.state() != QProcess::NotRunning && clock.elapsed() < 600000) {
            if ((killWhen && killWhen()) || (killAfterMs >= 0 && clock.elapsed() >= killAfterMs)) {
                p.kill(); // SIGKILL
                outcome.killed = true;
                break;
            }
            p.waitForFinished(1);
        }
        p.waitForFinished(60000);
        outcome.elapsedMs = clock.elapsed();
        outcome.output = QString::fromUtf8(p.readAll());
        outcome.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        return outcome;
    }

    QString runOvfctl(const QStringList &args, int *exitCode)
    {
        const Outcome o = runAndKill(args, {});
        *exitCode = o.exitCode;
        return o.output;
    }

    // The kinds recorded in the (single) journal, or empty.
    QStringList journalKinds() const
    {
        const QStringList files = QDir(journalDir()).entryList({u"deploy-*.json"_s}, QDir::Files);
        if (files.isEmpty())
            return {};
        const QJsonDocument doc = QJsonDocument::fromJson(testkit::readFile(journalDir() + u'/' + files.first()));
        QStringList kinds;
        for (const QJsonValue &e : doc.object().value(u"entries"_s).toArray())
            kinds << e.toObject().value(u"kind"_s).toString();
        return kinds;
    }

    static bool hasBytes(const QString &path) { return QFileInfo(path).size() > 0; }

    // After --cleanup: nothing of the deployment `vm` is left anywhere.
    void verifyNothingLeft(const QString &vm, const QString &context)
    {
        QVERIFY2(!m_conn->hasDomain(vm), qPrintable(context + u": domain "_s + vm + u" is still defined"_s));
        QCOMPARE(m_conn->poolVolumeCount(m_pool), 0);
        QVERIFY2(entries(m_poolPath).isEmpty(), qPrintable(context + u": pool folder holds "_s + entries(m_poolPath).join(u' ')));
        QVERIFY2(entries(m_tmp).isEmpty(), qPrintable(context + u": TMPDIR holds "_s + entries(m_tmp).join(u' ')));
        QVERIFY2(entries(journalDir()).isEmpty(), qPrintable(context + u": journals: "_s + entries(journalDir()).join(u' ')));
    }

    void cleanUp(const QStringList &extra = {})
    {
        int code = -1;
        const QString output = runOvfctl(QStringList{u"deploy"_s, u"--cleanup"_s} + extra, &code);
        QVERIFY2(code == 0, qPrintable(output));
        qInfo("%s", qPrintable(output.trimmed()));
    }

    QStringList libvirtArgs(const QString &vm) const
    {
        return {u"deploy"_s, m_ova, u"--target"_s, u"libvirt"_s, u"--connect"_s, u"qemu:///system"_s,
                u"--storage"_s, m_pool, u"--name"_s, u"tiny="_s + vm};
    }

private slots:
    void initTestCase()
    {
        auto up = e2ekit::setUp();
        QVERIFY2(up, qPrintable(up ? QString() : up.error()));
        m_startedDaemon = *up;
        m_dir.emplace(QStringLiteral(OVFW_BINARY_DIR "/e2e/kill-XXXXXX"));
        QVERIFY(m_dir->isValid());
        m_ova = m_dir->filePath(u"tiny-big.ova"_s);
        QVERIFY(writeOva(m_ova));
        m_prefix = u"ovfw-kill-%1"_s.arg(QCoreApplication::applicationPid());
        m_xdg = m_dir->filePath(u"xdg"_s);
        m_tmp = m_dir->filePath(u"tmp"_s);
        QVERIFY(QDir().mkpath(m_tmp));
        auto conn = LibvirtConnection::open(u"qemu:///system"_s);
        QVERIFY2(conn, qPrintable(conn ? QString() : conn.error().toString()));
        m_conn = std::move(*conn);
        // A pool of this run's own: its volume list is this test's alone.
        m_pool = m_prefix + u"-pool"_s;
        m_poolPath = m_dir->filePath(u"pool"_s);
        auto pool = m_conn->createDirPool(m_pool, m_poolPath);
        QVERIFY2(pool, qPrintable(pool ? QString() : pool.error().toString()));
        int code = -1;
        const QString dry = runOvfctl(libvirtArgs(m_prefix + u"-dry"_s) << u"--dry-run"_s, &code);
        QVERIFY2(code == 0, qPrintable(dry));
    }

    void cleanupTestCase()
    {
        if (m_conn) {
            for (const QString &vm : m_conn->domainNames().value_or(QStringList())) {
                if (vm.startsWith(m_prefix)) {
                    m_conn->destroyDomain(vm);
                    m_conn->undefineDomain(vm);
                }
            }
            if (m_conn->hasPool(m_pool)) {
                for (const QString &e : entries(m_poolPath)) // what a failed test left
                    QFile::remove(m_poolPath + u'/' + e);
                m_conn->removePool(m_pool, false);
            }
        }
        m_conn.reset(); // before the daemon goes, if this test started it
        e2ekit::tearDown(m_startedDaemon);
    }

    // Killed while qemu-img writes the disk into the pool's folder.
    void libvirtKilledMidCopy()
    {
        const QString vm = m_prefix + u"-copy"_s;
        QString part;
        const auto writing = [&] {
            for (const QString &e : entries(m_poolPath)) {
                if (e.startsWith(vm) && e.endsWith(u".qcow2.part"_s) && hasBytes(m_poolPath + u'/' + e)) {
                    part = m_poolPath + u'/' + e;
                    return true;
                }
            }
            return false;
        };
        const Outcome o = runAndKill(libvirtArgs(vm), writing);
        QVERIFY2(o.killed, qPrintable(u"the deploy ended before the disk was being written:\n"_s + o.output));
        QVERIFY2(QFileInfo::exists(part), "the kill left no partial disk: nothing was tested");
        QVERIFY(journalKinds().contains(u"file"_s));
        cleanUp({u"--connect"_s, u"qemu:///system"_s});
        verifyNothingLeft(vm, u"mid-copy"_s);
    }

    // Killed as the disk's conversion into the pool starts and at evenly spread fractions of
    // its bytes: after each, --cleanup leaves nothing.
    void libvirtKilledAtManyPoints()
    {
        QProcessEnvironment env = environment();
        env.insert(u"OVFCTL_PROGRESS"_s, u"lines"_s);
        constexpr int points = 6;
        int killed = 0;
        for (int k = 0; k <= points; ++k) {
            const QString vm = m_prefix + u"-at%1"_s.arg(k);
            const double fraction = double(k) / (points + 1);
            const killkit::Run run = killkit::run(QStringLiteral(OVFCTL_PATH), libvirtArgs(vm), env,
                                                  [fraction](const killkit::Progress &p) {
                                                      return p.step == u"converting disks"
                                                          && double(p.done) >= fraction * double(p.total);
                                                  });
            QVERIFY2(run.killed, qPrintable(u"point %1: the deploy ended first:\n"_s.arg(k) + run.output));
            killed += 1;
            QVERIFY2(journalKinds().contains(u"file"_s) || journalKinds().contains(u"volume"_s),
                     qPrintable(u"point %1: killed before the deployment created anything: nothing was tested"_s.arg(k)));
            cleanUp({u"--connect"_s, u"qemu:///system"_s});
            verifyNothingLeft(vm, u"killed at %1 of %2 bytes"_s.arg(run.at.done).arg(run.at.total));
        }
        qInfo("libvirt: %d kill points spread over the disk's conversion", killed);
    }

    // Killed once the domain is defined and being started: destroyed, undefined, its disk
    // volume and environment ISO removed.
    void libvirtKilledWhileStarting()
    {
        const QString vm = m_prefix + u"-start"_s;
        const Outcome o = runAndKill(libvirtArgs(vm) << u"--power-on"_s,
                                     [&] { return journalKinds().contains(u"started"_s); });
        if (!o.killed) {
            // Finished before the journal could be read at that point: remove it by hand.
            m_conn->destroyDomain(vm);
            m_conn->undefineDomain(vm);
            QSKIP("the deploy finished before the kill point; nothing to test this time");
        }
        QVERIFY2(m_conn->hasDomain(vm), "the kill left no domain: nothing was tested");
        cleanUp();
        verifyNothingLeft(vm, u"while starting"_s);
    }

    // The folder backend, killed mid-copy and at times spread over a whole run; after each
    // kill and --cleanup the parent folder is as before (or holds the complete result, when
    // the deployment had finished).
    void folderKilledAtManyPoints()
    {
        const QString parent = m_dir->filePath(u"folder-out"_s);
        QVERIFY(QDir().mkpath(parent));
        testkit::writeFile(parent + u"/existing.txt"_s, "not ours");
        const auto args = [&](const QString &out) {
            return QStringList{u"deploy"_s, m_ova, u"--target"_s, u"folder"_s, u"--out"_s, parent + u'/' + out};
        };
        const auto partialDisk = [&] {
            for (const QString &e : entries(parent)) {
                if (e.startsWith(u".copy-"_s)) {
                    const QString disks = parent + u'/' + e + u"/disks"_s;
                    for (const QString &d : entries(disks))
                        if (d.endsWith(u".part"_s) && hasBytes(disks + u'/' + d))
                            return true;
                }
            }
            return false;
        };
        Outcome o = runAndKill(args(u"copy"_s), partialDisk);
        QVERIFY2(o.killed, qPrintable(u"the deploy ended before the disk was being written:\n"_s + o.output));
        QVERIFY(entries(parent).size() == 2); // existing.txt and the temporary folder
        cleanUp();
        QCOMPARE(entries(parent), QStringList{u"existing.txt"_s});
        QVERIFY(entries(m_tmp).isEmpty());
        QVERIFY(entries(journalDir()).isEmpty());

        // A whole run, timed; then kills spread over that time.
        o = runAndKill(args(u"whole"_s), {});
        QVERIFY2(o.exitCode == 0, qPrintable(o.output));
        QVERIFY(QFileInfo::exists(parent + u"/whole/define-and-start.sh"_s));
        QDir(parent + u"/whole"_s).removeRecursively();
        const int points = 16;
        int killed = 0;
        for (int k = 1; k <= points; ++k) {
            const QString out = u"at%1"_s.arg(k);
            const qint64 at = o.elapsedMs * k / (points + 1);
            const Outcome run = runAndKill(args(out), {}, at);
            killed += run.killed ? 1 : 0;
            cleanUp();
            QStringList left = entries(parent);
            if (left.contains(out)) { // it finished: complete, never partial
                QVERIFY2(QFileInfo::exists(parent + u'/' + out + u"/define-and-start.sh"_s), qPrintable(out));
                QDir(parent + u'/' + out).removeRecursively();
                left.removeAll(out);
            }
            QVERIFY2(left == QStringList{u"existing.txt"_s}, qPrintable(u"kill at %1 ms: %2"_s.arg(at).arg(left.join(u' '))));
            QVERIFY2(entries(m_tmp).isEmpty(), qPrintable(u"kill at %1 ms: TMPDIR holds %2"_s.arg(at).arg(entries(m_tmp).join(u' '))));
            QVERIFY2(entries(journalDir()).isEmpty(),
                     qPrintable(u"kill at %1 ms: journals: %2"_s.arg(at).arg(entries(journalDir()).join(u' '))));
        }
        qInfo("whole run %lld ms; %d of %d timed runs were killed before they finished", o.elapsedMs, killed, points);
        QVERIFY(killed > 0);
    }
};

QTEST_GUILESS_MAIN(TestE2eDeployKill)
#include "tst_e2e_deploykill.moc"
