#pragma once

#include "wizards/deploypage.h"

#include "model/ovf/envelope.h"

#include <QByteArray>
#include <QFutureWatcher>

class QLabel;
class QTextBrowser;

// What the package is: product, vendor, version, annotation, icon, the download size and
// the size on disk (the sum of the disks' capacities). Asks nothing; shown so the operator
// knows what is about to be deployed. The icon is read from the package in the background.
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

private:
    void iconLoaded();

    QFutureWatcher<QByteArray> m_iconWatcher;
    QLabel *m_icon = nullptr;
    QLabel *m_product = nullptr;
    QLabel *m_vendor = nullptr;
    QLabel *m_version = nullptr;
    QLabel *m_systems = nullptr;
    QLabel *m_download = nullptr;
    QLabel *m_onDisk = nullptr;
    QTextBrowser *m_annotation = nullptr;
};
