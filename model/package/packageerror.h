#pragma once

#include <QString>
#include <QStringView>

namespace ovf::package {

// Why a package (OVA, ZIP or OVF folder) or one of its members was refused. Every refusal
// names the member it is about (or the package file for archive-level faults) and a rule
// with a stable id, so that the CLI, logs and tests can match on the id, never on the text.
struct PackageError
{
    enum class Rule {
        // The archive as a whole
        Io,              // the file could not be opened or read
        NotAnArchive,    // not a tar, gzip-compressed tar, ZIP or OVF folder/descriptor
        Truncated,       // ends inside a member, inside a header, or without end-of-archive
        TrailingData,    // bytes other than zero padding after the end-of-archive marker
        MalformedHeader, // a header libarchive/QuaZip could not make sense of
        TooManyMembers,
        HeaderTooLarge,  // a member's headers (ustar + pax / GNU long-name blocks) too big
        // Member names (the allowlist of DESIGN.md "Untrusted input")
        NameTooLong,
        NameEncoding,     // not valid UTF-8
        EmptyName,        // empty, or an empty path segment ("a//b")
        DotDot,           // a ".." segment
        AbsolutePath,     // leading '/', or a drive letter ("C:...")
        Backslash,
        ControlCharacter, // U+0000..U+001F, U+007F..U+009F
        DuplicateName,
        DuplicateNameCase, // equal after case folding and Unicode normalization (NFC)
        PathConflict,      // a name used both as a file and as a folder ("a" and "a/b")
        // Member types: regular files only
        Symlink,
        Hardlink,
        Device,
        Fifo,
        Directory,        // a directory entry carrying data
        UnsupportedEntry, // sparse files, sockets, unknown ZIP methods
        Encrypted,
        // Member contents
        SizeMismatch,       // data shorter or longer than the header declares
        CorruptData,        // a ZIP member whose CRC or deflate stream is wrong
        DescriptorTooLarge, // DSP0243 descriptor over the cap
        MemberTooLarge,     // a member read into memory (manifest, certificate) over its cap
        // References (DSP0243 §7.1 ovf:href)
        HrefScheme,
        HrefOutside,
        HrefInvalid,
        // Chunked files (DSP0243 §7.1 ovf:chunkSize)
        MissingChunk,
        ExtraChunk,
        ChunkOrder,
        ChunkSize,
        // Compressed files (DSP0243 §7.1 ovf:compression="gzip")
        GzipCorrupt,
        GzipTruncated,
        GzipTooLarge,   // inflates past its cap: its Disk's capacity, or the caller's limit
        NoSpace,        // the destination's filesystem has too little free space for it
        ReadOnly,       // the destination's filesystem is mounted read-only
        Cancelled,
    };

    Rule rule = Rule::Io;
    // The member (or href, or package file name) the error is about, already made safe for
    // display by displayName(): control characters escaped.
    QString member;
    // What is wrong, in the user's terms (translated); does not repeat `member`.
    QString message;

    // "MEMBER: message [rule-id]" ("message [rule-id]" when there is no member).
    QString toString() const;

    // A name with control characters, backslashes and bidi controls made visible
    // ("a\nb" -> "a\\x0ab", U+202E -> "\\u202e"), so a hostile member name cannot forge
    // lines in a log or a terminal, nor disguise its extension.
    static QString displayName(QStringView name);
};

// Stable kebab-case id of a rule ("member-dotdot"); never reused, never translated.
QString ruleId(PackageError::Rule rule);

} // namespace ovf::package
