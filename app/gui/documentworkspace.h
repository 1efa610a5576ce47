#pragma once

#include "model/ovf/xmlnode.h"
#include "model/validation/problem.h"

#include <QStackedWidget>

#include <memory>

class QSplitter;
class QTabWidget;
class DetailsView;
class EmptyStateWidget;
class EnvelopeTreeView;
class StringsEditor;
class XmlEditorPane;
class XmlSourceView;
namespace ovf {
class Descriptor;
}
namespace ovf::items {
class EnvelopeTreeItem;
class EnvelopeTreeModel;
}
namespace ovf::commands {
class EditSession;
}

// The central area: an empty state when nothing is open, otherwise the envelope tree on
// the left and, on the right, the selected node's form editor (when EditorFactory has one),
// Details and XML in tabs.
class DocumentWorkspace : public QStackedWidget
{
    Q_OBJECT

public:
    explicit DocumentWorkspace(QWidget *parent = nullptr);
    ~DocumentWorkspace() override;

    // Shows the document of `session` (not owned; detach with nullptr before it goes) and
    // selects its content entity. nullptr shows the empty state.
    // `tree`: the envelope tree's items built beforehand (DocumentLoader), or null.
    void setSession(ovf::commands::EditSession *session, std::unique_ptr<ovf::items::EnvelopeTreeItem> tree = {});
    ovf::commands::EditSession *session() const { return m_session; }
    const ovf::Descriptor *descriptor() const;

    // Selects the node of `element` (or its nearest ancestor with one). False if none.
    bool selectElement(const ovf::xml::Element *element);
    // Shows the editor of the selected node and gives the field of `element` the focus when
    // the editor offers that; the tree keeps it otherwise.
    void focusElement(const ovf::xml::Element *element);
    void showDetails();
    void showXml();
    // Opens the Add Disk / Add Network Adapter dialog for `virtualSystem` (window-modal, deleted
    // when closed); the added device is selected afterwards.
    void addDisk(ovf::xml::Element *virtualSystem);
    void addNetworkAdapter(ovf::xml::Element *virtualSystem);

    // The Translations tab: the Strings editor of the document, made when first shown. Shows
    // it and, for a Strings element, its locale; for an element with an ovf:msgid, its message.
    StringsEditor *showStrings(const ovf::xml::Element *focus = nullptr);
    // The Strings editor while the tab has one (nullptr before it was first shown).
    StringsEditor *stringsEditor() const { return m_strings; }

    EnvelopeTreeView *treeView() const { return m_tree; }
    DetailsView *detailsView() const { return m_details; }
    // The form editor of the selected node (EditorFactory), nullptr when it has none.
    QWidget *editor() const { return m_editor; }
    void showEditor();
    // Marks the tree nodes of the problems' elements (errors and warnings; the nearest node
    // when an element has none of its own). The elements must be in the shown document.
    void setProblems(const QList<ovf::validation::Problem> &problems);
    // The XML tab (editable source) and its text view.
    XmlEditorPane *xmlPane() const { return m_xml; }
    XmlSourceView *xmlView() const;
    QTabWidget *tabs() const { return m_tabs; }
    EmptyStateWidget *emptyState() const { return m_empty; }

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

signals:
    void currentElementChanged(ovf::xml::Element *element);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showElement(ovf::xml::Element *element);
    void dropStrings();

    ovf::commands::EditSession *m_session = nullptr;
    ovf::items::EnvelopeTreeModel *m_model;
    EmptyStateWidget *m_empty;
    QSplitter *m_splitter;
    EnvelopeTreeView *m_tree;
    QTabWidget *m_tabs;
    QWidget *m_editorPage;
    QWidget *m_editor = nullptr;
    ovf::xml::Element *m_current = nullptr;
    DetailsView *m_details;
    QWidget *m_stringsPage;
    StringsEditor *m_strings = nullptr;
    XmlEditorPane *m_xml;
};
