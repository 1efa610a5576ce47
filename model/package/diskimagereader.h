#pragma once

#include "model/package/diskimageinspector.h"
#include "model/package/diskimagesource.h"

#include <QCoreApplication>

#include <memory>

namespace ovf::package {

// An image opened for reading, with what inspection said about it.
struct OpenedDiskImage
{
    DiskImageFacts facts;
    std::unique_ptr<DiskImageSource> source;
};

// Opens a disk image file for StreamOptimizedWriter after DiskImageInspector's checks under
// `policy`: a raw image is read in place (RawImageSource), any other format through qemu-nbd
// (NbdImageSource). Never a converted copy. Blocking: call from a worker thread.
class DiskImageReader
{
    Q_DECLARE_TR_FUNCTIONS(ovf::package::DiskImageReader)

public:
    static std::expected<OpenedDiskImage, DiskImageError> open(const QString &path, const QString &format,
                                                              const DiskImagePolicy &policy = DiskImagePolicy::authoring());
};

} // namespace ovf::package
