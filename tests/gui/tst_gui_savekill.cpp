// The GUI's saves survive kill -9 (issue 9, "Crash and resource safety"). Each run is a real
// process, ovfw_savekill (tests/gui/savekill), that runs the window's DocumentController,
// DocumentSaver and AutosaveManager on one document and performs one save; it is SIGKILLed at
// points spread over the run: as the save starts, at evenly spread fractions of the bytes it
// reports written (of the measured time, for the descriptor and the autosave, which report no
// bytes), and at the very end around the rename. After each kill:
// - the original (the document's file, a 1 GiB package read by Save As) is unchanged: its
//   inode, size and times after every kill, its SHA-256 at the end;
// - the destination is the old file or package byte for byte, or the complete new one
//   (the edited descriptor exactly; a package `ovfctl verify` accepts with the edit in it);
// - nothing else is left beside it, or what is left is removed by the next start (the
//   helper's `startup`, which does what main.cpp and the autosave offer do), after which the
//   folder holds the destination only and the autosave folder nothing.
// The packages live on a tmpfs when one can be mounted (root), so the 1 GiB writes cost
// memory bandwidth only.

#include "killtestkit.h"
#include "mounttestkit.h"
#include "packagetestkit.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMiB = 1 << 20;
const QByteArray kEdit = "edited by a save killed on purpose"; // the helper's edit

// An OVF folder: app.ovf and data.bin of `bytes` (its first MiB patterned by `seed`, the rest
// a hole: read as zeros, written out in full by every save).
bool makeFolderPackage(const QString &dir, qint64 bytes, int seed)
{
    QDir().mkpath(dir);
    QFile data(dir + u"/data.bin"_s);
    if (!data.open(QIODevice::WriteOnly) || data.write(testkit::payload(std::min(bytes, kMiB), seed)) < 0
        || !data.resize(bytes))
        return false;
    const QByteArray ovf = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                           "<Envelope xmlns=\"http://schemas.dmtf.org/ovf/envelope/1\" "
                           "xmlns:ovf=\"http://schemas.dmtf.org/ovf/envelope/1\">\n"
                           "  <References><File ovf:id=\"data\" ovf:href=\"data.bin\" ovf:size=\""
        + QByteArray::number(bytes) + "\"/></References>\n  <VirtualSystem ovf:id=\"vm\"><Info>seed "
        + QByteArray::number(seed) + "</Info></VirtualSystem>\n</Envelope>\n";
    return testkit::writeFile(dir + u"/app.ovf"_s, ovf);
}

// A descriptor of about `bytes` (a long annotation after the Info the helper edits).
QByteArray bigDescriptor(qint64 bytes)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<Envelope xmlns=\"http://schemas.dmtf.org/ovf/envelope/1\" xmlns:ovf=\"http://schemas.dmtf.org/ovf/envelope/1\">\n"
           "  <References/>\n  <VirtualSystem ovf:id=\"vm\"><Info>a virtual system</Info>\n"
           "    <AnnotationSection><Info>notes</Info><Annotation>"
        + QByteArray(bytes, 'n') + "</Annotation></AnnotationSection>\n  </VirtualSystem>\n</Envelope>\n";
}

} // namespace

class TestGuiSaveKill : public QObject
{
    Q_OBJECT

    std::optional<QTemporaryDir> m_dir;
    std::unique_ptr<testkit::TmpfsMount> m_mount;
    QString m_root;
    QString m_big; // the 1 GiB package (an OVF folder) Save As reads
    QString m_old; // the small package the destinations hold before each save
    QProcessEnvironment m_env;
    int m_points = 0;
    QByteArray m_bigPrint; // of the 1 GiB original, before any save

    killkit::Run helper(const QStringList &args, const killkit::KillWhen &when = {})
    {
        return killkit::run(QStringLiteral(OVFW_SAVEKILL_PATH), args, m_env, when);
    }
    killkit::Run ovfctl(const QStringList &args)
    {
        return killkit::run(QStringLiteral(OVFCTL_PATH), args, m_env);
    }
    // The next start: its cleanup, its autosave offer discarded. Returns its lines.
    QString nextStart()
    {
        const killkit::Run start = helper({u"startup"_s, u"--discard"_s});
        return start.code == 0 ? start.output : u"startup failed: "_s + start.output;
    }
    QString autosaveDir() const { return m_root + u"/xdg/OVF Workbench/ovf-workbench/autosave"_s; }

    // The kill points of a run measured at `wholeMs` of work: as it starts, `n` spread over
    // it, and `tail` more close to the end (the rename). bytePoints(): as it starts, `n` at
    // evenly spread fractions of the bytes, and two at the end.
    static QList<killkit::KillWhen> timedPoints(qint64 wholeMs, int n, int tail)
    {
        QList<killkit::KillWhen> points{killkit::atStart()};
        for (int k = 1; k <= n; ++k)
            points << killkit::afterStart(wholeMs * k / (n + 1));
        for (int k = 0; k < tail; ++k)
            points << killkit::afterStart(std::max<qint64>(0, wholeMs - k));
        return points;
    }
    static QList<killkit::KillWhen> bytePoints(int n)
    {
        QList<killkit::KillWhen> points{killkit::atStart()};
        for (int k = 1; k <= n; ++k)
            points << killkit::atBytes(double(k) / (n + 1));
        for (double f : {0.9999, 1.0}) // the head members and the rename
            points << killkit::atBytes(f);
        return points;
    }

private slots:
    void initTestCase()
    {
        m_dir.emplace();
        QVERIFY(m_dir->isValid());
        m_mount = std::make_unique<testkit::TmpfsMount>(m_dir->filePath(u"fs"_s), u"3500m"_s);
        m_root = m_mount->isMounted() ? m_mount->path() : m_dir->path();
        if (!m_mount->isMounted())
            qInfo("no tmpfs (%s): the packages are written to %s", qPrintable(m_mount->error()), qPrintable(m_root));
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(u"XDG_DATA_HOME"_s, m_root + u"/xdg"_s);
        m_env.insert(u"XDG_CONFIG_HOME"_s, m_root + u"/config"_s);
        m_env.insert(u"TMPDIR"_s, m_root + u"/tmp"_s);
        m_env.insert(u"XDG_RUNTIME_DIR"_s, m_root + u"/runtime"_s);
        QDir().mkpath(m_root + u"/runtime"_s);
        QFile::setPermissions(m_root + u"/runtime"_s, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        m_env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        QDir().mkpath(m_root + u"/tmp"_s);
        m_big = m_root + u"/big"_s;
        m_old = m_root + u"/old"_s;
        QVERIFY(makeFolderPackage(m_big, 1024 * kMiB, 1));
        QVERIFY(makeFolderPackage(m_old, 8 * kMiB, 2));
        m_bigPrint = killkit::fingerprint(m_big);
    }

    void cleanupTestCase()
    {
        qInfo("%d kill points in all", m_points);
        m_mount.reset(); // unmounted first: its folder can then go with the rest
        m_dir.reset();
    }

    // File > Save of a lone descriptor (4 MiB), back over itself.
    void descriptorSaveKilled()
    {
        const QString folder = m_root + u"/descriptor"_s;
        QVERIFY(QDir().mkpath(folder));
        const QString file = folder + u"/app.ovf"_s;
        const QByteArray old = bigDescriptor(4 * kMiB);
        QVERIFY(testkit::writeFile(file, old));
        const killkit::Run whole = helper({u"save"_s, file});
        QVERIFY2(whole.code == 0, qPrintable(whole.output));
        const QByteArray saved = testkit::readFile(file);
        QVERIFY(saved != old && saved.contains(kEdit));
        int killed = 0;
        int newOnes = 0;
        const QList<killkit::KillWhen> points = timedPoints(whole.workMs, 14, 3);
        for (qsizetype k = 0; k < points.size(); ++k) {
            QVERIFY(testkit::writeFile(file, old));
            const killkit::Run run = helper({u"save"_s, file}, points.at(k));
            killed += run.killed;
            const QByteArray now = testkit::readFile(file);
            QVERIFY2(now == old || now == saved, qPrintable(u"point %1 (%2 ms): app.ovf is neither"_s.arg(k).arg(run.at.sinceStartMs)));
            newOnes += now == saved;
            QVERIFY2(run.killed || now == saved, qPrintable(run.output));
            QStringList left = killkit::entries(folder);
            QVERIFY2(left == QStringList{u"app.ovf"_s}, qPrintable(u"point %1: left %2"_s.arg(k).arg(left.join(u' '))));
        }
        m_points += int(points.size());
        qInfo("descriptor Save: a whole save %lld ms; %lld kill points, %d killed before the end, %d found the new file",
              whole.workMs, points.size(), killed, newOnes);
        QVERIFY(killed > 0);
    }

    // Autosave of an edited document: the next start offers a complete autosave or none, and
    // removes whatever else the killed run left.
    void autosaveKilled()
    {
        const QString folder = m_root + u"/autosaved"_s;
        QVERIFY(QDir().mkpath(folder));
        const QString file = folder + u"/app.ovf"_s;
        QVERIFY(testkit::writeFile(file, bigDescriptor(2 * kMiB)));
        const QByteArray original = testkit::readFile(file);
        const auto finished = [](const killkit::Progress &p) { return p.finished; };
        // A whole autosave; the helper then waits for the kill (a crash after an autosave).
        const killkit::Run whole = helper({u"autosave"_s, file}, finished);
        QVERIFY2(whole.at.finished, qPrintable(whole.output));
        const qsizetype at = whole.output.indexOf(u"autosaved "_s);
        const QString dataPath = whole.output.mid(at + 10).section(u'\n', 0, 0);
        const QByteArray autosaved = testkit::readFile(dataPath);
        QVERIFY2(autosaved.contains(kEdit), qPrintable(dataPath));
        const killkit::Run offer = helper({u"startup"_s});
        QVERIFY2(offer.output.contains(u"pending "_s + dataPath), qPrintable(offer.output));
        nextStart();
        QVERIFY2(killkit::entries(autosaveDir()).isEmpty(), qPrintable(killkit::entries(autosaveDir()).join(u' ')));

        int offered = 0;
        int leftBehind = 0;
        const QList<killkit::KillWhen> points = timedPoints(whole.workMs, 14, 3);
        for (qsizetype k = 0; k < points.size(); ++k) {
            const killkit::KillWhen point = points.at(k);
            const killkit::Run run = helper({u"autosave"_s, file},
                                            [&](const killkit::Progress &p) { return point(p) || p.finished; });
            QVERIFY(run.killed);
            QCOMPARE(testkit::readFile(file), original);
            const QStringList left = killkit::entries(autosaveDir());
            leftBehind += left.size();
            // The next start offers at most this one autosave, and only a complete one.
            const killkit::Run next = helper({u"startup"_s});
            QCOMPARE(next.code, 0);
            const QStringList pending = next.output.split(u'\n', Qt::SkipEmptyParts).filter(u"pending "_s);
            QVERIFY2(pending.size() <= 1, qPrintable(next.output));
            if (!pending.isEmpty()) {
                QCOMPARE(pending.first().mid(8), dataPath);
                QVERIFY2(testkit::readFile(dataPath) == autosaved, qPrintable(u"point %1: a partial autosave is offered"_s.arg(k)));
                ++offered;
            }
            nextStart();
            QVERIFY2(killkit::entries(autosaveDir()).isEmpty(),
                     qPrintable(u"point %1 (%2 ms) left %3, after the next start still %4"_s.arg(k)
                                    .arg(run.at.sinceStartMs).arg(left.join(u' '), killkit::entries(autosaveDir()).join(u' '))));
        }
        m_points += int(points.size());
        qInfo("autosave: a whole autosave %lld ms; %lld kill points, %d left an autosave that the next start offered",
              whole.workMs, points.size(), offered);
        Q_UNUSED(leftBehind);
    }

    // Save As of a 1 GiB package into an existing package of the same format.
    void packageSaveAsKilled_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("spread"); // kill points at fractions of the bytes
        QTest::newRow("ova") << u"out.ova"_s << 8;
        // Deflating 1 GiB takes longer than the OVA: fewer points, same checks.
        QTest::newRow("zip") << u"out.zip"_s << 4;
        QTest::newRow("folder") << u"out"_s << 8;
    }

    void packageSaveAsKilled()
    {
        QFETCH(QString, name);
        QFETCH(int, spread);
        const QString folder = m_root + u"/saveas-"_s + name;
        QVERIFY(QDir().mkpath(folder));
        const QString dest = folder + u'/' + name;
        const QString source = m_big + u"/app.ovf"_s;
        const QByteArray sourceId = killkit::identity(source);
        const QByteArray dataId = killkit::identity(m_big + u"/data.bin"_s);
        const auto makeOld = [&] {
            if (QFileInfo(dest).isDir())
                QDir(dest).removeRecursively();
            QFile::remove(dest);
            const killkit::Run pack = ovfctl({u"pack"_s, m_old + u"/app.ovf"_s, dest});
            return pack.code == 0;
        };
        QVERIFY(makeOld());
        const QByteArray oldPrint = killkit::fingerprint(dest);
        const auto isNew = [&](const QString &context) {
            const killkit::Run verify = ovfctl({u"verify"_s, dest});
            return verify.code == 0 ? QString() : context + u": "_s + verify.output;
        };

        const killkit::Run whole = helper({u"saveas"_s, source, dest});
        QVERIFY2(whole.code == 0, qPrintable(whole.output));
        QVERIFY2(whole.at.total >= 1024 * kMiB, qPrintable(u"only %1 bytes reported"_s.arg(whole.at.total)));
        const QString bad = isNew(u"the complete save"_s);
        QVERIFY2(bad.isEmpty(), qPrintable(bad));
        QCOMPARE(killkit::entries(folder), QStringList{name});

        int killed = 0;
        int newOnes = 0;
        int cleaned = 0;
        const QList<killkit::KillWhen> points = bytePoints(spread);
        for (qsizetype k = 0; k < points.size(); ++k) {
            if (killkit::fingerprint(dest) != oldPrint)
                QVERIFY(makeOld());
            const killkit::Run run = helper({u"saveas"_s, source, dest}, points.at(k));
            killed += run.killed;
            const QString where = u"%1 point %2 (%3 of %4 bytes)"_s.arg(name).arg(k).arg(run.at.done).arg(run.at.total);
            QVERIFY2(killkit::identity(source) == sourceId && killkit::identity(m_big + u"/data.bin"_s) == dataId,
                     qPrintable(where + u": the original changed"_s));
            QStringList left = killkit::entries(folder);
            left.removeAll(name);
            if (!left.isEmpty()) {
                // A folder's temporary tree: the next start removes it.
                const QString start = nextStart();
                QVERIFY2(killkit::entries(folder) == QStringList{name},
                         qPrintable(where + u": left "_s + left.join(u' ') + u"; after the next start: "_s
                                    + killkit::entries(folder).join(u' ') + u"\n"_s + start));
                ++cleaned;
            }
            if (killkit::fingerprint(dest) == oldPrint) {
                QVERIFY2(run.killed, qPrintable(where + u": the save ended but the old package is still there"_s));
                continue;
            }
            const QString notNew = isNew(where + u": neither the old package nor a complete new one"_s);
            QVERIFY2(notNew.isEmpty(), qPrintable(notNew));
            ++newOnes;
        }
        m_points += int(points.size());
        qInfo("Save As %s: a whole save %lld ms (%lld bytes); %lld kill points, %d killed before the end, %d found the new "
              "package, %d left a temporary tree that the next start removed",
              qPrintable(name), whole.workMs, whole.at.total, points.size(), killed, newOnes, cleaned);
        QVERIFY(killed > 0);
    }

    // The disk fills up while Save As writes (a second writer takes all the free space while
    // the save is part-way): the save fails naming the destination and the bytes, the old
    // package is intact and nothing of the new one is left.
    void diskFillsDuringSave_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("ova") << u"out.ova"_s;
        QTest::newRow("folder") << u"out"_s;
    }

    void diskFillsDuringSave()
    {
        QFETCH(QString, name);
        const QString mid = m_root + u"/mid"_s;
        if (!QFileInfo::exists(mid))
            QVERIFY(makeFolderPackage(mid, 256 * kMiB, 3));
        testkit::TmpfsMount small(m_dir->filePath(u"small-"_s + name), u"300m"_s);
        if (!small.isMounted())
            QSKIP(qPrintable(u"cannot mount a tmpfs here: "_s + small.error()));
        const QString dest = small.path() + u'/' + name;
        QCOMPARE(ovfctl({u"pack"_s, m_old + u"/app.ovf"_s, dest}).code, 0);
        const QByteArray before = killkit::fingerprint(dest);
        const QString filler = small.path() + u"/filler"_s;
        qint64 taken = -1;
        const killkit::Run run = helper({u"saveas"_s, mid + u"/app.ovf"_s, dest},
                                        killkit::fillWhenPartWay(small.path(), filler, &taken));
        QVERIFY2(taken > 0, "the save ended before the disk could be filled");
        QCOMPARE(run.code, 1);
        qInfo("%s", qPrintable(run.output.trimmed()));
        QVERIFY2(run.output.contains(dest) && run.output.contains(u"bytes were needed"_s), qPrintable(run.output));
        QCOMPARE(killkit::fingerprint(dest), before);
        QCOMPARE(killkit::entries(small.path()), (QStringList{u"filler"_s, name}));
    }

    // Every kill above left the 1 GiB original byte-identical.
    void originalIntact()
    {
        QVERIFY(!m_bigPrint.isEmpty());
        QCOMPARE(killkit::fingerprint(m_big), m_bigPrint);
    }
};

QTEST_MAIN(TestGuiSaveKill)
#include "tst_gui_savekill.moc"
