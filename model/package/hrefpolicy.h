#pragma once

#include "model/package/memberpolicy.h"
#include "model/package/packageerror.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <expected>

namespace ovf::package {

// Turns a File's ovf:href into the name of a package member (DSP0243 §7.1: a relative-path
// reference per RFC 3986, resolved against the descriptor's location; §5.3: no ".."
// dot-segments). DESIGN.md "Untrusted input": relative paths inside the package only, decoded
// exactly once.
class HrefPolicy
{
    Q_DECLARE_TR_FUNCTIONS(HrefPolicy)

public:
    // Refuses, in this order:
    //  - HrefInvalid: empty; raw control characters or backslashes; a query ('?') or fragment
    //    ('#'); a malformed percent-escape; an escape decoding to '/', or bytes that are not
    //    UTF-8; empty segments ("a//b", "a/"); a result over the name-length limit.
    //  - HrefScheme: a ':' in the first segment (RFC 3986 §4.2: that makes it a scheme —
    //    "http:", "file:", "C:" alike).
    //  - HrefOutside: a leading '/' (absolute or network path), or any ".." segment after
    //    decoding ("%2e%2e" is ".."), even one that would stay inside ("a/../b").
    // Then re-checks the decoded segments against the member-name rules (control characters
    // and backslashes that were percent-encoded count as HrefInvalid).
    // Returns the normalized member name: segments percent-decoded once, "." segments dropped
    // ("./x" -> "x"). "%252e" decodes to the literal name "%2e", never to ".".
    static std::expected<QString, PackageError> resolve(QStringView href,
                                                        const MemberPolicy::Limits &limits = {});
};

// Shorthand for HrefPolicy::resolve with the default limits.
inline std::expected<QString, PackageError> resolveHref(QStringView href)
{
    return HrefPolicy::resolve(href);
}

} // namespace ovf::package
