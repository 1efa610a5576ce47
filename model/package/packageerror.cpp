#include "model/package/packageerror.h"

using namespace Qt::StringLiterals;

namespace ovf::package {

QString ruleId(PackageError::Rule rule)
{
    using R = PackageError::Rule;
    switch (rule) {
    case R::Io: return u"archive-io"_s;
    case R::NotAnArchive: return u"archive-format"_s;
    case R::Truncated: return u"archive-truncated"_s;
    case R::TrailingData: return u"archive-trailing-data"_s;
    case R::MalformedHeader: return u"archive-malformed-header"_s;
    case R::TooManyMembers: return u"archive-too-many-members"_s;
    case R::HeaderTooLarge: return u"archive-header-too-large"_s;
    case R::NameTooLong: return u"member-name-too-long"_s;
    case R::NameEncoding: return u"member-name-encoding"_s;
    case R::EmptyName: return u"member-empty-name"_s;
    case R::DotDot: return u"member-dotdot"_s;
    case R::AbsolutePath: return u"member-absolute"_s;
    case R::Backslash: return u"member-backslash"_s;
    case R::ControlCharacter: return u"member-control-character"_s;
    case R::DuplicateName: return u"member-duplicate"_s;
    case R::DuplicateNameCase: return u"member-duplicate-case"_s;
    case R::PathConflict: return u"member-path-conflict"_s;
    case R::Symlink: return u"member-symlink"_s;
    case R::Hardlink: return u"member-hardlink"_s;
    case R::Device: return u"member-device"_s;
    case R::Fifo: return u"member-fifo"_s;
    case R::Directory: return u"member-directory"_s;
    case R::UnsupportedEntry: return u"member-unsupported"_s;
    case R::Encrypted: return u"member-encrypted"_s;
    case R::SizeMismatch: return u"member-size-mismatch"_s;
    case R::CorruptData: return u"member-corrupt"_s;
    case R::DescriptorTooLarge: return u"descriptor-too-large"_s;
    case R::MemberTooLarge: return u"member-too-large"_s;
    case R::HrefScheme: return u"href-scheme"_s;
    case R::HrefOutside: return u"href-outside"_s;
    case R::HrefInvalid: return u"href-invalid"_s;
    case R::MissingChunk: return u"chunk-missing"_s;
    case R::ExtraChunk: return u"chunk-extra"_s;
    case R::ChunkOrder: return u"chunk-order"_s;
    case R::ChunkSize: return u"chunk-size"_s;
    case R::GzipCorrupt: return u"gzip-corrupt"_s;
    case R::GzipTruncated: return u"gzip-truncated"_s;
    case R::GzipTooLarge: return u"gzip-too-large"_s;
    case R::NoSpace: return u"no-space"_s;
    case R::ReadOnly: return u"read-only"_s;
    case R::Cancelled: return u"cancelled"_s;
    }
    return u"archive-io"_s;
}

QString PackageError::toString() const
{
    const QString tail = message + u" ["_s + ruleId(rule) + u']';
    return member.isEmpty() ? tail : member + u": "_s + tail;
}

QString PackageError::displayName(QStringView name)
{
    QString out;
    out.reserve(name.size());
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7f && u <= 0x9f) || u == u'\\')
            out += u"\\x"_s + QString::number(u, 16).rightJustified(2, u'0');
        else if ((u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069) || u == 0x200e || u == 0x200f)
            out += u"\\u"_s + QString::number(u, 16); // bidi controls could disguise a name
        else
            out += c;
    }
    return out;
}

} // namespace ovf::package
