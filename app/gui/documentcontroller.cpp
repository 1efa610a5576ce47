#include "app/gui/documentcontroller.h"

#include "app/gui/autosavemanager.h"
#include "app/gui/validationrunner.h"
#include "model/commands/editsession.h"
#include "model/l10n/bundlestore.h"
#include "model/ovf/descriptor.h"
#include "model/package/hrefreader.h"

#include <QFile>
#include <QFileInfo>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using Target = DocumentSaver::Target;

namespace {
const QString samplePath = u":/samples/hello-appliance.ovf"_s;
}

DocumentController::DocumentController(QObject *parent)
    : QObject(parent), m_loader(new DocumentLoader(this)), m_saver(new DocumentSaver(this)),
      m_validator(new ValidationRunner(this)), m_autosave(new AutosaveManager(this))
{
    connect(m_loader, &DocumentLoader::loaded, this, &DocumentController::show);
    connect(m_loader, &DocumentLoader::failed, this, &DocumentController::loadFailed);
    connect(m_loader, &DocumentLoader::progress, this, &DocumentController::loadProgress);
    connect(m_saver, &DocumentSaver::progress, this, &DocumentController::saveProgress);
    connect(m_saver, &DocumentSaver::succeeded, this, &DocumentController::onSaved);
    connect(m_saver, &DocumentSaver::failed, this, &DocumentController::onSaveFailed);
    connect(m_validator, &ValidationRunner::started, this, [this] {
        m_validating = true;
        emit validationStarted();
    });
    connect(m_validator, &ValidationRunner::finished, this, &DocumentController::onValidated);
    connect(m_autosave, &AutosaveManager::failed, this, &DocumentController::autosaveFailed);
}

DocumentController::~DocumentController()
{
    m_validator->setDocument(nullptr, {});
}

const ovf::Descriptor *DocumentController::descriptor() const
{
    return m_session ? &m_session->descriptor() : nullptr;
}

bool DocumentController::isModified() const
{
    return m_session && m_session->isModified();
}

void DocumentController::open(const QString &path)
{
    whenDiscardable([this, path] {
        emit loadStarted(LoadKind::File, QFileInfo(path).fileName());
        if (m_verifyOptions)
            m_loader->setVerifyOptions(m_verifyOptions());
        m_loader->load(path);
    });
}

void DocumentController::openSample()
{
    whenDiscardable([this] {
        QFile sample(samplePath);
        if (!sample.open(QIODevice::ReadOnly))
            return; // the resource is compiled in; failing here means a broken build
        const QString name = QFileInfo(samplePath).fileName();
        emit loadStarted(LoadKind::Sample, name);
        m_loader->loadBytes(sample.readAll(), name);
    });
}

void DocumentController::openRestored(const QByteArray &bytes, const DocumentOrigin &origin)
{
    emit loadStarted(LoadKind::Restore, origin.displayName);
    m_loader->loadBytes(bytes, origin.displayName, origin);
}

void DocumentController::openCreated(std::unique_ptr<ovf::Descriptor> descriptor, const QString &name)
{
    // std::function needs a copyable continuation: the descriptor rides in a holder.
    auto holder = std::make_shared<std::unique_ptr<ovf::Descriptor>>(std::move(descriptor));
    whenDiscardable([this, holder, name] {
        auto loaded = std::make_shared<DocumentLoader::Loaded>();
        loaded->descriptor = std::move(*holder);
        loaded->origin.kind = DocumentOrigin::Kind::Unsaved;
        loaded->origin.displayName = name;
        loaded->created = true;
        show(loaded);
    });
}

bool DocumentController::cancelLoad()
{
    if (!m_loader->isLoading())
        return false;
    m_loader->cancel();
    return true;
}

bool DocumentController::whenDiscardable(std::function<void()> then)
{
    if (isSaving())
        return false; // one thing at a time: the save in progress decides
    if (!isModified()) {
        then();
        return true;
    }
    switch (m_unsavedPrompt ? m_unsavedPrompt(m_name) : UnsavedChoice::Cancel) {
    case UnsavedChoice::Discard:
        m_autosave->discard();
        then();
        return true;
    case UnsavedChoice::Save:
        return saveThen(false, std::move(then));
    case UnsavedChoice::Cancel:
        break;
    }
    return false;
}

bool DocumentController::close()
{
    return whenDiscardable([this] {
        drop();
        emit closed();
    });
}

void DocumentController::discard()
{
    drop();
}

void DocumentController::show(const std::shared_ptr<DocumentLoader::Loaded> &loaded)
{
    drop();
    m_session = std::make_unique<ovf::commands::EditSession>(std::move(loaded->descriptor));
    m_origin = loaded->origin;
    if (!m_origin.readOnlyReason.isEmpty())
        m_session->setReadOnly(m_origin.readOnlyReason); // an Invalid package, for inspection only
    m_name = m_origin.displayName;
    // External Strings bundles, read through the same href rules as every other member; the
    // Strings editor's commands edit them and saving writes the changed ones.
    ovf::l10n::BundleStore::Reader reader;
    if (const ovf::package::HrefReader hrefs = m_origin.hrefReader(); !hrefs.isNull())
        reader = hrefs.stringReader();
    else
        reader = [](const QString &href) -> std::expected<QByteArray, QString> {
            return std::unexpected(tr("'%1' cannot be read: the document has not been saved yet").arg(href));
        };
    new ovf::l10n::BundleStore(std::move(reader), m_session.get());
    if (loaded->restored || loaded->created)
        m_session->undoStack()->resetClean(); // unsaved changes: an autosave's, or a new document
    connect(m_session.get(), &ovf::commands::EditSession::documentChanged, this, [this] {
        m_validator->requestValidation();
        emit documentChanged();
    });
    connect(m_session.get(), &ovf::commands::EditSession::modifiedChanged, this, [this](bool modified) {
        m_autosave->setModified(modified);
        emit modifiedChanged(modified);
    });
    m_validator->setDocument(&m_session->document(), m_origin);
    m_autosave->setDocument(m_origin, [this] { return m_session->document().save(); });
    m_autosave->setModified(m_session->isModified());
    m_haveReport = false;
    m_report = {};
    m_validating = true;
    emit opened(loaded);
    if (m_session) // a receiver may have closed it again
        m_validator->start();
}

void DocumentController::drop()
{
    m_afterSave = {};
    if (m_session)
        emit aboutToDrop();
    m_validator->setDocument(nullptr, {});
    m_validating = false;
    m_haveReport = false;
    m_report = {};
    m_autosave->setDocument({}, {});
    m_session.reset();
    m_origin = {};
    m_name.clear();
}

Target DocumentController::targetFor(const DocumentOrigin &origin)
{
    if (!origin.isPackage())
        return Target::Descriptor;
    switch (origin.format) {
    case DocumentOrigin::Format::Ova: return Target::Ova;
    case DocumentOrigin::Format::Zip: return Target::Zip;
    case DocumentOrigin::Format::Folder: return Target::Folder;
    }
    return Target::Descriptor;
}

bool DocumentController::save()
{
    if (!m_session)
        return false;
    if (m_origin.kind == DocumentOrigin::Kind::Unsaved || m_origin.path.startsWith(u':'))
        return saveAs();
    return saveTo(m_origin.path, targetFor(m_origin));
}

bool DocumentController::saveAs()
{
    if (!m_session || !m_choose)
        return false;
    const std::optional<Destination> destination = m_choose(m_origin);
    if (!destination || destination->path.isEmpty())
        return false;
    if (destination->target != Target::Descriptor && m_packageSaveAs && !isSaving() && !m_session->isReadOnly())
        return m_packageSaveAs(*destination);
    return saveTo(destination->path, destination->target);
}

DocumentSaver::Request DocumentController::request(const QString &destination, Target target) const
{
    DocumentSaver::Request request;
    if (!m_session)
        return request;
    request.bytes = m_session->document().save();
    if (const ovf::l10n::BundleStore *bundles = ovf::l10n::BundleStore::of(m_session.get()))
        request.bundles = bundles->changedMembers(m_session->descriptor().envelope());
    request.revision = m_session->document().revision();
    request.origin = m_origin;
    request.destination = QFileInfo(destination).absoluteFilePath();
    request.target = target;
    if (m_manifestAlgorithm)
        request.manifestAlgorithm = m_manifestAlgorithm();
    return request;
}

bool DocumentController::saveTo(const QString &destination, Target target)
{
    if (!m_session || isSaving() || m_session->isReadOnly())
        return false;
    std::shared_ptr<const ovf::package::Signer> signer;
    if (m_origin.wasSigned && target != Target::Descriptor) {
        const SigningChoice choice = m_askResign ? m_askResign(m_origin) : SigningChoice{};
        if (!choice)
            return false;
        signer = *choice;
    }
    DocumentSaver::Request r = request(destination, target);
    r.signer = std::move(signer);
    emit saveStarted(r.destination);
    m_saver->save(r);
    return true;
}

void DocumentController::adoptSaved(const DocumentSaver::Outcome &outcome)
{
    if (!isSaving())
        onSaved(outcome);
}

bool DocumentController::saveThen(bool as, std::function<void()> then)
{
    if (isSaving() || !(as ? saveAs() : save()))
        return false;
    m_afterSave = std::move(then);
    return true;
}

void DocumentController::cancelSave()
{
    m_saver->cancel();
}

void DocumentController::onSaved(const DocumentSaver::Outcome &written)
{
    if (!m_session)
        return;
    DocumentSaver::Outcome outcome = written;
    m_origin = outcome.origin;
    m_name = outcome.origin.displayName;
    if (m_session->document().revision() == outcome.revision) {
        // The document is what was saved: it takes what the writer added to the saved copy
        // (ovf:size, ...) without an undo entry, and is unmodified.
        if (outcome.descriptorChanged && outcome.descriptorEdits)
            outcome.descriptorAdopted = bool(m_session->adoptAttributeChanges(*outcome.descriptorEdits));
        m_session->setSaved();
    } else {
        // Edited while the save ran: the file does not hold those edits.
        m_session->undoStack()->resetClean();
    }
    m_autosave->setDocument(m_origin, [this] { return m_session->document().save(); });
    m_validator->setOrigin(m_origin);
    emit saved(outcome);
    if (auto then = std::exchange(m_afterSave, {}))
        then();
}

void DocumentController::onSaveFailed(const ovf::package::PackageWriteError &error)
{
    m_afterSave = {};
    emit saveFailed(error);
}

void DocumentController::onValidated(const ovf::validation::Report &report)
{
    m_validating = false;
    m_haveReport = true;
    m_report = report;
    emit validationFinished(m_report);
}
