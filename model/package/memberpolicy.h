#pragma once

#include "model/package/packageerror.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>

#include <expected>
#include <optional>

namespace ovf::package {

// One member of a package as its container describes it, before any byte of data is read.
// Kept next to the policy that judges it: ArchiveReader returns only headers that passed.
struct MemberHeader
{
    enum class Type { Regular, Directory, Symlink, Hardlink, CharDevice, BlockDevice, Fifo, Other };

    // Relative path with '/' separators, as stored in the container (for readers: after the
    // policy's normalization, see MemberPolicy::check).
    QString name;
    qint64 size = 0;
    Type type = Type::Regular;
    QString linkTarget; // symlinks and hardlinks only
    // Bytes of header that describe this member in the container (tar: the ustar block plus
    // any pax / GNU long-name blocks; ZIP: its central directory record). 0 when unknown.
    qint64 headerBytes = 0;
};

// The allowlist every member must pass (DESIGN.md "Untrusted input"; DSP0243 §5.3: relative
// names, no "..", no duplicates). Stateful: check() is called once per member in archive
// order and tracks the member count and the names seen, so duplicates are caught across the
// whole archive. Not thread-safe; one policy per reader.
class MemberPolicy
{
    Q_DECLARE_TR_FUNCTIONS(MemberPolicy)

public:
    struct Limits
    {
        qint64 maxMembers = 10'000;
        qint64 maxNameBytes = 1'024;            // UTF-8 bytes of a member name
        qint64 maxHeaderBytes = 64 * 1024;      // all header blocks of one member
        qint64 maxDescriptorBytes = 64 << 20;   // any "*.ovf" member
    };

    MemberPolicy() = default;
    explicit MemberPolicy(const Limits &limits) : m_limits(limits) {}

    const Limits &limits() const { return m_limits; }

    // Judges the next member and records it. On success `header.name` is normalized in place:
    // "./" prefixes and "." segments dropped, a directory's trailing '/' removed. Checks, in
    // this order: member count, header size, name rules (checkName), type (regular files and
    // plain directories only; a directory must not carry data), descriptor size, duplicates
    // (exact, then case-folded NFC), file/folder conflicts. Directory entries take part in
    // every check; the reader then skips them.
    std::optional<PackageError> check(MemberHeader &header);

    // The name rules alone, without state: empty names and segments, length, control
    // characters, backslashes, absolute and drive-letter paths, ".." segments. Returns the
    // normalized name (see check()) or the broken rule.
    static std::expected<QString, PackageError> checkName(const QString &name, const Limits &limits);

    // Checks a name's raw bytes decode as UTF-8 (names from tar headers and ZIP entries);
    // length and the other rules are check()'s.
    static std::optional<PackageError> checkEncoding(const QByteArray &rawName, const Limits &limits);

    // A control character (C0, DEL or C1), which no member name or href may hold.
    static bool isControl(char16_t u) { return u < 0x20 || (u >= 0x7f && u <= 0x9f); }

    qint64 memberCount() const { return m_count; }

private:
    std::optional<PackageError> checkType(const MemberHeader &header) const;
    std::optional<PackageError> checkUnique(const MemberHeader &header);
    static QString foldKey(const QString &name);

    Limits m_limits;
    qint64 m_count = 0;
    QSet<QString> m_exact;                 // every file and explicit directory
    QHash<QString, QString> m_folded;      // folded key -> name as first seen
    QHash<QString, QString> m_foldedFiles; // folded key of files -> name
    QHash<QString, QString> m_foldedDirs;  // folded key of every folder used (explicit or implied)
};

} // namespace ovf::package
