#include "views/diskimagelist.h"

#include "model/ovf/units.h"

#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;
using ovf::authoring::DiskImport;
using ovf::authoring::DiskImporter;

DiskImageList::DiskImageList(QWidget *parent)
    : QWidget(parent), m_table(new QTableWidget(0, 4, this)), m_add(new QPushButton(this)),
      m_remove(new QPushButton(this))
{
    m_table->setObjectName(u"diskImageTable"_s);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    m_add->setObjectName(u"addImageButton"_s);
    m_remove->setObjectName(u"removeImageButton"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    connect(m_add, &QPushButton::clicked, this, &DiskImageList::chooseImages);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            removeImage(m_table->currentRow());
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { m_remove->setEnabled(row >= 0); });
    m_remove->setEnabled(false);
    retranslateUi();
}

DiskImageList::~DiskImageList()
{
    // qemu-img cannot be interrupted: wait for running inspections before the watchers go.
    for (auto &e : m_entries) {
        if (e->watcher)
            e->watcher->waitForFinished();
    }
}

void DiskImageList::chooseImages()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Choose Disk Images"), QString(),
        tr("Disk images (*.qcow2 *.img *.raw *.vmdk *.vdi *.vhd *.vhdx);;All files (*)"));
    for (const QString &p : paths)
        addImage(p);
}

void DiskImageList::addImage(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (const auto &e : m_entries) {
        if (e->path == absolute)
            return;
    }
    auto entry = std::make_unique<Entry>();
    entry->path = absolute;
    entry->watcher = std::make_unique<QFutureWatcher<std::expected<DiskImport, QString>>>();
    Entry *raw = entry.get();
    connect(raw->watcher.get(), &QFutureWatcherBase::finished, this, [this, raw] {
        raw->result = raw->watcher->result();
        for (size_t i = 0; i < m_entries.size(); ++i) {
            if (m_entries[i].get() == raw)
                showRow(int(i));
        }
        emit changed();
    });
    raw->watcher->setFuture(QtConcurrent::run([absolute] { return DiskImporter::inspect(absolute); }));
    m_entries.push_back(std::move(entry));
    m_table->insertRow(m_table->rowCount());
    showRow(int(m_entries.size()) - 1);
    emit changed();
}

void DiskImageList::removeImage(int row)
{
    if (row < 0 || row >= int(m_entries.size()))
        return;
    if (m_entries[size_t(row)]->watcher)
        m_entries[size_t(row)]->watcher->waitForFinished();
    m_entries.erase(m_entries.begin() + row);
    m_table->removeRow(row);
    emit changed();
}

int DiskImageList::count() const
{
    return int(m_entries.size());
}

bool DiskImageList::isBusy() const
{
    return std::any_of(m_entries.begin(), m_entries.end(), [](const auto &e) { return !e->result; });
}

QList<DiskImport> DiskImageList::imports() const
{
    QList<DiskImport> out;
    for (const auto &e : m_entries) {
        if (e->result && *e->result)
            out << **e->result;
    }
    return out;
}

QStringList DiskImageList::errors() const
{
    QStringList out;
    for (const auto &e : m_entries) {
        if (e->result && !*e->result)
            out << e->result->error();
    }
    return out;
}

void DiskImageList::showRow(int row)
{
    const Entry &e = *m_entries[size_t(row)];
    const auto cell = [&](int column, const QString &text, const QString &tip = {}) {
        auto *item = new QTableWidgetItem(text);
        item->setToolTip(tip.isEmpty() ? text : tip);
        m_table->setItem(row, column, item);
    };
    cell(0, QFileInfo(e.path).fileName(), e.path);
    if (!e.result) {
        cell(1, tr("inspecting…"));
        cell(2, QString());
        cell(3, QString());
        return;
    }
    if (!*e.result) {
        cell(1, tr("cannot be used"), e.result->error());
        cell(2, QString());
        cell(3, e.result->error());
        m_table->item(row, 1)->setForeground(QColor(0xb0, 0x1c, 0x1c));
        return;
    }
    const DiskImport &d = **e.result;
    cell(1, d.createType.isEmpty() ? d.format : u"%1 (%2)"_s.arg(d.format, d.createType));
    cell(2, ovf::formatByteSize(d.virtualBytes, QLocale()));
    cell(3, tr("%1 of data").arg(ovf::formatByteSize(d.populatedBytes, QLocale())));
}

void DiskImageList::retranslateUi()
{
    m_table->setHorizontalHeaderLabels({tr("Image"), tr("Format"), tr("Capacity"), tr("Contents")});
    m_add->setText(tr("Add Images…"));
    m_remove->setText(tr("Remove"));
    m_add->setToolTip(tr("raw, qcow2, VMDK, VDI, VHD or VHDX images; they are read, never changed, and converted to "
                         "a streamOptimized VMDK when the package is saved"));
}

void DiskImageList::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}
