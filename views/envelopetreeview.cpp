#include "views/envelopetreeview.h"

#include "model/commands/addentitycommand.h"
#include "model/commands/addsectioncommand.h"
#include "model/commands/duplicateentitycommand.h"
#include "model/commands/editsession.h"
#include "model/commands/moveelementcommand.h"
#include "model/commands/removeentitycommand.h"
#include "model/commands/removesectioncommand.h"
#include "model/commands/sectionrules.h"
#include "model/commands/treeeditpolicy.h"
#include "model/items/envelopetreemodel.h"
#include "model/ovf/descriptor.h"
#include "views/envelopeiconproxymodel.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QMenu>
#include <QMetaMethod>
#include <QScopedValueRollback>
#include <QTimer>
#include <QToolTip>

using namespace Qt::StringLiterals;
using ovf::items::EnvelopeNodeType;
using ovf::items::EnvelopeTreeModel;
namespace cmd = ovf::commands;

EnvelopeTreeView::EnvelopeTreeView(QWidget *parent)
    : QTreeView(parent), m_proxy(new EnvelopeIconProxyModel(this))
{
    setUniformRowHeights(true);
    setAllColumnsShowFocus(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers); // renaming goes through the F2 action
    setTextElideMode(Qt::ElideRight);
    setIconSize(QSize(16, 16));
    setDragDropMode(QAbstractItemView::InternalMove);
    setDefaultDropAction(Qt::MoveAction);
    setDropIndicatorShown(true);
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(QHeaderView::Interactive);
    header()->setHighlightSections(false);
    header()->setDefaultSectionSize(160);
    connect(header(), &QHeaderView::sectionResized, this, [this](int section) {
        if (!m_fitting && section != EnvelopeTreeModel::InfoColumn)
            m_userSized = true;
    });
    createActions();
    setModel(m_proxy);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        expandContent();
        fitColumns();
        updateActions();
    });
    // New entities show their sections; the actions follow every change.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent, int first, int last) {
        for (int r = first; r <= last; ++r) {
            const QModelIndex i = m_proxy->index(r, 0, parent);
            const auto type = EnvelopeNodeType(i.data(EnvelopeTreeModel::NodeTypeRole).toInt());
            if (type == EnvelopeNodeType::VirtualSystemCollection || type == EnvelopeNodeType::VirtualSystem) {
                expand(i);
                expandContent(i);
            }
        }
        m_updateTimer->start();
    });
    // Edits arrive in bursts (typing, compound commands): update the actions once after them.
    m_updateTimer = new QTimer(this);
    m_updateTimer->setSingleShot(true);
    m_updateTimer->setInterval(0);
    connect(m_updateTimer, &QTimer::timeout, this, &EnvelopeTreeView::updateActions);
    const auto later = [this] { m_updateTimer->start(); };
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, later);
    connect(m_proxy, &QAbstractItemModel::rowsMoved, this, later);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, later);
    retranslateUi();
    updateActions();
    // A refused edit is explained where it was asked for; the window may also show it.
    connect(this, &EnvelopeTreeView::editRefused, this, [this](const QString &reason) {
        const QRect rect = visualRect(currentIndex());
        QToolTip::showText(viewport()->mapToGlobal(rect.isValid() ? rect.bottomLeft() : QPoint()), reason, viewport());
    });
}

void EnvelopeTreeView::setEnvelopeModel(EnvelopeTreeModel *model)
{
    if (m_model)
        disconnect(m_model, &EnvelopeTreeModel::editRefused, this, &EnvelopeTreeView::editRefused);
    m_model = model;
    m_proxy->setSourceModel(model);
    if (model)
        connect(model, &EnvelopeTreeModel::editRefused, this, &EnvelopeTreeView::editRefused);
    expandContent();
    fitColumns();
    updateActions();
}

ovf::xml::Element *EnvelopeTreeView::currentElement() const
{
    return currentIndex().data(EnvelopeTreeModel::ElementRole).value<ovf::xml::Element *>();
}

bool EnvelopeTreeView::selectElement(const ovf::xml::Element *element)
{
    if (!m_model)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOf(element));
    if (!index.isValid())
        return false;
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        expand(p);
    setCurrentIndex(index);
    scrollTo(index);
    return true;
}

void EnvelopeTreeView::expandContent()
{
    expandContent(QModelIndex());
}

void EnvelopeTreeView::expandContent(const QModelIndex &parent)
{
    const int rows = m_proxy->rowCount(parent);
    for (int r = 0; r < rows; ++r) {
        const QModelIndex i = m_proxy->index(r, 0, parent);
        const auto type = EnvelopeNodeType(i.data(EnvelopeTreeModel::NodeTypeRole).toInt());
        if (type == EnvelopeNodeType::VirtualSystemCollection || type == EnvelopeNodeType::VirtualSystem) {
            expand(i);
            expandContent(i);
        }
    }
}

void EnvelopeTreeView::fitColumns()
{
    const QScopedValueRollback fitting(m_fitting, true);
    m_userSized = false;
    resizeColumnToContents(EnvelopeTreeModel::NameColumn);
    resizeColumnToContents(EnvelopeTreeModel::KindColumn);
    m_nameHint = columnWidth(EnvelopeTreeModel::NameColumn);
    m_kindHint = columnWidth(EnvelopeTreeModel::KindColumn);
    applyColumnWidths();
}

void EnvelopeTreeView::applyColumnWidths()
{
    if (m_userSized || m_kindHint <= 0)
        return;
    const QScopedValueRollback fitting(m_fitting, true);
    const QFontMetrics fm = fontMetrics();
    const int padding = 3 * fm.horizontalAdvance(u'm');
    int kindMax = 0;
    for (const QString &longest : {u"ResourceAllocationSection"_s, u"DeploymentOptionSection"_s,
                                   u"VirtualSystemCollection"_s, u"OperatingSystemSection"_s})
        kindMax = std::max(kindMax, fm.horizontalAdvance(longest) + padding);
    const int kindWanted = std::clamp(m_kindHint, 7 * fm.height(), kindMax);
    const int nameWanted = std::clamp(m_nameHint, 12 * fm.height(), 22 * fm.height());
    int name = nameWanted;
    int kind = kindWanted;
    const int width = viewport()->width();
    if (name + kind > width) {
        // Too narrow for both: names are what the user reads, so Name keeps at least three
        // fifths of the width (nested nodes lose their indentation to it) and Kind elides,
        // its full text in the tooltip; Info is what scrolls.
        name = std::min(nameWanted, std::max(width - kindWanted, width * 3 / 5));
        kind = std::max(width - name, 5 * fm.height());
    }
    setColumnWidth(EnvelopeTreeModel::NameColumn, name);
    setColumnWidth(EnvelopeTreeModel::KindColumn, kind);
}

void EnvelopeTreeView::resizeEvent(QResizeEvent *event)
{
    QTreeView::resizeEvent(event);
    applyColumnWidths();
}

void EnvelopeTreeView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QTreeView::currentChanged(current, previous);
    updateActions();
    emit currentElementChanged(current.data(EnvelopeTreeModel::ElementRole).value<ovf::xml::Element *>());
}

void EnvelopeTreeView::createActions()
{
    auto make = [this](const QString &name, QKeySequence shortcut, std::function<void()> slot) {
        auto *a = new QAction(this);
        a->setObjectName(name);
        if (!shortcut.isEmpty())
            a->setShortcut(shortcut);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut); // only while the tree has focus
        connect(a, &QAction::triggered, this, std::move(slot));
        addAction(a);
        return a;
    };
    m_addVirtualSystem = make(u"addVirtualSystem"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                              [this] { addEntity(false); });
    m_addCollection = make(u"addCollection"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G),
                           [this] { addEntity(true); });
    m_duplicate = make(u"duplicate"_s, QKeySequence(Qt::CTRL | Qt::Key_D), [this] { duplicate(); });
    m_remove = make(u"remove"_s, QKeySequence::Delete, [this] { remove(); });
    m_rename = make(u"rename"_s, QKeySequence(Qt::Key_F2), [this] { rename(); });
    m_cut = make(u"cut"_s, QKeySequence::Cut, [this] { cut(); });
    m_paste = make(u"paste"_s, QKeySequence::Paste, [this] { paste(); });
    m_removeSection = make(u"removeSection"_s, QKeySequence(), [this] { removeSection(); });
    m_addDisk = make(u"addDisk"_s, QKeySequence(), [this] {
        if (ovf::xml::Element *vs = currentVirtualSystem())
            emit addDiskRequested(vs);
    });
    m_addNic = make(u"addNetworkAdapter"_s, QKeySequence(), [this] {
        if (ovf::xml::Element *vs = currentVirtualSystem())
            emit addNetworkAdapterRequested(vs);
    });
    m_addVirtualSystem->setIcon(EnvelopeIconProxyModel::icon(u"add-system"_s));
    m_addCollection->setIcon(EnvelopeIconProxyModel::icon(u"add-collection"_s));
    m_addDisk->setIcon(EnvelopeIconProxyModel::icon(u"add-disk"_s));
    m_addNic->setIcon(EnvelopeIconProxyModel::icon(u"add-ethernet"_s));
    m_addSectionMenu = new QMenu(this);
    m_addSectionMenu->setObjectName(u"addSectionMenu"_s);
    m_addSectionMenu->setIcon(EnvelopeIconProxyModel::icon(u"add-section"_s));
    connect(m_addSectionMenu, &QMenu::aboutToShow, this, &EnvelopeTreeView::fillAddSectionMenu);
}

void EnvelopeTreeView::retranslateUi()
{
    m_addVirtualSystem->setText(tr("Add &Virtual System"));
    m_addCollection->setText(tr("Add &Collection"));
    m_duplicate->setText(tr("D&uplicate"));
    m_remove->setText(tr("&Remove"));
    m_rename->setText(tr("Re&name"));
    m_cut->setText(tr("Cu&t"));
    m_paste->setText(tr("&Paste"));
    m_removeSection->setText(tr("Remove &Section"));
    m_addSectionMenu->setTitle(tr("Add &Section"));
    m_addDisk->setText(tr("Add &Disk…"));
    m_addDisk->setStatusTip(tr("Add a disk to the selected virtual system: a new empty disk or a disk image"));
    m_addNic->setText(tr("Add &Network Adapter…"));
    m_addNic->setStatusTip(tr("Add a network adapter to the selected virtual system"));
    m_addVirtualSystem->setStatusTip(tr("Add a virtual system to the selected collection"));
    m_addCollection->setStatusTip(tr("Add a virtual system collection to the selected collection"));
}

void EnvelopeTreeView::changeEvent(QEvent *event)
{
    QTreeView::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

cmd::EditSession *EnvelopeTreeView::session() const
{
    return m_model ? m_model->session() : nullptr;
}

ovf::xml::Element *EnvelopeTreeView::currentEntity() const
{
    return cmd::TreeEditPolicy::entityOf(currentElement());
}

ovf::xml::Element *EnvelopeTreeView::currentVirtualSystem() const
{
    return cmd::TreeEditPolicy::virtualSystemOf(currentElement());
}

ovf::xml::Element *EnvelopeTreeView::currentSection() const
{
    return cmd::TreeEditPolicy::sectionOf(currentElement());
}

ovf::xml::Element *EnvelopeTreeView::targetCollection() const
{
    return cmd::TreeEditPolicy::targetCollection(session(), currentElement());
}

ovf::xml::Element *EnvelopeTreeView::sectionContainer() const
{
    return cmd::TreeEditPolicy::sectionContainer(session(), currentElement());
}

void EnvelopeTreeView::updateActions()
{
    const auto *cutElement = m_cutIndex.isValid()
                                 ? m_cutIndex.data(EnvelopeTreeModel::ElementRole).value<ovf::xml::Element *>()
                                 : nullptr;
    const cmd::TreeEditPolicy::Actions allowed = cmd::TreeEditPolicy::actions(session(), currentElement(), cutElement);
    m_addVirtualSystem->setEnabled(allowed.addEntity);
    m_addCollection->setEnabled(allowed.addEntity);
    m_duplicate->setEnabled(allowed.duplicate);
    m_rename->setEnabled(allowed.rename);
    m_removeSection->setEnabled(allowed.removeSection);
    m_remove->setEnabled(allowed.remove);
    m_cut->setEnabled(allowed.cut);
    m_paste->setEnabled(allowed.paste);
    m_addSectionMenu->setEnabled(allowed.addSection);
    // The device actions also need someone to ask what to add (the window's dialogs).
    m_addDisk->setEnabled(allowed.addDevice
                          && isSignalConnected(QMetaMethod::fromSignal(&EnvelopeTreeView::addDiskRequested)));
    m_addNic->setEnabled(allowed.addDevice
                         && isSignalConnected(QMetaMethod::fromSignal(&EnvelopeTreeView::addNetworkAdapterRequested)));
}

void EnvelopeTreeView::fillAddSectionMenu()
{
    m_addSectionMenu->clear();
    cmd::EditSession *s = session();
    ovf::xml::Element *container = sectionContainer();
    if (!s || !container)
        return;
    for (const ovf::SectionKind kind : cmd::SectionRules::addableIn(container)) {
        const QString name = ovf::sectionKindName(kind);
        QAction *a = m_addSectionMenu->addAction(name);
        a->setObjectName(u"addSection_"_s + name);
        connect(a, &QAction::triggered, this, [this, container, kind] {
            pushAndSelect(cmd::AddSectionCommand::create(session(), container, kind));
        });
    }
}

QMenu *EnvelopeTreeView::createContextMenu(QWidget *parent)
{
    updateActions();
    auto *menu = new QMenu(parent);
    menu->addAction(m_addVirtualSystem);
    menu->addAction(m_addCollection);
    menu->addAction(m_duplicate);
    menu->addSeparator();
    menu->addAction(m_rename);
    menu->addAction(m_cut);
    menu->addAction(m_paste);
    menu->addSeparator();
    menu->addMenu(m_addSectionMenu);
    menu->addAction(m_removeSection);
    menu->addSeparator();
    menu->addAction(m_addDisk);
    menu->addAction(m_addNic);
    menu->addSeparator();
    menu->addAction(m_remove);
    return menu;
}

void EnvelopeTreeView::contextMenuEvent(QContextMenuEvent *event)
{
    if (!session()) {
        QTreeView::contextMenuEvent(event);
        return;
    }
    const QModelIndex at = indexAt(event->pos());
    if (at.isValid())
        setCurrentIndex(at);
    QMenu *menu = createContextMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

template <class T>
bool EnvelopeTreeView::pushAndSelect(std::expected<std::unique_ptr<T>, QString> command)
{
    cmd::EditSession *s = session();
    if (!s)
        return false;
    if (!command) {
        emit editRefused(command.error());
        return false;
    }
    ovf::xml::Element *focus = (*command)->focusElement();
    if (auto pushed = s->push(std::move(command)); !pushed) {
        emit editRefused(pushed.error());
        return false;
    }
    if (focus)
        selectElement(focus);
    updateActions();
    return true;
}

void EnvelopeTreeView::addEntity(bool collection)
{
    ovf::xml::Element *target = targetCollection();
    if (!target) {
        emit editRefused(tr("Select a collection (or a virtual system in one) to add to."));
        return;
    }
    pushAndSelect(cmd::AddEntityCommand::create(session(), target,
                                                collection ? ovf::Entity::Kind::VirtualSystemCollection
                                                           : ovf::Entity::Kind::VirtualSystem));
}

void EnvelopeTreeView::duplicate()
{
    pushAndSelect(cmd::DuplicateEntityCommand::create(session(), currentEntity()));
}

void EnvelopeTreeView::remove()
{
    ovf::xml::Element *current = currentElement();
    if (current && ovf::Entity::isEntity(current))
        pushAndSelect(cmd::RemoveEntityCommand::create(session(), current));
    else if (currentSection())
        removeSection();
}

void EnvelopeTreeView::rename()
{
    const QModelIndex name = currentIndex().siblingAtColumn(EnvelopeTreeModel::NameColumn);
    if (name.isValid() && (m_proxy->flags(name) & Qt::ItemIsEditable)) {
        setCurrentIndex(name);
        edit(name);
    }
}

void EnvelopeTreeView::cut()
{
    ovf::xml::Element *current = currentElement();
    if (!current || !ovf::Entity::isEntity(current))
        return;
    m_cutIndex = currentIndex().siblingAtColumn(0);
    updateActions();
}

void EnvelopeTreeView::paste()
{
    const auto *cutElement = m_cutIndex.isValid()
                                 ? m_cutIndex.data(EnvelopeTreeModel::ElementRole).value<ovf::xml::Element *>()
                                 : nullptr;
    ovf::xml::Element *target = targetCollection();
    if (!cutElement || !target) {
        emit editRefused(tr("Cut a virtual system or collection first, then select the collection to move it to."));
        return;
    }
    auto *moving = const_cast<ovf::xml::Element *>(cutElement);
    const QString text = tr("Move '%1' to '%2'").arg(ovf::Entity(moving).displayName(),
                                                     ovf::Entity(target).displayName());
    if (pushAndSelect(cmd::MoveElementCommand::create(session(), moving, target, -1, text)))
        m_cutIndex = QPersistentModelIndex();
}

void EnvelopeTreeView::removeSection()
{
    pushAndSelect(cmd::RemoveSectionCommand::create(session(), currentSection()));
}
