#include "app/gui/autosaverestoredialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

AutosaveRestoreDialog::AutosaveRestoreDialog(const QList<AutosaveManager::Entry> &entries, QWidget *parent)
    : QDialog(parent), m_entries(entries), m_text(new QLabel(this)), m_list(new QTreeWidget(this))
{
    setObjectName(u"autosaveRestoreDialog"_s);
    setWindowTitle(tr("Restore Unsaved Changes"));
    m_text->setWordWrap(true);
    m_text->setText(tr("OVF Workbench did not close cleanly last time. These documents had unsaved "
                       "changes that were autosaved:"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Document"), tr("From"), tr("Autosaved")});
    for (const AutosaveManager::Entry &entry : entries) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, entry.origin.displayName);
        item->setText(1, entry.origin.path.isEmpty() ? tr("(not saved yet)") : entry.origin.path);
        item->setToolTip(1, entry.origin.path);
        item->setText(2, QLocale().toString(entry.savedAt.toLocalTime(), QLocale::ShortFormat));
    }
    m_list->setCurrentItem(m_list->topLevelItem(0));
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    QPushButton *discard = buttons->addButton(tr("&Discard All"), QDialogButtonBox::DestructiveRole);
    buttons->addButton(tr("&Later"), QDialogButtonBox::RejectRole);
    restore->setObjectName(u"restoreButton"_s);
    discard->setObjectName(u"discardButton"_s);
    connect(restore, &QPushButton::clicked, this, &AutosaveRestoreDialog::restoreSelected);
    connect(discard, &QPushButton::clicked, this, &AutosaveRestoreDialog::discardAll);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(640, 300);
}

void AutosaveRestoreDialog::restoreSelected()
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (row < 0)
        return;
    m_restored = m_entries.at(row);
    accept();
}

void AutosaveRestoreDialog::discardAll()
{
    m_discarded = m_entries;
    m_restored.reset();
    accept();
}
