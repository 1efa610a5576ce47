#include "model/package/writeback.h"

#if defined(Q_OS_LINUX)
#include <fcntl.h>
#endif

namespace ovf::package {

void EarlyWriteback::wrote(QFileDevice &file, qint64 bytes)
{
    m_unsynced += bytes;
    if (m_unsynced < kWindow)
        return;
#if defined(Q_OS_LINUX)
    if (file.flush()) {
        const qint64 end = file.pos();
        ::sync_file_range(file.handle(), end - m_unsynced, m_unsynced, SYNC_FILE_RANGE_WRITE);
    }
#else
    (void)file;
#endif
    m_unsynced = 0;
}

} // namespace ovf::package
