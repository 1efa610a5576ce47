#pragma once

#include "model/ovf/pendingsource.h"
#include "model/package/diskimagesource.h"

#include <QString>

#include <expected>
#include <memory>

namespace ovf::package {

// Where the images of pending sources come from when they are not files the author chose
// (PackageWriterOptions::pendingOpener): machine export reads a libvirt domain's disks in
// place or through libvirt, with its own rules (a domain's backing chain is part of its disk).
// Without an opener, PendingDisks inspects and opens files under DiskImagePolicy::authoring().
// Called on the writer's thread.
class PendingSourceOpener
{
public:
    virtual ~PendingSourceOpener() = default;
    // The image's guest-visible size in bytes (checked against the Disk's capacity).
    virtual std::expected<qint64, QString> virtualBytes(const PendingSource &source) = 0;
    // The image's guest bytes, opened for StreamOptimizedWriter.
    virtual std::expected<std::unique_ptr<DiskImageSource>, QString> open(const PendingSource &source) = 0;
};

} // namespace ovf::package
