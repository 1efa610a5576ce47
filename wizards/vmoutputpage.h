#pragma once

#include "model/package/packagewriter.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class VmExportSession;

// New from Virtual Machine, where the package goes: the file or folder (OVA, OVF folder or
// ZIP, from the extension unless chosen), the manifest's digest, whether the NICs keep their
// MAC addresses; and what will be written (machines, disks with their sizes, what is dropped).
// The destination must not exist (a package is never overwritten by an export).
class VmOutputPage : public QWizardPage
{
    Q_OBJECT

public:
    VmOutputPage(VmExportSession *session, int nextId, QWidget *parent = nullptr);

    QLineEdit *destinationEdit() const { return m_destination; }
    QComboBox *formatCombo() const { return m_format; }
    QComboBox *manifestCombo() const { return m_manifest; }
    QCheckBox *includeMacBox() const { return m_includeMac; }
    QLabel *summaryLabel() const { return m_summary; }

    QString destination() const;
    ovf::package::PackageWriterOptions writerOptions() const;
    bool includeMac() const;

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override { return m_nextId; }

private:
    QString problem() const;
    void browse();
    void update();

    VmExportSession *m_session;
    int m_nextId;
    QLineEdit *m_destination;
    QComboBox *m_format;
    QComboBox *m_manifest;
    QCheckBox *m_includeMac;
    QLabel *m_summary;
    QLabel *m_error;
};
