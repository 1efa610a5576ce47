#include "tests/benchmarks/benchimage.h"

#include <QByteArray>
#include <QFile>

#include <algorithm>
#include <vector>

namespace ovfbench {

bool writeImage(const QString &path, qint64 virtualBytes, qint64 dataBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.resize(virtualBytes))
        return false;
    const qint64 grain = 64 * 1024;
    const qint64 grains = virtualBytes / grain;
    const qint64 used = std::min(grains, dataBytes / grain);
    const qint64 step = used > 0 ? std::max<qint64>(1, grains / used) : 1;
    std::vector<quint64> random(grain / 2 / 8);
    const QByteArray pattern = QByteArray("OVF Workbench benchmark pattern ").repeated(int(grain / 2 / 32));
    quint64 x = 0x9E3779B97F4A7C15ULL;
    for (qint64 i = 0; i < used; ++i) {
        for (quint64 &v : random) { // xorshift64*
            x ^= x >> 12;
            x ^= x << 25;
            x ^= x >> 27;
            v = x * 0x2545F4914F6CDD1DULL;
        }
        if (!file.seek(i * step * grain)
            || file.write(reinterpret_cast<const char *>(random.data()), grain / 2) != grain / 2
            || file.write(pattern) != pattern.size())
            return false;
    }
    return true;
}

} // namespace ovfbench
