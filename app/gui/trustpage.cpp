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
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int FileRole = Qt::UserRole + 1;
}

TrustPage::TrustPage(QWidget *parent)
    : QWidget(parent), m_intro(new QLabel(this)), m_view(new QTreeWidget(this)), m_add(new QPushButton(this)),
      m_remove(new QPushButton(this)), m_system(new QCheckBox(this)), m_error(new QLabel(this))
{
    setObjectName(u"trustPage"_s);
    m_view->setObjectName(u"trustedCertificates"_s);
    m_add->setObjectName(u"addCertificate"_s);
    m_remove->setObjectName(u"removeCertificate"_s);
    m_system->setObjectName(u"useSystemStore"_s);
    m_intro->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020;"_s);
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
    layout->addWidget(m_error);
    layout->addWidget(m_system);

    m_system->setChecked(TrustSettings::useSystemStore());
    for (const QString &file : TrustSettings::anchorFiles()) {
        if (auto added = addFile(file); !added)
            m_error->setText(added.error());
    }
    m_remove->setEnabled(false);
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
}

void TrustPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

std::expected<void, QString> TrustPage::addFile(const QString &path)
{
    const auto certificates = ovf::package::AnchorFile::read(path);
    if (!certificates)
        return std::unexpected(certificates.error());
    m_files.append(path);
    const QLocale locale;
    for (const ovf::package::CertificateInfo &c : *certificates) {
        auto *item = new QTreeWidgetItem(m_view);
        item->setText(0, c.subject);
        item->setText(1, c.selfSigned ? tr("(self-signed)") : c.issuer);
        item->setText(2, locale.toString(c.notAfter.toLocalTime().date(), QLocale::ShortFormat));
        if (c.notAfter < QDateTime::currentDateTimeUtc())
            item->setForeground(2, QColor(0xb0, 0x00, 0x20));
        item->setData(0, FileRole, path);
        item->setToolTip(0, tr("%1\nSHA-256 %2\n%3").arg(c.subject, c.sha256Fingerprint, QDir::toNativeSeparators(path)));
    }
    return {};
}

void TrustPage::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Trust a Certificate"), QString(),
                                                      tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    if (path.isEmpty())
        return;
    const auto added = addFile(path);
    m_error->setText(added ? QString() : added.error());
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

std::expected<void, QString> TrustPage::apply()
{
    auto saved = TrustSettings::save(m_files, m_system->isChecked());
    if (!saved)
        m_error->setText(saved.error());
    return saved;
}
