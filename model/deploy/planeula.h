#pragma once

#include "model/deploy/plan.h"
#include "model/ovf/envelope.h"
#include "model/ovf/sections.h"

#include <QList>
#include <QString>

namespace ovf::deploy {

// One license text of a package (DSP0243 §9.6) with what an acceptance must match.
struct PackageEula
{
    QString entityId; // ovf:id of the entity holding the EulaSection; empty under the Envelope
    int index = 0; // among that entity's EulaSections
    EulaSection section;
    QString text; // the License text in the default locale (trimmed)
    QString msgid; // ovf:msgid of License, for translations
    // The texts an acceptance may have been shown: locale -> text, the default locale ("")
    // and each embedded Strings bundle that translates the msgid (DSP0243 §10).
    QMap<QString, QString> texts;
    QString defaultLocale; // xml:lang of the Envelope (the locale of the default text); may be empty

    // "ENTITY#INDEX" (used as PlanProblem subject).
    QString label() const;
};

// Every EulaSection of the Envelope and its entities, in document order.
QList<PackageEula> packageEulas(const Envelope &envelope);

// SHA-256 of the UTF-8 text, lower-case hex.
QString eulaDigest(const QString &text);

// An acceptance of `eula` as shown in `locale` (its text from `texts`; else the default text,
// recorded with the default locale) at `when` (converted to UTC).
EulaAcceptance acceptEula(const PackageEula &eula, const QString &locale, const QDateTime &when);

// True when `acceptance` is for `eula` and its digest is that of one of the eula's texts.
bool acceptanceMatches(const EulaAcceptance &acceptance, const PackageEula &eula);

} // namespace ovf::deploy
