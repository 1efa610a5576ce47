#pragma once

#include <QCoreApplication>
#include <QString>

namespace ovf {
class Envelope;
}

namespace ovf::package {

// How far a gzip-compressed File (DSP0243 §7.1 ovf:compression="gzip") may inflate before it
// is refused as a gzip bomb, and why. ovf:size cannot bound it: with compression it is the
// compressed size. A File that a Disk references (DSP0243 §9.1 ovf:fileRef) is bounded by that
// Disk's declared capacity (ovf:capacity × ovf:capacityAllocationUnits) plus the allowance for
// image metadata of GzipInflater::diskImageBound(); the largest one when several Disks
// reference it. Any other File, and a Disk whose capacity cannot be computed (a property
// reference, a bad unit), gets the caller's limit.
struct InflationLimit
{
    Q_DECLARE_TR_FUNCTIONS(ovf::package::InflationLimit)

public:
    qint64 bytes = 0;
    QString reason; // for GzipInflater::setCapReason(): "the capacity of Disk d1 ..."
    bool fromDisk = false;

    // The default caller limit for Files no Disk references (ISO images, NVRAM, ...).
    static constexpr qint64 kDefaultOtherFiles = qint64(64) << 30;

    static InflationLimit forFile(const Envelope &envelope, const QString &fileId, qint64 otherFiles);
    // The caller's limit alone.
    static InflationLimit callerLimit(qint64 bytes);
};

} // namespace ovf::package
