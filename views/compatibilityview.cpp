#include "views/compatibilityview.h"

#include "model/compat/linter.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSplitter>
#include <QTableWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using ovf::compat::Verdict;

CompatibilityView::CompatibilityView(QWidget *parent)
    : QWidget(parent), m_status(new QLabel(this)), m_matrix(new QTableWidget(0, MatrixColumns, this)),
      m_findings(new QTreeWidget(this)), m_fixButton(new QToolButton(this)), m_fixMenu(new QMenu(this))
{
    setObjectName(u"compatibilityView"_s);
    m_matrix->setObjectName(u"compatibilityMatrix"_s);
    m_findings->setObjectName(u"compatibilityFindings"_s);
    m_fixButton->setObjectName(u"makeCompatibleButton"_s);
    m_matrix->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_matrix->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matrix->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matrix->verticalHeader()->hide();
    m_matrix->horizontalHeader()->setSectionResizeMode(TargetColumn, QHeaderView::Stretch);
    for (int c = VerdictColumn; c < MatrixColumns; ++c)
        m_matrix->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_findings->setColumnCount(FindingColumns);
    m_findings->setRootIsDecorated(false);
    m_findings->setUniformRowHeights(true);
    m_findings->setWordWrap(false);
    m_findings->header()->setStretchLastSection(false);
    m_findings->header()->setSectionResizeMode(MessageColumn, QHeaderView::Stretch);
    m_findings->header()->setSectionResizeMode(FixColumn, QHeaderView::Interactive);
    m_findings->setColumnWidth(FixColumn, 220);
    m_fixButton->setPopupMode(QToolButton::InstantPopup);
    m_fixButton->setMenu(m_fixMenu);
    m_fixButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_fixButton);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_matrix);
    split->addWidget(m_findings);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(m_matrix, &QTableWidget::itemSelectionChanged, this, &CompatibilityView::showFindings);
    connect(m_findings, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const auto *e = reinterpret_cast<const ovf::xml::Element *>(item->data(0, ElementRole).value<quintptr>());
        emit findingActivated(e);
    });
    retranslateUi();
}

QColor CompatibilityView::verdictColor(const std::optional<Verdict> &worst)
{
    if (!worst)
        return QColor(0x2e, 0x9e, 0x4f); // compatible: green
    switch (*worst) {
    case Verdict::Refused: return QColor(0xd9, 0x3f, 0x3f);
    case Verdict::Degraded: return QColor(0xe8, 0x9b, 0x1e);
    case Verdict::Ignored: return QColor(0x4a, 0x86, 0xc8);
    }
    return {};
}

QString CompatibilityView::verdictText(const std::optional<Verdict> &worst)
{
    if (!worst)
        return tr("Compatible");
    switch (*worst) {
    case Verdict::Refused: return tr("Refused");
    case Verdict::Degraded: return tr("Degraded");
    case Verdict::Ignored: return tr("Parts ignored");
    }
    return {};
}

void CompatibilityView::setTargets(const QList<Target> &targets)
{
    const QString selected = selectedTarget();
    m_targets = targets;
    m_status->setText(targets.isEmpty() ? tr("No document") : tr("Targets: %1").arg(targets.size()));
    const QSignalBlocker block(m_matrix);
    m_matrix->setRowCount(int(targets.size()));
    m_fixMenu->clear();
    for (int row = 0; row < targets.size(); ++row) {
        const Target &t = targets.at(row);
        const auto worst = ovf::compat::Linter::worst(t.findings);
        int counts[3] = {0, 0, 0};
        for (const auto &f : t.findings)
            ++counts[int(f.verdict)];
        const QColor color = verdictColor(worst);
        auto *name = new QTableWidgetItem(t.name);
        name->setData(Qt::UserRole, t.id);
        name->setToolTip(t.id);
        auto *verdict = new QTableWidgetItem(verdictText(worst));
        verdict->setBackground(color);
        verdict->setForeground(Qt::white);
        m_matrix->setItem(row, TargetColumn, name);
        m_matrix->setItem(row, VerdictColumn, verdict);
        for (int i = 0; i < 3; ++i) {
            auto *count = new QTableWidgetItem(QString::number(counts[i]));
            count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_matrix->setItem(row, RefusedColumn + i, count);
        }
        const bool fixable = std::any_of(t.findings.cbegin(), t.findings.cend(),
                                         [](const ovf::compat::Finding &f) { return !f.fixId.isEmpty(); });
        QAction *a = m_fixMenu->addAction(t.name);
        a->setObjectName(u"makeCompatible_"_s + t.id);
        a->setEnabled(fixable);
        connect(a, &QAction::triggered, this, [this, id = t.id] { emit makeCompatibleRequested(id); });
    }
    m_fixButton->setEnabled(!targets.isEmpty());
    if (!selected.isEmpty())
        selectTarget(selected);
    else if (!targets.isEmpty())
        m_matrix->selectRow(0);
    showFindings();
}

void CompatibilityView::showStatus(const QString &text)
{
    m_status->setText(text);
}

void CompatibilityView::selectTarget(const QString &id)
{
    for (int row = 0; row < m_matrix->rowCount(); ++row) {
        if (m_matrix->item(row, TargetColumn)->data(Qt::UserRole).toString() == id) {
            m_matrix->selectRow(row);
            return;
        }
    }
}

QString CompatibilityView::selectedTarget() const
{
    const QList<QTableWidgetItem *> items = m_matrix->selectedItems();
    return items.isEmpty() ? QString() : m_matrix->item(items.constFirst()->row(), TargetColumn)->data(Qt::UserRole).toString();
}

void CompatibilityView::showFindings()
{
    m_findings->clear();
    const QString id = selectedTarget();
    for (const Target &t : std::as_const(m_targets)) {
        if (t.id != id)
            continue;
        for (const ovf::compat::Finding &f : t.findings) {
            auto *item = new QTreeWidgetItem(m_findings);
            item->setText(FindingVerdictColumn, ovf::compat::verdictName(f.verdict));
            item->setForeground(FindingVerdictColumn, verdictColor(f.verdict));
            item->setText(RuleColumn, f.ruleId);
            item->setText(MessageColumn, f.message);
            item->setToolTip(MessageColumn, f.message + u"\n"_s + f.path);
            item->setText(LineColumn, f.position.isValid() ? QString::number(f.position.line) : QString());
            item->setText(FixColumn, f.fixDescription);
            item->setToolTip(FixColumn, f.fixDescription);
            item->setData(0, ElementRole, quintptr(f.element));
        }
    }
    m_findings->resizeColumnToContents(FindingVerdictColumn);
    m_findings->resizeColumnToContents(RuleColumn);
    m_findings->resizeColumnToContents(LineColumn);
}

void CompatibilityView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CompatibilityView::retranslateUi()
{
    m_matrix->setHorizontalHeaderLabels({tr("Target"), tr("Verdict"), tr("Refused"), tr("Degraded"), tr("Ignored")});
    m_findings->setHeaderLabels({tr("Verdict"), tr("Rule"), tr("Finding"), tr("Line"), tr("Fix")});
    m_fixButton->setText(tr("Make Compatible with"));
    m_fixButton->setToolTip(tr("Apply the fixes for one target as one undoable edit"));
}
