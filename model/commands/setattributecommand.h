#pragma once

#include "model/commands/command.h"
#include "model/ovf/xmlnode.h"

#include <optional>
#include <vector>

namespace ovf::commands {

// Sets or removes one attribute of an element. Setting keeps the attribute's position and
// prefix; a new attribute gets a prefix bound in scope (or a new declaration). With
// `merge`, consecutive edits of the same attribute (typing) merge into one undo step.
class SetAttributeCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SetAttributeCommand)

public:
    // `value` nullopt removes the attribute. `ns` empty for an unprefixed attribute. `text`
    // names the edit for the Undo action; empty gives "Change <name>" / "Remove <name>".
    // Refused: no element, a namespace declaration, or an unchanged value.
    static Made<SetAttributeCommand> create(EditSession *session, xml::Element *element, QStringView ns,
                                            QStringView local, std::optional<QString> value, bool merge = false,
                                            const QString &text = {}, QUndoCommand *parent = nullptr);
    // The same for an OVF attribute (ovf:id, ovf:configuration, ...): an existing attribute
    // with this local name in any OVF namespace is edited in place; a new one goes in the
    // envelope's OVF namespace with the "ovf" prefix if none is bound.
    static Made<SetAttributeCommand> createOvf(EditSession *session, xml::Element *element, QStringView local,
                                               std::optional<QString> value, bool merge = false,
                                               const QString &text = {}, QUndoCommand *parent = nullptr);

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;
    xml::Element *focusElement() const override { return m_element; }

protected:
    void apply() override;
    void revert() override;

private:
    SetAttributeCommand(EditSession *session, xml::Element *element, QString ns, QString local,
                        std::vector<xml::Attribute> after, bool merge, QUndoCommand *parent);

    xml::Element *m_element;
    QString m_ns;
    QString m_local;
    std::vector<xml::Attribute> m_before; // the element's attributes (with source spans) before
    std::vector<xml::Attribute> m_after;
    bool m_merge;
};

} // namespace ovf::commands
