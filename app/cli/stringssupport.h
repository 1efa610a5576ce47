#pragma once

#include "model/commands/editsession.h"
#include "model/l10n/bundlestore.h"
#include "model/l10n/catalogue.h"

#include <QCoreApplication>
#include <QString>

#include <expected>
#include <memory>

namespace ovfctl {

// What the `ovfctl strings` sub-commands share: the document of FILE (a descriptor or a
// package) in an edit session whose BundleStore reads external bundles through the package
// layer's HrefReader, and writing the result.
class StringsDocument
{
    Q_DECLARE_TR_FUNCTIONS(ovfctl)

public:
    // Prints the error and returns the exit status on failure (see loadDescriptorInput).
    static std::expected<StringsDocument, int> open(const QString &path, bool json);

    ovf::commands::EditSession &session() const { return *m_session; }
    ovf::l10n::BundleStore *store() const { return ovf::l10n::BundleStore::of(m_session.get()); }
    ovf::l10n::Catalogue catalogue() const;
    // The descriptor's file name ("appliance.ovf"), for XLIFF original / PO project.
    const QString &name() const { return m_name; }

    // Writes the edited descriptor to `out` (a .ovf path; QSaveFile: complete or not at all)
    // and every external bundle it names beside it, at the place its href says (HrefPolicy;
    // folders created): new and changed ones always, unedited ones (their bytes as read) where
    // OUT's folder does not have them already. Returns the files written, or why not (nothing is left half-written; the
    // descriptor is written last, so a failure leaves the old one in place).
    std::expected<QStringList, QString> save(const QString &out) const;

private:
    std::unique_ptr<ovf::commands::EditSession> m_session;
    QString m_name;
};

// Writes bytes atomically (QSaveFile); "-" writes to stdout.
std::expected<void, QString> writeOutput(const QString &path, const QByteArray &bytes);

} // namespace ovfctl
