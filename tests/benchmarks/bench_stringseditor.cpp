// bench_stringseditor [--file F.ovf] [--edits N] [generator options]
//
// The Strings editor on the benchmark descriptor (10 locales × 20,030 messages by default,
// about 200,000 Msg elements, every 10th translation stale): open, filter (typing a search,
// untranslated, stale, by section), switch locale, add a locale, translate N messages with
// Enter, translate while a rebuild runs, undo one, clear N, and print the longest GUI-thread
// stall of each step (aim: < 50 ms) with the load average before and after. A stall is measured from outside: a 2 ms precise timer
// runs on the GUI thread and every step is posted to the event loop, so the longest gap
// between two timer ticks is the longest time the GUI could not paint or take input. The GUI
// thread's CPU time inside that gap is printed beside it: on a shared, loaded machine most of
// a long gap can be the thread waiting for a core while a worker (or another process) runs.
//
// References in the same run (DESIGN.md "Testing": ratios, not absolute times):
// - Qt's stock model/view doing the same work for the same rows, a QStandardItemModel (5
//   columns) under a QSortFilterProxyModel in a QTableView: filling it (open), the same typed
//   search, the status and section filters (on the status and usage columns), setData of one
//   translation per edit and per clear;
// - Qt Linguist's lconvert reading the shown locale's 20,030 messages (our XLIFF 1.2 export of
//   them) and writing a .ts: what a translation tool takes to load these messages at all, next
//   to the editor's open (wall time to the first table shown).

#include "tests/benchmarks/descriptorgenerator.h"

#include "tests/benchmarks/measuredprocess.h"

#include "model/commands/editsession.h"
#include "model/l10n/bundlestore.h"
#include "model/l10n/messagestatus.h"
#include "model/l10n/translationexport.h"
#include "model/ovf/descriptor.h"
#include "views/stringseditor.h"
#include "views/stringsfiltermodel.h"
#include "views/stringstablemodel.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QStandardPaths>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
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

QString loadAverage()
{
    QFile f(u"/proc/loadavg"_s);
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(u' ', 0, 2) : u"?"_s;
}

void choose(QComboBox *combo, int index)
{
    combo->setCurrentIndex(index);
    emit combo->activated(index);
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
    gen.staleEvery = 10; // something for the stale filter to find
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
    const QString loadBefore = loadAverage();
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
    auto figure = [&](const char *step, std::pair<double, double> m) {
        figures.append({step, m.first, m.second, -1, lastStallCpuMs});
        return int(figures.size() - 1);
    };
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
    const int openStep = figure("open (catalogue on a worker)", measure(monitor, {[&] {
        editor = new StringsEditor(&session);
        QObject::connect(editor, &StringsEditor::snapshotReady, [&] { ready = true; });
        editor->resize(1280, 800);
        editor->show();
    }}, [&] { return ready; }));
    const int rows = editor->tableModel()->rowCount();
    const int locales = int(editor->snapshot()->catalogue.locales().size());
    const QString firstLocale = editor->locale();

    QList<std::function<void()>> search;
    for (const QString &text : typing(u"label"_s))
        search << [editor, text] { editor->searchEdit()->setText(text); };
    search << [editor] { editor->searchEdit()->clear(); };
    const int searchStep = figure("type a search (l, la, … label, clear)", measure(monitor, search));
    const int matches = [&] {
        editor->searchEdit()->setText(u"label"_s);
        const int n = editor->filterModel()->rowCount();
        editor->searchEdit()->clear();
        return n;
    }();

    int untranslated = 0;
    int stale = 0;
    int inProperties = 0;
    const int untranslatedStep = figure("filter: untranslated, then all", measure(monitor, {
        [&] { choose(editor->statusFilterCombo(), 1); untranslated = editor->filterModel()->rowCount(); },
        [&] { choose(editor->statusFilterCombo(), 0); },
    }));
    const int staleStep = figure("filter: stale, then all", measure(monitor, {
        [&] { choose(editor->statusFilterCombo(), 2); stale = editor->filterModel()->rowCount(); },
        [&] { choose(editor->statusFilterCombo(), 0); },
    }));
    const int sectionStep = figure("filter: section Properties, then all", measure(monitor, {
        [&] { choose(editor->areaFilterCombo(), editor->areaFilterCombo()->findData(int(StringsArea::Properties)));
              inProperties = editor->filterModel()->rowCount(); },
        [&] { choose(editor->areaFilterCombo(), 0); },
    }));

    const QString other = editor->snapshot()->catalogue.locales().value(1);
    ready = false;
    figure("switch locale (catalogue on a worker)", measure(monitor, {[&] { editor->showLocale(other); }},
                                                            [&] { return ready; }));

    // A fresh locale: every message needs work, so Enter walks the table.
    const QString target = u"eo"_s;
    ready = false;
    figure("add a locale (catalogue on a worker)", measure(monitor, {[&] {
        if (auto r = editor->addLocale(target); !r)
            std::fprintf(stderr, "add locale: %s\n", qPrintable(r.error()));
    }}, [&] { return ready; }));

    QList<std::function<void()>> typingSteps;
    for (int i = 0; i < edits; ++i) {
        typingSteps << [editor, i] {
            editor->translationEdit()->setFocus();
            editor->translationEdit()->setPlainText(u"Traduko %1"_s.arg(i));
            editor->translationEdit()->document()->setModified(true);
        };
        typingSteps << [editor] { QTest::keyClick(editor->translationEdit(), Qt::Key_Return); };
    }
    const int undoBefore = session.undoStack()->index();
    const int editStep = figure("translate + Enter (next untranslated)", measure(monitor, typingSteps));
    const int madeTyped = session.undoStack()->index() - undoBefore;

    // Translations typed while a rebuild runs (a locale switch): shown at once, made when it ends.
    int held = 0;
    ready = false;
    QList<std::function<void()>> duringRebuild{[&] { editor->showLocale(firstLocale); }};
    for (int i = 0; i < edits; ++i) {
        duringRebuild << [&, i] {
            const QString msgid = editor->snapshot()->message(edits + i).msgid;
            if (auto r = editor->setTranslation(msgid, u"Dum rekonstruo %1"_s.arg(i)); !r)
                std::fprintf(stderr, "edit during rebuild: %s\n", qPrintable(r.error()));
            held += editor->hasPendingEdits() ? 1 : 0;
        };
    }
    const int undoBeforeHeld = session.undoStack()->index();
    figure("translate during a rebuild (switch locale)",
           measure(monitor, duringRebuild, [&] { return ready && !editor->hasPendingEdits(); }));
    const int madeHeld = session.undoStack()->index() - undoBeforeHeld;

    ready = false;
    figure("undo one translation (rebuild on a worker)",
           measure(monitor, {[&] { session.undoStack()->undo(); }}, [&] { return ready; }));

    // Clearing translations of the shown locale: in place, no rebuild.
    QList<std::function<void()>> clears;
    const int cleared0 = 2 * edits + 1;
    for (int i = 0; i < edits; ++i) {
        clears << [&, i] {
            const QString msgid = editor->snapshot()->message(cleared0 + i).msgid;
            if (auto r = editor->setTranslation(msgid, QString()); !r)
                std::fprintf(stderr, "clear: %s\n", qPrintable(r.error()));
        };
    }
    const int undoBeforeClear = session.undoStack()->index();
    const bool busyBeforeClear = editor->isBusy();
    const int clearStep = figure("clear a translation (in place)", measure(monitor, clears));
    const int madeClears = session.undoStack()->index() - undoBeforeClear;
    const bool rebuiltOnClear = !busyBeforeClear && editor->isBusy();

    // --- Reference: Qt's stock model/view over the same rows.
    QStandardItemModel *reference = nullptr;
    QSortFilterProxyModel proxy;
    proxy.setFilterKeyColumn(-1);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    QTableView view;
    view.resize(1280, 800);
    figures[openStep].referenceStallMs = measure(monitor, {[&] {
        reference = new QStandardItemModel(rows, StringsTableModel::ColumnCount, &view);
        for (int r = 0; r < rows; ++r) {
            for (int c = 0; c < StringsTableModel::ColumnCount; ++c)
                reference->setItem(r, c, new QStandardItem(editor->tableModel()->index(r, c).data().toString()));
        }
        proxy.setSourceModel(reference);
        view.setModel(&proxy);
        view.show();
    }}).first;
    QList<std::function<void()>> refSearch;
    for (const QString &text : typing(u"label"_s))
        refSearch << [&proxy, text] { proxy.setFilterFixedString(text); };
    refSearch << [&proxy] { proxy.setFilterFixedString(QString()); };
    figures[searchStep].referenceStallMs = measure(monitor, refSearch).first;
    auto refFilter = [&](int column, const QRegularExpression &match) {
        return measure(monitor, {
            [&proxy, column, match] { proxy.setFilterKeyColumn(column); proxy.setFilterRegularExpression(match); },
            [&proxy] { proxy.setFilterKeyColumn(-1); proxy.setFilterFixedString(QString()); },
        }).first;
    };
    using ovf::l10n::MessageStatus;
    using ovf::l10n::MessageStatusText;
    figures[untranslatedStep].referenceStallMs = refFilter(
        StringsTableModel::StatusColumn,
        QRegularExpression(u"^(%1|%2)$"_s.arg(QRegularExpression::escape(MessageStatusText::label(MessageStatus::Missing)),
                                               QRegularExpression::escape(MessageStatusText::label(MessageStatus::Empty)))));
    figures[staleStep].referenceStallMs = refFilter(
        StringsTableModel::StatusColumn,
        QRegularExpression(u"^%1$"_s.arg(QRegularExpression::escape(MessageStatusText::label(MessageStatus::Stale)))));
    figures[sectionStep].referenceStallMs = refFilter(StringsTableModel::UsageColumn, QRegularExpression(u"^Property "_s));
    QList<std::function<void()>> refEdits;
    for (int i = 0; i < edits; ++i)
        refEdits << [&proxy, i] { proxy.setData(proxy.index(i, StringsTableModel::TranslationColumn), u"Traduko %1"_s.arg(i)); };
    figures[editStep].referenceStallMs = measure(monitor, refEdits).first;
    QList<std::function<void()>> refClears;
    for (int i = 0; i < edits; ++i)
        refClears << [&proxy, i] { proxy.setData(proxy.index(i, StringsTableModel::TranslationColumn), QString()); };
    figures[clearStep].referenceStallMs = measure(monitor, refClears).first;

    // --- Reference tool: Qt Linguist's lconvert loading the same messages of one locale.
    QString lconvert = QStandardPaths::findExecutable(u"lconvert"_s, {QLibraryInfo::path(QLibraryInfo::BinariesPath)});
    if (lconvert.isEmpty())
        lconvert = QStandardPaths::findExecutable(u"lconvert"_s);
    double lconvertMs = -1;
    double lconvertCpuMs = -1;
    if (!lconvert.isEmpty()) {
        const QString xlf = dir.filePath(u"shown.xlf"_s);
        QFile out(xlf);
        if (out.open(QIODevice::WriteOnly)) {
            out.write(ovf::l10n::TranslationExport::build(editor->snapshot()->catalogue, editor->locale(),
                                                          ovf::l10n::ExchangeFormat::Xliff12, u"strings.ovf"_s)
                          .write());
            out.close();
            const ovfbench::ProcessRun run =
                ovfbench::runMeasured(lconvert, {u"-i"_s, xlf, u"-o"_s, dir.filePath(u"shown.ts"_s)}, dir.path());
            if (run.ok()) {
                lconvertMs = double(run.wallNs) / 1e6;
                lconvertCpuMs = double(run.cpuNs) / 1e6;
            } else {
                std::fprintf(stderr, "lconvert: %s\n%s", qPrintable(run.failure()), run.err.constData());
            }
        }
    }

    std::printf("load_average_before=%s after=%s cores=%d\n", qPrintable(loadBefore), qPrintable(loadAverage()),
                QThread::idealThreadCount());
    std::printf("messages=%d locales=%d rows=%d search_matches=%d untranslated=%d stale=%d in_properties=%d\n", rows,
                locales, rows, matches, untranslated, stale, inProperties);
    std::printf("edits=%d made_typed=%d held_during_rebuild=%d made_after_rebuild=%d cleared=%d "
                "clear_started_a_rebuild=%s\n",
                edits, madeTyped, held, madeHeld, madeClears, rebuiltOnClear ? "yes" : "no");
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
    std::printf("open_stall_vs_qstandarditemmodel=%.2f\n",
                figures[openStep].stallMs / std::max(0.1, figures[openStep].referenceStallMs));
    if (lconvertMs >= 0)
        std::printf("lconvert_xliff_to_ts_ms=%.1f (cpu %.1f) editor_open_wall_ms=%.1f open_vs_lconvert=%.2f\n",
                    lconvertMs, lconvertCpuMs, figures[openStep].wallMs, figures[openStep].wallMs / lconvertMs);
    else
        std::printf("lconvert: not found (qt6-l10n-tools), no tool reference\n");
    delete editor;
    const bool lost = madeHeld != edits || madeTyped != edits || madeClears != edits;
    if (lost)
        std::fprintf(stderr, "edits lost: typed %d/%d, during rebuild %d/%d, cleared %d/%d\n", madeTyped, edits,
                     madeHeld, edits, madeClears, edits);
    return lost ? 1 : 0;
}
