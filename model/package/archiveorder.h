#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace ovf::package {

// The member order DSP0243 §5.3 prescribes for an OVA: the descriptor first; then the
// manifest and the certificate (if present; both may instead end the archive, manifest then
// certificate); then the referenced files in the order of the References section. Reading
// works in any order (ArchiveReader is a stream, not a seek), so a wrong order is a warning:
// it only costs a streaming consumer the ability to act on the descriptor before the disks.
// Applies to tar packages only; ZIPs and folders have no prescribed order.
class ArchiveOrder
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveOrder)

public:
    // `members`: the member names in archive order (ArchiveReader::memberNames()).
    // `referenced`: the member names the References section expects, in its order, with
    // chunked files expanded to their chunk names (ChunkReassembler::expectedNames()).
    // The descriptor is the first "*.ovf" member; the manifest and certificate are the
    // members named like it with ".mf" and ".cert" (DSP0243 §5.1). Returns at most one
    // warning per rule broken, each citing the clause.
    static QStringList warnings(const QStringList &members, const QStringList &referenced);
};

} // namespace ovf::package
