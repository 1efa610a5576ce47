// Opening the benchmark's large generated descriptor (about 35 MiB) in the main window: the
// window keeps painting while it loads. Prints the time to the tree, the longest stall of
// the GUI thread (a 10 ms timer probe), the GUI-thread cost of a live-validation snapshot,
// and `xmllint --noout` on the same file as the reference.
#include "app/gui/documentworkspace.h"
#include "app/gui/mainwindow.h"
#include "app/gui/validationrunner.h"
#include "model/commands/editsession.h"
#include "model/commands/setattributecommand.h"
#include "model/ovf/xmldocument.h"
#include "views/envelopetreeview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

// The longest gap between ticks of a 10 ms timer on the GUI thread while it runs.
class StallProbe : public QObject
{
public:
    StallProbe()
    {
        m_timer.setInterval(10);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            m_longest = std::max(m_longest, m_clock.restart());
        });
    }
    void start()
    {
        m_longest = 0;
        m_clock.start();
        m_timer.start();
    }
    qint64 stop()
    {
        m_timer.stop();
        return std::max(m_longest, m_clock.elapsed());
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};

class TestGuiMainWindowLarge : public QObject
{
    Q_OBJECT

private slots:
    void largeGeneratedDescriptor()
    {
        const QString generator = QStringLiteral(OVFW_BINARY_DIR "/tests/benchmarks/bench_gen_descriptor");
        if (!QFile::exists(generator))
            QSKIP("bench_gen_descriptor is not built");
        QTemporaryDir dir;
        const QString file = dir.filePath(u"large.ovf"_s);
        QProcess gen;
        gen.start(generator, {file});
        QVERIFY(gen.waitForFinished(120000));
        QCOMPARE(gen.exitCode(), 0);
        const qint64 size = QFileInfo(file).size();
        QVERIFY(size > 20 * 1024 * 1024);

        qint64 lintMs = -1;
        if (const QString xmllint = QStandardPaths::findExecutable(u"xmllint"_s); !xmllint.isEmpty()) {
            QElapsedTimer lintClock;
            lintClock.start();
            QProcess lint;
            lint.start(xmllint, {u"--noout"_s, u"--huge"_s, file});
            QVERIFY(lint.waitForFinished(120000));
            lintMs = lintClock.elapsed();
        }

        MainWindow w;
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        StallProbe probe;
        QSignalSpy opened(&w, &MainWindow::documentOpened);
        QSignalSpy validated(&w, &MainWindow::validationFinished);
        QElapsedTimer clock;
        clock.start();
        probe.start();
        w.openFile(file);
        QVERIFY(opened.wait(120000));
        EnvelopeTreeView *tree = w.workspace()->treeView();
        QVERIFY(tree->model()->rowCount() > 0);
        QVERIFY(tree->currentIndex().isValid());
        QCoreApplication::processEvents(); // the first paint of the tree
        const qint64 openMs = clock.elapsed();
        const qint64 openStall = probe.stop();
        QVERIFY(validated.size() > 0 || validated.wait(300000));
        const qint64 validatedMs = clock.elapsed();

        // An edit: the snapshot for live validation is the only GUI-thread work.
        ovf::xml::Element *content = nullptr;
        for (ovf::xml::Element *e : w.session()->document().root()->childElements())
            if (e->localName().startsWith(u"VirtualSystem"))
                content = e;
        QVERIFY(content);
        probe.start();
        auto command = ovf::commands::SetAttributeCommand::createOvf(w.session(), content, u"id", u"edited-large"_s);
        QVERIFY(command.has_value());
        QVERIFY(w.session()->push(std::move(command)).has_value());
        QVERIFY(validated.wait(300000));
        const qint64 editStall = probe.stop();
        const qint64 snapshotMs = w.validation()->lastSnapshotMs();

        std::printf("large descriptor: %.1f MiB\n", double(size) / (1024 * 1024));
        std::printf("  xmllint --noout (reference): %lld ms\n", static_cast<long long>(lintMs));
        std::printf("  open to tree shown: %lld ms; longest GUI-thread stall meanwhile: %lld ms\n",
                    static_cast<long long>(openMs), static_cast<long long>(openStall));
        std::printf("  validation finished: %lld ms after the open started\n", static_cast<long long>(validatedMs));
        std::printf("  edit + live validation: snapshot on the GUI thread %lld ms; longest stall %lld ms\n",
                    static_cast<long long>(snapshotMs), static_cast<long long>(editStall));
        // Not timed tests (the machine is shared), but a frozen window is a failure.
        QVERIFY2(openStall < 5000, qPrintable(u"GUI thread stalled %1 ms while opening"_s.arg(openStall)));
    }
};

int main(int argc, char **argv)
{
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"OVF Workbench Tests"_s);
    QCoreApplication::setApplicationName(u"tst_gui_mainwindow_large"_s);
    TestGuiMainWindowLarge test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_gui_mainwindow_large.moc"
