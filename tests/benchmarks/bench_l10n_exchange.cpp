// bench_l10n_exchange [--runs N] [--dir DIR] [--ovfctl PATH] [generator options]
//
// XLIFF export and import of 20,000 messages (the benchmark descriptor: 1,000 systems, 20,000
// properties, one locale to fill) next to translate-toolkit on the same messages, in the same
// run (DESIGN.md "Testing": ratios, not absolute times):
//   export:  `ovfctl strings export --format xliff12` (descriptor read, catalogue, XLIFF
//            written)                         vs  `po2xliff` of the same messages as PO
//   import:  `ovfctl strings import` of a translated XLIFF into a new locale (descriptor read,
//            XLIFF read, one command, descriptor written)
//                                             vs  `xliff2po` of that same XLIFF
// Baseline: `ovfctl strings stats` (reading the descriptor and building the catalogue only).
// Each step runs as a child process; the median of N runs is printed with the child's peak
// memory. Exits 77 when the reference tools are missing.

#include "tests/benchmarks/descriptorgenerator.h"
#include "tests/benchmarks/measuredprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

struct Step
{
    const char *name;
    QString program;
    QStringList args;
    std::vector<qint64> wallNs;
    qint64 maxRssKiB = 0;
};

qint64 median(std::vector<qint64> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int runs = 3;
    QString dirArg;
    QString ovfctl = QCoreApplication::applicationDirPath() + u"/../../app/ovfctl"_s;
    ovfbench::GeneratorOptions gen;
    gen.locales = 1;
    if (auto r = ovfbench::takeGeneratorOptions(args, gen); !r) {
        std::fprintf(stderr, "%s\n", qPrintable(r.error()));
        return 2;
    }
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == u"--runs" && i + 1 < args.size())
            runs = std::max(1, args[++i].toInt());
        else if (args[i] == u"--dir" && i + 1 < args.size())
            dirArg = args[++i];
        else if (args[i] == u"--ovfctl" && i + 1 < args.size())
            ovfctl = args[++i];
        else {
            std::fprintf(stderr, "usage: bench_l10n_exchange [--runs N] [--dir DIR] [--ovfctl PATH]\n%s",
                         qPrintable(ovfbench::generatorUsage()));
            return 2;
        }
    }
    const QString po2xliff = QStandardPaths::findExecutable(u"po2xliff"_s);
    const QString xliff2po = QStandardPaths::findExecutable(u"xliff2po"_s);
    const QString msgen = QStandardPaths::findExecutable(u"msgen"_s);
    if (po2xliff.isEmpty() || xliff2po.isEmpty() || msgen.isEmpty()) {
        std::printf("skipped: po2xliff, xliff2po (translate-toolkit) or msgen (gettext) missing\n");
        return 77;
    }
    QTemporaryDir tmp(dirArg.isEmpty() ? QDir::tempPath() + u"/bench_l10n-XXXXXX"_s : dirArg + u"/bench_l10n-XXXXXX"_s);
    if (!tmp.isValid())
        return 2;
    const QString dir = tmp.path();
    const QString ovf = dir + u"/bench.ovf"_s;
    const auto generated = ovfbench::generateDescriptor(ovf, gen);
    if (!generated) {
        std::fprintf(stderr, "%s\n", qPrintable(generated.error()));
        return 2;
    }
    // The same messages for everyone: a PO and an XLIFF of the locale to fill, and a
    // translated XLIFF (msgen, then po2xliff) to import.
    auto prepare = [&](const QString &program, const QStringList &a) {
        const ovfbench::ProcessRun r = ovfbench::runMeasured(program, a, dir);
        if (!r.ok())
            std::fprintf(stderr, "%s %s: %s\n%s", qPrintable(program), qPrintable(a.join(u' ')), qPrintable(r.failure()),
                         r.err.constData());
        return r.ok();
    };
    if (!prepare(ovfctl, {u"strings"_s, u"export"_s, ovf, u"--locale"_s, u"it-IT"_s, u"--format"_s, u"po"_s, u"-o"_s,
                          dir + u"/it.po"_s})
        || !prepare(msgen, {dir + u"/it.po"_s, u"-o"_s, dir + u"/it-en.po"_s})
        || !prepare(po2xliff, {u"--progress=none"_s, u"-i"_s, dir + u"/it-en.po"_s, u"-o"_s, dir + u"/it-translated.xlf"_s}))
        return 2;

    std::vector<Step> steps = {
        {"ovfctl strings stats (read + catalogue)", ovfctl, {u"strings"_s, u"stats"_s, ovf}, {}, 0},
        {"ovfctl strings export --format xliff12", ovfctl,
         {u"strings"_s, u"export"_s, ovf, u"--locale"_s, u"it-IT"_s, u"--format"_s, u"xliff12"_s, u"-o"_s, dir + u"/out.xlf"_s},
         {}, 0},
        {"po2xliff (translate-toolkit)", po2xliff,
         {u"--progress=none"_s, u"-i"_s, dir + u"/it.po"_s, u"-o"_s, dir + u"/ref.xlf"_s}, {}, 0},
        {"ovfctl strings import (XLIFF, new locale)", ovfctl,
         {u"strings"_s, u"import"_s, ovf, dir + u"/it-translated.xlf"_s, u"-o"_s, dir + u"/imported.ovf"_s, u"--locale"_s,
          u"it-IT"_s},
         {}, 0},
        {"xliff2po (translate-toolkit)", xliff2po,
         {u"--progress=none"_s, u"-i"_s, dir + u"/it-translated.xlf"_s, u"-o"_s, dir + u"/ref.po"_s}, {}, 0},
    };
    for (int run = 0; run < runs; ++run) {
        for (Step &s : steps) {
            const ovfbench::ProcessRun r = ovfbench::runMeasured(s.program, s.args, dir);
            if (!r.ok()) {
                std::fprintf(stderr, "%s: %s\n%s", s.name, qPrintable(r.failure()), r.err.constData());
                return 2;
            }
            s.wallNs.push_back(r.wallNs);
            s.maxRssKiB = std::max(s.maxRssKiB, r.maxRssKiB);
            // As it goes: translate-toolkit's xliff2po takes minutes on 20,000 units.
            std::printf("run %d: %-44s %9.1f ms\n", run + 1, s.name, ms(r.wallNs));
            std::fflush(stdout);
        }
    }
    QFile units(dir + u"/out.xlf"_s);
    units.open(QIODevice::ReadOnly);
    const qsizetype count = units.readAll().count("<trans-unit ");
    std::printf("messages=%lld descriptor_bytes=%lld runs=%d (median wall time, peak RSS)\n", (long long)count,
                (long long)generated->bytes, runs);
    for (const Step &s : steps)
        std::printf("  %-44s %9.1f ms  %7lld KiB\n", s.name, ms(median(s.wallNs)), (long long)s.maxRssKiB);
    const double exportRatio = double(median(steps[1].wallNs)) / double(median(steps[2].wallNs));
    const double importRatio = double(median(steps[3].wallNs)) / double(median(steps[4].wallNs));
    std::printf("export_vs_po2xliff=%.2f\nimport_vs_xliff2po=%.2f\n", exportRatio, importRatio);
    std::printf("(ovfctl figures include reading and parsing the %.1f MB descriptor; stats is that baseline)\n",
                double(generated->bytes) / 1e6);
    return 0;
}
