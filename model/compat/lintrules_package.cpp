// Package lint rules: manifest algorithm, gzip and chunked files, href spelling and
// characters, missing ovf:size, OVA members over the ustar size limit.
#include "model/compat/lintcontext.h"
#include "model/ovf/descriptor.h"
#include "model/package/hrefpolicy.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ovf::compat {

namespace {

// The largest member a ustar header's 11 octal digits can size (8 GiB - 1).
constexpr qint64 kUstarMaxSize = (qint64(1) << 33) - 1;

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
                  tr("write %1").arg(QString(href).replace(u" "_s, u"%20"_s)), QString(href).replace(u" "_s, u"%20"_s));
    if (!charactersReported && !m_p.decodesHref && href.contains(u'%'))
        m_ctx.add(u"href-space", Verdict::Degraded, f.element(),
                  tr("%1 takes ovf:href '%2' literally as a file name: its percent-escapes are not decoded and "
                     "the file is not found")
                      .arg(m_label, href));
    if (m_p.needsFileSize && !f.hasSize()) {
        // Sizes are known by href as written, or as the member it names (after an href-space
        // fix the href is "a%20b" and the size was found for "a b").
        auto it = m_ctx.facts().fileSizes.constFind(href);
        if (it == m_ctx.facts().fileSizes.cend()) {
            if (const auto member = package::HrefPolicy::resolve(href))
                it = m_ctx.facts().fileSizes.constFind(*member);
        }
        const bool known = it != m_ctx.facts().fileSizes.cend();
        m_ctx.add(u"missing-file-size", m_p.missingFileSize, f.element(),
                  tr("File %1 has no ovf:size; %2 cannot show the download size or check space before "
                     "deploying")
                      .arg(href, m_label),
                  known ? tr("set ovf:size to %1").arg(*it) : QString(), known ? QString::number(*it) : QString());
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
