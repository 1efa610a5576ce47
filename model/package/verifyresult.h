#pragma once

#include "model/ovf/descriptor.h"
#include "model/package/archivereader.h"
#include "model/package/digest.h"
#include "model/package/filestamp.h"
#include "model/package/packageerror.h"
#include "model/package/signature.h"
#include "model/package/trust.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace ovf::package {

// One finding of a verification. `rule` is a stable kebab-case id: a PackageError rule id
// (ruleId(), "member-dotdot", "href-outside", ...) for safety-policy and structure faults, or
// one of the verifier's own: "no-descriptor", "descriptor-unreadable", "file-missing",
// "file-size-mismatch", "file-not-referenced", "cancelled".
struct VerifyIssue
{
    QString rule;
    QString member; // the member, href or package it is about; safe for display
    QString message; // translated; does not repeat `member`

    // "MEMBER: message [rule]" ("message [rule]" without a member).
    QString toString() const;
    static VerifyIssue fromError(const PackageError &error);
};

// One package member as the verifier saw it: its name, size and digest.
struct MemberCheck
{
    enum class Status {
        Match,      // listed in the manifest, digest equal
        Mismatch,   // listed, digest differs
        NotListed,  // the package has a manifest that does not list it
        Unchecked,  // the package has no manifest (digest computed for display and staging)
        Skipped,    // not hashed: an earlier fault (size mismatch, a stop) made it pointless
        Deferred,   // listed, not hashed: VerifyOptions deferred it to its reader, which must
                    // compare what it reads with expectedHex (never counts as a match)
    };

    QString name; // member name (for chunks "disk.vmdk.000000001")
    qint64 size = 0; // bytes stored in the package (from the header, checked while read)
    Status status = Status::Skipped;
    DigestAlgorithm algorithm = DigestAlgorithm::Sha256; // of the manifest entry, or SHA-256
    QString expectedHex; // from the manifest; empty when not listed
    QString actualHex; // computed while streaming; empty when not hashed
};

// One File of the References section (DSP0243 §7.1) and what was found for it.
struct FileCheck
{
    enum class Status {
        Ok,           // every member present with the declared size (and digests match, if listed)
        Mismatch,     // a member's digest differs from the manifest
        NotListed,    // the package has a manifest that does not list (all of) it
        Missing,      // no member (or a chunk is missing)
        SizeMismatch, // the stored size differs from ovf:size
        Refused,      // the href is unsafe, or the chunks are out of order / extra
        Unchecked,    // present, but the package has no manifest
        Deferred,     // present with the declared size and listed, its digest deferred
    };

    QString id; // ovf:id
    QString href; // as written
    QString memberName; // the member it resolves to; empty when the href is refused
    std::optional<qint64> declaredSize; // ovf:size
    qint64 actualSize = 0; // sum of its members' sizes
    bool compressed = false; // ovf:compression="gzip": digests cover the stored bytes
    std::optional<qint64> chunkSize; // ovf:chunkSize
    QList<MemberCheck> members; // the member, or the chunks in order
    Status status = Status::Missing;
    QString problem; // why, when status is not Ok / Unchecked
};

// "ok", "mismatch", "not-listed", "missing", "size-mismatch", "refused", "unchecked", "deferred"
// (stable, untranslated).
QString fileStatusName(FileCheck::Status status);
QString memberStatusName(MemberCheck::Status status);

// Everything one verification found. Plain data: copyable except for the descriptor, which
// is shared (read-only after verify() returned).
struct VerifyResult
{
    QString packagePath;
    // The package file as it was when the verification began (for a folder: its descriptor
    // file); nullopt when it is not a regular file. A later FileStamp::of(packagePath) that
    // differs means this result no longer describes the file.
    std::optional<FileStamp> packageStamp;
    std::optional<ArchiveReader::Format> format; // nullopt when the package could not be opened
    qint64 packageBytes = 0;

    // The descriptor exactly as stored, its member name, and the parsed document (null when
    // it could not be read or parsed; then descriptorError says why).
    QByteArray descriptorBytes;
    QString descriptorName;
    std::shared_ptr<const ovf::Descriptor> descriptor;
    std::optional<ovf::LoadError> descriptorError;

    QList<FileCheck> files; // References order
    QList<MemberCheck> otherMembers; // members no File references (besides descriptor, .mf, .cert)

    QString manifestName; // empty when the package has none
    QByteArray manifestBytes;
    QString certificateName;
    std::optional<SignatureCheck> signature; // when a certificate was parsed and checked

    // Faults that make the package Invalid by themselves (safety policy, structure, sizes,
    // unreadable descriptor). A safety-policy fault stops the reading: later members unseen.
    QList<VerifyIssue> errors;
    QStringList warnings; // reader, order, manifest and certificate style, gzip OVA, ...

    TrustVerdict verdict; // Invalid when errors is not empty (errors first in its reasons)
    bool cancelled = false;

    // Members whose digests were deferred (VerifyOptions::deferredMembers), in package order.
    // When not empty, `verdict` is what is proven without them: Invalid when anything else
    // is wrong, else Unchecked, its first reason naming the deferred members; and
    // `deferredVerdict` is the verdict that holds once every one of them matched its
    // manifest digest (computed as if they did). A caller may rely on deferredVerdict only
    // after it compared every deferred member's bytes with its expectedHex itself.
    QStringList deferred;
    std::optional<TrustVerdict> deferredVerdict;

    bool isInvalid() const { return verdict.state == TrustState::Invalid; }
    // The first error with this rule id, or nullptr.
    const VerifyIssue *error(const QString &rule) const;
    // The check of a member (its status says whether the digest was verified, deferred or
    // computed for an unchecked package); nullptr when the package has no such member.
    const MemberCheck *member(const QString &name) const;
};

} // namespace ovf::package
