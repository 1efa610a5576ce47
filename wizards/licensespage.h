#pragma once

#include "wizards/deploypage.h"

#include <QList>

class QCheckBox;
class QLabel;
class QTabWidget;
class QTextBrowser;

// The package's license agreements (EulaSection, DSP0243 §9.6), one tab each, in the user's
// locale when the package translates them (Strings, §10). Each must be accepted with its own
// check box before Next is enabled; the acceptances (text digest, locale, time) go into the
// plan when the page is left. Print and Save as Text act on the license shown. Acceptances
// taken over from an answer file (DeploySession::setAnswers) are checked already and kept as
// recorded; the session's answerNotes() are shown for the others.
class LicensesPage : public DeployPage
{
    Q_OBJECT

public:
    explicit LicensesPage(DeploySession *session, QWidget *parent = nullptr);

    bool isNeeded() const override;
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    QList<QCheckBox *> acceptBoxes() const { return m_accept; }
    QTabWidget *tabs() const { return m_tabs; }
    // The text shown for license `index`.
    QString licenseText(int index) const;

private:
    void rebuild();
    void updateStatus();
    void printCurrent();
    void saveCurrent();

    QTabWidget *m_tabs = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_notes = nullptr; // why acceptances of a loaded answer file were not taken over
    QList<QCheckBox *> m_accept;
    QList<QTextBrowser *> m_texts;
    QStringList m_titles;
    bool m_dirty = true;
};
