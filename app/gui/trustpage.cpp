#include "app/gui/trustpage.h"

#include "app/gui/trustsettings.h"
#include "model/package/anchorfile.h"

#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace {
constexpr int FileRole = Qt::UserRole + 1;
}

TrustPage::TrustPage(QWidget *parent)
    : QWidget(parent), m_intro(new QLabel(this)), m_view(new QTreeWidget(this)), m_add(new QPushButton(this)),
      m_remove(new QPushButton(this)), m_system(new QCheckBox(this)), m_busy(new QLabel(this)),
      m_busyBar(new QProgressBar(this)), m_error(new QLabel(this))
{
    setObjectName(u"trustPage"_s);
    m_view->setObjectName(u"trustedCertificates"_s);
    m_add->setObjectName(u"addCertificate"_s);
    m_remove->setObjectName(u"removeCertificate"_s);
    m_system->setObjectName(u"useSystemStore"_s);
    m_intro->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020;"_s);
    m_busy->setObjectName(u"trustBusy"_s);
    m_busyBar->setRange(0, 0); // busy: how long a file takes is not known
    m_busyBar->setMaximumHeight(m_busy->sizeHint().height());
    m_busyBar->setTextVisible(false);
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setColumnCount(3);
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->header()->setStretchLastSection(true);
    m_view->setColumnWidth(0, 260);
    m_view->setColumnWidth(1, 200);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_view, 1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(row, 1);
    auto *busy = new QHBoxLayout;
    busy->addWidget(m_busy);
    busy->addWidget(m_busyBar, 1);
    layout->addLayout(busy);
    layout->addWidget(m_error);
    layout->addWidget(m_system);

    m_system->setChecked(TrustSettings::useSystemStore());
    connect(&m_reader, &QFutureWatcher<QList<Read>>::finished, this, [this] {
        m_reading = false;
        if (m_reader.future().resultCount() > 0)
            showRead(m_reader.result());
        if (!m_queue.isEmpty()) {
            startReading();
            return;
        }
        updateBusy();
        emit loadingFinished();
        if (m_applyQueued) {
            m_applyQueued = false;
            startStoring();
        }
    });
    connect(&m_storer, &QFutureWatcher<std::expected<QStringList, QString>>::finished, this, [this] {
        m_storing = false;
        const auto stored = m_storer.result();
        if (stored)
            TrustSettings::record(*stored, m_system->isChecked());
        else
            m_error->setText(stored.error());
        updateBusy();
        emit applied(stored.has_value());
    });
    m_remove->setEnabled(false);
    addFiles(TrustSettings::anchorFiles()); // the stored copies, listed off the GUI thread
    connect(m_view, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) { m_remove->setEnabled(item); });
    connect(m_add, &QPushButton::clicked, this, &TrustPage::chooseFile);
    connect(m_remove, &QPushButton::clicked, this, &TrustPage::removeCurrent);
    retranslate();
}

void TrustPage::retranslate()
{
    m_intro->setText(tr("A signed package is Verified when its signer's certificate chains to one of these "
                        "certificates (or to the system's store, when ticked)."));
    m_view->setHeaderLabels({tr("Subject"), tr("Issuer"), tr("Expires")});
    m_add->setText(tr("&Add…"));
    m_remove->setText(tr("&Remove"));
    m_system->setText(tr("Also trust the certificates of the &system's store"));
    updateBusy();
}

TrustPage::~TrustPage()
{
    // A worker still reading or copying finishes on its own; nobody listens any more.
    m_reader.disconnect(this);
    m_storer.disconnect(this);
}

QString TrustPage::errorText() const
{
    return m_error->text();
}

void TrustPage::updateBusy()
{
    const bool reading = isLoading();
    const bool storing = m_storing;
    m_busy->setText(reading ? tr("Reading certificates…") : storing ? tr("Storing certificates…") : QString());
    m_busy->setVisible(reading || storing);
    m_busyBar->setVisible(reading || storing);
    m_remove->setEnabled(!storing && m_view->currentItem());
    m_add->setEnabled(!storing);
}

void TrustPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TrustPage::addFiles(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    m_queue += paths;
    m_errors.clear();
    m_error->clear();
    if (!m_reading)
        startReading();
    updateBusy();
}

void TrustPage::startReading()
{
    const QStringList batch = std::exchange(m_queue, {});
    m_reading = true;
    m_reader.setFuture(QtConcurrent::run([batch] {
        QList<Read> reads;
        for (const QString &path : batch)
            reads.append({path, ovf::package::AnchorFile::read(path)});
        return reads;
    }));
}

void TrustPage::showRead(const QList<Read> &reads)
{
    const QLocale locale;
    for (const Read &read : reads) {
        if (!read.certificates) {
            m_errors.append(read.certificates.error());
            continue;
        }
        if (m_files.contains(read.path))
            continue;
        m_files.append(read.path);
        for (const ovf::package::CertificateInfo &c : *read.certificates) {
            auto *item = new QTreeWidgetItem(m_view);
            item->setText(0, c.subject);
            item->setText(1, c.selfSigned ? tr("(self-signed)") : c.issuer);
            item->setText(2, locale.toString(c.notAfter.toLocalTime().date(), QLocale::ShortFormat));
            if (c.notAfter < QDateTime::currentDateTimeUtc())
                item->setForeground(2, QColor(0xb0, 0x00, 0x20));
            item->setData(0, FileRole, read.path);
            item->setToolTip(0, tr("%1\nSHA-256 %2\n%3").arg(c.subject, c.sha256Fingerprint, QDir::toNativeSeparators(read.path)));
        }
    }
    m_error->setText(m_errors.join(u'\n'));
}

void TrustPage::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Trust a Certificate"), QString(),
                                                      tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    if (path.isEmpty())
        return;
    addFiles({path});
}

void TrustPage::removeCurrent()
{
    QTreeWidgetItem *current = m_view->currentItem();
    if (!current)
        return;
    const QString file = current->data(0, FileRole).toString();
    m_files.removeAll(file);
    for (int i = m_view->topLevelItemCount() - 1; i >= 0; --i) {
        if (m_view->topLevelItem(i)->data(0, FileRole).toString() == file)
            delete m_view->takeTopLevelItem(i);
    }
}

bool TrustPage::apply()
{
    if (isApplying())
        return false;
    m_error->clear();
    if (isLoading())
        m_applyQueued = true; // the files being read belong to the list stored
    else
        startStoring();
    return true;
}

void TrustPage::startStoring()
{
    const QStringList files = m_files;
    const QString store = TrustSettings::storeDirectory();
    const QStringList previous = TrustSettings::anchorFiles();
    m_storing = true;
    m_storer.setFuture(QtConcurrent::run([files, store, previous] {
        return TrustSettings::storeCopies(files, store, previous);
    }));
    updateBusy();
}
