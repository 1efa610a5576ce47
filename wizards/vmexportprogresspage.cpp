#include "wizards/vmexportprogresspage.h"

#include "model/deploy/libvirtconnection.h"
#include "model/ovf/job.h"
#include "model/vmexport/machineexporter.h"
#include "model/ovf/units.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace {
// Progress is reported in per-mille (QFuture's progress is an int); the text carries the bytes.
constexpr int ProgressSteps = 1000;

void runExport(QPromise<VmExportProgressPage::Result> &promise, const VmExportProgressPage::Job &job,
               std::shared_ptr<std::atomic<bool>> cancel)
{
    promise.setProgressRange(0, ProgressSteps);
    auto connection = ovf::deploy::LibvirtConnection::open(job.uri);
    if (!connection) {
        promise.addResult(VmExportProgressPage::Result(std::unexpect, connection.error().toString()));
        return;
    }
    ovf::vmexport::MachineExporter exporter(**connection, job.plan, job.options);
    exporter.setCancelFlag(cancel.get());
    const QLocale locale;
    exporter.setProgress([&promise, &locale](qint64 done, qint64 total) {
        const int value = total > 0 ? int(std::min<qint64>(ProgressSteps, done * ProgressSteps / total)) : 0;
        promise.setProgressValueAndText(
            value, VmExportProgressPage::tr("%1 of %2 of disk read")
                       .arg(ovf::formatByteSize(quint64(done), locale),
                            ovf::formatByteSize(quint64(total), locale)));
    });
    auto written = exporter.write(job.destination);
    if (written)
        promise.addResult(VmExportProgressPage::Result(std::move(*written)));
    else // shown as it is: the page is where the error becomes words
        promise.addResult(VmExportProgressPage::Result(std::unexpect, written.error().toString()));
}
} // namespace

VmExportProgressPage::VmExportProgressPage(QWidget *parent)
    : QWizardPage(parent), m_status(new QLabel(this)), m_progress(new QProgressBar(this)), m_bytes(new QLabel(this)),
      m_cancel(new QPushButton(tr("&Cancel Export"), this))
{
    setTitle(tr("Exporting"));
    setSubTitle(tr("The disks are read through libvirt and written into the package as they are hashed. Cancel "
                   "removes the partial package."));
    m_status->setObjectName(u"exportStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setObjectName(u"exportProgress"_s);
    m_bytes->setObjectName(u"exportBytes"_s);
    m_cancel->setObjectName(u"cancelExport"_s);
    auto *row = new QHBoxLayout;
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(row);
    layout->addWidget(m_bytes);
    layout->addStretch(1);

    connect(m_cancel, &QPushButton::clicked, this, &VmExportProgressPage::cancel);
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcherBase::progressTextChanged, m_bytes, &QLabel::setText);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &VmExportProgressPage::finished);
}

VmExportProgressPage::~VmExportProgressPage()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
    m_watcher.waitForFinished();
}

void VmExportProgressPage::initializePage()
{
    if (m_watcher.isRunning() || !m_jobSource)
        return;
    const Job job = m_jobSource();
    m_destination = job.destination;
    m_done = false;
    m_succeeded = false;
    setTitle(tr("Exporting"));
    m_cancelFlag = std::make_shared<std::atomic<bool>>(false);
    m_progress->setRange(0, ProgressSteps);
    m_progress->setValue(0);
    m_cancel->setEnabled(true);
    m_cancel->show();
    m_bytes->clear();
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Exporting %1 into %2…").arg(job.plan.systems.isEmpty() ? QString() : job.plan.systems.first().domain.name,
                                                      job.destination));
    m_running = true;
    m_watcher.setFuture(QtConcurrent::run(runExport, job, m_cancelFlag));
    emit completeChanged();
}

void VmExportProgressPage::cancel()
{
    if (!m_watcher.isRunning())
        return;
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling and removing the partial package…"));
    m_cancelFlag->store(true);
}

bool VmExportProgressPage::requestClose()
{
    if (!m_watcher.isRunning())
        return true;
    const auto answer = QMessageBox::question(this, tr("Cancel Export"),
                                              tr("Cancel the export and remove the partial package?"));
    if (answer != QMessageBox::Yes)
        return false;
    m_closeWhenDone = true;
    cancel();
    return false;
}

void VmExportProgressPage::finished()
{
    m_done = true;
    m_running = false;
    m_cancel->hide();
    const QFuture<Result> future = m_watcher.future();
    if (future.resultCount() > 0 && future.result()) {
        m_succeeded = true;
        setTitle(tr("Exported"));
        m_progress->setValue(ProgressSteps);
        const Result &result = future.result();
        QStringList lines{tr("Written: %1 (package members: %2).").arg(m_destination).arg(result->members.size())};
        for (const QString &w : result->warnings)
            lines << tr("Warning: %1").arg(w);
        lines << tr("Finish opens it.");
        m_status->setText(lines.join(u'\n'));
    } else {
        const QString error = future.resultCount() > 0 ? future.result().error() : ovf::Job::cancelledMessage();
        const bool cancelled = m_cancelFlag && m_cancelFlag->load();
        m_progress->setValue(0);
        m_status->setStyleSheet(cancelled ? QString() : u"color: #b00020;"_s);
        m_status->setText(cancelled ? tr("Cancelled; no package was left behind.") : tr("The export failed: %1").arg(error));
    }
    emit completeChanged();
    if (m_closeWhenDone)
        wizard()->reject();
}

bool VmExportProgressPage::isComplete() const
{
    return m_done && m_succeeded;
}
