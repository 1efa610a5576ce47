#pragma once

#include "wizards/deploypage.h"

#include "model/ovf/envelope.h"

#include <QByteArray>
#include <QFutureWatcher>

class QComboBox;
class QLabel;
class QTextBrowser;

// What the package is: product, vendor, version, annotation, icon, the download size and
// the size on disk (the sum of the disks' capacities), and the language its texts are shown
// in ("Texts in:", the application's language by default; switching it re-resolves every
// text of the wizard). Shown so the operator knows what is about to be deployed. The icon is read from the package in the background.
class DetailsPage : public DeployPage
{
    Q_OBJECT

public:
    explicit DetailsPage(DeploySession *session, QWidget *parent = nullptr);
    ~DetailsPage() override;

    void initializePage() override;

    // The sum of the capacities of every Disk, in bytes; disks whose capacity cannot be
    // computed are counted in `unknown`.
    static quint64 totalDiskCapacity(const ovf::Envelope &envelope, int *unknown = nullptr);

    QComboBox *textLocaleCombo() const { return m_textLocale; }

private:
    void iconLoaded();
    // Product, vendor, version, sizes and description in the session's text locale.
    void showTexts();

    QFutureWatcher<QByteArray> m_iconWatcher;
    QComboBox *m_textLocale = nullptr;
    QLabel *m_bundleErrors = nullptr;
    QLabel *m_icon = nullptr;
    QLabel *m_product = nullptr;
    QLabel *m_vendor = nullptr;
    QLabel *m_version = nullptr;
    QLabel *m_systems = nullptr;
    QLabel *m_download = nullptr;
    QLabel *m_onDisk = nullptr;
    QTextBrowser *m_annotation = nullptr;
};
