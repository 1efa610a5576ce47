#include "wizards/deployproperty.h"

#include "model/ovf/entity.h"
#include "wizards/textresolver.h"

using namespace Qt::StringLiterals;

QString DeployProperty::defaultFor(const QString &configurationId) const
{
    if (!configurationId.isEmpty()) {
        for (const ovf::ConfigurationValue &v : configurationValues) {
            if (v.configurations.contains(configurationId))
                return v.value;
        }
    }
    return defaultValue;
}

QStringList DeployProperty::choices() const
{
    QStringList out;
    if (!qualifiers.valueMap)
        return out;
    for (const ovf::ValueMapEntry &e : *qualifiers.valueMap) {
        if (e.isRange())
            return {}; // a range cannot be listed: the caller shows a free field
        out.append(e.value);
    }
    return out;
}

QList<DeployProperty> collectDeployProperties(const ovf::Envelope &envelope, const TextResolver &texts)
{
    QList<DeployProperty> out;
    for (const ovf::Entity &entity : envelope.allEntities()) {
        for (const ovf::ProductSection &section : entity.productSections()) {
            for (const ovf::Property &p : section.properties()) {
                DeployProperty d;
                d.systemId = entity.id();
                d.fullKey = section.fullKey(p);
                d.label = texts.text(p.label()).simplified();
                if (d.label.isEmpty())
                    d.label = p.key();
                d.description = texts.text(p.description()).trimmed();
                d.category = texts.text(p.category()).simplified();
                if (const auto parsed = ovf::parsePropertyType(p.type()))
                    d.type = parsed->type;
                else
                    d.typeProblem = parsed.error();
                if (const auto q = ovf::parseQualifiers(p.qualifiers()))
                    d.qualifiers = *q;
                d.userConfigurable = p.isUserConfigurable();
                d.password = p.isPassword();
                d.defaultValue = p.value();
                d.configurationValues = p.configurationValues();
                for (ovf::ConfigurationValue &v : d.configurationValues)
                    v.element = nullptr;
                out.append(d);
            }
        }
    }
    return out;
}
