#pragma once

#include "app/gui/documentloader.h"
#include "app/gui/documentorigin.h"
#include "app/gui/documentsaver.h"
#include "model/validation/validator.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class AutosaveManager;
class ValidationRunner;
namespace ovf::commands {
class EditSession;
}

// The open document and everything done to it as a whole, without widgets: loading (a file,
// the sample, a restored autosave) on a worker, the EditSession it is edited through, where it
// came from (DocumentOrigin), Save / Save As on a worker, live validation, autosave and the
// modified state. One document at a time. The window, its actions and the deploy launcher all
// work through this class and listen to its signals; none of them knows the others.
//
// The questions the flows ask (save unsaved changes? where to? drop a signature?) are hooks
// the window installs (message boxes, file dialogs) and tests replace; with no hook installed
// the answer is Cancel / no destination / no. All calls and signals are on the GUI thread.
class DocumentController : public QObject
{
    Q_OBJECT

public:
    enum class UnsavedChoice { Save, Discard, Cancel };
    struct Destination
    {
        QString path;
        DocumentSaver::Target target = DocumentSaver::Target::Descriptor;
    };
    // Save, Discard or Cancel the unsaved changes of the document named `documentName`.
    using UnsavedPrompt = std::function<UnsavedChoice(const QString &documentName)>;
    // Where Save As writes `origin`'s document; nullopt when the user cancelled.
    using ChooseDestination = std::function<std::optional<Destination>(const DocumentOrigin &origin)>;
    // Saving `origin`, a signed package, as a package: the old signature cannot match the new
    // manifest. nullopt: cancel the save; a null signer: save unsigned (the user said so); a
    // signer: sign the saved package with it.
    using SigningChoice = std::optional<std::shared_ptr<const ovf::package::Signer>>;
    using AskResign = std::function<SigningChoice(const DocumentOrigin &origin)>;
    // Save As chose a package destination: the Export wizard takes over (true), or the plain
    // save runs (false, or no hook).
    using PackageSaveAs = std::function<bool(const Destination &destination)>;
    // The manifest algorithm packages are saved with (read at each save).
    using ManifestAlgorithm = std::function<ovf::package::DigestAlgorithm()>;
    // How packages are verified when opened (read at each open: the Trust preferences).
    using VerifyOptionsHook = std::function<ovf::package::VerifyOptions()>;

    // How a load was started, for what the window shows meanwhile.
    enum class LoadKind { File, Sample, Restore };

    explicit DocumentController(QObject *parent = nullptr);
    ~DocumentController() override;

    void setUnsavedPrompt(UnsavedPrompt prompt) { m_unsavedPrompt = std::move(prompt); }
    void setChooseDestination(ChooseDestination choose) { m_choose = std::move(choose); }
    void setAskResign(AskResign ask) { m_askResign = std::move(ask); }
    void setPackageSaveAs(PackageSaveAs saveAs) { m_packageSaveAs = std::move(saveAs); }
    void setManifestAlgorithm(ManifestAlgorithm algorithm) { m_manifestAlgorithm = std::move(algorithm); }
    void setVerifyOptions(VerifyOptionsHook options) { m_verifyOptions = std::move(options); }

    // --- the document ---------------------------------------------------------------------
    bool isOpen() const { return bool(m_session); }
    ovf::commands::EditSession *session() const { return m_session.get(); }
    const ovf::Descriptor *descriptor() const;
    const DocumentOrigin &origin() const { return m_origin; }
    // The name shown in titles and messages ("hello.ova"), empty with no document.
    const QString &name() const { return m_name; }
    // The file or package shown, empty for none or for an unsaved document.
    QString currentFile() const { return m_origin.path; }
    bool isModified() const;

    // --- loading --------------------------------------------------------------------------
    // Opens a descriptor or package on a worker (after whenDiscardable()): opened() or
    // loadFailed() follows; a load started while one runs replaces it.
    void open(const QString &path);
    void openSample();
    // Shows an autosave's bytes as the document of `origin`, holding unsaved changes. No
    // question is asked (called at start, before any document is open).
    void openRestored(const QByteArray &bytes, const DocumentOrigin &origin);
    // Shows a descriptor made in this run (the New Appliance wizard) as a document named
    // `name` that was never saved (after whenDiscardable()): modified from the start, so
    // closing asks and autosave keeps it. opened() follows, with Loaded::created set.
    void openCreated(std::unique_ptr<ovf::Descriptor> descriptor, const QString &name);
    // Cancels a running load; false when none was running.
    bool cancelLoad();
    bool isLoading() const { return m_loader->isLoading(); }

    // --- closing --------------------------------------------------------------------------
    // Runs `then` once the document may go: at once when unmodified or discarded (the
    // autosave is removed), after a successful save when the user chose Save; never when
    // cancelled or while a save runs. False when nothing will run.
    bool whenDiscardable(std::function<void()> then);
    // Closes the document after whenDiscardable(); false when the user cancelled.
    bool close();
    // Drops the document without asking (the window is closing and the user decided).
    void discard();

    // --- saving ---------------------------------------------------------------------------
    // Save: back to where the document came from (Save As for documents without a file).
    // Save As asks for a destination (a package destination goes to the PackageSaveAs hook
    // when one is installed: the Export wizard). All three ask whether a signed package is
    // signed again or saved unsigned, then write on a worker: saved() or saveFailed()
    // follows. False when nothing was started (no document, a save running, the user
    // cancelled).
    bool save();
    bool saveAs();
    bool saveTo(const QString &destination, DocumentSaver::Target target);
    // Save (Save As when `as`) and run `then` once the save succeeded.
    bool saveThen(bool as, std::function<void()> then);
    void cancelSave();
    // The request Save would run for this destination (the document's bytes now, its origin,
    // the manifest algorithm of the preferences), for writers that add options (Export).
    DocumentSaver::Request request(const QString &destination, DocumentSaver::Target target) const;
    // A package written from this document elsewhere (Export as Save As) becomes its file:
    // origin and modified state as after save().
    void adoptSaved(const DocumentSaver::Outcome &outcome);
    bool isSaving() const { return m_saver->isSaving(); }
    static DocumentSaver::Target targetFor(const DocumentOrigin &origin);

    // --- validation and autosave ------------------------------------------------------------
    bool isValidating() const { return m_validating; }
    // The last finished validation's report, nullptr while none finished for this document.
    const ovf::validation::Report *report() const { return m_haveReport ? &m_report : nullptr; }

    DocumentLoader *loader() const { return m_loader; }
    DocumentSaver *saver() const { return m_saver; }
    ValidationRunner *validation() const { return m_validator; }
    AutosaveManager *autosave() const { return m_autosave; }

signals:
    void loadStarted(DocumentController::LoadKind kind, const QString &name);
    void loadProgress(qint64 done, qint64 total);
    // Before the session is destroyed (closing, or replaced by another document): whatever
    // points into the document detaches now.
    void aboutToDrop();
    // A new document is open (session(), origin() set). `loaded` holds what the loader built
    // besides the descriptor (already moved into the session): the tree items, warnings.
    void opened(const std::shared_ptr<DocumentLoader::Loaded> &loaded);
    void loadFailed(const ovf::LoadError &error);
    // close() dropped the document; nothing is open now.
    void closed();

    void documentChanged();
    void modifiedChanged(bool modified);

    void saveStarted(const QString &destination);
    void saveProgress(qint64 done, qint64 total);
    // The save succeeded: origin() and the modified state are already updated, and the
    // document carries what the package writer added to the saved copy (ovf:size, a converted
    // disk's href and sizes; Outcome::descriptorAdopted), without an undo entry, so it shows
    // what the file holds. A document edited while the save ran stays modified (the file does
    // not hold those edits) and takes none of the writer's edits.
    void saved(const DocumentSaver::Outcome &outcome);
    void saveFailed(const ovf::package::PackageWriteError &error);

    void validationStarted();
    void validationFinished(const ovf::validation::Report &report);
    void autosaveFailed(const QString &message);

private:
    void show(const std::shared_ptr<DocumentLoader::Loaded> &loaded);
    void drop();
    void onSaved(const DocumentSaver::Outcome &outcome);
    void onSaveFailed(const ovf::package::PackageWriteError &error);
    void onValidated(const ovf::validation::Report &report);

    DocumentLoader *m_loader;
    DocumentSaver *m_saver;
    ValidationRunner *m_validator;
    AutosaveManager *m_autosave;

    std::unique_ptr<ovf::commands::EditSession> m_session;
    DocumentOrigin m_origin;
    QString m_name;
    bool m_validating = false;
    bool m_haveReport = false;
    ovf::validation::Report m_report;
    std::function<void()> m_afterSave; // what saveThen() postponed until the save succeeds

    UnsavedPrompt m_unsavedPrompt;
    ChooseDestination m_choose;
    AskResign m_askResign;
    PackageSaveAs m_packageSaveAs;
    ManifestAlgorithm m_manifestAlgorithm;
    VerifyOptionsHook m_verifyOptions;
};
