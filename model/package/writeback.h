#pragma once

#include <QFileDevice>

namespace ovf::package {

// Starts the kernel's writeback of a file being written once every window of bytes, so that
// the sync which commits the file only waits for the last window instead of the whole file:
// the writeback runs while the rest is still being read, hashed and written. Advisory (Linux
// sync_file_range): an error here shows again in that sync.
class EarlyWriteback
{
public:
    static constexpr qint64 kWindow = qint64(32) << 20;

    // `bytes` more were just written to `file`, which is open for writing.
    void wrote(QFileDevice &file, qint64 bytes);
    // A new file starts.
    void reset() { m_unsynced = 0; }

private:
    qint64 m_unsynced = 0; // bytes written since the last writeback started
};

} // namespace ovf::package
