#pragma once

#include "model/commands/command.h"
#include "model/ovf/xmlnode.h"

#include <optional>

namespace ovf::commands {

// Product information of one ProductSection (DSP0243 §9.5); nullopt leaves a field, an empty
// text removes it.
struct ProductInfo
{
    QString className; // ovf:class of the section to edit (empty: the one without a class)
    QString instance;  // ovf:instance
    std::optional<QString> product, vendor, version, fullVersion, productUrl, vendorUrl, appUrl;
};

// Sets the product information of an entity's ProductSection with the given ovf:class and
// ovf:instance, creating the section (with its Info) when the entity has none such.
class SetProductCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SetProductCommand)

public:
    // Refused: not an entity; a class or instance with ':' (DSP0243 §9.5: the environment key
    // is class.key.instance); nothing would change.
    static Made<SetProductCommand> create(EditSession *session, xml::Element *entity, const ProductInfo &info,
                                          QUndoCommand *parent = nullptr);
    // The entity's ProductSection with exactly that class and instance, or nullptr.
    static xml::Element *findSection(const xml::Element *entity, const QString &className, const QString &instance);
    // Why a class or instance cannot be used, or empty.
    static QString classProblem(const QString &className, const QString &instance);
    // A new ProductSection (detached, not indented) with the class and instance, for `entity`.
    static std::unique_ptr<xml::Element> newSection(EditSession *session, xml::Element *entity,
                                                    const QString &className, const QString &instance);
    // Indents and inserts a section from newSection() as a child command of `command`.
    static std::expected<void, QString> insertSection(EditSession *session, xml::Element *entity,
                                                      std::unique_ptr<xml::Element> section, QUndoCommand *command);

    xml::Element *focusElement() const override { return m_section; }

private:
    SetProductCommand(EditSession *session, QUndoCommand *parent) : Command(session, parent) { }
    xml::Element *m_section = nullptr;
};

} // namespace ovf::commands
