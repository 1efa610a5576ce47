#pragma once

#include "model/vmexport/exportplan.h"
#include "wizards/newappliancewizard.h"

#include <QWizard>

class VmExportSession;
class VmExportProgressPage;
class VmOutputPage;
class VmSourcePage;

// File > New from Virtual Machine…: libvirt domains (local or remote) become an appliance
// package. Pages: the connection and its machines (VmSourcePage) → for one machine the New
// Appliance pages (name, guest OS, hardware), filled in from the machine's definition →
// where the package goes (VmOutputPage) → the export, in the background with progress in
// bytes and Cancel (VmExportProgressPage). With several machines the New Appliance pages are
// skipped: each keeps its own settings, and they become a collection. What the pages change
// (name, OS type, vCPUs, memory, firmware) is applied to the export plan, never to the machine.
// The disk controller and the networks come from the machine as they are (they can be edited
// afterwards in the opened package).
class VmExportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId {
        NameId = NewApplianceWizard::NameId,
        GuestOsId = NewApplianceWizard::GuestOsId,
        HardwareId = NewApplianceWizard::HardwareId,
        OutputId = NewApplianceWizard::FormatId, // HardwarePage goes on to FormatId
        SourceId = 10,
        ProgressId,
    };

    explicit VmExportWizard(QWidget *parent = nullptr);
    ~VmExportWizard() override;

    VmExportSession *session() const { return m_session; }
    VmSourcePage *sourcePage() const;
    VmOutputPage *outputPage() const;
    VmExportProgressPage *progressPage() const;
    // The package written (empty until the export succeeded).
    QString writtenPackage() const;

    // The session's plan with what the New Appliance pages say applied (one machine only).
    ovf::vmexport::ExportPlan finalPlan() const;

    void reject() override;

private:
    void prefill();

    VmExportSession *m_session;
};
