#include "model/deploy/planproblem.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ovf::deploy {

namespace {
struct PlanProblemText
{
    Q_DECLARE_TR_FUNCTIONS(ovf::deploy::PlanProblem)
};
} // namespace

QString PlanProblem::text() const
{
    if (subject.isEmpty())
        return message;
    switch (kind) {
    case Kind::Option: return PlanProblemText::tr("Deployment option %1: %2").arg(subject, message);
    case Kind::Eula: return PlanProblemText::tr("License %1: %2").arg(subject, message);
    case Kind::Property: return PlanProblemText::tr("Property %1: %2").arg(subject, message);
    case Kind::Network: return PlanProblemText::tr("Network %1: %2").arg(subject, message);
    case Kind::Name: return PlanProblemText::tr("Virtual machine %1: %2").arg(subject, message);
    case Kind::Storage: return PlanProblemText::tr("Storage %1: %2").arg(subject, message);
    case Kind::Target: return PlanProblemText::tr("Target (%1): %2").arg(subject, message);
    case Kind::Hardware: return PlanProblemText::tr("Virtual system %1: %2").arg(subject, message);
    case Kind::AnswerFile: return PlanProblemText::tr("Answer file, %1: %2").arg(subject, message);
    }
    return toString();
}

QString planProblemKindName(PlanProblem::Kind kind)
{
    switch (kind) {
    case PlanProblem::Kind::Option: return u"option"_s;
    case PlanProblem::Kind::Eula: return u"eula"_s;
    case PlanProblem::Kind::Property: return u"property"_s;
    case PlanProblem::Kind::Network: return u"network"_s;
    case PlanProblem::Kind::Name: return u"name"_s;
    case PlanProblem::Kind::Storage: return u"storage"_s;
    case PlanProblem::Kind::Target: return u"target"_s;
    case PlanProblem::Kind::Hardware: return u"hardware"_s;
    case PlanProblem::Kind::AnswerFile: return u"answer-file"_s;
    }
    return {};
}

} // namespace ovf::deploy
