#pragma once

#include "model/compat/profile.h"
#include "model/ovf/xmlnode.h"

#include <QList>
#include <QString>

namespace ovf::compat {

// One compatibility finding: what a target platform will do with one part of a package.
struct Finding
{
    QString ruleId;    // stable, kebab-case (lintRules()); never renamed or reused
    QString profileId; // the target
    Verdict verdict = Verdict::Degraded;
    QString message;   // in the user's terms, naming the platform's behaviour
    // Where: the element path (/Envelope/VirtualSystem[1]/...), line:column, and the element
    // itself. `element` is only valid while the document is unchanged (as for validation
    // problems).
    QString path;
    xml::SourcePos position;
    const xml::Element *element = nullptr;
    // The fix that resolves it (Fixer::fixIds()), or empty when none exists; and what that
    // fix would do here.
    QString fixId;
    QString fixDescription;
    QString fixValue; // the value the fix writes, when it is one ("vmx-20", "ovf:/disk/d1", "SHA256")

    bool blocks() const { return verdict != Verdict::Ignored; } // counts for the exit status
    // "file:line:col: refused [vsphere8]: message [rule-id] (fix: ...)"
    QString toString(const QString &file) const;
};

// A rule of the linter's catalogue (for help texts and the GUI's legend).
struct LintRule
{
    QString id;
    QString title;
};
const QList<LintRule> &lintRules();

} // namespace ovf::compat
