#pragma once

#include "model/commands/command.h"
#include "model/ovf/xmlnode.h"

#include <optional>
#include <vector>

namespace ovf::l10n {

class Catalogue;

// Sets or clears the translation of one message in one locale.
//
// Setting: an existing Msg of the locale gets the new text; otherwise a new Msg is appended to
// the locale's first section (the embedded <Strings>, or the external bundle's document when
// the section is external). Either way the Msg remembers the default text it translates in
// ovfw:sourceHash (see sourcedigest.h), declaring the ovfw prefix on the section when needed.
// Clearing removes the Msg. With `merge`, consecutive edits of the same message (typing) are
// one undo step.
class SetTranslationCommand : public commands::Command
{
    Q_DECLARE_TR_FUNCTIONS(ovf::l10n::SetTranslationCommand)

public:
    // `catalogue` is the document's catalogue as it is now (the command keeps nothing of it).
    // `text` nullopt clears. Refused: a msgid nothing uses; a locale without a Strings section
    // (add it first); an external bundle that could not be read; a Msg with child elements;
    // nothing to change.
    static commands::Made<SetTranslationCommand> create(commands::EditSession *session, const Catalogue &catalogue,
                                                        const QString &locale, const QString &msgid,
                                                        std::optional<QString> text, bool merge = false,
                                                        QUndoCommand *parent = nullptr);

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;
    xml::Element *focusElement() const override { return m_msg; }
    xml::Element *msg() const { return m_msg; }

protected:
    void apply() override;
    void revert() override;

private:
    SetTranslationCommand(commands::EditSession *session, QUndoCommand *parent) : Command(session, parent) { }

    enum class Mode { Clear, Update, Append };
    Mode m_mode = Mode::Update;
    xml::Element *m_msg = nullptr;
    // Update: the Msg's attributes with (or, once applied, without) the new sourceHash; the
    // Workbench prefix declared on the Msg's section first when it is not bound there.
    bool m_swapAttributes = false;
    xml::Element *m_section = nullptr;
    bool m_declare = false;
    std::vector<xml::Attribute> m_sectionAttributes;
    std::vector<xml::Attribute> m_msgAttributes;
    bool m_merge = false;
};

} // namespace ovf::l10n
