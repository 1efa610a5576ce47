#include "model/deploy/propertyresolver.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace ovf::deploy {

namespace {

using Problems = QList<PlanProblem>;

struct Context
{
    QList<ResolvedProperty> &props;
    QHash<QString, QStringList> parents; // entity id -> ids of its enclosing collections, innermost first
    QHash<QString, int> keyCount; // full key -> number of entities having it
};

QString subjectOf(const Context &c, const ResolvedProperty &p)
{
    return c.keyCount.value(p.fullKey) > 1 ? p.entityId + u':' + p.fullKey : p.fullKey;
}

// The property `name` (full key or key) seen from `entityId`: its own, then its collections'.
int lookup(const Context &c, const QString &entityId, const QString &name)
{
    QStringList scopes{entityId};
    scopes += c.parents.value(entityId);
    for (const QString &scope : std::as_const(scopes)) {
        for (qsizetype i = 0; i < c.props.size(); ++i) {
            const ResolvedProperty &p = c.props.at(i);
            if (p.entityId == scope && p.fullKey == name)
                return int(i);
        }
        for (qsizetype i = 0; i < c.props.size(); ++i) {
            const ResolvedProperty &p = c.props.at(i);
            if (p.entityId == scope && p.property.key() == name)
                return int(i);
        }
    }
    return -1;
}

class Resolver
{
    Q_DECLARE_TR_FUNCTIONS(PropertyResolver)

public:
    explicit Resolver(Context &c) : m_c(c), m_state(c.props.size(), 0) { }

    // Resolves `${...}` in property `index`; the error says why it cannot be.
    std::expected<QString, QString> value(int index)
    {
        ResolvedProperty &p = m_c.props[index];
        if (m_state[index] == 2) {
            if (p.valid)
                return p.value;
            return std::unexpected(p.reason);
        }
        if (m_state[index] == 1)
            return std::unexpected(tr("its value refers to itself through ${...} references"));
        m_state[index] = 1;
        static const QRegularExpression reference(u"\\$\\{([^}]*)\\}"_s);
        QString out;
        qsizetype last = 0;
        std::optional<QString> error;
        auto it = reference.globalMatch(p.rawValue);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            out += QStringView(p.rawValue).mid(last, m.capturedStart() - last);
            last = m.capturedEnd();
            const QString name = m.captured(1).trimmed();
            const int target = lookup(m_c, p.entityId, name);
            if (target < 0) {
                error = tr("'%1' refers to ${%2}, which is not a property of this entity or its collections")
                            .arg(p.rawValue, name);
                break;
            }
            if (target == index) {
                error = tr("its value refers to itself through ${...} references");
                break;
            }
            const auto v = value(target);
            if (!v) {
                error = tr("${%1} cannot be resolved: %2").arg(name, v.error());
                break;
            }
            out += *v;
        }
        m_state[index] = 2;
        if (error) {
            p.valid = false;
            p.reason = *error;
            p.value = p.rawValue;
            return std::unexpected(*error);
        }
        out += QStringView(p.rawValue).mid(last);
        p.value = out;
        return out;
    }

private:
    Context &m_c;
    std::vector<int> m_state; // 0 not visited, 1 in progress, 2 done
};

} // namespace

QList<ResolvedProperty> PropertyResolver::resolve(const Envelope &envelope, const QString &configuration,
                                                  const QMap<QString, QString> &values, Problems *problems)
{
    QList<ResolvedProperty> props;
    Context c{props, {}, {}};
    QSet<QString> entityIds;
    for (const Entity &entity : envelope.allEntities()) {
        entityIds.insert(entity.id());
        QStringList parents;
        for (Entity p = entity.parentEntity(); p; p = p.parentEntity())
            parents.append(p.id());
        c.parents.insert(entity.id(), parents);
        QSet<QString> seen;
        for (const ProductSection &section : entity.productSections()) {
            for (const Property &property : section.properties()) {
                ResolvedProperty r;
                r.entityId = entity.id();
                r.fullKey = section.fullKey(property);
                r.property = property;
                r.section = section;
                if (property.hasType()) {
                    if (auto t = parsePropertyType(property.type()))
                        r.type = *t;
                } else {
                    r.type = ParsedType{PropertyType::String, {}};
                }
                if (auto q = parseQualifiers(property.qualifiers()))
                    r.qualifiers = *q;
                props.append(r);
                if (!seen.contains(r.fullKey)) {
                    seen.insert(r.fullKey);
                    c.keyCount[r.fullKey] += 1;
                }
            }
        }
    }

    Problems found;
    // Plan keys that name no property.
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const qsizetype colon = it.key().lastIndexOf(u':');
        const QString entity = colon < 0 ? QString() : it.key().left(colon);
        const QString key = colon < 0 ? it.key() : it.key().mid(colon + 1);
        const bool known = std::any_of(props.cbegin(), props.cend(), [&](const ResolvedProperty &p) {
            return p.fullKey == key && (colon < 0 || p.entityId == entity);
        });
        if (known)
            continue;
        if (colon >= 0 && !entityIds.contains(entity))
            found.append({PlanProblem::Kind::Property, it.key(), tr("the package has no entity '%1'").arg(entity)});
        else
            found.append({PlanProblem::Kind::Property, it.key(), tr("the package has no property with this key")});
    }

    // Raw values.
    for (ResolvedProperty &p : props) {
        const QString qualified = p.entityId + u':' + p.fullKey;
        QString configured;
        bool hasConfigured = false;
        if (!configuration.isNull()) {
            for (const ConfigurationValue &cv : p.property.configurationValues()) {
                if (cv.configurations.contains(configuration)) {
                    configured = cv.value;
                    hasConfigured = true;
                }
            }
        }
        const QString fallback = hasConfigured ? configured : p.property.value();
        if (values.contains(qualified)) {
            p.rawValue = values.value(qualified);
            p.source = ResolvedProperty::Source::EntityValue;
        } else if (values.contains(p.fullKey)) {
            p.rawValue = values.value(p.fullKey);
            p.source = ResolvedProperty::Source::Value;
        } else if (hasConfigured) {
            p.rawValue = configured;
            p.source = ResolvedProperty::Source::ConfigurationValue;
        } else if (p.property.hasValue()) {
            p.rawValue = p.property.value();
            p.source = ResolvedProperty::Source::Default;
        }
        const bool fromPlan = p.source == ResolvedProperty::Source::EntityValue || p.source == ResolvedProperty::Source::Value;
        if (fromPlan && !p.isUserConfigurable() && p.rawValue != fallback) {
            const PropertyType type = p.type ? p.type->type : PropertyType::String;
            const bool defaultValid = (p.property.hasValue() || hasConfigured) && !fallback.contains(u"${")
                && checkPropertyValue(type, p.qualifiers, fallback).valid;
            if (defaultValid) {
                p.valid = false;
                p.reason = tr("the property is not user-configurable; its value is '%1'").arg(fallback);
                p.value = p.rawValue;
            }
        }
    }

    Resolver resolver(c);
    for (qsizetype i = 0; i < props.size(); ++i) {
        ResolvedProperty &p = props[i];
        if (!p.valid)
            continue;
        if (!resolver.value(int(i)))
            continue;
        const PropertyType type = p.type ? p.type->type : PropertyType::String;
        const ValueCheck check = checkPropertyValue(type, p.qualifiers, p.value);
        if (!check.valid) {
            p.valid = false;
            p.reason = check.reason;
        }
    }
    for (ResolvedProperty &p : props) {
        if (p.valid)
            continue;
        // Reasons quote the value: never a password's (DSP0243 §9.5.1 ovf:password).
        if (p.isPassword() && !p.value.isEmpty())
            p.reason.replace(p.value, u"********"_s);
        found.append({PlanProblem::Kind::Property, subjectOf(c, p), p.reason});
    }
    if (problems)
        *problems += found;
    return props;
}

} // namespace ovf::deploy
