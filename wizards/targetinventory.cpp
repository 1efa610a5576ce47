#include "wizards/targetinventory.h"

#include "model/deploy/libvirtconnection.h"

#include <QtConcurrent>

using namespace Qt::StringLiterals;
using ovf::deploy::Backend;
using ovf::deploy::BackendKind;

TargetInventory::TargetInventory(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_watcher.isCanceled() || m_watcher.future().resultCount() == 0)
            return;
        m_result = m_watcher.result();
        m_hasResult = true;
        emit ready();
    });
}

TargetInventory::~TargetInventory()
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
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

void TargetInventory::request(const ovf::deploy::Plan &plan)
{
    const QString key = keyOf(plan);
    if (key == m_key && (m_hasResult || m_watcher.isRunning()))
        return;
    m_watcher.cancel();
    m_watcher.waitForFinished(); // a libvirt connection attempt is bounded by libvirt's timeouts
    m_key = key;
    m_hasResult = false;
    m_result = {};
    const Backend::Config config = configFor(plan);
    emit started();
    m_watcher.setFuture(QtConcurrent::run([config]() -> Result {
        Result r;
        if (config.kind == Backend::Kind::Libvirt) {
            // Only listing: the connection itself, so no pool or folder has to be chosen yet.
            auto connection = ovf::deploy::LibvirtConnection::open(config.uri);
            if (!connection) {
                r.error = connection.error().toString();
                return r;
            }
            if (auto networks = (*connection)->networks())
                r.networks = *networks;
            else
                r.error = networks.error().toString();
            if (auto pools = (*connection)->storagePools())
                r.storage = *pools;
            else if (r.error.isEmpty())
                r.error = pools.error().toString();
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
