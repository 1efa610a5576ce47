#pragma once

#include "model/package/memberpolicy.h"
#include "model/package/packageerror.h"

#include <QList>
#include <QString>

#include <expected>
#include <optional>

namespace ovf::package {

// Where a member's bytes lie on disk, for consumers that read them in place instead of
// copying them out (disk conversion with qemu-img straight from an OVA).
struct MemberLocation
{
    QString file;     // the OVA, or for an OVF folder the member's own file
    qint64 offset = 0; // first byte of the member's data in `file`
    qint64 size = 0;
};

// Finds `memberName` (a normalized member name) in the package at `path` by walking it with
// ArchiveReader and its safety policy (members before it are checked and skipped). Returns the
// location when the member is stored as one contiguous uncompressed run: in a plain-tar OVA
// (the data range inside the OVA) or an OVF folder (the file itself, offset 0); nullopt for a
// gzip-compressed OVA or a ZIP (the caller stages those). The location says where the bytes
// are, not that they are the verified ones: the caller hashes the range it uses.
// Errors: the reader's; HrefInvalid when there is no such member.
std::expected<std::optional<MemberLocation>, PackageError>
locateMember(const QString &path, const QString &memberName, const MemberPolicy::Limits &limits = {});

// One member of an archive as stored, for tools that read members in place (the libvirt OVA
// proposal's request of a layer above libvirt: `ovfctl info` lists these).
struct ArchiveMember
{
    QString name;
    qint64 size = 0;
    std::optional<qint64> dataOffset; // plain tar only: first data byte in the archive file
};

// Every member of the archive at `path` (an OVA, a gzip-compressed tar or a ZIP) in container
// order, walked with ArchiveReader under its safety policy (a refused member fails the walk,
// naming it). Data offsets are given where the bytes lie uncompressed and contiguous (plain
// tar); nullopt in a gzip tar or a ZIP. A folder or a descriptor file gives an empty list.
std::expected<QList<ArchiveMember>, PackageError> listArchiveMembers(const QString &path,
                                                                     const MemberPolicy::Limits &limits = {});

} // namespace ovf::package
