#include "model/package/hrefpolicy.h"

#include "model/ovf/utf8text.h"

using namespace Qt::StringLiterals;

namespace ovf::package {

namespace {

using Rule = PackageError::Rule;

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

std::expected<QString, PackageError> HrefPolicy::resolve(QStringView href, const MemberPolicy::Limits &limits)
{
    const QString shown = PackageError::displayName(href);
    auto fail = [&](Rule rule, const QString &message) {
        return std::unexpected(PackageError{rule, shown, message});
    };

    if (href.isEmpty())
        return fail(Rule::HrefInvalid, tr("the href is empty"));
    for (const QChar c : href) {
        if (MemberPolicy::isControl(c.unicode()))
            return fail(Rule::HrefInvalid, tr("the href contains a control character"));
        if (c == u'\\')
            return fail(Rule::HrefInvalid, tr("the href contains a backslash; paths use '/'"));
        if (c == u'?' || c == u'#')
            return fail(Rule::HrefInvalid, tr("the href has a query or fragment ('%1')").arg(c));
    }
    if (href.startsWith(u'/'))
        return fail(Rule::HrefOutside, tr("the href is an absolute path; only paths relative to the descriptor are allowed"));
    const qsizetype firstSlash = href.indexOf(u'/');
    const QStringView firstSegment = firstSlash < 0 ? href : href.left(firstSlash);
    if (const qsizetype colon = firstSegment.indexOf(u':'); colon >= 0) {
        return fail(Rule::HrefScheme, tr("the href has a URI scheme or drive ('%1'); only relative paths are allowed")
                                          .arg(firstSegment.left(colon + 1).toString()));
    }

    QStringList kept;
    const QList<QStringView> segments = href.split(u'/');
    for (const QStringView raw : segments) {
        // Percent-decode exactly once (RFC 3986 §2.1), then read the bytes as UTF-8.
        const QByteArray utf8 = raw.toUtf8();
        QByteArray bytes;
        bytes.reserve(utf8.size());
        for (qsizetype i = 0; i < utf8.size(); ++i) {
            if (utf8[i] != '%') {
                bytes += utf8[i];
                continue;
            }
            const int hi = i + 2 < utf8.size() ? hexValue(utf8[i + 1]) : -1;
            const int lo = hi >= 0 ? hexValue(utf8[i + 2]) : -1;
            if (lo < 0)
                return fail(Rule::HrefInvalid, tr("the href has a malformed percent-escape"));
            const char decoded = char(hi * 16 + lo);
            if (decoded == '/')
                return fail(Rule::HrefInvalid, tr("the href encodes a '/' inside a path segment ('%2F')"));
            bytes += decoded;
            i += 2;
        }
        const std::optional<QString> decoded = decodeValidUtf8(bytes);
        if (!decoded)
            return fail(Rule::HrefInvalid, tr("the href does not decode to UTF-8"));
        const QString segment = *decoded;
        if (segment == u".."_s)
            return fail(Rule::HrefOutside, tr("the href has a '..' segment; files must lie inside the package"));
        if (segment == u"."_s)
            continue;
        if (segment.isEmpty())
            return fail(Rule::HrefInvalid, tr("the href has an empty path segment"));
        for (const QChar c : segment) {
            if (MemberPolicy::isControl(c.unicode()))
                return fail(Rule::HrefInvalid, tr("the href encodes a control character"));
            if (c == u'\\')
                return fail(Rule::HrefInvalid, tr("the href encodes a backslash"));
        }
        if (kept.isEmpty() && segment.contains(u':'))
            return fail(Rule::HrefScheme, tr("the href encodes a URI scheme or drive ('%1')").arg(segment));
        kept << segment;
    }
    if (kept.isEmpty())
        return fail(Rule::HrefInvalid, tr("the href names no file"));
    QString name = kept.join(u'/');
    const qint64 bytes = name.toUtf8().size();
    if (bytes > limits.maxNameBytes) {
        return std::unexpected(PackageError{Rule::NameTooLong, shown.left(120) + u"..."_s,
                                            tr("the href is %1 bytes long; the limit is %2").arg(bytes).arg(limits.maxNameBytes)});
    }
    return name;
}

} // namespace ovf::package
