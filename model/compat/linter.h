#pragma once

#include "model/compat/finding.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <optional>

namespace ovf {
class Descriptor;
}

namespace ovf::compat {

// What is known about the package around a descriptor, when it is linted as a package
// (OVA, OVF folder, ZIP) rather than as a bare descriptor. Every field is optional.
struct PackageFacts
{
    // The digest algorithms of the manifest's entries ("SHA1", "SHA256", "SHA512"); nullopt
    // when there is no manifest (or it was not read). `manifestAlgorithm` when set says what
    // the package will be written with (overrides the manifest read).
    std::optional<QStringList> manifestAlgorithms;
    // The stored size of each referenced file, by ovf:href as written (for missing ovf:size).
    QHash<QString, qint64> fileSizes;
    // Members of an OVA archive and their sizes (for the 8 GiB ustar limit).
    QList<std::pair<QString, qint64>> archiveMembers;
    bool isOva = false;
    qint64 descriptorBytes = -1;

    // The stored sizes of the files `descriptor`'s References name that lie in `folder` (a lone
    // descriptor's folder or an OVF folder), by ovf:href as written, found as every other href
    // is (package::HrefReader: decoded once, nothing outside the folder, no symbolic link), or
    // literally when the href is no URI reference (a '%' that starts no escape).
    // Reads the file system: call it off the GUI thread.
    static QHash<QString, qint64> fileSizesBeside(const Descriptor &descriptor, const QString &folder);
};

// Lints a descriptor against target profiles (DSP0243 as each platform reads it). Pure: reads
// the document, never changes it; safe on a worker thread while nobody edits the document.
// Findings come in document order within each rule group.
class Linter
{
    Q_DECLARE_TR_FUNCTIONS(ovf::compat::Linter)

public:
    static QList<Finding> lint(const Descriptor &descriptor, const Profile &profile, const PackageFacts &facts = {});

    // The worst verdict of `findings`, or nullopt when there are none.
    static std::optional<Verdict> worst(const QList<Finding> &findings);
    // True when no finding is refused or degraded (ignored ones do not count).
    static bool isClean(const QList<Finding> &findings);
};

} // namespace ovf::compat
