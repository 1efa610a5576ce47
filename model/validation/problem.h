#pragma once

#include "model/ovf/xmlnode.h"

#include <QList>
#include <QString>

namespace ovf::validation {

enum class Severity { Error, Warning, Info };

QString severityName(Severity s); // "error", "warning", "info"

// Where a problem is: the file, the element path (/Envelope/VirtualSystem[2]/...) and the
// line:column in the source. `element` lets a view select the node; it is only valid while
// the document is unchanged and must never be dereferenced after an edit.
struct Location
{
    QString file;
    QString path;
    xml::SourcePos position;
    const xml::Element *element = nullptr;
};

// One finding of the validator: a rule with a stable id, its severity, a message in the
// user's terms, and where.
struct Problem
{
    QString ruleId;
    Severity severity = Severity::Error;
    QString message;
    Location location;

    // "file:line:col: error: message [rule-id]"
    QString toString() const;
};

} // namespace ovf::validation
