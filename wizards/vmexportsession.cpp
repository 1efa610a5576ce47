#include "wizards/vmexportsession.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QtConcurrent>

using namespace Qt::StringLiterals;
using ovf::deploy::LibvirtConnection;
using ovf::vmexport::ExportPlan;
using ovf::vmexport::ExportPlanner;

namespace {
struct Listing
{
    QList<LibvirtConnection::DomainInfo> domains;
    QString error;
};
struct Planning
{
    std::optional<ExportPlan> plan;
    QString error;
};
} // namespace

VmExportSession::VmExportSession(QObject *parent) : QObject(parent)
{
    m_listTimer.setSingleShot(true);
    m_planTimer.setSingleShot(true);
    const auto late = [this] { return tr("the connection did not answer within %1 s").arg((m_timeoutMs + 999) / 1000); };
    connect(&m_listTimer, &QTimer::timeout, this, [this, late] { finishListing(m_listGeneration, {}, late()); });
    connect(&m_planTimer, &QTimer::timeout, this, [this, late] { finishPlanning(m_planGeneration, std::nullopt, late()); });
}

// Nothing to wait for: a request still running ends on its own thread; its watcher (a child
// of this object) is gone, so the result goes nowhere.
VmExportSession::~VmExportSession() = default;

QThreadPool *VmExportSession::pool()
{
    // Never destroyed: QThreadPool's destructor waits for its threads.
    static QThreadPool *threads = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(4);
        p->setExpiryTimeout(30000);
        return p;
    }();
    return threads;
}

void VmExportSession::listDomains(const QString &uri)
{
    m_uri = uri.trimmed();
    m_listing = true;
    m_domains.clear();
    m_listError.clear();
    clearPlan();
    const quint64 generation = ++m_listGeneration;
    emit listingStarted();
    m_listTimer.start(m_timeoutMs);
    auto *watcher = new QFutureWatcher<Listing>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (watcher->future().resultCount() > 0)
            finishListing(generation, watcher->result().domains, watcher->result().error);
    });
    watcher->setFuture(QtConcurrent::run(pool(), [uri = m_uri]() -> Listing {
        Listing r;
        auto connection = LibvirtConnection::open(uri);
        if (!connection) {
            r.error = connection.error().toString();
            return r;
        }
        auto domains = (*connection)->domains();
        if (!domains)
            r.error = domains.error().toString();
        else
            r.domains = *domains;
        return r;
    }));
}

void VmExportSession::finishListing(quint64 generation, const QList<DomainInfo> &domains, const QString &error)
{
    if (!m_listing || generation != m_listGeneration)
        return;
    m_listing = false;
    m_listTimer.stop();
    m_domains = domains;
    m_listError = error;
    emit listed();
}

void VmExportSession::clearPlan()
{
    ++m_planGeneration; // a plan still running is dropped
    m_planning = false;
    m_planTimer.stop();
    m_plannedDomains.clear();
    m_plan.reset();
    m_planError.clear();
}

void VmExportSession::planExport(const QStringList &domains)
{
    clearPlan();
    m_plannedDomains = domains;
    m_planning = true;
    const quint64 generation = m_planGeneration;
    emit planningStarted();
    m_planTimer.start(m_timeoutMs);
    auto *watcher = new QFutureWatcher<Planning>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (watcher->future().resultCount() > 0)
            finishPlanning(generation, watcher->result().plan, watcher->result().error);
    });
    watcher->setFuture(QtConcurrent::run(pool(), [uri = m_uri, domains]() -> Planning {
        Planning r;
        auto connection = LibvirtConnection::open(uri);
        if (!connection) {
            r.error = connection.error().toString();
            return r;
        }
        ExportPlanner::Request request;
        request.domains = domains;
        auto plan = ExportPlanner::plan(**connection, request);
        if (plan)
            r.plan = std::move(*plan);
        else
            r.error = plan.error();
        return r;
    }));
}

void VmExportSession::finishPlanning(quint64 generation, const std::optional<ExportPlan> &plan, const QString &error)
{
    if (!m_planning || generation != m_planGeneration)
        return;
    m_planning = false;
    m_planTimer.stop();
    m_plan = plan;
    m_planError = error;
    emit planned();
}
