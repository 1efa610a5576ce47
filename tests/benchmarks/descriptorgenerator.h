#pragma once

#include <QString>
#include <QStringList>

#include <expected>

namespace ovfbench {

// What to generate. The defaults are the size the benchmark issue asks for: 1,000 virtual
// systems, 20,000 properties (20 each), 10 locales; `messages` < 0 means one message per
// msgid the descriptor uses (20,030 with the defaults), otherwise exactly that many per
// bundle (the first msgids in document order, then unused fillers).
struct GeneratorOptions
{
    int systems = 1000;
    int properties = 20000;
    int locales = 10;
    int messages = -1;
    // Every N-th message of every bundle (N > 0) carries an ovfw:sourceHash of some other
    // text (sourcedigest.h), so it is a stale translation; 0: none (the default).
    int staleEvery = 0;
};

struct GeneratorResult
{
    qint64 bytes = 0;
    qint64 elements = 0;
    int messagesPerBundle = 0;
};

// Parses "--systems N --properties N --locales N --messages N --stale N" out of `args`, removing what it
// consumed. Returns an error message for a bad value.
std::expected<void, QString> takeGeneratorOptions(QStringList &args, GeneratorOptions &options);
QString generatorUsage();

// Writes an OVF 1.x descriptor (DSP0243 1.1: References, DiskSection, NetworkSection,
// DeploymentOptionSection, a VirtualSystemCollection of VirtualSystems with ProductSection,
// OperatingSystemSection and VirtualHardwareSection, then one Strings bundle per locale) to
// `path`, atomically (QSaveFile). The output depends only on the options: same bytes every run.
std::expected<GeneratorResult, QString> generateDescriptor(const QString &path, const GeneratorOptions &options);

} // namespace ovfbench
