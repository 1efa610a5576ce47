#pragma once

#include "model/package/digest.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QSpinBox;
class QTabWidget;
class TrustPage;

// Edit > Preferences: General (the manifest algorithm packages are saved with, the UI
// language, the autosave interval) and Trust (the trusted certificates, TrustPage). Applies
// and stores them (QSettings) when accepted: OK first has the Trust page store its files on a
// worker, the dialog closes once that succeeded (finished() follows) and stays open, showing
// the Trust page's error, when it failed.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    static ovf::package::DigestAlgorithm manifestAlgorithm();
    static void setManifestAlgorithm(ovf::package::DigestAlgorithm algorithm);
    // Seconds; at least 5.
    static int autosaveInterval();

    QComboBox *algorithmCombo() const { return m_algorithm; }
    QComboBox *languageCombo() const { return m_language; }
    QTabWidget *tabs() const { return m_tabs; }
    TrustPage *trustPage() const { return m_trust; }

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void trustApplied(bool ok);

    QFormLayout *m_form;
    QComboBox *m_algorithm;
    QComboBox *m_language;
    QSpinBox *m_autosave;
    QDialogButtonBox *m_buttons;
    QTabWidget *m_tabs;
    QWidget *m_general;
    TrustPage *m_trust;
};
