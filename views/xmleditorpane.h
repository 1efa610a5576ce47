#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class XmlSourceView;
namespace ovf::commands {
class EditSession;
}
namespace ovf::xml {
class Element;
}

// The XML tab: the source of the selected element, or of the whole descriptor (the
// Envelope), editable. Typing changes only the text; Apply turns it into one undoable
// EditXmlCommand when it parses and keeps an OVF Envelope, else the error is shown with its
// line and column (in the gutter's numbering) and the cursor goes there. Revert shows the
// document's text again.
//
// While the text has unapplied changes the pane keeps showing the element it was loaded
// from (selecting another node in the tree does not throw the typing away); Apply or Revert
// ends that. Without a session the pane is read-only.
class XmlEditorPane : public QWidget
{
    Q_OBJECT

public:
    enum class Scope { Element, Document };

    explicit XmlEditorPane(QWidget *parent = nullptr);

    // `session` must outlive the pane or be replaced (nullptr) first.
    void setSession(ovf::commands::EditSession *session);
    // The element selected in the tree (shown in Element scope unless the text is modified).
    void setElement(ovf::xml::Element *element);
    void setScope(Scope scope);
    Scope scope() const;

    XmlSourceView *sourceView() const { return m_view; }
    QComboBox *scopeCombo() const { return m_scope; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *revertButton() const { return m_revert; }
    // The element whose text is shown (the root in Document scope).
    ovf::xml::Element *shownElement() const { return m_shown; }
    bool isModified() const;
    // The message shown under the text (an error after a refused Apply, else a hint).
    QString statusText() const;

    // Applies the text; true when it was applied or was unchanged.
    bool apply();
    void revert();

signals:
    // An Apply went through; `focus` is the edited element or the one that replaced it.
    void applied(ovf::xml::Element *focus);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void onDocumentChanged();
    void updateState();
    void showStatus(const QString &text, bool error);
    void retranslateUi();

    ovf::commands::EditSession *m_session = nullptr;
    ovf::xml::Element *m_selected = nullptr;
    ovf::xml::Element *m_shown = nullptr;
    Scope m_shownScope = Scope::Element;
    QComboBox *m_scope;
    QPushButton *m_apply;
    QPushButton *m_revert;
    QLabel *m_status;
    XmlSourceView *m_view;
    bool m_stale = false;        // the document changed while hidden: reload when shown
    bool m_changedUnder = false; // the document changed while the text was modified
    bool m_error = false;
};
