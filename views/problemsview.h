#pragma once

#include "model/validation/problem.h"

#include <QTreeWidget>

// The problems of the open descriptor, one row each: severity, rule id, message and
// line:column (the element path in the tooltip). Activating a row asks to show the
// element. Also shows a single status row ("No problems found", "Validating...").
class ProblemsView : public QTreeWidget
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, RuleColumn, MessageColumn, LocationColumn, ColumnCount };

    explicit ProblemsView(QWidget *parent = nullptr);

    // Replaces the rows. The problems' element pointers are kept: clear the view before the
    // document they point into goes away.
    void setProblems(const QList<ovf::validation::Problem> &problems);
    // Clears the rows and shows one unselectable line of text with an icon (may be null).
    void showStatus(const QIcon &icon, const QString &text);
    int problemCount() const { return m_problemCount; }

    // Custom data of problem rows (column 0): the element, as quintptr.
    static constexpr int ElementRole = Qt::UserRole + 1;

    static QIcon severityIcon(ovf::validation::Severity severity);
    static QString severityText(ovf::validation::Severity severity);

signals:
    // `element` is null when the problem has no element (a file-level finding).
    void problemActivated(const ovf::xml::Element *element);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    int m_problemCount = 0;
};
