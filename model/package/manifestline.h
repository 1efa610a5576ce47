#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace ovf::package {

// One `ALG(name)= digest` line, the syntax shared by manifest entries (DSP0243 §5.1) and the
// signature line of a certificate file (§5.2), split into its parts but not yet checked: the
// algorithm may be unknown and the digest may not be hexadecimal.
struct ManifestLine
{
    enum class Spelling {
        Ovftool, // SHA256(name)= digest: the spelling of ovftool and DSP0243's examples
        Bsd, // SHA256 (name) = digest: openssl dgst, BSD md5/sha tools, coreutils --tag
        Other, // any other spacing around "(", ")" and "="
    };

    QByteArrayView algorithm;
    QByteArrayView name;
    QByteArrayView digest; // everything after "=" and its spaces; may be empty
    Spelling spelling = Spelling::Ovftool;

    // `line` has no line end and no leading or trailing whitespace. The name extends to the
    // last ")" that is followed by optional spaces and the last "=", so names may contain
    // parentheses and "=". nullopt when the line does not have this shape at all.
    static std::optional<ManifestLine> split(QByteArrayView line);
};

// Shared by the manifest and certificate-file parsers.
bool isHexDigit(char c);
// `text` as a message should show it: UTF-8, control characters as \xNN, at most 80
// characters (an ellipsis marks the cut).
QString quoteForMessage(QByteArrayView text);

} // namespace ovf::package
