#pragma once

#include "model/deploy/libvirtconnection.h"
#include "model/vmexport/exportplan.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <optional>

class QThreadPool;

// New from Virtual Machine's state: the connection, its domains, and the export plan of the
// domains chosen. Listing and planning ask libvirt in the background; the GUI thread never
// waits on a connection.
//
// Threading: like TargetInventory, each request runs on a thread pool that is never waited
// for (a libvirt call to an unreachable host may block for minutes); after timeout() without
// an answer the request counts as failed, and a result that arrives after that, or after a
// newer request, is dropped. The work captures nothing of this object.
class VmExportSession : public QObject
{
    Q_OBJECT

public:
    using DomainInfo = ovf::deploy::LibvirtConnection::DomainInfo;

    explicit VmExportSession(QObject *parent = nullptr);
    ~VmExportSession() override;

    // Lists the domains of `uri` (with state, vCPUs, memory and disk sizes); emits listed().
    // The plan is dropped.
    void listDomains(const QString &uri);
    bool isListing() const { return m_listing; }
    QString uri() const { return m_uri; }
    const QList<DomainInfo> &domains() const { return m_domains; }
    QString listError() const { return m_listError; }

    // Plans the export of `domains` of uri() (ExportPlanner: refuses machines that are not
    // shut off, locates every disk); emits planned().
    void planExport(const QStringList &domains);
    bool isPlanning() const { return m_planning; }
    QStringList plannedDomains() const { return m_plannedDomains; }
    const std::optional<ovf::vmexport::ExportPlan> &plan() const { return m_plan; }
    QString planError() const { return m_planError; }
    void clearPlan();

    void setTimeout(int ms) { m_timeoutMs = ms; }

signals:
    void listingStarted();
    void listed();
    void planningStarted();
    void planned();

private:
    static QThreadPool *pool();
    void finishListing(quint64 generation, const QList<DomainInfo> &domains, const QString &error);
    void finishPlanning(quint64 generation, const std::optional<ovf::vmexport::ExportPlan> &plan, const QString &error);

    QTimer m_listTimer;
    QTimer m_planTimer;
    int m_timeoutMs = 30000;
    quint64 m_listGeneration = 0;
    quint64 m_planGeneration = 0;
    bool m_listing = false;
    bool m_planning = false;
    QString m_uri;
    QList<DomainInfo> m_domains;
    QString m_listError;
    QStringList m_plannedDomains;
    std::optional<ovf::vmexport::ExportPlan> m_plan;
    QString m_planError;
};
