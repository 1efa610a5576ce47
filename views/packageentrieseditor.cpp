#include "views/packageentrieseditor.h"

#include "model/commands/addfilecommand.h"
#include "model/commands/addnetworkcommand.h"
#include "model/commands/editsession.h"
#include "model/commands/envelopeentries.h"
#include "model/commands/removediskcommand.h"
#include "model/commands/removefilecommand.h"
#include "model/commands/removenetworkcommand.h"
#include "model/ovf/descriptor.h"
#include "model/ovf/ovfschema.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
namespace cmd = ovf::commands;

PackageEntriesEditor::PackageEntriesEditor(cmd::EditSession *session, ovf::xml::Element *element, List list,
                                           QWidget *parent)
    : FormEditor(session, element, parent), m_list(list), m_title(new QLabel(this)), m_table(new QTableView(this)),
      m_model(new ovf::items::PackageEntriesModel(session, list, this)), m_add(new QPushButton(this)),
      m_remove(new QPushButton(this)), m_message(hintLabel(this))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_table->setObjectName(u"entriesTable"_s);
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::SelectedClicked);
    m_add->setObjectName(u"addEntryButton"_s);
    m_remove->setObjectName(u"removeEntryButton"_s);
    m_message->setObjectName(u"entriesMessage"_s);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_title);
    if (list != List::Files) { // References has no Info
        auto *form = new QFormLayout;
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        const auto model = list == List::Disks ? ovf::ContentModel::DiskSection : ovf::ContentModel::NetworkSection;
        addFormRow(form, childTextField(u"Info"_s, model, false, [this] { return tr("Edit the section's Info"); }));
        layout->addLayout(form);
    }
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);

    connect(m_model, &ovf::items::PackageEntriesModel::editRefused, this, &PackageEntriesEditor::showMessage);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &i) {
        m_selected = m_model->element(i);
        m_remove->setEnabled(m_selected != nullptr);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_model->rowOf(m_selected);
        if (row >= 0)
            m_table->selectRow(row);
        m_remove->setEnabled(row >= 0);
    });
    connect(m_add, &QPushButton::clicked, this, &PackageEntriesEditor::add);
    connect(m_remove, &QPushButton::clicked, this, &PackageEntriesEditor::removeSelected);
    m_remove->setEnabled(false);
    retranslateUi();
    refresh();
}

QString PackageEntriesEditor::message() const
{
    return m_message->text();
}

void PackageEntriesEditor::showMessage(const QString &text)
{
    m_message->setText(text);
}

bool PackageEntriesEditor::selectEntry(const ovf::xml::Element *entry)
{
    const int row = m_model->rowOf(entry);
    if (row < 0)
        return false;
    m_table->setCurrentIndex(m_model->index(row, 0));
    m_table->selectRow(row);
    return true;
}

bool PackageEntriesEditor::focusElement(const ovf::xml::Element *target)
{
    if (FormEditor::focusElement(target))
        return true;
    for (const ovf::xml::Element *e = target; e; e = e->parent()) {
        if (selectEntry(e)) {
            m_table->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return false;
}

void PackageEntriesEditor::add()
{
    switch (m_list) {
    case List::Disks: {
        for (const ovf::Entity &e : session()->descriptor().envelope().allEntities()) {
            if (!e.isCollection()) {
                emit addDiskRequested(e.element());
                return;
            }
        }
        showMessage(tr("Add a virtual system first: a disk is attached to one."));
        return;
    }
    case List::Networks:
        addNetwork();
        return;
    case List::Files: {
        const QString path = QFileDialog::getOpenFileName(this, tr("Add a File to the Package"));
        if (!path.isEmpty())
            addFile(path);
        return;
    }
    }
}

bool PackageEntriesEditor::addNetwork()
{
    const QString name = cmd::entries::freeId(tr("Network"), cmd::entries::networkNames(session()->document().root()));
    auto made = cmd::AddNetworkCommand::create(session(), name);
    if (!made) {
        showMessage(made.error());
        return false;
    }
    // Selected before the push: the rebuild it starts selects the new row.
    ovf::xml::Element *previous = m_selected;
    m_selected = (*made)->network();
    if (auto pushed = session()->push(std::move(made)); !pushed) {
        m_selected = previous;
        showMessage(pushed.error());
        return false;
    }
    showMessage(tr("Added network %1: double-click its name to rename it.").arg(name));
    return true;
}

bool PackageEntriesEditor::addFile(const QString &path)
{
    const QFileInfo info(path);
    cmd::FileSpec spec;
    spec.href = info.fileName();
    spec.size = quint64(info.size());
    spec.source = info.absoluteFilePath();
    auto made = cmd::AddFileCommand::create(session(), spec);
    if (!made) {
        showMessage(made.error());
        return false;
    }
    ovf::xml::Element *previous = m_selected;
    m_selected = (*made)->file();
    if (auto pushed = session()->push(std::move(made)); !pushed) {
        m_selected = previous;
        showMessage(pushed.error());
        return false;
    }
    showMessage(tr("%1 is added to the package when it is saved.").arg(info.fileName()));
    return true;
}

void PackageEntriesEditor::removeSelected()
{
    if (!m_selected)
        return;
    cmd::Made<cmd::Command> made = std::unexpected(QString());
    const auto wrap = [](auto m) -> cmd::Made<cmd::Command> {
        if (!m)
            return std::unexpected(m.error());
        return std::unique_ptr<cmd::Command>(std::move(*m));
    };
    switch (m_list) {
    case List::Disks: made = wrap(cmd::RemoveDiskCommand::create(session(), m_selected)); break;
    case List::Networks: made = wrap(cmd::RemoveNetworkCommand::create(session(), m_selected)); break;
    case List::Files: made = wrap(cmd::RemoveFileCommand::create(session(), m_selected)); break;
    }
    ovf::xml::Element *previous = m_selected;
    m_selected = nullptr;
    if (auto pushed = session()->push(std::move(made)); !pushed) {
        m_selected = previous;
        showMessage(pushed.error());
        return;
    }
    showMessage(QString());
}

void PackageEntriesEditor::refresh()
{
    refreshBoundFields();
}

void PackageEntriesEditor::retranslateUi()
{
    for (QLabel *l : findChildren<QLabel *>()) {
        if (l->buddy() && l->buddy()->objectName() == u"infoField")
            l->setText(tr("Info:"));
    }
    switch (m_list) {
    case List::Disks:
        m_title->setText(tr("Disks"));
        m_add->setText(tr("Add Disk…"));
        m_remove->setToolTip(tr("Remove the disk, the drives that attach it and its file"));
        m_table->setToolTip(tr("Double-click a disk id to rename it (drives follow) or a capacity to change it "
                               "(e.g. 20 GiB)"));
        break;
    case List::Networks:
        m_title->setText(tr("Networks"));
        m_add->setText(tr("Add Network"));
        m_remove->setToolTip(tr("Remove the network (only when no adapter connects to it)"));
        m_table->setToolTip(tr("Double-click a name to rename the network (adapters follow)"));
        break;
    case List::Files:
        m_title->setText(tr("Files (References)"));
        m_add->setText(tr("Add File…"));
        m_remove->setToolTip(tr("Remove the file (only when nothing refers to it)"));
        m_table->setToolTip(tr("Double-click a cell to change it; renaming a file id follows every reference"));
        break;
    }
    m_remove->setText(tr("Remove"));
}
