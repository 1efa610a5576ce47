#pragma once

#include "wizards/deploypage.h"

class QLabel;
class QTextBrowser;

// The end: what was created and where (or why nothing was, after a failure or a cancel that
// rolled everything back), and for the folder backend how to define the machines.
class DonePage : public DeployPage
{
    Q_OBJECT

public:
    explicit DonePage(DeploySession *session, QWidget *parent = nullptr);

    void initializePage() override;
    QLabel *headline() const { return m_headline; }
    // The script the folder backend writes into the output folder.
    static QString scriptName();

private:
    QLabel *m_headline = nullptr;
    QTextBrowser *m_details = nullptr;
};
