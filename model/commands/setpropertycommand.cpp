#include "model/commands/setpropertycommand.h"

#include "model/commands/childtexts.h"
#include "model/commands/editsession.h"
#include "model/commands/formedits.h"
#include "model/commands/insertelementcommand.h"
#include "model/commands/setattributecommand.h"
#include "model/commands/setproductcommand.h"
#include "model/commands/xmlfragment.h"
#include "model/ovf/descriptor.h"
#include "model/ovf/productsection.h"
#include "model/ovf/propertytype.h"

using namespace Qt::StringLiterals;

namespace ovf::commands {

namespace {

QString boolText(bool b)
{
    return b ? u"true"_s : u"false"_s;
}

} // namespace

xml::Element *SetPropertyCommand::findProperty(const xml::Element *entity, const QString &className,
                                               const QString &instance, const QString &key)
{
    const xml::Element *section = SetProductCommand::findSection(entity, className, instance);
    if (!section)
        return nullptr;
    for (const Property &p : ProductSection(const_cast<xml::Element *>(section)).properties()) {
        if (p.key() == key)
            return p.element();
    }
    return nullptr;
}

Made<SetPropertyCommand> SetPropertyCommand::create(EditSession *session, xml::Element *entity,
                                                    const PropertySpec &spec, QUndoCommand *parent)
{
    if (!Entity::isEntity(entity))
        return std::unexpected(tr("Properties belong to a virtual system or collection."));
    QStringList problems;
    if (const QString p = SetProductCommand::classProblem(spec.className, spec.instance); !p.isEmpty())
        problems << p;
    if (spec.key.trimmed().isEmpty())
        problems << tr("A property needs a key.");
    else if (spec.key.contains(u'.') || spec.key.contains(u':') || spec.key.contains(u' '))
        problems << tr("The key \"%1\" cannot contain '.', ':' or spaces (DSP0243 §9.5).").arg(spec.key);
    xml::Element *existing = findProperty(entity, spec.className, spec.instance, spec.key);
    const Property current(existing);

    // The property as it will be.
    const QString typeText = spec.type ? *spec.type : existing ? current.type() : u"string"_s;
    const QString qualifierText = spec.qualifiers ? *spec.qualifiers : existing ? current.qualifiers() : QString();
    const bool userConfigurable = spec.userConfigurable ? *spec.userConfigurable : existing && current.isUserConfigurable();
    std::optional<PropertyType> type;
    if (const auto parsed = parsePropertyType(typeText))
        type = parsed->type;
    else
        problems << tr("Property \"%1\": %2").arg(spec.key, parsed.error());
    Qualifiers qualifiers;
    if (!qualifierText.trimmed().isEmpty()) {
        if (const auto parsed = parseQualifiers(qualifierText)) {
            qualifiers = *parsed;
            if (type) {
                for (const QString &p : checkQualifiersForType(*type, qualifiers))
                    problems << tr("Property \"%1\": %2").arg(spec.key, p);
            }
        } else {
            problems << tr("Property \"%1\": the qualifiers cannot be read: %2").arg(spec.key, parsed.error());
        }
    }
    const bool password = spec.password ? *spec.password : existing && current.isPassword();
    const auto checkValue = [&](const QString &value, const QString &which) {
        if (!type)
            return;
        const AuthoredValueCheck check = checkAuthoredValue(*type, qualifiers, value, userConfigurable);
        if (check.verdict == AuthoredValueCheck::Verdict::Error)
            problems << tr("Property \"%1\": the %2 is not valid: %3")
                            .arg(spec.key, which, password ? tr("it is not within the qualifiers (value not shown)")
                                                           : check.reason);
    };
    const Envelope envelope(session->document().root());
    if (!spec.option.isEmpty()) {
        bool known = false;
        for (const Configuration &c : envelope.configurations())
            known = known || c.id() == spec.option;
        if (!known)
            problems << tr("There is no deployment option \"%1\".").arg(spec.option);
        checkValue(spec.value.value_or(QString()), tr("value for option \"%1\"").arg(spec.option));
        checkValue(existing ? current.value() : QString(), tr("default value"));
    } else {
        checkValue(spec.value ? *spec.value : existing ? current.value() : QString(), tr("default value"));
    }
    if (existing && spec.category && *spec.category != current.category().text)
        problems << tr("Property \"%1\" is listed under \"%2\"; a category is chosen when a property is added.")
                        .arg(spec.key, current.category().text);
    if (!problems.isEmpty())
        return std::unexpected(problems.join(u'\n'));

    std::unique_ptr<SetPropertyCommand> cmd(new SetPropertyCommand(session, parent));
    xml::Document &doc = session->document();
    const QString ovfNs = FormEdits::ovfNamespace(entity);
    const QString ns = entity->namespaceUri();
    if (existing) {
        cmd->m_property = existing;
        cmd->setText(tr("Change property '%1'").arg(spec.key));
        bool changed = false;
        const auto attribute = [&](QStringView local, const std::optional<QString> &v) -> bool {
            if (!v || (hasOvfAttr(existing, local) && ovfAttr(existing, local) == *v))
                return true;
            auto c = SetAttributeCommand::createOvf(session, existing, local, *v, false, {}, cmd.get());
            if (!c) {
                problems << c.error();
                return false;
            }
            c->release();
            changed = true;
            return true;
        };
        attribute(u"type", spec.type);
        attribute(u"qualifiers", spec.qualifiers);
        if (spec.option.isEmpty())
            attribute(u"value", spec.value);
        attribute(u"userConfigurable", spec.userConfigurable ? std::optional<QString>(boolText(*spec.userConfigurable)) : std::nullopt);
        attribute(u"password", spec.password ? std::optional<QString>(boolText(*spec.password)) : std::nullopt);
        QList<std::pair<QString, QString>> texts;
        if (spec.label)
            texts.append({u"Label"_s, *spec.label});
        if (spec.description)
            texts.append({u"Description"_s, *spec.description});
        const auto children = childtexts::set(session, existing, texts, ContentModel::Property, cmd.get());
        if (!children)
            problems << children.error();
        changed = changed || (children && *children);
        if (!spec.option.isEmpty() && spec.value) {
            xml::Element *valueElement = nullptr;
            for (const ConfigurationValue &cv : current.configurationValues()) {
                if (cv.configurations == QStringList{spec.option})
                    valueElement = cv.element;
            }
            if (valueElement) {
                if (ovfAttr(valueElement, u"value") != *spec.value) {
                    auto c = SetAttributeCommand::createOvf(session, valueElement, u"value", *spec.value, false, {}, cmd.get());
                    if (!c)
                        problems << c.error();
                    else
                        c->release();
                    changed = true;
                }
            } else {
                auto v = fragment::element(doc, existing, nullptr, ns, u"Value");
                fragment::setAttribute(doc, v.get(), existing, ovfNs, u"value", *spec.value);
                fragment::setAttribute(doc, v.get(), existing, ovfNs, u"configuration", spec.option);
                auto c = InsertElementCommand::create(session, existing, -1, std::move(v), {}, cmd.get());
                if (!c)
                    problems << c.error();
                else
                    c->release();
                changed = true;
            }
        }
        if (!problems.isEmpty())
            return std::unexpected(problems.join(u'\n'));
        if (!changed)
            return std::unexpected(tr("Property \"%1\" already has these values.").arg(spec.key));
        return cmd;
    }

    // A new property at the end of its section, under a new Category when it names another.
    xml::Element *section = SetProductCommand::findSection(entity, spec.className, spec.instance);
    std::unique_ptr<xml::Element> newSection;
    if (!section) {
        newSection = SetProductCommand::newSection(session, entity, spec.className, spec.instance);
        section = newSection.get();
    }
    const xml::Element *scope = newSection ? entity : section;
    auto property = fragment::element(doc, scope, newSection.get(), ns, u"Property");
    fragment::setAttribute(doc, property.get(), scope, ovfNs, u"key", spec.key);
    fragment::setAttribute(doc, property.get(), scope, ovfNs, u"type", typeText);
    if (!qualifierText.isEmpty())
        fragment::setAttribute(doc, property.get(), scope, ovfNs, u"qualifiers", qualifierText);
    if (spec.value && spec.option.isEmpty())
        fragment::setAttribute(doc, property.get(), scope, ovfNs, u"value", *spec.value);
    if (spec.userConfigurable)
        fragment::setAttribute(doc, property.get(), scope, ovfNs, u"userConfigurable", boolText(*spec.userConfigurable));
    if (spec.password && *spec.password)
        fragment::setAttribute(doc, property.get(), scope, ovfNs, u"password", u"true"_s);
    if (spec.label && !spec.label->isEmpty())
        fragment::appendTextElement(doc, property.get(), scope, ns, u"Label", *spec.label);
    if (spec.description && !spec.description->isEmpty())
        fragment::appendTextElement(doc, property.get(), scope, ns, u"Description", *spec.description);
    if (!spec.option.isEmpty() && spec.value) {
        auto v = fragment::element(doc, scope, property.get(), ns, u"Value");
        fragment::setAttribute(doc, v.get(), scope, ovfNs, u"value", *spec.value);
        fragment::setAttribute(doc, v.get(), scope, ovfNs, u"configuration", spec.option);
        fragment::append(doc, property.get(), std::move(v));
    }
    cmd->m_property = property.get();
    cmd->setText(tr("Add property '%1'").arg(spec.key));
    QString lastCategory;
    for (const xml::Element *c : section->childElements()) {
        if (c->localName() == u"Category")
            lastCategory = c->text();
    }
    std::unique_ptr<xml::Element> category;
    if (spec.category && !spec.category->isEmpty() && *spec.category != lastCategory) {
        category = fragment::element(doc, scope, newSection.get(), ns, u"Category");
        fragment::append(doc, category.get(), doc.createText(*spec.category));
    }
    if (newSection) {
        if (category)
            fragment::append(doc, newSection.get(), std::move(category));
        fragment::append(doc, newSection.get(), std::move(property));
        if (auto ok = SetProductCommand::insertSection(session, entity, std::move(newSection), cmd.get()); !ok)
            return std::unexpected(ok.error());
        return cmd;
    }
    const QString unit = fragment::indentUnit(section);
    const xml::Element *first = section->firstChildElement();
    const QString indent = first ? fragment::indentOf(first) : fragment::indentOf(section) + unit;
    fragment::indent(doc, property.get(), indent, unit);
    const int end = int(section->childElements().size());
    // Inserted from the last to the first, at the same index, so they end up in order.
    auto insertProperty = InsertElementCommand::create(session, section, end, std::move(property), {}, cmd.get());
    if (!insertProperty)
        return std::unexpected(insertProperty.error());
    insertProperty->release();
    if (category) {
        auto insertCategory = InsertElementCommand::create(session, section, end, std::move(category), {}, cmd.get());
        if (!insertCategory)
            return std::unexpected(insertCategory.error());
        insertCategory->release();
    }
    return cmd;
}

} // namespace ovf::commands
