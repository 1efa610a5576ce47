#include "app/gui/validationrunner.h"

#include "model/ovf/descriptor.h"
#include "model/ovf/elementpath.h"
#include "model/package/hrefreader.h"

#include <QDir>
#include <QFile>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

ValidationRunner::ValidationRunner(QObject *parent) : QObject(parent)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &ValidationRunner::start);
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, [this] {
        const QFuture<Result> future = m_watcher.future();
        if (future.resultCount() == 0)
            return;
        Result r = future.result();
        if (r.report.cancelled || r.revision != m_revision || !m_document)
            return; // stale: the document changed since its snapshot
        for (qsizetype i = 0; i < r.report.problems.size(); ++i)
            r.report.problems[i].location.element = r.paths.at(i).isEmpty() ? nullptr : ovf::xml::ElementPath::resolve(*m_document, r.paths.at(i));
        emit finished(r.report);
    });
}

ValidationRunner::~ValidationRunner()
{
    cancel();
    m_watcher.disconnect(this);
}

void ValidationRunner::setDocument(const ovf::xml::Document *document, const DocumentOrigin &origin)
{
    cancel();
    m_document = document;
    m_origin = origin;
}

void ValidationRunner::cancel()
{
    m_debounce.stop();
    if (m_cancel)
        m_cancel->store(true);
    m_cancel.reset();
    ++m_revision; // whatever is still running is stale now
    // Stop watching: a run that completes anyway is never reported.
    m_watcher.setFuture(QFuture<Result>());
}

void ValidationRunner::requestValidation()
{
    if (m_cancel)
        m_cancel->store(true);
    ++m_revision;
    m_debounce.start();
}

void ValidationRunner::start()
{
    cancel();
    if (!m_document)
        return;
    QElapsedTimer clock;
    clock.start();
    const QByteArray snapshot = m_document->save();
    m_snapshotMs = clock.elapsed();
    auto flag = std::make_shared<std::atomic<bool>>(false);
    m_cancel = flag;
    const quint64 revision = m_revision;
    const DocumentOrigin origin = m_origin;
    const QString name = origin.isPackage() ? origin.descriptorName : origin.displayName;
    emit started();
    m_watcher.setFuture(QtConcurrent::run([snapshot, name, flag, revision, origin] {
        Result r;
        r.revision = revision;
        auto descriptor = ovf::Descriptor::fromBytes(snapshot, name);
        if (!descriptor) {
            ovf::validation::Problem p;
            p.ruleId = u"xml-well-formed"_s;
            p.message = descriptor.error().message;
            p.location.file = name;
            p.location.position = descriptor.error().position;
            r.report.problems << p;
            r.paths << QList<int>();
            return r;
        }
        ovf::validation::Options options;
        options.cancel = flag.get();
        if (const ovf::package::HrefReader reader = origin.hrefReader(); !reader.isNull())
            options.resolveBundle = reader.stringReader();
        r.report = ovf::validation::validate(**descriptor, options);
        for (const ovf::validation::Problem &p : std::as_const(r.report.problems))
            r.paths << (p.location.element ? ovf::xml::ElementPath::of(p.location.element) : QList<int>());
        return r;
    }));
}

