#pragma once

#include <QList>
#include <QString>

namespace ovf::deploy {

// One reason a deployment plan cannot be carried out as it stands. `subject` names what it is
// about, for the kind: the property's full key (prefixed "ENTITY:" when the key exists in
// several entities), the OVF network name, "ENTITY#INDEX" for a EULA, the deployment option
// id, the system id for a name or hardware problem, the answer-file key for the rest.
struct PlanProblem
{
    enum class Kind { Option, Eula, Property, Network, Name, Storage, Target, Hardware, AnswerFile };
    Kind kind = Kind::Property;
    QString subject;
    QString message; // translated; does not repeat the subject

    // "subject: message", for ovfctl (after its "[kind]" tag) and logs.
    QString toString() const { return subject.isEmpty() ? message : subject + QStringLiteral(": ") + message; }
    // For people: one translated sentence per kind that names what the subject is ("Property
    // %1: %2", "Network %1: %2", ...), so that a translator places the subject and the message
    // as the language needs; the message alone when there is no subject.
    QString text() const;
    friend bool operator==(const PlanProblem &, const PlanProblem &) = default;
};

// "option", "eula", "property", "network", "name", "storage", "target", "hardware",
// "answer-file" (stable, untranslated).
QString planProblemKindName(PlanProblem::Kind kind);

} // namespace ovf::deploy
