#pragma once

#include <QString>

namespace ovfbench {

// Writes a sparse raw disk image of `virtualBytes` with about `dataBytes` allocated in 64 KiB
// grains spread evenly over it, each half pseudo-random (incompressible) and half a repeating
// text pattern (compressible), the rest left as holes. Deterministic. False on a write error.
bool writeImage(const QString &path, qint64 virtualBytes, qint64 dataBytes);

} // namespace ovfbench
