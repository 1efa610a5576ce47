#pragma once

#include "app/gui/documentorigin.h"
#include "model/compat/fixer.h"
#include "views/compatibilityview.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <optional>

class QDockWidget;
class QMainWindow;
class QMenu;
namespace ovf::commands {
class EditSession;
}

// View > Compatibility and Edit > Make Compatible with ▸: owns the dock with the matrix
// (CompatibilityView), lints the open document against every profile without racing the
// edits (a byte snapshot on the GUI thread, parsing and linting on a worker, elements mapped
// back by path, as ValidationRunner does; edits debounced), and applies one target's fixes
// as one undoable command, then lists what changed in a non-modal message box.
class CompatibilityController : public QObject
{
    Q_OBJECT

public:
    // Adds the dock (hidden until View > Compatibility) and the Make Compatible submenu
    // (to `editMenu`) to `window`.
    CompatibilityController(QMainWindow *window, QMenu *viewMenu, QMenu *editMenu);
    ~CompatibilityController() override;

    static constexpr int DebounceMs = 400;

    // Shares `other`'s place (as a tab; the window's problems dock).
    void placeWith(QDockWidget *other);

    // The document to follow (not owned; nullptr before it goes), and where it came from
    // (`origin` is asked at each lint: Save As may move the document): the stored sizes of
    // its files are package facts the linter and the fixes use (a File without ovf:size).
    void setSession(ovf::commands::EditSession *session,
                    std::function<DocumentOrigin()> origin = {});
    // Lints now (snapshot here, the rest on a worker).
    void start();
    bool isRunning() const { return m_watcher.isRunning() || m_debounce.isActive(); }
    // Applies the fixes of `targetId`; false when there was nothing to do.
    bool makeCompatible(const QString &targetId);
    const std::optional<ovf::compat::FixOutcome> &lastOutcome() const { return m_lastOutcome; }

    CompatibilityView *view() const { return m_view; }
    QDockWidget *dock() const { return m_dock; }
    QMenu *fixMenu() const { return m_menu; }

signals:
    void linted();
    // A finding was activated: show this element.
    void showElement(const ovf::xml::Element *element);

private:
    struct Result
    {
        quint64 revision = 0;
        QList<CompatibilityView::Target> targets;
        QList<QList<QList<int>>> paths; // per target, per finding
    };
    // What the package around the document holds: the sizes of its files, verified at open
    // for a package; for a lone descriptor, the files beside it as they are now (a stat each).
    static ovf::compat::PackageFacts packageFacts(const DocumentOrigin &origin, const ovf::Descriptor &descriptor);
    void finished();
    void retranslate();

    QMainWindow *m_window;
    CompatibilityView *m_view;
    QDockWidget *m_dock;
    QMenu *m_menu;
    ovf::commands::EditSession *m_session = nullptr;
    std::function<DocumentOrigin()> m_origin;
    QTimer m_debounce;
    QFutureWatcher<Result> m_watcher;
    quint64 m_revision = 0;
    std::optional<ovf::compat::FixOutcome> m_lastOutcome;
};
