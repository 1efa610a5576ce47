#include "model/deploy/planproblem.h"

using namespace Qt::StringLiterals;

namespace ovf::deploy {

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
