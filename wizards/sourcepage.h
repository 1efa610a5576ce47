#pragma once

#include "wizards/deploypage.h"

class QLabel;
class QLineEdit;
class QRadioButton;

// Where the package comes from: the document open in the main window, or a file chosen
// here (.ova, .ovf, .zip, or an OVF folder). Field "sourcePath"; Next needs a path.
class SourcePage : public DeployPage
{
    Q_OBJECT

public:
    // `openDocument`: the package of the document open in the main window; empty for none.
    SourcePage(DeploySession *session, const QString &openDocument, QWidget *parent = nullptr);

    QLineEdit *pathEdit() const { return m_path; }
    // Chooses "a package file or folder" with `path`.
    void useFile(const QString &path);
    bool isComplete() const override;
    bool validatePage() override;

private:
    void chooseFile();
    void chooseFolder();
    void updateMode();

    QString m_openDocument;
    QRadioButton *m_useOpen = nullptr;
    QRadioButton *m_useFile = nullptr;
    QLineEdit *m_path = nullptr;
    QLabel *m_error = nullptr;
};
