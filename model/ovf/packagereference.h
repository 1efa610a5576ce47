#pragma once

#include <QString>
#include <QStringView>

namespace ovf {

// A reference from the descriptor to a disk or file of the package, as written in a
// HostResource (DSP0243 §9.7: "ovf:/disk/<diskId>" and "ovf:/file/<fileId>"). Real producers
// also write "/disk/<id>" (OVF 0.9, where it was the standard form, and VirtualBox) and
// "ovf://disk/<id>" (IBM open-ovf): read, but `standard` is false for them.
struct PackageReference
{
    enum class Kind { None, Disk, File };
    Kind kind = Kind::None;
    QString id;
    bool standard = true;
};
PackageReference parsePackageReference(QStringView text);

} // namespace ovf
