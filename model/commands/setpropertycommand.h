#pragma once

#include "model/commands/command.h"
#include "model/ovf/xmlnode.h"

#include <optional>

namespace ovf::commands {

// A ProductSection Property to add or change (DSP0243 §9.5). nullopt leaves an attribute or
// child as it is (a new property gets type string unless given).
struct PropertySpec
{
    QString className; // the ProductSection's ovf:class / ovf:instance (created when missing)
    QString instance;
    QString key;
    std::optional<QString> type;
    std::optional<QString> value;      // the default value, or with `option` that option's value
    std::optional<QString> qualifiers;
    std::optional<QString> label;
    std::optional<QString> description;
    std::optional<QString> category;   // new properties: the Category they are listed under
    std::optional<bool> password;
    std::optional<bool> userConfigurable;
    QString option;                    // a Configuration id: `value` is that option's <Value>
};

// Adds a Property or changes one, checked as a whole first: the type, the qualifiers and
// their fit with the type, and the default and per-option values against both, by the rule
// the validator and the properties editor use (ovf::checkAuthoredValue).
class SetPropertyCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SetPropertyCommand)

public:
    // Refused, with every reason: not an entity; a key that is empty or has '.' or ':'; an
    // unknown type; qualifiers that do not parse or do not fit the type; a value outside
    // them; an option the DeploymentOptionSection does not define; a new category for an
    // existing property; nothing would change.
    static Made<SetPropertyCommand> create(EditSession *session, xml::Element *entity, const PropertySpec &spec,
                                           QUndoCommand *parent = nullptr);
    // The Property with `key` in the entity's ProductSection of that class and instance.
    static xml::Element *findProperty(const xml::Element *entity, const QString &className, const QString &instance,
                                      const QString &key);
    xml::Element *property() const { return m_property; }
    xml::Element *focusElement() const override { return m_property; }

private:
    SetPropertyCommand(EditSession *session, QUndoCommand *parent) : Command(session, parent) { }
    xml::Element *m_property = nullptr;
};

} // namespace ovf::commands
