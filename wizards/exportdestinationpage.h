#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;

// The Export wizard's destination: a file (.ova, .zip) or a folder to create (OVF folder),
// with the extension the format implies. Next asks before an existing file or folder is
// replaced (the replacement happens only once the new package is complete).
class ExportDestinationPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ExportDestinationPage(QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // Absolute, with the format's extension.
    QString destination() const;
    void setDestination(const QString &path);

    QLineEdit *pathEdit() const { return m_path; }
    // Browse…: a save dialog for the destination.
    QPushButton *browseButton() const { return m_browse; }

private:
    QString suffix() const;
    void browse();

    QLineEdit *m_path;
    QPushButton *m_browse;
    QLabel *m_hint;
};
