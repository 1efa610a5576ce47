#pragma once

#include "model/ovf/xmlnode.h"

#include <QPersistentModelIndex>
#include <QTreeView>

#include <expected>
#include <functional>
#include <memory>

class QAction;
class QMenu;
class QTimer;
namespace ovf::items {
class EnvelopeTreeModel;
}
namespace ovf::commands {
class EditSession;
}
class EnvelopeIconProxyModel;

// The envelope tree: package-level nodes and the content hierarchy with icons, the content
// expanded after each reset, one row selected at a time.
//
// When the model follows an EditSession (EnvelopeTreeModel::setSession) the tree is an
// editor: a context menu and actions with shortcuts (active while the tree has focus) add,
// duplicate, remove, rename (F2) and move (cut/paste, drag and drop) virtual systems and
// collections, and add or remove the sections the spec allows where they are. Every edit is a
// command on the session's undo stack; a refused edit is reported by editRefused() and
// nothing changes. Undo/Redo actions belong to the window.
class EnvelopeTreeView : public QTreeView
{
    Q_OBJECT

public:
    explicit EnvelopeTreeView(QWidget *parent = nullptr);

    // Shows `model` (not owned; it must outlive the view or be detached with nullptr first)
    // through an icon proxy the view owns.
    void setEnvelopeModel(ovf::items::EnvelopeTreeModel *model);
    ovf::items::EnvelopeTreeModel *envelopeModel() const { return m_model; }

    ovf::xml::Element *currentElement() const;
    // Makes the node of `element` (or of its nearest ancestor that has one) current,
    // expanding its parents and scrolling to it. False when there is no such node.
    bool selectElement(const ovf::xml::Element *element);
    // Expands collections and virtual systems so their sections show; package-level nodes
    // (files, disks, networks, ...) stay collapsed.
    void expandContent();

    // The editing actions (disabled while the model has no session or where the edit is not
    // allowed), for menus and toolbars of the window.
    QAction *addVirtualSystemAction() const { return m_addVirtualSystem; }
    QAction *addCollectionAction() const { return m_addCollection; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *removeAction() const { return m_remove; }
    QAction *renameAction() const { return m_rename; }
    QAction *cutAction() const { return m_cut; }
    QAction *pasteAction() const { return m_paste; }
    QAction *removeSectionAction() const { return m_removeSection; }
    // Add Disk… and Add Network Adapter… (enabled on a virtual system or a node in one): they
    // ask for what to add through addDiskRequested() / addNetworkAdapterRequested().
    QAction *addDiskAction() const { return m_addDisk; }
    QAction *addNetworkAdapterAction() const { return m_addNic; }
    QList<QAction *> hardwareActions() const { return {m_addDisk, m_addNic}; }
    // The VirtualSystem the current node belongs to (nullptr in a collection or at package
    // level).
    ovf::xml::Element *currentVirtualSystem() const;
    // "Add Section" submenu, filled with the sections allowed at the current node when shown.
    QMenu *addSectionMenu() const { return m_addSectionMenu; }
    // The context menu as it would open at the current node (built anew each time).
    QMenu *createContextMenu(QWidget *parent);

signals:
    void currentElementChanged(ovf::xml::Element *element);
    // An edit asked for in the tree was refused: `reason` names the element and the rule.
    void editRefused(const QString &reason);
    // Add Disk… / Add Network Adapter… was triggered for `virtualSystem`.
    void addDiskRequested(ovf::xml::Element *virtualSystem);
    void addNetworkAdapterRequested(ovf::xml::Element *virtualSystem);

protected:
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void expandContent(const QModelIndex &parent);
    // Measures Name and Kind on the expanded contents, then applyColumnWidths().
    void fitColumns();
    // Kind fits every standard section name and Name its contents (within bounds that follow
    // the font) when the view is wide enough; when it is not, Name keeps three fifths of it
    // and Kind elides. Info stretches. Until the user resizes Name or Kind by hand.
    void applyColumnWidths();
    void createActions();
    void retranslateUi();
    void updateActions();
    void fillAddSectionMenu();
    ovf::commands::EditSession *session() const;
    // The collection new entities go into from the current node, and the entity the current
    // node belongs to.
    ovf::xml::Element *targetCollection() const;
    ovf::xml::Element *currentEntity() const;
    ovf::xml::Element *currentSection() const;
    ovf::xml::Element *sectionContainer() const;
    void addEntity(bool collection);
    void duplicate();
    void remove();
    void rename();
    void cut();
    void paste();
    void removeSection();
    // Pushes a validated command; on success selects `focus` (or the command's own focus).
    template <class T>
    bool pushAndSelect(std::expected<std::unique_ptr<T>, QString> command);

    EnvelopeIconProxyModel *m_proxy;
    ovf::items::EnvelopeTreeModel *m_model = nullptr;
    QAction *m_addVirtualSystem;
    QAction *m_addCollection;
    QAction *m_duplicate;
    QAction *m_remove;
    QAction *m_rename;
    QAction *m_cut;
    QAction *m_paste;
    QAction *m_removeSection;
    QAction *m_addDisk;
    QAction *m_addNic;
    QMenu *m_addSectionMenu;
    QTimer *m_updateTimer = nullptr;
    int m_nameHint = 0; // content widths measured by fitColumns()
    int m_kindHint = 0;
    bool m_fitting = false;
    bool m_userSized = false; // Name or Kind resized by hand: leave the widths alone
    QPersistentModelIndex m_cutIndex; // the entity cut (a node of the proxy), until pasted or removed
};
