#include "model/package/manifestcoverage.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace ovf::package {

namespace {

struct CoverageText
{
    Q_DECLARE_TR_FUNCTIONS(ovf::package::Coverage)
};

// The name in `names` equal to `name` ignoring case, or an empty string.
QString caseVariant(const QString &name, const QStringList &names)
{
    for (const QString &candidate : names) {
        if (candidate != name && candidate.compare(name, Qt::CaseInsensitive) == 0)
            return candidate;
    }
    return {};
}

} // namespace

QStringList CoverageReport::messages() const
{
    QStringList result;
    for (const CoverageGap &gap : missing)
        result.append(gap.message);
    for (const CoverageGap &gap : extra)
        result.append(gap.message);
    return result;
}

CoverageReport checkCoverage(
    const Manifest &manifest, const QString &descriptorName, const QStringList &referencedFiles)
{
    QStringList expected { descriptorName };
    for (const QString &name : referencedFiles) {
        if (!expected.contains(name))
            expected.append(name);
    }
    QStringList listed;
    for (const ManifestEntry &entry : manifest.entries())
        listed.append(entry.fileName);
    const QSet<QString> listedSet(listed.cbegin(), listed.cend());
    const QSet<QString> expectedSet(expected.cbegin(), expected.cend());

    CoverageReport report;
    for (const QString &name : std::as_const(expected)) {
        if (listedSet.contains(name))
            continue;
        const bool isDescriptor = name == descriptorName;
        QString message = isDescriptor
            ? CoverageText::tr("The manifest %1 has no digest for the descriptor %2")
                  .arg(manifest.fileName(), name)
            : CoverageText::tr("The manifest %1 has no digest for %2, which the descriptor "
                               "references")
                  .arg(manifest.fileName(), name);
        if (const QString variant = caseVariant(name, listed); !variant.isEmpty())
            message += u' '
                + CoverageText::tr("(it lists \"%1\", which differs in letter case)").arg(variant);
        else if (isDescriptor && !manifest.paddingLines().isEmpty())
            message += u' '
                + CoverageText::tr("(line %1 is blank padding, which OVF Tool 4.0 wrote in place of "
                                   "the descriptor's digest)")
                      .arg(manifest.paddingLines().constFirst());
        report.missing.append({ name, message, 0 });
    }
    for (const ManifestEntry &entry : manifest.entries()) {
        if (expectedSet.contains(entry.fileName))
            continue;
        QString message = CoverageText::tr("%1:%2: the manifest lists %3, which is neither the "
                                           "descriptor nor a file it references")
                              .arg(manifest.fileName())
                              .arg(entry.line)
                              .arg(entry.fileName);
        if (const QString variant = caseVariant(entry.fileName, expected); !variant.isEmpty())
            message += u' '
                + CoverageText::tr("(the package has \"%1\", which differs in letter case)")
                      .arg(variant);
        report.extra.append({ entry.fileName, message, entry.line });
    }
    return report;
}

} // namespace ovf::package
