#pragma once

#include "model/ovf/ovfschema.h"
#include "model/ovf/xmlnode.h"

#include <QStringList>
#include <QWidget>

#include <expected>
#include <functional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
namespace ovf::commands {
class EditSession;
}

// Base of the form editors: one widget per kind of element, editing it only through commands
// on the session's undo stack, and re-reading every field whenever the document changes
// (undo/redo, another editor, the tree). When its element is removed from the document the
// editor disables itself and shows why; it comes back when an undo restores the element.
//
// Lifetime: the session must outlive the editor. The element belongs to the session's
// document (a removed element stays owned by the command that removed it).
class FormEditor : public QWidget
{
    Q_OBJECT

public:
    FormEditor(ovf::commands::EditSession *session, ovf::xml::Element *element, QWidget *parent = nullptr);

    ovf::commands::EditSession *session() const { return m_session; }
    ovf::xml::Element *element() const { return m_element; }

    // Shows and focuses the field that edits `target` (this editor's element or one inside
    // it, e.g. the element a validation problem points at). False when the editor has no
    // field for it; the caller then focuses the editor as a whole. The main window finds this
    // through the meta-object, so it works for every editor the factory makes.
    Q_INVOKABLE virtual bool focusElement(const ovf::xml::Element *target);

signals:
    // An edit made in this editor was refused (FormEdits returned the commands' reason, which
    // names the element and the rule); nothing changed. The editor also shows it as a tool
    // tip at the field in focus.
    void editRefused(const QString &reason);
    // The user asked for the translations of `element` (a translatable text: "Translations…"
    // next to a field); the workspace opens the Strings editor on its message.
    void translationsRequested(ovf::xml::Element *element);

protected:
    // Shows a refused edit's reason (see editRefused()); does nothing for a successful one.
    void report(const std::expected<void, QString> &result);
    // Re-reads every field from the document. Called by the base on each change while the
    // element is attached; subclasses call it once at the end of their constructor.
    virtual void refresh() = 0;
    virtual void retranslateUi() = 0;
    void changeEvent(QEvent *event) override;

    // Sets the field's text only when it differs, so the field the user types in keeps its
    // cursor and selection.
    static void setFieldText(QLineEdit *field, const QString &text);
    static void setFieldText(QPlainTextEdit *field, const QString &text);
    // "Translatable (msgid x): translated in de-DE, fr-FR" or "Not translatable (no ovf:msgid)".
    QString translationNote(const QString &msgid) const;
    // A line edit whose user edits set the OVF child element `local` of element() (created
    // at its schema position, removed when emptied).
    QLineEdit *childTextField(const QString &local, ovf::ContentModel model, bool removeWhenEmpty,
                              const std::function<QString()> &undoText);
    // A line edit whose user edits set the OVF attribute `local` of element() (removed when
    // emptied if `removeWhenEmpty`).
    QLineEdit *attributeField(const QString &local, bool removeWhenEmpty, const std::function<QString()> &undoText);
    // Fills the fields made by childTextField/attributeField from the document.
    void refreshBoundFields();
    // "Translations…" (issue 10: the Strings editor from any translatable field): a button that
    // emits translationsRequested(target()), `target` being the element whose text it
    // translates, read when clicked (it may follow the current row). When target() is null (no
    // such element yet, e.g. an empty Label) it is disabled on refresh. An element without an
    // ovf:msgid is requested too: the Strings editor offers to make it translatable first
    // (StringsEditor::translateElement).
    QPushButton *translationsButton(std::function<ovf::xml::Element *()> target);
    // A form row like addFormRow() whose field is followed by a translationsButton(target),
    // named after the field ("<field's objectName>Translations").
    QLabel *addTranslatableRow(QFormLayout *form, QWidget *field, std::function<ovf::xml::Element *()> target);
    // Enables the translations buttons whose target exists (call from refresh() and wherever
    // the targets' current row changes).
    void refreshTranslationsButtons();
    // A dimmed, word-wrapped hint label.
    static QLabel *hintLabel(QWidget *parent);
    // The bound field (childTextField/attributeField) for the OVF child `local`, or nullptr.
    QLineEdit *boundField(const QString &local) const;
    // True when `e` is `ancestor` or inside it.
    static bool isWithin(const ovf::xml::Element *e, const ovf::xml::Element *ancestor);

private:
    void onDocumentChanged();

    struct Binding
    {
        QLineEdit *field;
        QString local;
        bool attribute;
    };

    ovf::commands::EditSession *m_session;
    ovf::xml::Element *m_element;
    QList<Binding> m_bindings;
    void requestTranslations(const std::function<ovf::xml::Element *()> &target);

    QList<std::pair<QPushButton *, std::function<ovf::xml::Element *()>>> m_translationButtons;
    bool m_detached = false;
};

// Adds a row to `form` with an (initially empty) label whose buddy is `field`; retranslateUi()
// sets the text through labelForField() or the buddy.
QLabel *addFormRow(QFormLayout *form, QWidget *field);
