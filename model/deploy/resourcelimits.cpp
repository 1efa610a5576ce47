#include "model/deploy/resourcelimits.h"

namespace ovf::deploy {

ResourceLimits ResourceLimits::of(const EffectiveSystem &system, const QString &configuration)
{
    ResourceLimits l;
    if (system.figures.cpus > 0)
        l.cpus = int(std::min<qint64>(system.figures.cpus, 256));
    if (system.figures.hasMemory && system.figures.memoryError.isEmpty() && system.figures.memoryBytes > 0)
        l.memoryMiB = std::max<quint64>(1, system.figures.memoryBytes >> 20);
    const QList<HardwareItem> items = system.hardware.isNull() ? QList<HardwareItem>() : system.hardware.items();

    const BoundRange cpus = boundRange(items, configuration, rt::Processor);
    const auto count = [](const std::optional<EffectiveItem> &i) -> std::optional<int> {
        if (!i)
            return std::nullopt;
        bool ok = false;
        const int n = i->virtualQuantity().trimmed().toInt(&ok);
        return ok && n >= 1 && n <= 256 ? std::optional<int>(n) : std::nullopt;
    };
    if (const auto min = count(cpus.min)) {
        l.minCpus = *min;
        l.cpuRange = true;
    }
    if (const auto max = count(cpus.max)) {
        l.maxCpus = std::max(*max, l.minCpus);
        l.cpuRange = true;
    }

    const BoundRange memory = boundRange(items, configuration, rt::Memory);
    const auto mib = [](const std::optional<EffectiveItem> &i) -> std::optional<quint64> {
        if (!i)
            return std::nullopt;
        const auto bytes = memoryBytes(*i);
        return bytes && *bytes >= (quint64(1) << 20) ? std::optional<quint64>(*bytes >> 20) : std::nullopt;
    };
    if (const auto min = mib(memory.min)) {
        l.minMemoryMiB = *min;
        l.memoryRange = true;
    }
    if (const auto max = mib(memory.max)) {
        l.maxMemoryMiB = std::max(*max, l.minMemoryMiB);
        l.memoryRange = true;
    }
    return l;
}

} // namespace ovf::deploy
