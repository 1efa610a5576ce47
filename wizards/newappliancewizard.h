#pragma once

#include "model/authoring/appliancespec.h"

#include <QWizard>

#include <memory>

class QLabel;
namespace ovf {
class Descriptor;
}

// File > New: the New Appliance wizard. Pages (one class per file): Name and how to start
// (empty, from disk images, from a template) → Disk images or Template when chosen → Guest
// OS → Hardware (CPUs, memory, firmware, disk controller, networks) → Format (OVF 1.0 or
// 2.0, and what will be made). Fields are QWizard fields (registerField); nextId() branches
// on the start choice. Finish builds the descriptor with ApplianceBuilder (the same model
// code as `ovfctl new`); when the builder refuses, its reasons are shown on the last page and
// the wizard stays open. Disk images are inspected as they are added (never modified) and stay
// pending sources of the new document until its package is saved.
class NewApplianceWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { NameId, ImagesId, TemplateId, GuestOsId, HardwareId, FormatId };

    explicit NewApplianceWizard(QWidget *parent = nullptr);
    ~NewApplianceWizard() override;

    // What the fields say, as the builder takes it.
    ovf::authoring::ApplianceSpec spec() const;
    // The descriptor Finish built (null before, or after it was taken).
    std::unique_ptr<ovf::Descriptor> takeDescriptor();
    // "<name>.ovf" for the new document's title.
    QString fileName() const;

    void accept() override;

private:
    std::unique_ptr<ovf::Descriptor> m_descriptor;
};
