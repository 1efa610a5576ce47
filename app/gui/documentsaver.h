#pragma once

#include "app/gui/documentorigin.h"
#include "model/ovf/attributechanges.h"
#include "model/package/packagewriteerror.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QHash>
#include <QObject>

#include <expected>
#include <memory>
#include <optional>

namespace ovf::package {
class Signer;
}

// Writes a document to disk on a worker thread: a lone descriptor atomically (QSaveFile)
// with exactly the document's bytes, or a whole package through PackageWriter (OVA, ZIP, OVF
// folder; atomic, progress in bytes, cancellable) with the edited descriptor, a manifest
// regenerated in the chosen algorithm, and the other files carried over from the package
// (or the folder) the document came from. Signed when the request carries a Signer (File >
// Export, or re-signing on Save); without one a signed original loses its signature (the
// window asks first). File > Export and Save run this same code (one writer: PackageWriter).
//
// Carried-over files are held to the digests computed when the package was opened
// (DocumentOrigin::memberDigests) whenever they are in the manifest's algorithm: the manifest
// is then built up front and the writer refuses, before anything is committed, a file whose
// bytes changed since. The user's existing file or package is never replaced by a broken
// one: every error or a cancel leaves it as it was.
class DocumentSaver : public QObject
{
    Q_OBJECT

public:
    enum class Target { Descriptor, Ova, Zip, Folder };

    struct Request
    {
        QByteArray bytes; // the descriptor to save, as the document serializes it
        DocumentOrigin origin; // where the other files come from
        QString destination;
        Target target = Target::Descriptor;
        ovf::package::DigestAlgorithm manifestAlgorithm = ovf::package::DigestAlgorithm::Sha256;
        bool writeManifest = true; // false: no manifest (and no signature)
        // Signs the manifest (DSP0243 §5.2); shared so the worker keeps it alive.
        std::shared_ptr<const ovf::package::Signer> signer;
        // PackageWriterOptions::chunkSize / compress / decompress / joinChunks.
        qint64 chunkSize = 0;
        bool compress = false;
        bool decompress = false;
        bool joinChunks = false;
        // New or edited external Strings bundles by member name
        // (l10n::BundleStore::changedMembers): written beside a lone descriptor, or into the
        // package as members covered by the manifest (PackInput::replaceDescriptor).
        QHash<QString, QByteArray> bundles;
        // The document's xml::Document::revision() when `bytes` were taken: handed back in
        // the Outcome, so the caller knows whether the document still is what was saved.
        quint64 revision = 0;
    };

    struct Outcome
    {
        DocumentOrigin origin; // the saved document's new origin
        qint64 bytesWritten = 0; // of the file, or of all the folder's members
        QStringList warnings;
        bool descriptorChanged = false; // the writer edited the References (ovf:size, ...)
        // The writer's edits as attribute changes of the request's descriptor, for the open
        // document to take them (EditSession::adoptAttributeChanges); nullopt when they could
        // not be expressed so (never expected: the writer edits attributes only).
        std::optional<ovf::xml::AttributeChanges> descriptorEdits;
        bool descriptorAdopted = false; // set by DocumentController: the document took them
        quint64 revision = 0;           // Request::revision
    };
    // Errors stay typed up to whoever shows them (PackageWriteError::toString()).
    using Result = std::expected<Outcome, ovf::package::PackageWriteError>;

    explicit DocumentSaver(QObject *parent = nullptr);
    ~DocumentSaver() override;

    void save(const Request &request);
    void cancel();
    bool isSaving() const { return m_watcher.isRunning(); }

    // The synchronous core of save(): for the worker and for tests. `progress` may be empty.
    static Result write(const Request &request, const std::function<void(qint64, qint64)> &progress = {},
                        const std::atomic<bool> *cancel = nullptr);
    static Target targetForPath(const QString &path);

signals:
    void progress(qint64 done, qint64 total);
    void succeeded(const DocumentSaver::Outcome &outcome);
    void failed(const ovf::package::PackageWriteError &error);

private:
    static Result writeDescriptor(const Request &request);
    static Result writePackage(const Request &request, const std::function<void(qint64, qint64)> &progress,
                               const std::atomic<bool> *cancel);

    QFutureWatcher<Result> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    qint64 m_total = 0;
};
