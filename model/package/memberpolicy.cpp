#include "model/package/memberpolicy.h"

#include "model/ovf/utf8text.h"

#include <expected>

using namespace Qt::StringLiterals;

namespace ovf::package {

namespace {

using Rule = PackageError::Rule;

PackageError fail(Rule rule, QStringView member, const QString &message)
{
    return PackageError{rule, PackageError::displayName(member), message};
}

bool isDriveLetter(QStringView name)
{
    return name.size() >= 2 && name[1] == u':' && name[0].unicode() < 0x80 && name[0].isLetter();
}

bool endsWithOvf(const QString &name)
{
    return name.endsWith(u".ovf"_s, Qt::CaseInsensitive);
}

} // namespace

std::optional<PackageError> MemberPolicy::checkEncoding(const QByteArray &rawName, const Limits &limits)
{
    if (!decodeValidUtf8(rawName))
        return fail(Rule::NameEncoding, decodeUtf8(rawName).left(limits.maxNameBytes), tr("the name is not valid UTF-8"));
    return std::nullopt;
}

std::expected<QString, PackageError> MemberPolicy::checkName(const QString &name, const Limits &limits)
{
    const qint64 bytes = name.toUtf8().size();
    if (bytes > limits.maxNameBytes) {
        return std::unexpected(fail(Rule::NameTooLong, QString(name.left(120) + u"..."_s),
                                    tr("the name is %1 bytes long; the limit is %2").arg(bytes).arg(limits.maxNameBytes)));
    }
    for (const QChar c : name) {
        if (MemberPolicy::isControl(c.unicode())) {
            return std::unexpected(fail(Rule::ControlCharacter, name,
                                        tr("the name contains the control character U+%1")
                                            .arg(QString::number(c.unicode(), 16).rightJustified(4, u'0').toUpper())));
        }
    }
    if (name.contains(u'\\'))
        return std::unexpected(fail(Rule::Backslash, name, tr("the name contains a backslash")));
    if (name.startsWith(u'/'))
        return std::unexpected(fail(Rule::AbsolutePath, name, tr("the name is an absolute path")));
    if (isDriveLetter(name))
        return std::unexpected(fail(Rule::AbsolutePath, name, tr("the name starts with a drive letter")));

    QString body = name;
    if (body.endsWith(u'/')) // a directory's trailing slash
        body.chop(1);
    QStringList kept;
    const QStringList segments = body.split(u'/');
    for (const QString &segment : segments) {
        if (segment == u".."_s)
            return std::unexpected(fail(Rule::DotDot, name, tr("the name has a '..' component")));
        if (segment == u"."_s)
            continue;
        if (segment.isEmpty()) {
            return std::unexpected(fail(Rule::EmptyName, name,
                                        body.isEmpty() ? tr("the name is empty") : tr("the name has an empty path component")));
        }
        kept << segment;
    }
    if (kept.isEmpty())
        return std::unexpected(fail(Rule::EmptyName, name, tr("the name is empty")));
    return kept.join(u'/');
}

std::optional<PackageError> MemberPolicy::check(MemberHeader &header)
{
    ++m_count;
    if (m_count > m_limits.maxMembers) {
        return fail(Rule::TooManyMembers, header.name,
                    tr("the package has more than %1 members").arg(m_limits.maxMembers));
    }
    if (header.headerBytes > m_limits.maxHeaderBytes) {
        return fail(Rule::HeaderTooLarge, header.name.left(120),
                    tr("the member's headers take %1 bytes; the limit is %2")
                        .arg(header.headerBytes)
                        .arg(m_limits.maxHeaderBytes));
    }
    auto normalized = checkName(header.name, m_limits);
    if (!normalized)
        return normalized.error();
    if (auto error = checkType(header))
        return error;
    header.name = *normalized;
    if (header.type == MemberHeader::Type::Regular && endsWithOvf(header.name)
        && header.size > m_limits.maxDescriptorBytes) {
        return fail(Rule::DescriptorTooLarge, header.name,
                    tr("the descriptor is %1 bytes; the limit is %2").arg(header.size).arg(m_limits.maxDescriptorBytes));
    }
    return checkUnique(header);
}

std::optional<PackageError> MemberPolicy::checkType(const MemberHeader &header) const
{
    using T = MemberHeader::Type;
    switch (header.type) {
    case T::Regular:
        return std::nullopt;
    case T::Directory:
        if (header.size > 0) {
            return fail(Rule::Directory, header.name,
                        tr("the directory entry carries %1 bytes of data").arg(header.size));
        }
        return std::nullopt;
    case T::Symlink:
        return fail(Rule::Symlink, header.name,
                    tr("symbolic links are not allowed in a package (it points to '%1')")
                        .arg(PackageError::displayName(header.linkTarget)));
    case T::Hardlink:
        return fail(Rule::Hardlink, header.name,
                    tr("hard links are not allowed in a package (it links to '%1')")
                        .arg(PackageError::displayName(header.linkTarget)));
    case T::CharDevice:
        return fail(Rule::Device, header.name, tr("character devices are not allowed in a package"));
    case T::BlockDevice:
        return fail(Rule::Device, header.name, tr("block devices are not allowed in a package"));
    case T::Fifo:
        return fail(Rule::Fifo, header.name, tr("FIFOs (named pipes) are not allowed in a package"));
    case T::Other:
        break;
    }
    return fail(Rule::UnsupportedEntry, header.name, tr("only regular files are allowed in a package"));
}

QString MemberPolicy::foldKey(const QString &name)
{
    return name.normalized(QString::NormalizationForm_C).toCaseFolded();
}

std::optional<PackageError> MemberPolicy::checkUnique(const MemberHeader &header)
{
    const QString &name = header.name;
    const bool isDir = header.type == MemberHeader::Type::Directory;
    if (m_exact.contains(name)) // DSP0243 §5.3: no duplicates within the archive
        return fail(Rule::DuplicateName, name, tr("the name appears twice in the package"));
    const QString key = foldKey(name);
    if (const auto it = m_folded.constFind(key); it != m_folded.cend()) {
        return fail(Rule::DuplicateNameCase, name,
                    tr("the name differs from '%1' only by case or Unicode normalization")
                        .arg(PackageError::displayName(*it)));
    }
    if (!isDir) {
        if (const auto it = m_foldedDirs.constFind(key); it != m_foldedDirs.cend()) {
            return fail(Rule::PathConflict, name,
                        tr("the name is also used as a folder ('%1/...')").arg(PackageError::displayName(*it)));
        }
    } else if (const auto it = m_foldedFiles.constFind(key); it != m_foldedFiles.cend()) {
        return fail(Rule::PathConflict, name,
                    tr("the folder has the name of the file '%1'").arg(PackageError::displayName(*it)));
    }
    // Every parent folder must not be a file already.
    QStringList parents;
    for (qsizetype slash = name.indexOf(u'/'); slash >= 0; slash = name.indexOf(u'/', slash + 1))
        parents << name.left(slash);
    for (const QString &parent : std::as_const(parents)) {
        if (const auto it = m_foldedFiles.constFind(foldKey(parent)); it != m_foldedFiles.cend()) {
            return fail(Rule::PathConflict, name,
                        tr("its folder '%1' is also a file in the package").arg(PackageError::displayName(*it)));
        }
    }
    m_exact.insert(name);
    m_folded.insert(key, name);
    if (isDir)
        m_foldedDirs.insert(key, name);
    else
        m_foldedFiles.insert(key, name);
    for (const QString &parent : std::as_const(parents))
        m_foldedDirs.insert(foldKey(parent), parent);
    return std::nullopt;
}

} // namespace ovf::package
