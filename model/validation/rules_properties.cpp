// ProductSection Property rules (DSP0243 §9.5): keys, types, qualifiers, default and
// per-configuration values, and ${name} references between properties.
#include "model/ovf/descriptor.h"
#include "model/ovf/propertytype.h"
#include "model/ovf/namespaces.h"
#include "model/ovf/ovfelement.h"
#include "model/validation/context.h"
#include "model/validation/envelopeindex.h"
#include "model/validation/rules.h"

using namespace Qt::StringLiterals;

namespace ovf::validation {

namespace {

// The OVF attributes of a Property, read in one pass (the generic accessors would walk the
// attribute list once per attribute, and descriptors can hold tens of thousands).
struct PropertyAttributes
{
    const xml::Attribute *key = nullptr;
    const xml::Attribute *type = nullptr;
    const xml::Attribute *qualifiers = nullptr;
    const xml::Attribute *value = nullptr;
    bool userConfigurable = false;
    bool password = false;

    explicit PropertyAttributes(const xml::Element *p)
    {
        for (const xml::Attribute &a : p->attributes()) {
            if (a.namespaceUri.isEmpty() || !ns::isOvf(a.namespaceUri))
                continue;
            const QString &l = a.name->local;
            if (l == u"key")
                key = &a;
            else if (l == u"type")
                type = &a;
            else if (l == u"qualifiers")
                qualifiers = &a;
            else if (l == u"value")
                value = &a;
            else if (l == u"userConfigurable")
                userConfigurable = parseXsBoolean(a.value).value_or(false);
            else if (l == u"password")
                password = parseXsBoolean(a.value).value_or(false);
        }
    }
};

class PropertyRules
{
    Q_DECLARE_TR_FUNCTIONS(ovf::validation::Validator)

public:
    explicit PropertyRules(Context &ctx) : m_ctx(ctx), m_index(ctx.index())
    {
        m_ovf2 = ctx.descriptor().version() == ns::OvfVersion::V2;
    }

    void checkEntity(const EnvelopeIndex::EntityInfo &info);

private:
    void checkProperty(const xml::Element *p, const EnvelopeIndex::EntityInfo &info);
    void checkValue(const xml::Element *where, const QString &name, const PropertyAttributes &attrs,
                    const std::optional<PropertyType> &type, const Qualifiers &q, const QString &value,
                    const QString &configurations);
    void checkReferences(const xml::Element *where, const QString &name, QStringView text,
                         const EnvelopeIndex::EntityInfo &info);

    const std::expected<ParsedType, QString> &parsedType(const QString &text)
    {
        auto it = m_types.constFind(text);
        if (it == m_types.cend())
            it = m_types.insert(text, parsePropertyType(text));
        return *it;
    }
    const std::expected<Qualifiers, QString> &parsedQualifiers(const QString &text)
    {
        auto it = m_qualifiers.constFind(text);
        if (it == m_qualifiers.cend())
            it = m_qualifiers.insert(text, parseQualifiers(text));
        return *it;
    }

    Context &m_ctx;
    const EnvelopeIndex &m_index;
    QHash<QString, std::expected<ParsedType, QString>> m_types;
    QHash<QString, std::expected<Qualifiers, QString>> m_qualifiers;
    bool m_ovf2 = false;
};

void PropertyRules::checkEntity(const EnvelopeIndex::EntityInfo &info)
{
    for (const ProductSection &ps : info.products) {
        const xml::Element *section = ps.element();
        for (const QStringView attr : {QStringView(u"class"), QStringView(u"instance")}) {
            const QString v = ovfAttr(section, attr);
            if (v.contains(u':')) {
                m_ctx.report(u"invalid-property-key", section,
                             tr("ProductSection ovf:%1 %2 contains ':', which OVF does not allow").arg(attr, quoted(v)));
            }
        }
        for (const auto &node : section->children()) {
            if (!node->isElement())
                continue;
            const auto *c = static_cast<const xml::Element *>(node.get());
            if (isOvfNamed(c, u"Property")) {
                if (m_ctx.cancelledEvery(256))
                    return;
                checkProperty(c, info);
            } else if (isOvfNamed(c, u"AppUrl")) {
                checkReferences(c, tr("The AppUrl"), c->text(), info);
            }
        }
    }
}

void PropertyRules::checkProperty(const xml::Element *p, const EnvelopeIndex::EntityInfo &info)
{
    const PropertyAttributes attrs(p);
    const QString key = attrs.key ? attrs.key->value : QString();
    if (key.trimmed().isEmpty()) {
        m_ctx.report(u"property-missing-key", p,
                     attrs.key ? tr("A Property has an empty ovf:key") : tr("A Property has no ovf:key"));
    } else if (key.contains(u'.') || key.contains(u':')) {
        m_ctx.report(u"invalid-property-key", p,
                     tr("Property key %1 contains '%2'; OVF forbids '.' and ':' in keys because the environment "
                        "key is class.key.instance")
                         .arg(quoted(key), key.contains(u':') ? u":"_s : u"."_s));
    }
    const QString name = key.isEmpty() ? tr("The Property") : tr("Property %1").arg(quoted(key));

    std::optional<PropertyType> type;
    if (!attrs.type || attrs.type->value.trimmed().isEmpty()) {
        m_ctx.report(u"property-missing-type", p, tr("%1 has no ovf:type").arg(name));
    } else {
        const auto &parsed = parsedType(attrs.type->value);
        if (!parsed) {
            m_ctx.report(u"unknown-property-type", p, tr("%1 has an unknown type: %2").arg(name, parsed.error()));
        } else {
            type = parsed->type;
            if (!parsed->warning.isEmpty())
                m_ctx.report(u"vendor-property-type", p, tr("%1: %2").arg(name, parsed->warning));
            // The CIM types char16 and datetime came with OVF 2.x.
            if (!m_ovf2 && (*type == PropertyType::Char16 || *type == PropertyType::DateTime)) {
                m_ctx.report(u"vendor-property-type", p,
                             tr("%1 has type %2, which OVF defines only from version 2.0; this is an %3 descriptor")
                                 .arg(name, propertyTypeName(*type), ns::versionName(m_ctx.descriptor().version())));
            }
        }
    }

    Qualifiers q;
    if (attrs.qualifiers && !attrs.qualifiers->value.trimmed().isEmpty()) {
        const auto &parsed = parsedQualifiers(attrs.qualifiers->value);
        if (!parsed) {
            m_ctx.report(u"invalid-qualifiers", p,
                         tr("%1 has qualifiers %2 that cannot be read: %3")
                             .arg(name, quoted(attrs.qualifiers->value), parsed.error()));
        } else {
            q = *parsed;
            if (!q.unknown.isEmpty()) {
                m_ctx.report(u"invalid-qualifiers", p,
                             tr("%1 has qualifiers that OVF does not define and that are ignored: %2")
                                 .arg(name, q.unknown.join(u", "_s)),
                             Severity::Warning);
            }
            if (type) {
                for (const QString &problem : checkQualifiersForType(*type, q))
                    m_ctx.report(u"inconsistent-qualifiers", p, tr("%1: %2").arg(name, problem));
            }
        }
    }

    const QString value = attrs.value ? attrs.value->value : QString();
    checkValue(p, name, attrs, type, q, value, QString());
    checkReferences(p, name, value, info);
    for (const xml::Element *v : ovfChildren(p, u"Value")) {
        const QString configured = ovfAttr(v, u"value");
        checkValue(v, name, attrs, type, q, configured, ovfAttr(v, u"configuration"));
        checkReferences(v, name, configured, info);
    }
}

void PropertyRules::checkValue(const xml::Element *where, const QString &name, const PropertyAttributes &attrs,
                               const std::optional<PropertyType> &type, const Qualifiers &q, const QString &value,
                               const QString &configurations)
{
    if (!type)
        return;
    const QString which = configurations.isEmpty()
        ? tr("default value")
        : tr("value for configuration %1").arg(quoted(configurations));
    // The same rule as the properties editor and ovfctl (ovf::checkAuthoredValue).
    const AuthoredValueCheck check = checkAuthoredValue(*type, q, value, attrs.userConfigurable);
    if (check.verdict == AuthoredValueCheck::Verdict::Fine)
        return;
    if (check.verdict == AuthoredValueCheck::Verdict::Warning) {
        m_ctx.report(u"invalid-property-value", where,
                     tr("%1 (%2): the %3 is empty and it is not user-configurable, so the guest receives an empty "
                        "value")
                         .arg(name, propertyTypeName(*type), which),
                     Severity::Warning);
        return;
    }
    if (attrs.password && !value.isEmpty()) {
        m_ctx.report(u"invalid-property-value", where,
                     tr("The %1 of password %2 is not a valid %3 within its qualifiers (value not shown)")
                         .arg(which, name, propertyTypeName(*type)));
    } else {
        m_ctx.report(u"invalid-property-value", where, tr("The %1 of %2 is not valid: %3").arg(which, name, check.reason));
    }
}

void PropertyRules::checkReferences(const xml::Element *where, const QString &name, QStringView text,
                                    const EnvelopeIndex::EntityInfo &info)
{
    if (!text.contains(u"${"))
        return;
    // DSP2017 B.2: ${name} takes the value of a property of the same entity or of the
    // immediate parent collection, by key or by full key.
    const EnvelopeIndex::EntityInfo *parent = info.parent >= 0 ? &m_index.entities[info.parent] : nullptr;
    const auto platformSupplied = [](const EnvelopeIndex::EntityInfo &scope, const QString &ref) {
        for (const auto &[cls, inst] : scope.platformClasses()) {
            if (ref.size() > cls.size() + 1 && ref.startsWith(cls) && ref[cls.size()] == u'.'
                && (inst.isEmpty() || (ref.size() > cls.size() + inst.size() + 2 && ref.endsWith(inst)
                                       && ref[ref.size() - inst.size() - 1] == u'.')))
                return true;
        }
        return false;
    };
    for (const QString &ref : placeholderNames(text)) {
        if (info.propertyNames().contains(ref) || (parent && parent->propertyNames().contains(ref)))
            continue;
        if (platformSupplied(info, ref) || (parent && platformSupplied(*parent, ref)))
            continue;
        m_ctx.report(u"property-reference", where,
                     tr("%1 refers to ${%2}, but no property %3 exists in this entity or its parent collection")
                         .arg(name, ref, quoted(ref)));
    }
}

} // namespace

void runPropertyRules(Context &ctx)
{
    PropertyRules rules(ctx);
    for (const EnvelopeIndex::EntityInfo &info : ctx.index().entities) {
        if (ctx.cancelled())
            return;
        rules.checkEntity(info);
    }
}

} // namespace ovf::validation
