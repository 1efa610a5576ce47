#pragma once

#include "app/gui/documentcontroller.h"

#include <QObject>
#include <QPointer>

class DocumentSaver;
class ExportWizard;
class QWidget;
struct ExportChoices;

// File > Export… and Save As for packages: opens the Export wizard over the open document
// and runs what it asks for with DocumentSaver (the code Save runs: PackageWriter, atomic,
// byte progress, cancel with the temporary output removed), verification options from the
// Trust preferences. For Save As (adopt), the written package becomes the document's file;
// Export leaves the document's file and modified state alone. One wizard at a time (modal).
class ExportController : public QObject
{
    Q_OBJECT

public:
    ExportController(QWidget *window, DocumentController *document);

    // Opens the wizard; nullptr when there is no document to export (or it is read-only).
    ExportWizard *exportDocument();
    // Save As chose a package: the wizard with that destination and format; the result is
    // adopted as the document's file.
    ExportWizard *saveAs(const DocumentController::Destination &destination);

    ExportWizard *wizard() const;

signals:
    void wizardOpened(ExportWizard *wizard);

private:
    ExportWizard *open(bool adopt);
    void write(const ExportChoices &choices);

    QWidget *m_window;
    DocumentController *m_document;
    DocumentSaver *m_saver;
    QPointer<ExportWizard> m_wizard;
    bool m_adopt = false;
};
