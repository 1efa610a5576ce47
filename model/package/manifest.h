#pragma once

#include "model/package/digest.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <expected>
#include <optional>

namespace ovf::package {

// One line of a manifest: `SHA256(disk1.vmdk)= 3b4f...` (DSP0243 §5.1).
struct ManifestEntry
{
    DigestAlgorithm algorithm = DigestAlgorithm::Sha256;
    QString fileName; // package-relative path, as written (UTF-8)
    QByteArray digest; // raw bytes, digestLength(algorithm) of them
    int line = 0; // 1-based line in the manifest; 0 for entries built by a writer

    friend bool operator==(const ManifestEntry &, const ManifestEntry &) = default;
};

// Why a manifest could not be read at all. `line` is 0 when the whole file is at fault.
struct ManifestError
{
    QString file;
    int line = 0;
    QString message;

    // "file:line: message" (the line omitted when 0).
    QString toString() const;
};

// A finding in a manifest that was read. Warnings are style (CRLF, BSD spelling, ...) or
// harmless repetition; errors make the package Invalid (see evaluateTrust) but do not stop the
// remaining entries from being checked.
struct ManifestProblem
{
    enum class Severity { Warning, Error };

    Severity severity = Severity::Error;
    QString file;
    int line = 0;
    QString message;

    QString toString() const;
};

// A parsed manifest (DSP0243 §5.1): the digest of every file of the package, one
// `ALG(name)= hex` line each. Pure data, no I/O; copyable.
class Manifest
{
    Q_DECLARE_TR_FUNCTIONS(ovf::package::Manifest)

public:
    // Manifests larger than this are refused before they are parsed.
    static constexpr qsizetype MaxSize = qsizetype(1) << 20;

    // Parses the manifest bytes. `fileName` is the manifest's name in the package
    // ("appliance.mf"): it is used in messages and to detect entries for the manifest itself
    // or for its certificate (same base name, ".cert", DSP0243 §5.2).
    //
    // Accepted: SHA1, SHA256 and SHA512 in any letter case; the ovftool spelling
    // `SHA256(name)= hex`, and with a warning each: the BSD spelling `SHA256 (name) = hex`
    // or other spacing, CRLF line ends, a UTF-8 byte order mark, upper-case hex, leading or
    // trailing whitespace, blank lines. A missing final line end is fine.
    //
    // A manifest without any entry (empty, or only blank lines and spaces as OVF Tool 4.0
    // wrote them) is read with a warning and no entries: the coverage check then names
    // every file it leaves without a digest.
    //
    // Fatal (the error): larger than MaxSize, NUL bytes or invalid UTF-8 (not text), a line that is not `ALG(name)= digest` (quoted, truncated), an unknown algorithm
    // (named), a non-hexadecimal digest, a digest of the wrong length for its algorithm.
    //
    // Problems (the manifest is still returned, see problems()): an unsafe name (empty, "..",
    // ".", absolute, drive letter, backslash, control characters): error; an entry for the
    // manifest or its certificate ("lists itself"): error; the same file listed twice with the
    // same digest: warning; with another digest or algorithm: error; two names that differ
    // only by letter case: error.
    static std::expected<Manifest, ManifestError> parse(
        QByteArrayView bytes, const QString &fileName);

    const QString &fileName() const { return m_fileName; }

    // The entries usable for checking, in file order: the first of each set of repeated lines,
    // without entries whose names are unsafe or that list the manifest or certificate itself.
    const QList<ManifestEntry> &entries() const { return m_entries; }
    // The entry for `fileName` (exact, case-sensitive match), or nullopt.
    std::optional<ManifestEntry> entry(const QString &fileName) const;
    // The weakest algorithm among entries(); Sha512 when there are none.
    DigestAlgorithm weakestAlgorithm() const;

    // The blank lines, empty or only spaces and tabs (OVF Tool 4.0 wrote such padding where
    // the descriptor's digest belongs), 1-based.
    const QList<int> &paddingLines() const { return m_paddingLines; }
    // Style findings; all of severity Warning.
    const QList<ManifestProblem> &warnings() const { return m_warnings; }
    // Findings about the content: see parse().
    const QList<ManifestProblem> &problems() const { return m_problems; }
    bool hasErrors() const;

    // The manifest text in ovftool's spelling: `SHA256(name)= lower-case hex` and LF per
    // entry, in the given order. Names must be safe (no line ends or control characters).
    static QByteArray serialize(const QList<ManifestEntry> &entries);

private:
    QString m_fileName;
    QList<ManifestEntry> m_entries;
    QList<ManifestProblem> m_warnings;
    QList<ManifestProblem> m_problems;
    QList<int> m_paddingLines;

    friend class ManifestParser;
};

} // namespace ovf::package
