#pragma once

#include "model/compat/finding.h"

#include <QWidget>

class QLabel;
class QMenu;
class QTableWidget;
class QToolButton;
class QTreeWidget;

// The compatibility matrix of the open document: one row per target platform, coloured by
// its verdict (refused, degraded, only ignored parts, compatible) with the counts, and below
// it the findings of the selected target (verdict, rule, message, line, fix). Activating a
// finding asks to show its element, as the problems dock does; "Make Compatible with ▸" asks
// to apply one target's fixes. A view only: the controller lints and applies.
class CompatibilityView : public QWidget
{
    Q_OBJECT

public:
    struct Target
    {
        QString id;
        QString name;
        QList<ovf::compat::Finding> findings;
    };

    enum MatrixColumn { TargetColumn, VerdictColumn, RefusedColumn, DegradedColumn, IgnoredColumn, MatrixColumns };
    enum FindingColumn { FindingVerdictColumn, RuleColumn, MessageColumn, LineColumn, FixColumn, FindingColumns };
    // Custom data of finding rows (column 0): the element, as quintptr.
    static constexpr int ElementRole = Qt::UserRole + 1;

    explicit CompatibilityView(QWidget *parent = nullptr);

    // Replaces the matrix (keeps the selected target). Element pointers are kept: clear the
    // view (setTargets({})) before the document they point into goes away.
    void setTargets(const QList<Target> &targets);
    // One line of status instead of the matrix ("Checking…", "No document").
    void showStatus(const QString &text);
    void selectTarget(const QString &id);
    QString selectedTarget() const;

    QTableWidget *matrix() const { return m_matrix; }
    QTreeWidget *findings() const { return m_findings; }
    QToolButton *fixButton() const { return m_fixButton; }
    QMenu *fixMenu() const { return m_fixMenu; }

    static QColor verdictColor(const std::optional<ovf::compat::Verdict> &worst);
    static QString verdictText(const std::optional<ovf::compat::Verdict> &worst);

signals:
    void findingActivated(const ovf::xml::Element *element);
    void makeCompatibleRequested(const QString &targetId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showFindings();

    QLabel *m_status;
    QTableWidget *m_matrix;
    QTreeWidget *m_findings;
    QToolButton *m_fixButton;
    QMenu *m_fixMenu;
    QList<Target> m_targets;
};
