#include "model/package/packagewriteerror.h"

#include "model/ovf/job.h"

using namespace Qt::StringLiterals;

namespace ovf::package {

QString causeId(PackageWriteError::Cause cause)
{
    using C = PackageWriteError::Cause;
    switch (cause) {
    case C::InvalidOptions: return u"invalid-options"_s;
    case C::ReadOnly: return u"read-only"_s;
    case C::NoSpace: return u"no-space"_s;
    case C::Io: return u"io"_s;
    case C::MissingSource: return u"missing-source"_s;
    case C::InvalidMember: return u"invalid-member"_s;
    case C::Changed: return u"changed"_s;
    case C::ManifestMismatch: return u"manifest-mismatch"_s;
    case C::Conversion: return u"conversion"_s;
    case C::Signing: return u"signing"_s;
    case C::Cancelled: return u"cancelled"_s;
    }
    return u"io"_s;
}

QString PackageWriteError::ruleId() const
{
    return rule ? ovf::package::ruleId(*rule) : causeId(cause);
}

PackageWriteError PackageWriteError::make(Cause cause, const QString &member, const QString &detail, const QString &path)
{
    PackageWriteError e;
    e.cause = cause;
    e.member = member;
    e.detail = detail;
    e.path = path;
    return e;
}

PackageWriteError PackageWriteError::cancelled()
{
    return make(Cause::Cancelled, {}, {});
}

PackageWriteError PackageWriteError::fromPackageError(const PackageError &error, const QString &path)
{
    PackageWriteError e;
    using R = PackageError::Rule;
    e.cause = error.rule == R::NoSpace     ? Cause::NoSpace
              : error.rule == R::ReadOnly  ? Cause::ReadOnly
              : error.rule == R::Cancelled ? Cause::Cancelled
              : error.rule == R::Io        ? Cause::Io
                                           : Cause::InvalidMember;
    e.rule = error.rule;
    e.path = path;
    // DestinationCheck names the destination as the member; a reader names the member.
    if (error.member != PackageError::displayName(path))
        e.member = error.member;
    e.detail = error.message;
    return e;
}

QString PackageWriteError::toString() const
{
    if (cause == Cause::Cancelled)
        return Job::cancelledMessage(); // the one wording of a cancel, as every job says it
    // Where: the member inside the package when there is one, and the file on disk.
    const QString shownMember = PackageError::displayName(member);
    const QString where = path.isEmpty() ? shownMember
                          : member.isEmpty() ? path
                                             : tr("%1 (in %2)").arg(shownMember, path);
    QString what;
    switch (cause) {
    case Cause::ReadOnly:
        what = detail.isEmpty() ? tr("the filesystem is read-only; nothing was written") : detail;
        break;
    case Cause::NoSpace:
        if (!detail.isEmpty())
            what = detail;
        else if (bytesNeeded >= 0 && bytesFree >= 0)
            what = tr("the disk is full: %1 bytes are needed, only %2 are free").arg(bytesNeeded).arg(bytesFree);
        else if (bytesFree >= 0)
            what = tr("the disk is full: only %1 bytes are free").arg(bytesFree);
        else
            what = tr("the disk is full");
        break;
    case Cause::MissingSource:
        what = detail.isEmpty() ? tr("cannot be read") : tr("cannot be read: %1").arg(detail);
        break;
    case Cause::Signing:
        what = tr("cannot sign the manifest: %1").arg(detail);
        break;
    case Cause::Conversion:
        what = tr("cannot convert the disk image: %1").arg(detail);
        break;
    case Cause::Cancelled: // handled above
    case Cause::InvalidOptions:
    case Cause::Io:
    case Cause::InvalidMember:
    case Cause::Changed:
    case Cause::ManifestMismatch:
        what = detail;
        break;
    }
    const QString text = where.isEmpty() ? what : tr("%1: %2").arg(where, what);
    return tr("%1 [%2]").arg(text, ruleId());
}

} // namespace ovf::package
