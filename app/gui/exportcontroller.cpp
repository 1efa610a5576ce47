#include "app/gui/exportcontroller.h"

#include "app/gui/documentsaver.h"
#include "app/gui/trustsettings.h"
#include "model/commands/editsession.h"
#include "wizards/exportwizard.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;
using Format = ovf::package::PackageWriterOptions::Format;

ExportController::ExportController(QWidget *window, DocumentController *document)
    : QObject(window), m_window(window), m_document(document), m_saver(new DocumentSaver(this))
{
    connect(m_saver, &DocumentSaver::progress, this, [this](qint64 done, qint64 total) {
        if (m_wizard)
            m_wizard->writeProgress(done, total);
    });
    connect(m_saver, &DocumentSaver::succeeded, this, [this](const DocumentSaver::Outcome &outcome) {
        // Only while its wizard is open: a wizard closed (or a document dropped) meanwhile
        // cancelled the write, and a write that finished anyway is not this document's file.
        if (m_adopt && m_wizard)
            m_document->adoptSaved(outcome);
        if (m_wizard)
            m_wizard->writeFinished(outcome.origin.path, {});
    });
    connect(m_saver, &DocumentSaver::failed, this, [this](const ovf::package::PackageWriteError &error) {
        if (m_wizard)
            m_wizard->writeFinished({}, error.toString());
    });
    document->setPackageSaveAs([this](const DocumentController::Destination &destination) {
        return saveAs(destination) != nullptr;
    });
}

ExportWizard *ExportController::exportDocument()
{
    return open(false);
}

ExportWizard *ExportController::saveAs(const DocumentController::Destination &destination)
{
    ExportWizard *wizard = open(true);
    if (wizard) {
        using Target = DocumentSaver::Target;
        wizard->setDestination(destination.path, destination.target == Target::Zip      ? Format::Zip
                                                 : destination.target == Target::Folder ? Format::Folder
                                                                                        : Format::Ova);
        wizard->setWindowTitle(tr("Save As Package"));
    }
    return wizard;
}

ExportWizard *ExportController::open(bool adopt)
{
    ovf::commands::EditSession *session = m_document->session();
    if (!session || session->isReadOnly() || m_wizard || m_saver->isSaving())
        return nullptr;
    m_adopt = adopt;
    const QString base = QFileInfo(m_document->name()).completeBaseName();
    auto *wizard = new ExportWizard(session, base.isEmpty() ? u"appliance"_s : base, TrustSettings::verifyOptions(),
                                    m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    m_wizard = wizard;
    connect(wizard, &ExportWizard::writeRequested, this, &ExportController::write);
    connect(wizard, &ExportWizard::cancelRequested, m_saver, &DocumentSaver::cancel);
    // The document goes (closed, another opened): the wizard edits it, so it goes too.
    connect(m_document, &DocumentController::aboutToDrop, wizard, &ExportWizard::reject);
    wizard->show();
    emit wizardOpened(wizard);
    return wizard;
}

void ExportController::write(const ExportChoices &choices)
{
    using Target = DocumentSaver::Target;
    if (m_saver->isSaving()) {
        if (m_wizard)
            m_wizard->writeFinished({}, tr("another export is still being written"));
        return;
    }
    const Target target = choices.format == Format::Zip      ? Target::Zip
                          : choices.format == Format::Folder ? Target::Folder
                                                             : Target::Ova;
    DocumentSaver::Request request = m_document->request(choices.destination, target);
    request.writeManifest = choices.manifest.has_value();
    if (choices.manifest)
        request.manifestAlgorithm = *choices.manifest;
    request.signer = choices.signer;
    request.chunkSize = choices.chunkSize;
    request.joinChunks = choices.joinChunks;
    request.compress = choices.compression == ExportChoices::Compression::Gzip;
    request.decompress = choices.compression == ExportChoices::Compression::Uncompressed;
    m_saver->save(request);
}

ExportWizard *ExportController::wizard() const
{
    return m_wizard;
}
