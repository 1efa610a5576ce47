#include "app/cli/bundleresolver.h"

#include "model/package/hrefpolicy.h"
#include "model/package/packageopener.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace ovfctl {

namespace {

class ResolverText
{
    Q_DECLARE_TR_FUNCTIONS(ovfctl)
};

// The refusal names the safety rule it applies (DESIGN.md "Untrusted input"); the validator
// reports it under its own rule id (external-bundle-unreadable).
QString refused(const QString &href, const QString &reason)
{
    return ResolverText::tr("href '%1' refused: %2 (an href must be a relative path inside the package: no URI "
                            "scheme, no absolute path, no backslash, no '..')")
        .arg(href, reason);
}

QString notRead(const QString &href, const QString &reason)
{
    return ResolverText::tr("'%1' not read: %2").arg(href, reason);
}

bool hasScheme(QStringView href)
{
    // RFC 3986 §3.1: scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"
    // (covers Windows drive letters such as "C:" as well).
    if (href.isEmpty() || !href.front().isLetter() || href.front().unicode() > 0x7f)
        return false;
    for (QChar c : href) {
        if (c == u':')
            return true;
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
            || u == u'+' || u == u'-' || u == u'.';
        if (!ok)
            return false;
    }
    return false;
}

std::optional<QString> unsafeReason(QStringView path)
{
    if (path.isEmpty())
        return ResolverText::tr("the href is empty");
    if (path.contains(u'\\'))
        return ResolverText::tr("it contains a backslash");
    if (path.startsWith(u'/'))
        return ResolverText::tr("it is an absolute path");
    for (QChar c : path) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return ResolverText::tr("it contains a control character");
    }
    for (QStringView part : path.tokenize(u'/')) {
        if (part == u"..")
            return ResolverText::tr("it has a '..' component");
    }
    return std::nullopt;
}

} // namespace

std::expected<QString, QString> checkRelativeHref(const QString &href)
{
    if (hasScheme(href))
        return std::unexpected(ResolverText::tr("it has a URI scheme; only relative paths inside the package are read"));
    if (auto reason = unsafeReason(href))
        return std::unexpected(*reason);
    // Decoded once (a File href is a URI reference): "%2e%2e" is caught here, "%252e" stays
    // a literal file name.
    const QString decoded = QString::fromUtf8(QByteArray::fromPercentEncoding(href.toUtf8()));
    if (auto reason = unsafeReason(decoded))
        return std::unexpected(ResolverText::tr("once decoded, %1").arg(*reason));
    if (decoded.contains(QChar(QChar::ReplacementCharacter)) && !href.contains(QChar(QChar::ReplacementCharacter)))
        return std::unexpected(ResolverText::tr("its percent-encoding is not UTF-8"));
    return decoded;
}

ovf::validation::BundleResolver makeBundleResolver(const QString &descriptorPath, qint64 maxBytes)
{
    const QString folder = QFileInfo(descriptorPath).absolutePath();
    return [folder, maxBytes](const QString &href) -> std::expected<QByteArray, QString> {
        const auto relative = checkRelativeHref(href);
        if (!relative)
            return std::unexpected(refused(href, relative.error()));
        const QString canonicalFolder = QDir(folder).canonicalPath();
        const QFileInfo info(QDir(folder).filePath(*relative));
        const QString canonical = info.canonicalFilePath();
        if (canonical.isEmpty())
            return std::unexpected(ResolverText::tr("'%1' not found next to the descriptor")
                                       .arg(href));
        if (!canonical.startsWith(canonicalFolder + u'/'))
            return std::unexpected(refused(href, ResolverText::tr("it leads out of the descriptor's folder")));
        if (!QFileInfo(canonical).isFile())
            return std::unexpected(notRead(href, ResolverText::tr("it is not a regular file")));
        if (info.size() > maxBytes)
            return std::unexpected(notRead(href, ResolverText::tr("it is larger than %1 bytes").arg(maxBytes)));
        QFile file(canonical);
        if (!file.open(QIODevice::ReadOnly))
            return std::unexpected(ResolverText::tr("'%1' cannot be read: %2")
                                       .arg(href, file.errorString()));
        // The file may have grown since it was measured: never read more than the cap.
        QByteArray bytes = file.read(maxBytes + 1);
        if (bytes.size() > maxBytes)
            return std::unexpected(notRead(href, ResolverText::tr("it is larger than %1 bytes").arg(maxBytes)));
        return bytes;
    };
}

ovf::validation::BundleResolver makePackageBundleResolver(const QString &packagePath,
                                                          const QString &descriptorMember, qint64 maxBytes)
{
    const qsizetype slash = descriptorMember.lastIndexOf(u'/');
    const QString folder = slash < 0 ? QString() : descriptorMember.left(slash + 1);
    return [packagePath, folder, maxBytes](const QString &href) -> std::expected<QByteArray, QString> {
        const auto member = ovf::package::HrefPolicy::resolve(href);
        if (!member)
            return std::unexpected(refused(href, member.error().message));
        auto bytes = ovf::package::PackageOpener::readMember(packagePath, folder + *member, maxBytes);
        if (!bytes)
            return std::unexpected(notRead(href, bytes.error().toString()));
        return *bytes;
    };
}

} // namespace ovfctl
