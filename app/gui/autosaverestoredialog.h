#pragma once

#include "app/gui/autosavemanager.h"

#include <QDialog>

#include <optional>

class QLabel;
class QTreeWidget;

// Offered at start when autosaves of a run that did not close cleanly exist: lists them
// (document, where it came from, when it was saved). Restore opens the selected one; Discard
// removes all of them. Rejecting the dialog keeps them for the next start.
class AutosaveRestoreDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AutosaveRestoreDialog(const QList<AutosaveManager::Entry> &entries, QWidget *parent = nullptr);

    // After accept(): the entry to restore (nullopt after Discard) and the ones to remove.
    std::optional<AutosaveManager::Entry> restored() const { return m_restored; }
    QList<AutosaveManager::Entry> discarded() const { return m_discarded; }
    QTreeWidget *list() const { return m_list; }

    void restoreSelected();
    void discardAll();

private:
    QList<AutosaveManager::Entry> m_entries;
    QLabel *m_text;
    QTreeWidget *m_list;
    std::optional<AutosaveManager::Entry> m_restored;
    QList<AutosaveManager::Entry> m_discarded;
};
