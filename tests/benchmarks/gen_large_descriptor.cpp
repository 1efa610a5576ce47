// bench_gen_descriptor OUT.ovf [--systems N --properties N --locales N --messages N]
// Writes a large, valid, deterministic OVF 1.x descriptor for the benchmarks.

#include "tests/benchmarks/descriptorgenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    ovfbench::GeneratorOptions options;
    if (auto parsed = ovfbench::takeGeneratorOptions(args, options); !parsed) {
        std::fprintf(stderr, "bench_gen_descriptor: %s\n", qPrintable(parsed.error()));
        return 2;
    }
    if (args.size() != 1 || args[0].startsWith(u'-')) {
        std::fprintf(stderr, "usage: bench_gen_descriptor OUT.ovf [options]\n%s",
                     qPrintable(ovfbench::generatorUsage()));
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    const auto result = ovfbench::generateDescriptor(args[0], options);
    if (!result) {
        std::fprintf(stderr, "bench_gen_descriptor: %s\n", qPrintable(result.error()));
        return 1;
    }
    std::printf("%s: %lld bytes, %lld elements, %d systems, %d properties, %d locales x %d messages (%.2f s)\n",
                qPrintable(args[0]), static_cast<long long>(result->bytes),
                static_cast<long long>(result->elements), options.systems, options.properties,
                options.locales, result->messagesPerBundle, double(timer.nsecsElapsed()) / 1e9);
    return 0;
}
