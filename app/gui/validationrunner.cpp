#include "app/gui/validationrunner.h"

#include "model/ovf/descriptor.h"

#include <QDir>
#include <QFile>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

ValidationRunner::ValidationRunner(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<ovf::validation::Report>::finished, this, [this] {
        const QFuture<ovf::validation::Report> future = m_watcher.future();
        if (future.resultCount() == 0)
            return;
        const ovf::validation::Report report = future.result();
        if (!report.cancelled)
            emit finished(report);
    });
}

ValidationRunner::~ValidationRunner()
{
    cancel();
    m_watcher.disconnect(this);
}

void ValidationRunner::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
    m_cancel.reset();
    // Stop watching: a run that completes anyway is never reported.
    m_watcher.setFuture(QFuture<ovf::validation::Report>());
}

void ValidationRunner::start(std::shared_ptr<const ovf::Descriptor> descriptor, const QString &directory)
{
    cancel();
    auto flag = std::make_shared<std::atomic<bool>>(false);
    m_cancel = flag;
    m_watcher.setFuture(QtConcurrent::run([descriptor = std::move(descriptor), flag, directory] {
        ovf::validation::Options options;
        options.cancel = flag.get();
        if (!directory.isEmpty())
            options.resolveBundle = [directory](const QString &href) { return readBundle(directory, href); };
        return ovf::validation::validate(*descriptor, options);
    }));
}

std::expected<QByteArray, QString> ValidationRunner::readBundle(const QString &directory, const QString &href)
{
    constexpr qint64 maxBytes = 16 * 1024 * 1024;
    const QStringList segments = href.split(u'/');
    if (href.isEmpty() || href.contains(u':') || href.contains(u'\\') || href.startsWith(u'/')
        || segments.contains(u".."_s))
        return std::unexpected(tr("refused to read %1: not a relative path inside the package").arg(href));
    QFile file(QDir(directory).filePath(href));
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(file.errorString());
    if (file.size() > maxBytes)
        return std::unexpected(tr("%1 is larger than 16 MiB").arg(href));
    return file.read(maxBytes);
}
