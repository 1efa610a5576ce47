#pragma once

#include "model/validation/validator.h"

#include <QLabel>

// The status bar's summary of the last validation: "Checking…", a green "No problems", or the
// counts of errors, warnings and notes with their icons.
class ProblemsSummaryLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ProblemsSummaryLabel(QWidget *parent = nullptr);

    // `report` null: no result yet (nothing shown unless `validating`). No document: empty.
    void showState(bool hasDocument, bool validating, const ovf::validation::Report *report);
};
