#pragma once

// Whether a run of bytes is all zeros: sparse grains of a disk image, the padding after a tar
// archive's end marker, an end-of-archive block.

#include <QtGlobal>

#include <cstring>

namespace ovf::package {

inline bool allZero(const char *data, qint64 size)
{
    // The first 16 bytes against zeros, then the run against itself shifted by 16: memcmp runs
    // at memory speed and stops at the first difference, where a loop over the bytes would
    // not (megabytes of padding, 64 KiB grains).
    static constexpr char kZeros[16] = {};
    if (size <= 16)
        return size <= 0 || std::memcmp(data, kZeros, size_t(size)) == 0;
    return std::memcmp(data, kZeros, 16) == 0 && std::memcmp(data, data + 16, size_t(size - 16)) == 0;
}

} // namespace ovf::package
