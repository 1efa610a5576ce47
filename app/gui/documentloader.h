#pragma once

#include "app/gui/documentorigin.h"
#include "model/ovf/descriptor.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

// Opens documents on a worker thread, so the window never waits on the disk: a lone
// descriptor (.ovf, .xml), or a package (OVA, gzip OVA, ZIP, OVF folder; told by content),
// which is verified in full while it is read (PackageVerifier: safety policy, digests,
// signature) with progress in bytes and can be cancelled. A package whose verdict is Invalid
// is refused with the verifier's reasons. One load at a time: starting another cancels the
// one running (its result is dropped, never shown).
class DocumentLoader : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        std::shared_ptr<ovf::Descriptor> descriptor; // null when the load failed
        ovf::LoadError error;
        DocumentOrigin origin;
        QByteArray bytes; // the descriptor exactly as stored
        QStringList warnings; // the verifier's, for packages
        bool cancelled = false;
    };

    explicit DocumentLoader(QObject *parent = nullptr);
    ~DocumentLoader() override;

    void load(const QString &path);
    // `name` stands for the file in messages and titles; the origin is Unsaved.
    void loadBytes(const QByteArray &bytes, const QString &name);
    // The same for a restored autosave: `origin` is where the document came from.
    void loadBytes(const QByteArray &bytes, const QString &name, const DocumentOrigin &origin);
    // Whether the last document loaded came from loadBytes() with an origin (an autosave).
    bool lastWasRestore() const { return m_restore; }
    void cancel();
    bool isLoading() const { return m_watcher.isRunning(); }

    // The synchronous core of load(), for tests and the worker; `promise` may be null.
    static Result loadPath(const QString &path, QPromise<Result> *promise = nullptr);

signals:
    void loaded(const std::shared_ptr<ovf::Descriptor> &descriptor, const DocumentOrigin &origin,
                const QByteArray &bytes, const QStringList &warnings);
    void failed(const ovf::LoadError &error);
    // Packages only: bytes read so far of `total`.
    void progress(qint64 done, qint64 total);

private:
    static Result loadPackage(const QString &path, QPromise<Result> *promise);
    static Result finish(std::expected<std::unique_ptr<ovf::Descriptor>, ovf::LoadError> loaded);
    void start(const QFuture<Result> &future);

    QFutureWatcher<Result> m_watcher;
    qint64 m_total = 0;
    bool m_restore = false;
};
