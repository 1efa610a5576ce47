#pragma once

#include "model/ovf/descriptor.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

// Opens descriptors on a worker thread, so the window never waits on the disk. One load at
// a time: starting another abandons the one running (its result is dropped, never shown).
class DocumentLoader : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        std::shared_ptr<ovf::Descriptor> descriptor; // null when the load failed
        ovf::LoadError error;
        QString path; // the file opened; empty for loadBytes()
    };

    explicit DocumentLoader(QObject *parent = nullptr);
    ~DocumentLoader() override;

    void load(const QString &path);
    // `name` stands for the file in messages and titles.
    void loadBytes(const QByteArray &bytes, const QString &name);
    bool isLoading() const { return m_watcher.isRunning(); }

signals:
    // `path` is empty for loadBytes().
    void loaded(const std::shared_ptr<ovf::Descriptor> &descriptor, const QString &path);
    void failed(const ovf::LoadError &error);

private:
    static Result finish(std::expected<std::unique_ptr<ovf::Descriptor>, ovf::LoadError> loaded, const QString &path);
    void start(const QFuture<Result> &future);

    QFutureWatcher<Result> m_watcher;
};
