#include "model/package/inflationlimit.h"

#include "model/ovf/envelope.h"
#include "model/package/gzipinflater.h"
#include "model/package/packageerror.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace ovf::package {

InflationLimit InflationLimit::callerLimit(qint64 bytes)
{
    InflationLimit limit;
    limit.bytes = bytes;
    limit.reason = tr("the limit of %1 bytes for a file no Disk of known capacity references").arg(bytes);
    return limit;
}

InflationLimit InflationLimit::forFile(const Envelope &envelope, const QString &fileId, qint64 otherFiles)
{
    qint64 capacity = -1;
    QString diskId;
    for (const VirtualDisk &disk : envelope.disks()) {
        if (!disk.hasFileRef() || disk.fileRef() != fileId)
            continue;
        const auto bytes = disk.capacityBytes();
        if (!bytes)
            continue;
        const qint64 value = *bytes > quint64(std::numeric_limits<qint64>::max())
            ? std::numeric_limits<qint64>::max() : qint64(*bytes);
        if (value > capacity) {
            capacity = value;
            diskId = disk.diskId();
        }
    }
    if (capacity < 0)
        return callerLimit(otherFiles);
    InflationLimit limit;
    limit.fromDisk = true;
    limit.bytes = GzipInflater::diskImageBound(capacity);
    limit.reason = tr("the capacity of Disk %1 (%2 bytes) plus the allowance for image metadata (%3 bytes in all)")
                       .arg(PackageError::displayName(diskId)).arg(capacity).arg(limit.bytes);
    return limit;
}

} // namespace ovf::package
