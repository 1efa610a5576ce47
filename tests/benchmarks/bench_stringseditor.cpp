// bench_stringseditor [--file F.ovf] [--edits N] [generator options]
//
// The Strings editor on the benchmark descriptor (10 locales × 20,030 messages by default,
// about 200,000 Msg elements): open, filter (typing a search, status and section filters),
// switch locale, translate N messages with Enter, undo one, and print the longest GUI-thread
// stall of each step (aim: < 50 ms). A stall is measured from outside: a 2 ms precise timer
// runs on the GUI thread and every step is posted to the event loop, so the longest gap
// between two timer ticks is the longest time the GUI could not paint or take input. The GUI
// thread's CPU time inside that gap is printed beside it: on a shared, loaded machine most of
// a long gap can be the thread waiting for a core while a worker (or another process) runs.
//
// Reference in the same run (DESIGN.md "Testing": ratios, not absolute times): Qt's stock
// model/view doing the same work for the same rows, a QStandardItemModel (5 columns) under a
// QSortFilterProxyModel with setFilterFixedString in a QTableView: filling it (open), the same
// typed search, and setData of one translation per edit.

#include "tests/benchmarks/descriptorgenerator.h"

#include "model/commands/editsession.h"
#include "model/l10n/bundlestore.h"
#include "model/ovf/descriptor.h"
#include "views/stringseditor.h"
#include "views/stringsfiltermodel.h"
#include "views/stringstablemodel.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <cstdio>
#include <ctime>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

// The longest gap between ticks of a 2 ms timer on the GUI thread, minus the interval.
class StallMonitor
{
public:
    StallMonitor()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(2);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const qint64 cpu = threadCpuNs();
            if (now - m_last - 2'000'000 > m_longest) {
                m_longest = now - m_last - 2'000'000;
                m_longestCpu = cpu - m_lastCpu;
            }
            m_last = now;
            m_lastCpu = cpu;
        });
    }
    void start()
    {
        m_longest = 0;
        m_longestCpu = 0;
        m_clock.start();
        m_last = 0;
        m_lastCpu = threadCpuNs();
        m_timer.start();
    }
    // The GUI thread's CPU time within the longest stall: a stall much longer than it was
    // spent waiting for a core (the machine is shared), not working.
    double longestCpuMs() const { return double(m_longestCpu) / 1e6; }
    static qint64 threadCpuNs()
    {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
    }
    double stopMs()
    {
        m_timer.stop();
        return double(std::max<qint64>(0, m_longest)) / 1e6;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
    qint64 m_lastCpu = 0;
    qint64 m_longestCpu = 0;
};

struct Figure
{
    const char *step;
    double stallMs = 0;
    double wallMs = 0;
    double referenceStallMs = -1;
    double stallCpuMs = 0;
};

double lastStallCpuMs = 0; // of the last measure()

// Runs `steps` one per event-loop turn (each posted, like user input), then waits until
// `done` is true; returns (longest stall, wall time).
std::pair<double, double> measure(StallMonitor &monitor, const QList<std::function<void()>> &steps,
                                  const std::function<bool()> &done = {})
{
    QElapsedTimer wall;
    monitor.start();
    wall.start();
    QEventLoop loop;
    int next = 0;
    QTimer driver;
    driver.setInterval(5);
    QObject::connect(&driver, &QTimer::timeout, &loop, [&] {
        if (next < steps.size()) {
            steps[next++]();
            return;
        }
        if (!done || done())
            loop.quit();
    });
    driver.start();
    loop.exec();
    const double wallMs = double(wall.nsecsElapsed()) / 1e6;
    lastStallCpuMs = 0;
    const double stall = monitor.stopMs();
    lastStallCpuMs = monitor.longestCpuMs();
    return {stall, wallMs};
}

QStringList typing(const QString &word)
{
    QStringList out;
    for (qsizetype i = 1; i <= word.size(); ++i)
        out << word.left(i);
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    ovfbench::GeneratorOptions gen;
    if (auto r = ovfbench::takeGeneratorOptions(args, gen); !r) {
        std::fprintf(stderr, "%s\n", qPrintable(r.error()));
        return 2;
    }
    QString file;
    int edits = 20;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == u"--file" && i + 1 < args.size())
            file = args[++i];
        else if (args[i] == u"--edits" && i + 1 < args.size())
            edits = std::max(1, args[++i].toInt());
        else {
            std::fprintf(stderr, "usage: bench_stringseditor [--file F.ovf] [--edits N]\n%s",
                         qPrintable(ovfbench::generatorUsage()));
            return 2;
        }
    }
    QTemporaryDir dir;
    if (file.isEmpty()) {
        file = dir.filePath(u"strings.ovf"_s);
        if (auto g = ovfbench::generateDescriptor(file, gen); !g) {
            std::fprintf(stderr, "%s\n", qPrintable(g.error()));
            return 2;
        }
    }
    // Loading is the DocumentLoader's work on a worker in the application: not measured here.
    auto loaded = ovf::Descriptor::load(file);
    if (!loaded) {
        std::fprintf(stderr, "%s\n", qPrintable(loaded.error().toString()));
        return 2;
    }
    ovf::commands::EditSession session(std::move(*loaded));
    new ovf::l10n::BundleStore([](const QString &h) -> std::expected<QByteArray, QString> { return std::unexpected(h); },
                               &session);
    StallMonitor monitor;
    QList<Figure> figures;
    {
        // The application's first window pays for the platform and fonts once; in the
        // application the main window has done that before the editor opens.
        QTableView warmUp;
        warmUp.show();
        QTest::qWait(50);
    }

    // --- The Strings editor.
    StringsEditor *editor = nullptr;
    bool ready = false;
    auto [openStall, openWall] = measure(monitor, {[&] {
        editor = new StringsEditor(&session);
        QObject::connect(editor, &StringsEditor::snapshotReady, [&] { ready = true; });
        editor->resize(1280, 800);
        editor->show();
    }}, [&] { return ready; });
    const int rows = editor->tableModel()->rowCount();
    const int locales = int(editor->snapshot()->catalogue.locales().size());
    figures.append({"open (catalogue on a worker)", openStall, openWall, -1, lastStallCpuMs});

    QList<std::function<void()>> search;
    for (const QString &text : typing(u"label"_s))
        search << [editor, text] { editor->searchEdit()->setText(text); };
    search << [editor] { editor->searchEdit()->clear(); };
    auto [searchStall, searchWall] = measure(monitor, search);
    const int matches = [&] {
        editor->searchEdit()->setText(u"label"_s);
        const int n = editor->filterModel()->rowCount();
        editor->searchEdit()->clear();
        return n;
    }();
    figures.append({"type a search (l, la, … label, clear)", searchStall, searchWall, -1, lastStallCpuMs});

    auto [filterStall, filterWall] = measure(monitor, {
        [editor] { editor->statusFilterCombo()->setCurrentIndex(1); emit editor->statusFilterCombo()->activated(1); },
        [editor] { const int i = editor->areaFilterCombo()->findData(int(StringsArea::Properties));
                   editor->areaFilterCombo()->setCurrentIndex(i); emit editor->areaFilterCombo()->activated(i); },
        [editor] { editor->statusFilterCombo()->setCurrentIndex(0); emit editor->statusFilterCombo()->activated(0);
                   editor->areaFilterCombo()->setCurrentIndex(0); emit editor->areaFilterCombo()->activated(0); },
    });
    figures.append({"status and section filters", filterStall, filterWall, -1, lastStallCpuMs});

    // A fresh locale: every message needs work, so Enter walks the table.
    const QString target = u"eo"_s;
    ready = false;
    auto [localeStall, localeWall] = measure(monitor, {[&] {
        if (auto r = editor->addLocale(target); !r)
            std::fprintf(stderr, "add locale: %s\n", qPrintable(r.error()));
    }});
    figures.append({"add a locale (catalogue on a worker)", localeStall, localeWall, -1, lastStallCpuMs});
    ready = false;
    const QString other = editor->snapshot()->catalogue.locales().value(1);
    auto [switchStall, switchWall] = measure(monitor, {[&] { editor->showLocale(other); }}, [&] { return ready; });
    figures.append({"switch locale (worker)", switchStall, switchWall, -1, lastStallCpuMs});
    ready = false;
    measure(monitor, {[&] { editor->showLocale(target); }}, [&] { return ready; });

    QList<std::function<void()>> typingSteps;
    for (int i = 0; i < edits; ++i) {
        typingSteps << [editor, i] {
            editor->translationEdit()->setFocus();
            editor->translationEdit()->setPlainText(u"Traduko %1"_s.arg(i));
            editor->translationEdit()->document()->setModified(true);
        };
        typingSteps << [editor] { QTest::keyClick(editor->translationEdit(), Qt::Key_Return); };
    }
    auto [editStall, editWall] = measure(monitor, typingSteps);
    figures.append({"translate + Enter (next untranslated)", editStall, editWall, -1, lastStallCpuMs});
    const int stackCount = session.undoStack()->count();

    ready = false;
    auto [undoStall, undoWall] = measure(monitor, {[&] { session.undoStack()->undo(); }}, [&] { return ready; });
    figures.append({"undo one translation (rebuild on a worker)", undoStall, undoWall, -1, lastStallCpuMs});

    // --- Reference: Qt's stock model/view over the same rows.
    QStandardItemModel *reference = nullptr;
    QSortFilterProxyModel proxy;
    proxy.setFilterKeyColumn(-1);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    QTableView view;
    view.resize(1280, 800);
    auto [refOpenStall, refOpenWall] = measure(monitor, {[&] {
        reference = new QStandardItemModel(rows, StringsTableModel::ColumnCount, &view);
        for (int r = 0; r < rows; ++r) {
            for (int c = 0; c < StringsTableModel::ColumnCount; ++c)
                reference->setItem(r, c, new QStandardItem(editor->tableModel()->index(r, c).data().toString()));
        }
        proxy.setSourceModel(reference);
        view.setModel(&proxy);
        view.show();
    }});
    figures[0].referenceStallMs = refOpenStall;
    Q_UNUSED(refOpenWall);
    QList<std::function<void()>> refSearch;
    for (const QString &text : typing(u"label"_s))
        refSearch << [&proxy, text] { proxy.setFilterFixedString(text); };
    refSearch << [&proxy] { proxy.setFilterFixedString(QString()); };
    figures[1].referenceStallMs = measure(monitor, refSearch).first;
    QList<std::function<void()>> refEdits;
    for (int i = 0; i < edits; ++i)
        refEdits << [&proxy, i] { proxy.setData(proxy.index(i, StringsTableModel::TranslationColumn), u"Traduko %1"_s.arg(i)); };
    for (Figure &f : figures) {
        if (QByteArrayView(f.step).startsWith("translate"))
            f.referenceStallMs = measure(monitor, refEdits).first;
    }

    std::printf("messages=%d locales=%d rows=%d search_matches=%d edits=%d undo_steps=%d\n", rows, locales, rows,
                matches, edits, stackCount);
    std::printf("%-46s %12s %12s %10s %20s\n", "step", "stall ms", "its GUI CPU", "wall ms", "QStandardItemModel");
    double longest = 0;
    double longestCpu = 0;
    for (const Figure &f : figures) {
        longest = std::max(longest, f.stallMs);
        longestCpu = std::max(longestCpu, f.stallCpuMs);
        if (f.referenceStallMs >= 0)
            std::printf("%-46s %12.1f %12.1f %10.1f %17.1f ms\n", f.step, f.stallMs, f.stallCpuMs, f.wallMs,
                        f.referenceStallMs);
        else
            std::printf("%-46s %12.1f %12.1f %10.1f %20s\n", f.step, f.stallMs, f.stallCpuMs, f.wallMs, "-");
    }
    std::printf("longest_gui_stall_ms=%.1f (aim < 50)\n", longest);
    std::printf("longest_gui_cpu_in_a_stall_ms=%.1f (the rest of a stall is waiting for a core)\n", longestCpu);
    std::printf("open_stall_vs_qstandarditemmodel=%.2f\n", figures[0].stallMs / std::max(0.1, figures[0].referenceStallMs));
    delete editor;
    return 0;
}
