#include "wizards/storagepage.h"

#include "model/deploy/effectiveconfiguration.h"
#include "wizards/deploysession.h"
#include "wizards/targetinventory.h"

#include "model/deploy/targetfacts.h"
#include "model/ovf/units.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStorageInfo>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using ovf::deploy::BackendKind;
using ovf::deploy::DiskFormat;

StoragePage::StoragePage(DeploySession *session, TargetInventory *inventory, QWidget *parent)
    : DeployPage(DeployPageId::Storage, session, parent), m_inventory(inventory)
{
    setTitle(tr("Storage"));
    setSubTitle(tr("Choose where the disks are written and in which format."));

    m_where = new QLabel(this);
    m_where->setWordWrap(true);
    m_pool = new QComboBox(this);
    m_pool->setObjectName(u"storagePool"_s);
    m_pool->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_folder = new QLineEdit(this);
    m_folder->setObjectName(u"storageFolder"_s);
    m_format = new QComboBox(this);
    m_format->setObjectName(u"diskFormat"_s);
    m_format->addItem(tr("qcow2 (grows as the guest writes, snapshots)"), ovf::deploy::diskFormatName(DiskFormat::Qcow2));
    m_format->addItem(tr("raw (fully allocated, fastest)"), ovf::deploy::diskFormatName(DiskFormat::Raw));
    m_space = new QLabel(this);
    m_space->setObjectName(u"freeSpace"_s);
    m_space->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Storage pool:"), m_pool);
    form->addRow(tr("Disk folder:"), m_folder);
    form->addRow(tr("Disk format:"), m_format);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_where);
    layout->addLayout(form);
    layout->addWidget(m_space);
    layout->addStretch(1);

    connect(m_pool, &QComboBox::currentIndexChanged, this, &StoragePage::updateSpace);
    connect(m_folder, &QLineEdit::textChanged, this, &StoragePage::updateSpace);
    connect(m_format, &QComboBox::currentIndexChanged, this, &StoragePage::updateSpace);
    connect(inventory, &TargetInventory::ready, this, [this] {
        if (isVisible())
            fillPools();
    });
}

void StoragePage::initializePage()
{
    const ovf::deploy::Plan &plan = session()->plan();
    const bool libvirt = plan.backend == BackendKind::Libvirt;
    m_pool->setVisible(libvirt);
    qobject_cast<QFormLayout *>(layout()->itemAt(1)->layout())->setRowVisible(m_pool, libvirt);
    m_where->setText(libvirt ? tr("The disks become volumes of a storage pool of %1, or files in an existing folder "
                                  "of that host when you name one.")
                                   .arg(plan.libvirtUri)
                             : tr("The disks are written into the output folder %1, unless you name another folder.")
                                   .arg(plan.outputPath));
    m_folder->setPlaceholderText(libvirt ? tr("(optional) an existing folder instead of a pool") : plan.outputPath);
    m_folder->setText(QDir::isAbsolutePath(plan.storage) ? plan.storage : QString());
    m_format->setCurrentIndex(plan.diskFormat == DiskFormat::Raw ? 1 : 0);
    m_inventory->request(plan);
    fillPools();
}

void StoragePage::fillPools()
{
    const QString wanted = m_pool->currentData().toString().isEmpty()
        ? (session()->plan().storage.isEmpty() ? ovf::deploy::Plan::defaultPool.toString() : session()->plan().storage)
        : m_pool->currentData().toString();
    m_pool->blockSignals(true);
    m_pool->clear();
    const QLocale locale;
    for (const ovf::deploy::StorageTarget &t : m_inventory->result().storage) {
        QString text = t.freeBytes >= 0 ? tr("%1 (%2, %3 free)").arg(t.name, t.kind, ovf::formatByteSize(quint64(t.freeBytes), locale))
                                        : tr("%1 (%2)").arg(t.name, t.kind);
        if (!t.active)
            text = tr("%1, inactive").arg(text);
        m_pool->addItem(text, t.name);
    }
    // A fresh host has no pool at all: offer the default one, created as virt-install does.
    const ovf::deploy::Plan &plan = session()->plan();
    if (plan.backend == BackendKind::Libvirt && m_inventory->hasResult() && m_inventory->result().error.isEmpty()
        && m_pool->findData(ovf::deploy::Plan::defaultPool.toString()) < 0) {
        m_pool->addItem(tr("%1 (to be created: a folder pool at %2, started and autostarted, as virt-install does)")
                            .arg(ovf::deploy::Plan::defaultPool, ovf::deploy::defaultPoolPath(plan.libvirtUri)),
                        ovf::deploy::Plan::defaultPool.toString());
        m_newPool = true;
    } else {
        m_newPool = false;
    }
    const int index = m_pool->findData(wanted);
    m_pool->setCurrentIndex(index >= 0 ? index : (m_pool->count() ? 0 : -1));
    m_pool->blockSignals(false);
    updateSpace();
}

qint64 StoragePage::requiredBytes() const
{
    const auto effective =
        ovf::deploy::EffectiveConfiguration::build(session()->envelope(), session()->effectiveConfiguration());
    qint64 total = 0;
    for (const ovf::deploy::EffectiveSystem &s : effective.systems()) {
        for (const ovf::deploy::EffectiveDisk &d : s.disks)
            total += qint64(d.capacityBytes.value_or(0));
    }
    return total;
}

bool StoragePage::usesPool() const
{
    return session()->plan().backend == BackendKind::Libvirt && m_folder->text().trimmed().isEmpty();
}

qint64 StoragePage::freeBytes() const
{
    const ovf::deploy::Plan &plan = session()->plan();
    const QString pool = m_pool->currentData().toString();
    if (usesPool() && !(m_newPool && pool == ovf::deploy::Plan::defaultPool)) {
        for (const ovf::deploy::StorageTarget &t : m_inventory->result().storage) {
            if (t.name == pool)
                return t.freeBytes;
        }
        return -1;
    }
    if (usesPool() && !QUrl(plan.libvirtUri).host().isEmpty())
        return -1; // the pool to be created is on another host
    // The nearest existing folder on the way to where the disks go.
    QString path = usesPool() ? ovf::deploy::defaultPoolPath(plan.libvirtUri)
        : m_folder->text().trimmed().isEmpty() ? plan.outputPath
                                               : m_folder->text().trimmed();
    QFileInfo info(path);
    while (!info.exists() && !info.absolutePath().isEmpty() && info.absolutePath() != info.absoluteFilePath())
        info = QFileInfo(info.absolutePath());
    const QStorageInfo storage(info.absoluteFilePath());
    return storage.isValid() ? storage.bytesAvailable() : -1;
}

void StoragePage::updateSpace()
{
    const QLocale locale;
    const qint64 needed = requiredBytes();
    const qint64 free = freeBytes();
    const bool raw = m_format->currentIndex() == 1;
    const bool libvirt = usesPool();
    m_blocked = false;
    QString text;
    // A folder of a local libvirt host can be checked here; a remote one is the host's business.
    const bool local = QUrl(session()->plan().libvirtUri).host().isEmpty();
    if (session()->plan().backend == BackendKind::Libvirt && !libvirt && local
        && !QFileInfo(m_folder->text().trimmed()).isDir()) {
        text = tr("%1 is not an existing folder.").arg(m_folder->text().trimmed());
        m_blocked = true;
    } else if (libvirt && !m_inventory->hasResult()) {
        text = tr("Asking %1 for its storage pools…").arg(session()->plan().libvirtUri);
        m_blocked = true;
    } else if (libvirt && !m_inventory->result().error.isEmpty()) {
        text = tr("The storage pools could not be listed: %1").arg(m_inventory->result().error);
        m_blocked = true;
    } else if (libvirt && m_pool->currentIndex() < 0) {
        text = tr("The target has no storage pool.");
        m_blocked = true;
    } else if (free < 0) {
        text = tr("The disks need up to %1; the free space there is unknown.").arg(ovf::formatByteSize(quint64(needed), locale));
    } else if (free < needed) {
        text = tr("The disks need up to %1, but only %2 are free.")
                   .arg(ovf::formatByteSize(quint64(needed), locale), ovf::formatByteSize(quint64(free), locale));
        if (raw)
            m_blocked = true;
        else
            text += u' ' + tr("qcow2 images grow as the guest writes, so this may be enough for a while.");
    } else {
        text = tr("The disks need up to %1; %2 are free.").arg(ovf::formatByteSize(quint64(needed), locale), ovf::formatByteSize(quint64(free), locale));
    }
    m_space->setText(text);
    m_space->setStyleSheet(m_blocked ? u"color: #b00020;"_s : QString());
    emit completeChanged();
}

bool StoragePage::isComplete() const
{
    return !m_blocked;
}

bool StoragePage::validatePage()
{
    ovf::deploy::Plan &plan = session()->plan();
    plan.diskFormat = m_format->currentIndex() == 1 ? DiskFormat::Raw : DiskFormat::Qcow2;
    if (usesPool()) {
        const QString pool = m_pool->currentData().toString();
        plan.storage = pool == ovf::deploy::Plan::defaultPool ? QString() : pool;
    } else {
        const QString folder = m_folder->text().trimmed();
        plan.storage = folder.isEmpty() ? QString() : QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    }
    return true;
}
