#pragma once

#include "model/package/packagewriter.h"
#include "model/vmexport/exportplan.h"

#include <QFutureWatcher>
#include <QWizardPage>

#include <atomic>
#include <expected>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;

// New from Virtual Machine, last page: runs the export (MachineExporter on a worker thread,
// its own libvirt connection) with progress in bytes of guest disk and Cancel; a cancelled or
// failed export leaves no package behind (MachineExporter removes it, and aborts a download in
// flight). Finish is enabled once the package is written. On destruction a running export is
// cancelled and waited for (its rollback is quick: the cancel flag is polled per block).
class VmExportProgressPage : public QWizardPage
{
    Q_OBJECT

public:
    struct Job
    {
        QString uri;
        ovf::vmexport::ExportPlan plan;
        ovf::package::PackageWriterOptions options;
        QString destination;
    };
    using Result = std::expected<ovf::package::PackageWriterResult, QString>;

    explicit VmExportProgressPage(QWidget *parent = nullptr);
    ~VmExportProgressPage() override;

    // The export started by initializePage(); the wizard provides it.
    void setJobSource(std::function<Job()> source) { m_jobSource = std::move(source); }

    void initializePage() override;
    bool isComplete() const override;

    // From the start until finished() has shown the outcome.
    bool isRunning() const { return m_running; }
    bool succeeded() const { return m_succeeded; }
    QString destination() const { return m_destination; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *statusLabel() const { return m_status; }
    // Called when the wizard is about to close: cancels a running export and returns false
    // (the wizard closes once the package is removed); true when nothing runs.
    bool requestClose();

private:
    void cancel();
    void finished();

    std::function<Job()> m_jobSource;
    QFutureWatcher<Result> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancelFlag;
    QLabel *m_status;
    QProgressBar *m_progress;
    QLabel *m_bytes;
    QPushButton *m_cancel;
    QString m_destination;
    bool m_succeeded = false;
    bool m_done = false;
    bool m_running = false;
    bool m_closeWhenDone = false;
};
