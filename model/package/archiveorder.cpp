#include "model/package/archiveorder.h"

#include "model/package/packageerror.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace ovf::package {

QStringList ArchiveOrder::warnings(const QStringList &members, const QStringList &referenced)
{
    QStringList out;
    qsizetype descriptorAt = -1;
    for (qsizetype i = 0; i < members.size(); ++i) {
        if (members[i].endsWith(u".ovf"_s, Qt::CaseInsensitive)) {
            descriptorAt = i;
            break;
        }
    }
    if (descriptorAt < 0)
        return out; // no descriptor: the verifier reports that as an error, not an order issue
    const QString descriptor = members[descriptorAt];
    if (descriptorAt != 0) {
        out << tr("the descriptor '%1' is member %2 of the archive; DSP0243 §5.3 requires it first")
                   .arg(PackageError::displayName(descriptor))
                   .arg(descriptorAt + 1);
    }

    // Manifest and certificate: right after the descriptor, or at the very end.
    const QString base = descriptor.left(descriptor.size() - 4);
    QStringList signing;
    for (const QString &suffix : {u".mf"_s, u".cert"_s}) {
        if (members.contains(base + suffix))
            signing << base + suffix;
    }
    if (!signing.isEmpty()) {
        const bool afterDescriptor = members.mid(descriptorAt + 1, signing.size()) == signing;
        const bool atEnd = members.size() >= signing.size() && members.mid(members.size() - signing.size()) == signing;
        if (!afterDescriptor && !atEnd) {
            out << tr("'%1' must directly follow the descriptor or end the archive (DSP0243 §5.3)")
                       .arg(PackageError::displayName(signing.join(u"', '"_s)));
        }
    }

    // Referenced files in References order, among themselves.
    const QSet<QString> present(members.cbegin(), members.cend());
    QStringList expected;
    for (const QString &name : referenced) {
        if (present.contains(name))
            expected << name;
    }
    const QSet<QString> wanted(expected.cbegin(), expected.cend());
    QStringList actual;
    for (const QString &name : members) {
        if (wanted.contains(name))
            actual << name;
    }
    for (qsizetype i = 0; i < actual.size(); ++i) {
        if (actual[i] != expected[i]) {
            out << tr("'%1' comes before '%2' in the archive, but the References section lists it later (DSP0243 §5.3)")
                       .arg(PackageError::displayName(actual[i]), PackageError::displayName(expected[i]));
            break;
        }
    }
    return out;
}

} // namespace ovf::package
