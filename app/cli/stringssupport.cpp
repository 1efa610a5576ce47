#include "app/cli/stringssupport.h"

#include "app/cli/verifyinput.h"

#include "model/ovf/descriptor.h"
#include "model/ovf/envelope.h"
#include "model/ovf/xmldocument.h"
#include "model/package/hrefpolicy.h"
#include "model/package/hrefreader.h"
#include "model/package/packageopener.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace ovfctl {

std::expected<StringsDocument, int> StringsDocument::open(const QString &path, bool json)
{
    auto input = loadDescriptorInput(path, json);
    if (!input)
        return std::unexpected(input.error());
    StringsDocument d;
    d.m_name = QFileInfo(input->descriptor->fileName()).fileName();
    d.m_session = std::make_unique<ovf::commands::EditSession>(std::move(input->descriptor));
    new ovf::l10n::BundleStore(input->resolveBundle, d.m_session.get());
    return d;
}

ovf::l10n::Catalogue StringsDocument::catalogue() const
{
    return ovf::l10n::Catalogue::build(m_session->descriptor().envelope(), store());
}

std::expected<void, QString> writeOutput(const QString &path, const QByteArray &bytes)
{
    if (path == u"-") {
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
        return {};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return std::unexpected(StringsDocument::tr("%1: cannot write: %2").arg(path, file.errorString()));
    if (file.write(bytes) != bytes.size() || !file.commit())
        return std::unexpected(StringsDocument::tr("%1: cannot write: %2").arg(path, file.errorString()));
    return {};
}

std::expected<QStringList, QString> StringsDocument::save(const QString &out) const
{
    QStringList written;
    const QDir folder = QFileInfo(out).absoluteDir();
    ovf::l10n::BundleStore *bundles = store();
    // Only bundles a File still names are written (a removed locale's bundle is dropped).
    QSet<QString> named;
    for (const ovf::FileReference &f : m_session->descriptor().envelope().files())
        named.insert(f.href());
    for (const QString &href : bundles ? bundles->hrefs() : QStringList()) {
        if (!named.contains(href))
            continue;
        const auto member = ovf::package::HrefPolicy::resolve(href);
        if (!member)
            return std::unexpected(tr("bundle '%1' not written: %2").arg(href, member.error().message));
        const QString path = folder.filePath(*member);
        const QByteArray bytes = bundles->bytes(href);
        // Unedited bundles keep their bytes; they are copied only where OUT lacks them.
        if (!bundles->isChanged(href)) {
            QFile existing(path);
            if (existing.open(QIODevice::ReadOnly) && existing.readAll() == bytes)
                continue;
        }
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            return std::unexpected(tr("%1: cannot create its folder").arg(path));
        if (auto r = writeOutput(path, bytes); !r)
            return std::unexpected(r.error());
        written << path;
    }
    if (auto r = writeOutput(out, m_session->document().save()); !r)
        return std::unexpected(r.error());
    written.prepend(out);
    return written;
}

} // namespace ovfctl
