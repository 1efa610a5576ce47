#include "model/validation/problem.h"

using namespace Qt::StringLiterals;

namespace ovf::validation {

QString severityName(Severity s)
{
    switch (s) {
    case Severity::Error: return u"error"_s;
    case Severity::Warning: return u"warning"_s;
    case Severity::Info: return u"info"_s;
    }
    return {};
}

QString Problem::toString() const
{
    QString where = location.file;
    if (location.position.isValid())
        where += u':' + location.position.toString();
    QString out;
    if (!where.isEmpty())
        out = where + u": "_s;
    out += severityName(severity) + u": "_s + message + u" ["_s + ruleId + u']';
    return out;
}

} // namespace ovf::validation
