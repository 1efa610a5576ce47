#pragma once

#include "app/gui/documentorigin.h"
#include "model/validation/validator.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>

namespace ovf::xml {
class Document;
class Element;
} // namespace ovf::xml

// Validates the document being edited without racing the edits: on the GUI thread it takes a
// snapshot of the document's bytes (xml::Document::save(), the only GUI-thread cost), a worker
// parses and validates the snapshot, and every problem's element is mapped back to the live
// document by its path of child indexes (the snapshot is a re-parse of the same serialization,
// so its node tree has the same shape). Results for an older revision than the document's
// current one are dropped. requestValidation() debounces edits (300 ms); a new run cancels
// the previous one (the validator polls the flag) without waiting for it.
class ValidationRunner : public QObject
{
    Q_OBJECT

public:
    explicit ValidationRunner(QObject *parent = nullptr);
    ~ValidationRunner() override;

    static constexpr int DebounceMs = 300;

    // The live document to validate (not owned; call with nullptr before it goes) and where
    // external Strings bundles are read from.
    void setDocument(const ovf::xml::Document *document, const DocumentOrigin &origin);
    void setOrigin(const DocumentOrigin &origin) { m_origin = origin; }
    // The document changed: validate it once edits pause for DebounceMs.
    void requestValidation();
    // Validates now (snapshot on this thread, the rest on a worker).
    void start();
    // Stops the run; nothing is reported for it any more.
    void cancel();
    bool isRunning() const { return m_watcher.isRunning() || m_debounce.isActive(); }
    quint64 revision() const { return m_revision; }
    // How long the last snapshot took on the GUI thread.
    qint64 lastSnapshotMs() const { return m_snapshotMs; }

signals:
    // `report`'s problems point into the live document (element nullptr when unmapped).
    void finished(const ovf::validation::Report &report);
    void started();

private:
    struct Result
    {
        ovf::validation::Report report;
        QList<QList<int>> paths; // per problem; empty for none
        quint64 revision = 0;
        QString parseError; // the snapshot did not parse (should not happen)
    };

    const ovf::xml::Document *m_document = nullptr;
    DocumentOrigin m_origin;
    QTimer m_debounce;
    QFutureWatcher<Result> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    quint64 m_revision = 0;
    qint64 m_snapshotMs = 0;
};
