#include "wizards/guestospage.h"

#include "model/ovf/cimostypes.h"
#include "wizards/newappliancewizard.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

GuestOsPage::GuestOsPage(QWidget *parent)
    : QWizardPage(parent), m_search(new QLineEdit(this)), m_list(new QListView(this)),
      m_model(new QStandardItemModel(this)), m_filter(new QSortFilterProxyModel(this)), m_chosen(new QLabel(this))
{
    setTitle(tr("Guest operating system"));
    setSubTitle(tr("What the appliance runs, as the CIM operating system type deployment tools read."));
    m_search->setObjectName(u"osSearch"_s);
    m_search->setPlaceholderText(tr("Search: part of a name (e.g. debian) or a number"));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(u"osList"_s);
    for (const ovf::CimOsType &t : ovf::CimOsTypes::all()) {
        auto *item = new QStandardItem(u"%1 – %2"_s.arg(t.id).arg(t.name));
        item->setData(t.id, Qt::UserRole);
        item->setEditable(false);
        m_model->appendRow(item);
    }
    m_filter->setSourceModel(m_model);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_list->setModel(m_filter);
    m_list->setUniformItemSizes(true);
    m_chosen->setObjectName(u"osChosen"_s);
    registerField(u"os"_s, this, "osId", SIGNAL(osChanged()));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_chosen);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterFixedString(text.trimmed());
        if (m_filter->rowCount() == 1)
            m_list->setCurrentIndex(m_filter->index(0, 0));
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        const QString id = osId();
        m_chosen->setText(id.isEmpty() ? tr("No choice: the template's operating system stays.")
                                       : tr("Chosen: %1").arg(ovf::CimOsTypes::displayText(id)));
        emit osChanged();
    });
    selectOs(36); // "LINUX" until the user says better
}

QString GuestOsPage::osId() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? QString::number(current.data(Qt::UserRole).toInt()) : QString();
}

bool GuestOsPage::selectOs(int id)
{
    m_search->clear();
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex i = m_filter->index(row, 0);
        if (i.data(Qt::UserRole).toInt() == id) {
            m_list->setCurrentIndex(i);
            m_list->scrollTo(i);
            return true;
        }
    }
    return false;
}

int GuestOsPage::nextId() const
{
    return NewApplianceWizard::HardwareId;
}
