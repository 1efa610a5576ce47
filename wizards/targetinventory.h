#pragma once

#include "model/deploy/backend.h"
#include "model/deploy/plan.h"

#include <QFutureWatcher>
#include <QObject>

// What a deployment target offers (networks, storage targets with free space), asked of a
// Backend in the background: creating a libvirt backend connects, which may take a while.
// One inventory per wizard, shared by the Networks and Storage pages; the result is kept for
// the target it was asked for. The watcher is cancelled and waited for on destruction.
class TargetInventory : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        QList<ovf::deploy::TargetNetwork> networks;
        QList<ovf::deploy::StorageTarget> storage;
        QString error; // why the target could not be asked (then both lists are empty)
    };

    explicit TargetInventory(QObject *parent = nullptr);
    ~TargetInventory() override;

    // Starts asking the target of `plan` (backend kind, URI, output folder) unless the last
    // result or the running request is for the same target.
    void request(const ovf::deploy::Plan &plan);
    bool isRunning() const { return m_watcher.isRunning(); }
    bool hasResult() const { return m_hasResult; }
    const Result &result() const { return m_result; }

    // The Backend::Config for the target of `plan`. For the folder backend the output
    // folder's parent is asked (the output folder itself does not exist yet).
    static ovf::deploy::Backend::Config configFor(const ovf::deploy::Plan &plan);

signals:
    void started();
    void ready();

private:
    static QString keyOf(const ovf::deploy::Plan &plan);

    QFutureWatcher<Result> m_watcher;
    QString m_key;
    Result m_result;
    bool m_hasResult = false;
};
