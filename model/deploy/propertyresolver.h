#pragma once

#include "model/deploy/planproblem.h"
#include "model/ovf/envelope.h"
#include "model/ovf/productsection.h"
#include "model/ovf/propertytype.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

namespace ovf::deploy {

// The value a property gets in a deployment.
struct ResolvedProperty
{
    enum class Source {
        EntityValue,        // the plan's "ENTITY:FULLKEY" value
        Value,              // the plan's "FULLKEY" value
        ConfigurationValue, // the <Value ovf:configuration> of the chosen option (§9.5.1)
        Default,            // ovf:value
        None,               // nothing: the empty string
    };

    QString entityId; // ovf:id of the entity whose ProductSection holds it
    QString fullKey; // class.key.instance (DSP0243 §9.5)
    Property property;
    ProductSection section;
    std::optional<ParsedType> type; // nullopt when ovf:type cannot be read (then checked as string)
    Qualifiers qualifiers;
    QString rawValue; // as given or as written, "${...}" unresolved
    QString value; // with "${...}" references resolved
    Source source = Source::None;
    bool valid = true;
    QString reason; // why not valid

    bool isPassword() const { return property.isPassword(); }
    bool isUserConfigurable() const { return property.isUserConfigurable(); }
};

// Resolves and validates the value of every property of every entity (VirtualSystems and
// collections) for one deployment option. Per property: the plan's entity-qualified value,
// else its unqualified value, else the Value of the chosen configuration, else ovf:value.
// Validation is ovf::checkPropertyValue (the one rule set), after "${NAME}" references are
// replaced by the value of the property NAME (its full key or key) of the same entity or of
// an enclosing collection (DSP0243 §9.5: collection properties are visible to their
// children); a reference to no property, or a cycle, is rejected with its reason. A plan value
// for a property that is not ovf:userConfigurable is refused when it differs from a valid
// default (the platform uses the default, §9.5.1); plan keys that name no property are
// reported.
class PropertyResolver
{
    Q_DECLARE_TR_FUNCTIONS(PropertyResolver)

public:
    // `configuration` as EffectiveConfiguration::configuration(). Problems (kind Property)
    // are appended to `problems`, one per invalid property or unknown plan key, subject the
    // full key ("ENTITY:FULLKEY" when the key exists in several entities).
    static QList<ResolvedProperty> resolve(const Envelope &envelope, const QString &configuration,
                                           const QMap<QString, QString> &values, QList<PlanProblem> *problems);
};

} // namespace ovf::deploy
