// Package lint rules: manifest algorithm, gzip and chunked files, href spelling and
// characters, missing ovf:size, OVA members over the ustar size limit.
#include "model/compat/lintcontext.h"
#include "model/ovf/descriptor.h"
#include "model/package/hrefpolicy.h"

#include <QRegularExpression>

#include <optional>

using namespace Qt::StringLiterals;

namespace ovf::compat {

namespace {

// The largest member a ustar header's 11 octal digits can size (8 GiB - 1).
constexpr qint64 kUstarMaxSize = (qint64(1) << 33) - 1;

// The href with its spaces written %20, and a '%' that starts no escape written %25 (so
// "x 100%.vmdk" becomes a URI reference naming the same file, not a malformed escape).
QString withSpacesEncoded(const QString &href)
{
    const auto hex = [&](qsizetype i) {
        const char16_t c = i < href.size() ? href.at(i).unicode() : 0;
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
    };
    QString out;
    out.reserve(href.size() + 8);
    for (qsizetype i = 0; i < href.size(); ++i) {
        const QChar c = href.at(i);
        const bool escape = c == u'%' && hex(i + 1) && hex(i + 2);
        if (c == u' ')
            out += u"%20";
        else if (c == u'%' && !escape)
            out += u"%25";
        else
            out += c;
    }
    return out;
}

// The stored size of the file `href` names: by the href as written, or by the member it names
// (after an href-space fix the href is "a%20b" and the size was found for "a b"; a size found
// for an href that is no URI reference, "x 100%", counts for the href the fix writes).
std::optional<qint64> sizeOf(const QHash<QString, qint64> &sizes, const QString &href)
{
    if (const auto it = sizes.constFind(href); it != sizes.cend())
        return *it;
    const auto member = package::HrefPolicy::resolve(href);
    if (!member)
        return std::nullopt;
    for (auto it = sizes.cbegin(); it != sizes.cend(); ++it) {
        auto known = package::HrefPolicy::resolve(it.key());
        if (!known)
            known = package::HrefPolicy::resolve(withSpacesEncoded(it.key()));
        if (known && *known == *member)
            return *it;
    }
    return std::nullopt;
}

class PackageRules
{
    Q_DECLARE_TR_FUNCTIONS(ovf::compat::Linter)

public:
    explicit PackageRules(LintContext &ctx) : m_ctx(ctx), m_p(ctx.profile()), m_label(profileLabel(ctx.profile())) { }

    void manifest();
    void file(const FileReference &f);
    void largeMembers();

private:
    LintContext &m_ctx;
    const Profile &m_p;
    QString m_label;
};

void PackageRules::manifest()
{
    const auto &algorithms = m_ctx.facts().manifestAlgorithms;
    if (!algorithms || !m_p.verifiesManifest)
        return;
    QStringList refused;
    for (const QString &a : *algorithms) {
        if (!m_p.manifestAlgorithms.contains(a, Qt::CaseInsensitive) && !refused.contains(a))
            refused << a;
    }
    if (refused.isEmpty())
        return;
    const xml::Element *where = m_ctx.descriptor().envelope().referencesElement();
    m_ctx.add(u"manifest-algorithm", m_p.otherManifest, where ? where : m_ctx.descriptor().envelope().element(),
              m_p.otherManifest == Verdict::Refused
                  ? tr("%1 verifies %2 manifests; this manifest uses %3 (\"The following manifest file entry is "
                       "invalid\")")
                        .arg(m_label, m_p.manifestAlgorithms.join(u", "_s), refused.join(u", "_s))
                  : tr("%1 verifies %2 manifests; the %3 entries of this manifest are skipped unchecked")
                        .arg(m_label, m_p.manifestAlgorithms.join(u", "_s), refused.join(u", "_s)),
              tr("write the manifest with %1 when the package is written").arg(m_p.preferredManifest),
              m_p.preferredManifest);
}

void PackageRules::file(const FileReference &f)
{
    // An unqualified href= (a finding of its own) is what the File names all the same.
    const QString href = f.href().isEmpty() ? f.element()->attributeValue({}, u"href") : f.href();
    if (f.compression() == u"gzip" && !m_p.gzipFiles)
        m_ctx.add(u"gzip-file", m_p.gzip, f.element(),
                  tr("%1 does not read gzip-compressed files (ovf:compression): %2").arg(m_label, href),
                  tr("store it uncompressed when the package is written"));
    if (f.hasChunkSize() && !m_p.chunkedFiles)
        m_ctx.add(u"chunked-file", m_p.chunked, f.element(),
                  tr("%1 does not read chunked files (ovf:chunkSize): %2").arg(m_label, href),
                  tr("join the chunks when the package is written"));
    bool charactersReported = false;
    if (!m_p.hrefPattern.isEmpty()) {
        const QRegularExpression re(u"^(?:%1)$"_s.arg(m_p.hrefPattern));
        if (!re.match(href).hasMatch()) {
            charactersReported = true;
            m_ctx.add(u"href-characters", m_p.hrefRefused, f.element(),
                      tr("%1 accepts only plain file names of letters, digits and _ . + = - as hrefs; '%2' is "
                         "refused (\"referenced path ... is invalid\")")
                          .arg(m_label, href));
        }
    }
    if (!charactersReported && m_p.decodesHref && href.contains(u' '))
        m_ctx.add(u"href-space", Verdict::Degraded, f.element(),
                  tr("ovf:href '%1' has an unencoded space; an href is a URI reference (DSP0243 §7.1, RFC 3986) "
                     "and %2 reads it as one")
                      .arg(href, m_label),
                  tr("write %1").arg(withSpacesEncoded(href)), withSpacesEncoded(href));
    if (!charactersReported && !m_p.decodesHref && href.contains(u'%'))
        m_ctx.add(u"href-space", Verdict::Degraded, f.element(),
                  tr("%1 takes ovf:href '%2' literally as a file name: its percent-escapes are not decoded and "
                     "the file is not found")
                      .arg(m_label, href));
    if (m_p.needsFileSize && !f.hasSize()) {
        const std::optional<qint64> size = sizeOf(m_ctx.facts().fileSizes, href);
        m_ctx.add(u"missing-file-size", m_p.missingFileSize, f.element(),
                  tr("File %1 has no ovf:size; %2 cannot show the download size or check space before "
                     "deploying")
                      .arg(href, m_label),
                  size ? tr("set ovf:size to %1").arg(*size) : QString(), size ? QString::number(*size) : QString());
    }
}

void PackageRules::largeMembers()
{
    if (m_p.largeTarMembers || !m_ctx.facts().isOva)
        return;
    for (const auto &[name, size] : m_ctx.facts().archiveMembers) {
        if (size > kUstarMaxSize)
            m_ctx.add(u"large-member", Verdict::Refused, m_ctx.descriptor().envelope().element(),
                      tr("OVA member %1 is %2 bytes, over the 8 GiB a ustar header can hold; %3 reads only ustar "
                         "sizes")
                          .arg(name)
                          .arg(size)
                          .arg(m_label));
    }
}

} // namespace

void lintPackage(LintContext &ctx)
{
    PackageRules rules(ctx);
    rules.manifest();
    for (const FileReference &f : ctx.index().files)
        rules.file(f);
    rules.largeMembers();
}

} // namespace ovf::compat
