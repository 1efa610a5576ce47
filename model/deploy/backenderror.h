#pragma once

#include <QString>

namespace ovf::deploy {

// Why a backend step failed. `where` names the disk, domain, pool, file or process the error is
// about (safe for display); `message` says what went wrong (translated) and does not repeat it.
struct BackendError
{
    enum class Kind {
        Io,            // a file or folder could not be written, renamed or removed
        Libvirt,       // the libvirt API refused (message from virGetLastError)
        Image,         // the disk image is refused (format, backing file, subformat, size)
        Digest,        // the bytes converted did not match the verified digest
        Changed,       // the package file changed while it was being read
        Process,       // qemu-img failed to start, crashed or reported an error
        NoSpace,       // not enough free space in the storage target
        ReadOnly,      // the destination is on a read-only filesystem
        Invalid,       // a request the backend cannot honour (unknown pool, bad name, ...)
        Cancelled,
    };

    Kind kind = Kind::Io;
    QString where;
    QString message;

    // "WHERE: message" ("message" when `where` is empty).
    QString toString() const
    {
        return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
    }
};

} // namespace ovf::deploy
