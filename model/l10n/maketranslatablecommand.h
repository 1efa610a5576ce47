#pragma once

#include "model/commands/command.h"
#include "model/ovf/xmlnode.h"

namespace ovf::l10n {

class Catalogue;

// Makes a text translatable: gives an element that has none an ovf:msgid (DSP0243 §10); its
// text stays as the default text.
class MakeTranslatableCommand : public commands::Command
{
    Q_DECLARE_TR_FUNCTIONS(ovf::l10n::MakeTranslatableCommand)

public:
    // `msgid` empty: a readable one is generated (MessageUsage::suggestMsgid), unique in the
    // catalogue and its bundles. Refused: an element that is not of Msg_Type
    // (MessageUsage::isTranslatable), one with a msgid already, one without text (its
    // translations would replace nothing: rule msgid-without-default), a msgid with spaces or
    // one in use.
    static commands::Made<MakeTranslatableCommand> create(commands::EditSession *session, const Catalogue &catalogue,
                                                          xml::Element *element, const QString &msgid = {},
                                                          QUndoCommand *parent = nullptr);
    const QString &msgid() const { return m_msgid; }
    xml::Element *focusElement() const override { return m_element; }

private:
    MakeTranslatableCommand(commands::EditSession *session, QUndoCommand *parent) : Command(session, parent) { }
    xml::Element *m_element = nullptr;
    QString m_msgid;
};

} // namespace ovf::l10n
