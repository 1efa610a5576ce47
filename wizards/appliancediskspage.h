#pragma once

#include "model/authoring/diskimport.h"

#include <QWizardPage>

class DiskImageList;

// New Appliance, disk images: the images the appliance's disks are made from (DiskImageList:
// each inspected on a worker as it is added). Complete when there is at least one and every
// image was inspected without error.
class ApplianceDisksPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ApplianceDisksPage(QWidget *parent = nullptr);

    DiskImageList *images() const { return m_images; }
    QList<ovf::authoring::DiskImport> imports() const;
    bool isComplete() const override;
    int nextId() const override;

private:
    DiskImageList *m_images;
};
