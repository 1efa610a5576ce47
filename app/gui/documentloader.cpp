#include "app/gui/documentloader.h"

#include <QtConcurrent>

DocumentLoader::DocumentLoader(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, [this] {
        const QFuture<Result> future = m_watcher.future();
        if (future.resultCount() == 0)
            return;
        const Result r = future.result();
        if (r.descriptor)
            emit loaded(r.descriptor, r.path);
        else
            emit failed(r.error);
    });
}

DocumentLoader::~DocumentLoader()
{
    // A load cannot be interrupted; its task owns everything it touches, so it may finish
    // after the loader is gone.
    m_watcher.disconnect(this);
}

void DocumentLoader::load(const QString &path)
{
    start(QtConcurrent::run([path] { return finish(ovf::Descriptor::load(path), path); }));
}

void DocumentLoader::loadBytes(const QByteArray &bytes, const QString &name)
{
    start(QtConcurrent::run([bytes, name] { return finish(ovf::Descriptor::fromBytes(bytes, name), QString()); }));
}

DocumentLoader::Result DocumentLoader::finish(std::expected<std::unique_ptr<ovf::Descriptor>, ovf::LoadError> loaded,
                                              const QString &path)
{
    Result r;
    r.path = path;
    if (!loaded) {
        r.error = loaded.error();
        return r;
    }
    // The document builds its line index lazily on the first position() call; build it here,
    // before the descriptor is shared, so the views and the validator only ever read it.
    (*loaded)->xml().positionOf(0);
    r.descriptor = std::move(*loaded);
    return r;
}

void DocumentLoader::start(const QFuture<Result> &future)
{
    m_watcher.setFuture(future);
}
