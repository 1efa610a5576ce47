#pragma once

#include "app/gui/documentorigin.h"
#include "model/package/verifyoptions.h"
#include "model/items/envelopetreeitem.h"
#include "model/ovf/descriptor.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

// Opens documents on a worker thread, so the window never waits on the disk: a lone
// descriptor (.ovf, .xml), or a package (OVA, gzip OVA, ZIP, OVF folder; told by content),
// which is verified in full while it is read (PackageVerifier: safety policy, digests,
// signature) with progress in bytes and can be cancelled. A package whose verdict is Invalid
// opens read-only (DocumentOrigin::readOnlyReason holds the verifier's reasons); one whose
// descriptor cannot be read is refused with them. One load at a time: starting another cancels the
// one running (its result is dropped, never shown).
class DocumentLoader : public QObject
{
    Q_OBJECT

public:
    // What a successful load hands over, once (the receiver moves the pointers out).
    struct Loaded
    {
        std::unique_ptr<ovf::Descriptor> descriptor;
        // The envelope tree's items, built on the worker too (EnvelopeTreeModel adopts them).
        std::unique_ptr<ovf::items::EnvelopeTreeItem> tree;
        DocumentOrigin origin;
        QByteArray bytes; // the descriptor exactly as stored
        QStringList warnings;
        bool restored = false; // from an autosave: the document holds unsaved changes
        bool created = false;  // made in this run (New Appliance), never saved: unsaved changes
    };

    struct Result
    {
        std::shared_ptr<ovf::Descriptor> descriptor; // null when the load failed
        ovf::LoadError error;
        DocumentOrigin origin;
        QByteArray bytes; // the descriptor exactly as stored
        QStringList warnings; // the verifier's, for packages
        bool cancelled = false;
        // A holder, so the result stays copyable while the tree is handed over once.
        std::shared_ptr<std::unique_ptr<ovf::items::EnvelopeTreeItem>> tree;
    };

    explicit DocumentLoader(QObject *parent = nullptr);
    ~DocumentLoader() override;

    void load(const QString &path);
    // `name` stands for the file in messages and titles; the origin is Unsaved.
    void loadBytes(const QByteArray &bytes, const QString &name);
    // The same for a restored autosave: `origin` is where the document came from.
    void loadBytes(const QByteArray &bytes, const QString &name, const DocumentOrigin &origin);
    void cancel();
    bool isLoading() const { return m_watcher.isRunning(); }

    // How packages are verified when opened (trust anchors from the Trust preferences:
    // TrustSettings::verifyOptions()); default: VerifyOptions{}.
    void setVerifyOptions(const ovf::package::VerifyOptions &options) { m_verify = options; }

    // The synchronous core of load(), for tests and the worker; `promise` may be null.
    static Result loadPath(const QString &path, QPromise<Result> *promise = nullptr,
                           const ovf::package::VerifyOptions &verify = {});

signals:
    void loaded(const std::shared_ptr<DocumentLoader::Loaded> &loaded);
    void failed(const ovf::LoadError &error);
    // Packages only: bytes read so far of `total`.
    void progress(qint64 done, qint64 total);

private:
    static Result loadPackage(const QString &path, QPromise<Result> *promise, const ovf::package::VerifyOptions &verify);
    static Result finish(std::expected<std::unique_ptr<ovf::Descriptor>, ovf::LoadError> loaded);
    void start(const QFuture<Result> &future);

    QFutureWatcher<Result> m_watcher;
    ovf::package::VerifyOptions m_verify;
    qint64 m_total = 0;
    bool m_restore = false;
};
