#pragma once

#include "model/commands/command.h"
#include "model/l10n/translationfile.h"
#include "views/stringssnapshot.h"

#include <QFuture>
#include <QList>
#include <QWidget>

#include <expected>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableView;
class QToolBar;
class QAction;
class StringsExchange;
class StringsFilterModel;
class StringsTableModel;
namespace ovf::commands {
class EditSession;
}
namespace ovf::l10n {
class BundleStore;
}
namespace ovf::xml {
class Element;
}

// The Strings editor (issue 10): the document's messages × one locale at a time in a table
// (msgid, where used, default text, translation, status), the selected message's default text
// and translation side by side below it (multi-line, for EULAs), filters (untranslated, stale,
// section, text), the coverage of every locale always visible, and the locale actions: add,
// remove, move to/from an external bundle, make texts translatable, XLIFF/PO import and export.
//
// Every edit is an l10n command pushed on the session's QUndoStack; the editor follows the
// stack (undo/redo included). What it shows is a StringsSnapshot built on a worker thread after
// each change; the editor's own translation edits update the snapshot in place
// (Catalogue::noteTranslation), so typing in a 200,000-message document stalls nothing.
// Threading contract: while a worker reads the document, EditSession::aboutToChange() waits
// for it (edits from elsewhere are therefore never concurrent with a read).
//
// Keys in the translation field: Enter saves and moves to the next message that needs work
// (missing, empty or stale) under the current filters; Shift+Enter inserts a line break; Esc
// drops the typing. Leaving the field saves.
class StringsEditor : public QWidget
{
    Q_OBJECT

public:
    // `session` not owned; its BundleStore (BundleStore::of) reads external bundles; without
    // one, external bundles show as unreadable.
    explicit StringsEditor(ovf::commands::EditSession *session, QWidget *parent = nullptr);
    ~StringsEditor() override;

    // The locale shown (as written in the document), empty when the document has none.
    QString locale() const;
    void showLocale(const QString &locale);
    // Selects the row of `msgid` (clearing filters that hide it). False when no message has it.
    bool selectMessage(const QString &msgid);
    // For the workspace: a Strings element shows its locale; an element with an ovf:msgid
    // selects its message. False when neither applies.
    Q_INVOKABLE bool focusElement(const ovf::xml::Element *element);
    // "Translations…" of a form editor: shows `element`'s message alone (filters cleared, the
    // search set to its msgid), selected, with the translation field focused. An element without
    // an ovf:msgid is first offered to be made translatable (a question; yes runs
    // makeTranslatable(), one undo step); declining, or a read-only document, changes nothing.
    // False when no message is shown.
    bool translateElement(ovf::xml::Element *element);

    // The edits, also behind the buttons (tests call them without dialogs). Each is one
    // undo step; a refusal changes nothing and returns why. Except for translations, what is
    // shown follows when the rebuild the edit starts ends (snapshotReady(); settle() waits).
    std::expected<void, QString> setTranslation(const QString &msgid, const QString &text);
    std::expected<void, QString> addLocale(const QString &tag);
    std::expected<void, QString> removeLocale(const QString &locale);
    // `href` set: into that bundle file; nullopt: back into the descriptor.
    std::expected<void, QString> moveLocale(const QString &locale, const std::optional<QString> &href);
    // Gives each element a readable generated msgid (one undo step).
    std::expected<void, QString> makeTranslatable(const QList<ovf::xml::Element *> &elements);

    // The snapshot shown (after the last rebuild); null before the first one.
    const std::shared_ptr<StringsSnapshot> &snapshot() const;
    // True while a rebuild runs; snapshotReady() follows.
    bool isBusy() const;
    // Waits for a running rebuild and shows its result (tests, and before an edit).
    void settle();
    // Moves to the next row after the current one (wrapping) whose status needs work.
    bool selectNextNeedingWork();
    // Saves the translation field's text as the current message's translation.
    bool commitTranslation();

    QTableView *table() const { return m_table; }
    StringsTableModel *tableModel() const { return m_model; }
    StringsFilterModel *filterModel() const { return m_filter; }
    QComboBox *localeCombo() const { return m_locale; }
    QComboBox *statusFilterCombo() const { return m_statusFilter; }
    QComboBox *areaFilterCombo() const { return m_areaFilter; }
    QLineEdit *searchEdit() const { return m_search; }
    QPlainTextEdit *sourceEdit() const { return m_source; }
    QPlainTextEdit *translationEdit() const { return m_translation; }
    QLabel *coverageLabel() const { return m_coverage; }
    QLabel *messageLabel() const { return m_message; }
    StringsExchange *exchange() const { return m_exchange; }
    ovf::commands::EditSession *session() const { return m_session; }

signals:
    void snapshotReady();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildToolBar();
    void retranslateUi();
    void scheduleRebuild();
    void startRebuild();
    void applySnapshot(std::shared_ptr<StringsSnapshot> snapshot);
    void ensureCurrent();
    void updateCoverage();
    void updateLocaleActions();
    void showCurrent();
    void applyFilters();
    int currentSourceRow() const;
    bool selectSourceRow(int row);
    void showMessage(const QString &text, bool error);
    void waitForReaders();
    template <class T>
    std::expected<void, QString> pushLocaleCommand(const QString &show, ovf::commands::Made<T> made);
    void askAddLocale();
    void askMoveLocale();
    void askMakeTranslatable();

    ovf::commands::EditSession *m_session;
    ovf::l10n::BundleStore *m_store;
    StringsTableModel *m_model;
    StringsFilterModel *m_filter;
    StringsExchange *m_exchange;
    QToolBar *m_toolBar;
    QLabel *m_localeLabel;
    QComboBox *m_locale;
    QAction *m_addLocale = nullptr;
    QAction *m_removeLocale = nullptr;
    QAction *m_moveLocale = nullptr;
    QAction *m_makeTranslatable = nullptr;
    QAction *m_import = nullptr;
    QAction *m_export = nullptr;
    QLabel *m_coverage;
    QLabel *m_showLabel;
    QComboBox *m_statusFilter;
    QLabel *m_areaLabel;
    QComboBox *m_areaFilter;
    QLineEdit *m_search;
    QTableView *m_table;
    QLabel *m_sourceTitle;
    QPlainTextEdit *m_source;
    QLabel *m_translationTitle;
    QPlainTextEdit *m_translation;
    QLabel *m_keysHint;
    QLabel *m_message;

    std::shared_ptr<StringsSnapshot> m_snapshot;
    QString m_wantedLocale;
    QFuture<std::shared_ptr<StringsSnapshot>> m_build;
    int m_generation = 0;
    bool m_dirty = false;       // the document changed since the running build started
    bool m_queued = false;      // a rebuild is queued for the next event-loop turn
    bool m_applied = true;      // m_build's result is shown (or superseded)
    bool m_ownEdit = false;     // a translation edit of ours is being pushed
    QString m_shownMsgid;       // the message in the side-by-side fields
    friend class StringsExchange;
};
