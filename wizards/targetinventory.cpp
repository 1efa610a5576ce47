#include "wizards/targetinventory.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QThreadPool>
#include <QtConcurrent>

using namespace Qt::StringLiterals;
using ovf::deploy::Backend;
using ovf::deploy::BackendKind;

TargetInventory::TargetInventory(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (!m_running)
            return;
        Result r;
        r.error = tr("the target did not answer within %1 s").arg((m_timeoutMs + 999) / 1000);
        finish(m_generation, r);
    });
}

// Nothing to wait for: a request still running finishes on its own thread and its result
// goes nowhere (its watcher was a child of this object).
TargetInventory::~TargetInventory() = default;

QThreadPool *TargetInventory::pool()
{
    // Deliberately never destroyed: QThreadPool's destructor waits for its threads, and a
    // libvirt call may never return.
    static QThreadPool *threads = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(4);
        p->setExpiryTimeout(30000);
        return p;
    }();
    return threads;
}

QString TargetInventory::keyOf(const ovf::deploy::Plan &plan)
{
    return plan.backend == BackendKind::Libvirt ? u"libvirt "_s + plan.libvirtUri : u"folder "_s + plan.outputPath;
}

Backend::Config TargetInventory::configFor(const ovf::deploy::Plan &plan)
{
    Backend::Config config;
    config.kind = plan.backend == BackendKind::Libvirt ? Backend::Kind::Libvirt : Backend::Kind::Folder;
    config.uri = plan.libvirtUri;
    config.outputDir = plan.outputPath;
    if (config.kind == Backend::Kind::Libvirt)
        config.pool = plan.storage.isEmpty() ? ovf::deploy::Plan::defaultPool.toString() : plan.storage;
    return config;
}

const ovf::deploy::TargetFacts *TargetInventory::facts() const
{
    return m_hasResult && m_libvirt && m_result.error.isEmpty() ? &m_facts : nullptr;
}

void TargetInventory::finish(quint64 generation, const Result &result)
{
    if (!m_running || generation != m_generation)
        return; // late: timed out, or a newer request replaced it
    m_running = false;
    m_timer.stop();
    m_result = result;
    m_facts = {};
    m_facts.networks = result.networks;
    m_facts.pools = result.storage;
    m_facts.domains = result.domains;
    m_hasResult = true;
    emit ready();
}

void TargetInventory::request(const ovf::deploy::Plan &plan)
{
    const QString key = keyOf(plan);
    if (key == m_key && (m_running || (m_hasResult && m_result.error.isEmpty())))
        return;
    m_key = key;
    m_hasResult = false;
    m_result = {};
    m_running = true;
    const quint64 generation = ++m_generation;
    const Backend::Config config = configFor(plan);
    m_libvirt = config.kind == Backend::Kind::Libvirt;
    emit started();
    m_timer.start(m_timeoutMs);

    // The work captures nothing of this object: it may outlive it.
    auto *watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (watcher->future().resultCount() > 0)
            finish(generation, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(pool(), [config]() -> Result {
        Result r;
        if (config.kind == Backend::Kind::Libvirt) {
            // Only listing: no pool or folder has to be chosen yet.
            auto facts = ovf::deploy::TargetFacts::gather(config.uri);
            if (!facts) {
                r.error = facts.error().toString();
                return r;
            }
            r.networks = facts->networks;
            r.storage = facts->pools;
            r.domains = facts->domains;
            return r;
        }
        auto backend = Backend::create(config);
        if (!backend) {
            r.error = backend.error().toString();
            return r;
        }
        if (auto networks = (*backend)->networks())
            r.networks = *networks;
        else
            r.error = networks.error().toString();
        if (auto storage = (*backend)->storageTargets())
            r.storage = *storage;
        else if (r.error.isEmpty())
            r.error = storage.error().toString();
        (*backend)->rollback(); // removes the temporary folder the folder backend made
        return r;
    }));
}
