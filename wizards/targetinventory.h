#pragma once

#include "model/deploy/backend.h"
#include "model/deploy/plan.h"
#include "model/deploy/targetfacts.h"

#include <QObject>
#include <QTimer>

class QThreadPool;

// What a deployment target offers (networks, storage targets with free space, existing
// domains), asked of the target in the background: a libvirt connection may take long or
// never answer (a hung daemon, an unreachable host). One inventory per wizard, shared by the
// Networks and Storage pages; the result is kept for the target it was asked for.
//
// Threading: the GUI thread never waits. Each request runs on a thread pool of its own that
// is never waited for (not even on exit: a libvirt call blocked forever must not hold the
// application); after timeout() without an answer the request counts as failed, and a result
// that arrives after that, or after a newer request, is dropped.
class TargetInventory : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        QList<ovf::deploy::TargetNetwork> networks;
        QList<ovf::deploy::StorageTarget> storage;
        QStringList domains; // libvirt only: names of the domains the target has
        QString error; // why the target could not be asked (then the lists are empty)
    };

    explicit TargetInventory(QObject *parent = nullptr);
    ~TargetInventory() override;

    // Starts asking the target of `plan` (backend kind, URI, output folder) unless the last
    // successful result or the running request is for the same target. Returns at once.
    void request(const ovf::deploy::Plan &plan);
    bool isRunning() const { return m_running; }
    bool hasResult() const { return m_hasResult; }
    const Result &result() const { return m_result; }
    // The facts checkPlan() takes for a libvirt target: null unless the last result is a
    // successful one for a libvirt target.
    const ovf::deploy::TargetFacts *facts() const;

    // How long a request may take before it counts as failed (default 20 s).
    void setTimeout(int ms) { m_timeoutMs = ms; }
    int timeout() const { return m_timeoutMs; }

    // The Backend::Config for the target of `plan`. For the folder backend the output
    // folder's parent is asked (the output folder itself does not exist yet).
    static ovf::deploy::Backend::Config configFor(const ovf::deploy::Plan &plan);

signals:
    void started();
    void ready();

private:
    static QString keyOf(const ovf::deploy::Plan &plan);
    static QThreadPool *pool();
    void finish(quint64 generation, const Result &result);

    QTimer m_timer;
    int m_timeoutMs = 20000;
    quint64 m_generation = 0; // of the request running (or last finished)
    bool m_running = false;
    QString m_key;
    Result m_result;
    bool m_hasResult = false;
    bool m_libvirt = false;
    ovf::deploy::TargetFacts m_facts;
};
