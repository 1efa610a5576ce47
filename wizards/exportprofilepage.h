#pragma once

#include "model/compat/finding.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;
namespace ovf::compat {
struct PackageFacts;
}

// The Export wizard's target page: a compatibility profile (model/compat) or none. The
// document is linted for the chosen target with the package facts the Format page implies
// (manifest algorithm, OVA or not) and the refused and degraded findings are listed. "Make
// Compatible" applies the target's fixes as one undoable command (Fixer) and hands the
// package-level ones (manifest algorithm, whole or uncompressed files) to the Format page;
// the list is linted again. Findings never block the export: the user decides.
class ExportProfilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ExportProfilePage(QWidget *parent = nullptr);

    void initializePage() override;

    QString profileId() const;
    void setProfileId(const QString &id);
    // Lints again (the document or the format changed).
    void relint();
    // Applies the chosen target's fixes; false when nothing could be done.
    bool makeCompatible();

    const QList<ovf::compat::Finding> &findings() const { return m_findings; }
    QComboBox *profileCombo() const { return m_profile; }
    QTreeWidget *findingsView() const { return m_view; }
    QPushButton *makeCompatibleButton() const { return m_fix; }
    QLabel *summaryLabel() const { return m_summary; }

private:
    ovf::compat::PackageFacts facts() const;

    QComboBox *m_profile;
    QLabel *m_summary;
    QTreeWidget *m_view;
    QPushButton *m_fix;
    QLabel *m_changes;
    QList<ovf::compat::Finding> m_findings;
};
