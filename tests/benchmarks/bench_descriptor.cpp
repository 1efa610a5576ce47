// bench_descriptor [--runs N] [generator options] [FILE...]
//
// Times opening and validating OVF descriptors against `xmllint --noout` on the same file, in
// the same run (DESIGN.md "Testing": ratios, not absolute times). Without FILE it generates the
// benchmark descriptor (1,000 systems, 20,000 properties, 10 locales) into a temporary folder.
// Every measurement runs in a child process of its own (this program, `--measure MODE FILE`),
// so the peak memory reported is that step's and nothing left over from another.
// Prints figures; exits 0 unless something could not run.

#include "model/ovf/descriptor.h"
#include "model/validation/validator.h"
#include "tests/benchmarks/descriptorgenerator.h"
#include "tests/benchmarks/measuredprocess.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;

namespace {

constexpr double kOpenAim = 3.0;     // open <= 3x xmllint
constexpr double kValidateAim = 1.0; // validate <= open

qint64 nowNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

qint64 countElements(const ovf::xml::Element *e)
{
    qint64 n = 1;
    for (const auto &child : e->children()) {
        if (const ovf::xml::Element *c = child->toElement())
            n += countElements(c);
    }
    return n;
}

void printValue(const char *key, qint64 value)
{
    std::printf("%s=%lld\n", key, static_cast<long long>(value));
}

// --- child side: `--measure open|validate FILE`, prints key=value lines ---------------------

int measureChild(const QString &mode, const QString &path)
{
    const bool peakReset = ovfbench::resetPeakRss();
    qint64 before = ovfbench::currentRssKiB();
    qint64 t0 = nowNs();
    auto descriptor = ovf::Descriptor::load(path);
    qint64 t1 = nowNs();
    printValue("open_ns", t1 - t0);
    printValue("open_rss_before", before);
    printValue("open_peak", ovfbench::peakRssKiB());
    printValue("peak_reset", peakReset ? 1 : 0);
    if (!descriptor) {
        std::printf("error=%s\n", qPrintable(descriptor.error().toString()));
        std::fflush(stdout);
        return 3;
    }
    printValue("elements", countElements((*descriptor)->xml().root()));

    if (mode == u"validate") {
        ovfbench::resetPeakRss();
        before = ovfbench::currentRssKiB();
        t0 = nowNs();
        const ovf::validation::Report report = ovf::validation::validate(**descriptor);
        t1 = nowNs();
        printValue("validate_ns", t1 - t0);
        printValue("validate_rss_before", before);
        printValue("validate_peak", ovfbench::peakRssKiB());
        using ovf::validation::Severity;
        printValue("errors", report.count(Severity::Error));
        printValue("warnings", report.count(Severity::Warning));
        printValue("infos", report.count(Severity::Info));
        printValue("conformance", report.conformanceLevel);
        for (qsizetype i = 0; i < std::min<qsizetype>(report.problems.size(), 8); ++i) {
            QString line = report.problems[i].toString();
            line.replace(u'\n', u' ');
            std::printf("problem=%s\n", qPrintable(line));
        }
    }
    // Skip tearing the tree down: it is not part of what is measured.
    std::fflush(stdout);
    std::_Exit(0);
}

// --- parent side --------------------------------------------------------------------------

struct KeyValues
{
    QHash<QByteArray, QByteArray> values;
    QList<QByteArray> problems;

    qint64 number(const QByteArray &key) const { return values.value(key, "-1").toLongLong(); }
    bool has(const QByteArray &key) const { return values.contains(key); }
};

KeyValues parseKeyValues(const QByteArray &out)
{
    KeyValues kv;
    for (const QByteArray &line : out.split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArray key = line.left(eq);
        if (key == "problem")
            kv.problems.append(line.mid(eq + 1));
        else
            kv.values.insert(key, line.mid(eq + 1));
    }
    return kv;
}

// The repeated runs of one step.
struct Series
{
    QList<qint64> ns;          // the step's time per run
    QList<qint64> wallNs;      // the whole child process per run
    qint64 processPeakKiB = 0; // max over runs of the child's ru_maxrss
    qint64 stepExtraKiB = -1;  // max over runs of (step's peak - RSS before the step)
    KeyValues last;
    QString failure;

    qint64 best() const { return ns.isEmpty() ? 0 : *std::min_element(ns.begin(), ns.end()); }
};

QString seconds(qint64 ns)
{
    return QString::number(double(ns) / 1e9, 'f', 3);
}

QString mib(qint64 kib)
{
    return kib < 0 ? u"-"_s : QString::number(double(kib) / 1024.0, 'f', 1) + u" MiB"_s;
}

QString runsText(const QList<qint64> &ns)
{
    QStringList parts;
    for (qint64 n : ns)
        parts << seconds(n);
    return parts.join(u' ');
}

Series runXmllint(const QString &xmllint, const QString &file, int runs, const QString &scratch)
{
    Series s;
    for (int i = 0; i < runs; ++i) {
        const ovfbench::ProcessRun run = ovfbench::runMeasured(xmllint, {u"--noout"_s, file}, scratch);
        if (!run.ok()) {
            s.failure = u"xmllint --noout %1: %2\n%3"_s.arg(file, run.failure(),
                                                           QString::fromLocal8Bit(run.err.left(2000)));
            return s;
        }
        s.ns << run.wallNs;
        s.wallNs << run.wallNs;
        s.processPeakKiB = std::max(s.processPeakKiB, run.maxRssKiB);
    }
    return s;
}

Series runSelf(const QString &mode, const QString &file, int runs, const QString &scratch)
{
    Series s;
    const QString self = QCoreApplication::applicationFilePath();
    const QByteArray prefix = mode.toLatin1() + '_';
    for (int i = 0; i < runs; ++i) {
        const ovfbench::ProcessRun run = ovfbench::runMeasured(self, {u"--measure"_s, mode, file}, scratch);
        const KeyValues kv = parseKeyValues(run.out);
        if (!run.ok()) {
            s.failure = u"%1 %2: %3 %4\n%5"_s.arg(mode, file, run.failure(),
                                                  QString::fromLocal8Bit(kv.values.value("error")),
                                                  QString::fromLocal8Bit(run.err.left(2000)));
            return s;
        }
        s.last = kv;
        if (!kv.has(QByteArray(prefix + "ns"))) {
            s.failure = u"%1 %2: the measuring child printed no time"_s.arg(mode, file);
            return s;
        }
        s.ns << kv.number(QByteArray(prefix + "ns"));
        s.wallNs << run.wallNs;
        s.processPeakKiB = std::max(s.processPeakKiB, run.maxRssKiB);
        if (kv.number("peak_reset") == 1) {
            const qint64 peak = kv.number(QByteArray(prefix + "peak"));
            s.stepExtraKiB = std::max(s.stepExtraKiB, peak - kv.number(QByteArray(prefix + "rss_before")));
        }
    }
    return s;
}

void printRow(const char *label, const Series &s, const QString &ratio)
{
    std::printf("  %-32s %9s s  %-22s %12s %12s   %s\n", label, qPrintable(seconds(s.best())),
                qPrintable(runsText(s.ns)), qPrintable(mib(s.processPeakKiB)),
                qPrintable(mib(s.stepExtraKiB)), qPrintable(ratio));
}

QString verdict(double ratio, double aim)
{
    return ratio <= aim ? u"OK"_s : u"NOT MET"_s;
}

// Returns false when a step could not run.
bool benchFile(const QString &file, const QString &xmllint, int runs, const QString &scratch)
{
    const QLocale c(QLocale::English);
    const QFileInfo info(file);
    std::printf("\n== %s\n", qPrintable(file));

    const Series lint = runXmllint(xmllint, file, runs, scratch);
    const Series open = lint.failure.isEmpty() ? runSelf(u"open"_s, file, runs, scratch) : Series{};
    const Series check = open.failure.isEmpty() && lint.failure.isEmpty()
        ? runSelf(u"validate"_s, file, runs, scratch) : Series{};
    for (const QString &failure : {lint.failure, open.failure, check.failure}) {
        if (!failure.isEmpty()) {
            std::fprintf(stderr, "bench_descriptor: %s\n", qPrintable(failure));
            return false;
        }
    }

    std::printf("  file: %s MiB (%s bytes), %s elements\n",
                qPrintable(QString::number(double(info.size()) / 1048576.0, 'f', 1)),
                qPrintable(c.toString(info.size())), qPrintable(c.toString(open.last.number("elements"))));
    std::printf("  %-32s %11s  %-22s %12s %12s   %s\n", "step (best of runs)", "time", "runs (s)",
                "peak RSS", "step's own", "ratio");
    const double openRatio = double(open.best()) / double(std::max<qint64>(lint.best(), 1));
    printRow("xmllint --noout", lint, u"reference"_s);
    printRow("open (Descriptor::load)", open, u"%1x xmllint"_s.arg(openRatio, 0, 'f', 2));
    const double validateRatio = double(check.best()) / double(std::max<qint64>(open.best(), 1));
    printRow("validate (validation::validate)", check, u"%1x open"_s.arg(validateRatio, 0, 'f', 2));

    std::printf("  whole child process, best: xmllint %s s, open %s s (start-up and exit included)\n",
                qPrintable(seconds(*std::min_element(lint.wallNs.begin(), lint.wallNs.end()))),
                qPrintable(seconds(*std::min_element(open.wallNs.begin(), open.wallNs.end()))));
    std::printf("  open/xmllint = %.2fx (aim <= %.0fx): %s\n", openRatio, kOpenAim,
                qPrintable(verdict(openRatio, kOpenAim)));
    std::printf("  validate/open = %.2fx (aim <= %.0fx): %s\n", validateRatio, kValidateAim,
                qPrintable(verdict(validateRatio, kValidateAim)));
    const KeyValues &v = check.last;
    std::printf("  validator: %lld errors, %lld warnings, %lld info, conformance level %lld%s\n",
                static_cast<long long>(v.number("errors")), static_cast<long long>(v.number("warnings")),
                static_cast<long long>(v.number("infos")), static_cast<long long>(v.number("conformance")),
                v.problems.isEmpty() ? "" : "; the first ones:");
    for (const QByteArray &p : v.problems)
        std::printf("    %s\n", p.constData());
    if (open.stepExtraKiB < 0)
        std::printf("  (the kernel refused to reset the peak RSS: \"step's own\" is not available)\n");
    return true;
}

// "xmllint: using libxml version 20914" -> "libxml 20914"
QString versionText(const QByteArray &xmllintVersion)
{
    const QString first = QString::fromLocal8Bit(xmllintVersion.split('\n').value(0)).trimmed();
    const qsizetype at = first.indexOf(u"libxml version "_s);
    return at < 0 ? first : u"libxml "_s + first.mid(at + 15);
}

QString usage()
{
    return u"usage: bench_descriptor [--runs N] [generator options] [FILE...]\n"
           "  Without FILE, generates the benchmark descriptor into a temporary folder.\n"
           "  --runs N         runs per step, the best counts (default 3)\n"_s
        + ovfbench::generatorUsage();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.size() == 3 && args[0] == u"--measure" && (args[1] == u"open" || args[1] == u"validate"))
        return measureChild(args[1], args[2]);

    ovfbench::GeneratorOptions options;
    if (auto parsed = ovfbench::takeGeneratorOptions(args, options); !parsed) {
        std::fprintf(stderr, "bench_descriptor: %s\n%s", qPrintable(parsed.error()), qPrintable(usage()));
        return 2;
    }
    int runs = 3;
    if (const qsizetype at = args.indexOf(u"--runs"_s); at >= 0) {
        bool ok = false;
        runs = args.value(at + 1).toInt(&ok);
        if (!ok || runs < 1) {
            std::fprintf(stderr, "bench_descriptor: --runs needs a number >= 1\n");
            return 2;
        }
        args.remove(at, 2);
    }
    for (const QString &a : std::as_const(args)) {
        if (a.startsWith(u'-')) {
            std::fprintf(stderr, "%s", qPrintable(usage()));
            return a == u"--help" || a == u"-h" ? 0 : 2;
        }
    }

    const QString xmllint = QStandardPaths::findExecutable(u"xmllint"_s);
    if (xmllint.isEmpty()) {
        std::fprintf(stderr, "bench_descriptor: xmllint not found in PATH (Debian: apt-get install libxml2-utils)\n");
        return 77; // CTest's bench_smoke treats this as skipped
    }
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        std::fprintf(stderr, "bench_descriptor: cannot create a temporary folder\n");
        return 1;
    }

    QStringList files = args;
    if (files.isEmpty()) {
        const QString path = scratch.filePath(u"benchmark.ovf"_s);
        const qint64 t0 = nowNs();
        const auto generated = ovfbench::generateDescriptor(path, options);
        if (!generated) {
            std::fprintf(stderr, "bench_descriptor: %s\n", qPrintable(generated.error()));
            return 1;
        }
        std::printf("generated %d systems, %d properties, %d locales x %d messages in %s s\n",
                    options.systems, options.properties, options.locales, generated->messagesPerBundle,
                    qPrintable(seconds(nowNs() - t0)));
        files << path;
    }

    const ovfbench::ProcessRun version = ovfbench::runMeasured(xmllint, {u"--version"_s}, scratch.path());
    std::printf("reference: %s (%s); %d runs per step, each in a fresh process\n", qPrintable(xmllint),
                qPrintable(versionText(version.err)), runs);
    std::printf("peak RSS: the child process's ru_maxrss (wait4); step's own: the step's peak above the RSS "
                "its process had just before it\n");

    bool allRan = true;
    for (const QString &file : std::as_const(files))
        allRan = benchFile(file, xmllint, runs, scratch.path()) && allRan;
    return allRan ? 0 : 1;
}
