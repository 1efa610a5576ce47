#include "views/maketranslatabledialog.h"

#include "model/l10n/messageusage.h"
#include "model/ovf/xmlnode.h"
#include "views/stringstablemodel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

MakeTranslatableDialog::MakeTranslatableDialog(const QList<ovf::xml::Element *> &elements, QWidget *parent)
    : QDialog(parent), m_elements(elements), m_intro(new QLabel(this)), m_list(new QListWidget(this))
{
    setWindowTitle(tr("Make Texts Translatable"));
    m_intro->setWordWrap(true);
    m_intro->setText(tr("These texts have no message ID, so no locale can translate them. Each text you keep "
                        "checked gets a readable message ID (such as product.vendor) and stays its default text."));
    m_list->setObjectName(u"untranslatableList"_s);
    for (const ovf::xml::Element *e : elements) {
        auto *item = new QListWidgetItem(tr("%1 — %2").arg(ovf::l10n::MessageUsage::describe(e),
                                                           StringsTableModel::firstLine(e->text())),
                                         m_list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
        item->setToolTip(e->text());
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Make Translatable"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemChanged, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!chosen().isEmpty());
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(640, 420);
}

QList<ovf::xml::Element *> MakeTranslatableDialog::chosen() const
{
    QList<ovf::xml::Element *> out;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            out << m_elements.value(i);
    }
    return out;
}
