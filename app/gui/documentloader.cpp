#include "app/gui/documentloader.h"

#include "model/items/envelopetreebuilder.h"
#include "model/package/packageopener.h"
#include "model/package/packageverifier.h"

#include <QFileInfo>
#include <QtConcurrent>

using namespace Qt::StringLiterals;
using namespace ovf::package;

DocumentLoader::DocumentLoader(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, [this] {
        const QFuture<Result> future = m_watcher.future();
        if (future.resultCount() == 0)
            return;
        const Result r = future.result();
        if (r.cancelled)
            return;
        if (r.descriptor) {
            auto loaded = std::make_shared<Loaded>();
            // The task is done and its result is read once: this is the only owner left.
            loaded->descriptor = std::make_unique<ovf::Descriptor>(std::move(*r.descriptor));
            if (r.tree)
                loaded->tree = std::move(*r.tree);
            loaded->origin = r.origin;
            loaded->bytes = r.bytes;
            loaded->warnings = r.warnings;
            loaded->restored = m_restore;
            emit this->loaded(loaded);
        } else
            emit failed(r.error);
    });
    connect(&m_watcher, &QFutureWatcher<Result>::progressValueChanged, this, [this](int value) {
        // The promise reports per mille of the package so the int range always suffices.
        emit progress(m_total * value / 1000, m_total);
    });
    connect(&m_watcher, &QFutureWatcher<Result>::progressTextChanged, this,
            [this](const QString &text) { m_total = text.toLongLong(); });
}

DocumentLoader::~DocumentLoader()
{
    // The task owns everything it touches, so it may finish after the loader is gone.
    m_watcher.disconnect(this);
    cancel();
}

void DocumentLoader::cancel()
{
    m_watcher.cancel();
    m_watcher.setFuture(QFuture<Result>());
}

void DocumentLoader::load(const QString &path)
{
    start(QtConcurrent::run(
        [path, verify = m_verify](QPromise<Result> &promise) { promise.addResult(loadPath(path, &promise, verify)); }));
}

void DocumentLoader::loadBytes(const QByteArray &bytes, const QString &name, const DocumentOrigin &origin)
{
    start(QtConcurrent::run([bytes, name, origin] {
        Result r = finish(ovf::Descriptor::fromBytes(bytes, name));
        r.origin = origin;
        r.bytes = bytes;
        return r;
    }));
    m_restore = true;
}

void DocumentLoader::loadBytes(const QByteArray &bytes, const QString &name)
{
    start(QtConcurrent::run([bytes, name] {
        Result r = finish(ovf::Descriptor::fromBytes(bytes, name));
        r.origin.kind = DocumentOrigin::Kind::Unsaved;
        r.origin.displayName = name;
        r.bytes = bytes;
        return r;
    }));
}

DocumentLoader::Result DocumentLoader::loadPath(const QString &path, QPromise<Result> *promise,
                                                const ovf::package::VerifyOptions &verify)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (PackageOpener::isPackage(absolute))
        return loadPackage(absolute, promise, verify);
    Result r = finish(ovf::Descriptor::load(absolute));
    r.origin.kind = DocumentOrigin::Kind::Descriptor;
    r.origin.path = absolute;
    r.origin.displayName = QFileInfo(absolute).fileName();
    if (r.descriptor)
        r.bytes = r.descriptor->xml().save(); // unedited: the bytes as read
    return r;
}

DocumentLoader::Result DocumentLoader::loadPackage(const QString &path, QPromise<Result> *promise,
                                                   const ovf::package::VerifyOptions &verify)
{
    Result r;
    r.origin.kind = DocumentOrigin::Kind::Package;
    r.origin.path = path;
    r.origin.displayName = QFileInfo(path).fileName();
    const auto fail = [&r, &path](const QString &message) {
        r.error.kind = ovf::LoadError::Kind::Io;
        r.error.file = path;
        r.error.message = message;
        return r;
    };

    const qint64 total = QFileInfo(path).isDir() ? 0 : QFileInfo(path).size();
    if (promise) {
        promise->setProgressRange(0, 1000);
        promise->setProgressValueAndText(0, QString::number(total));
    }
    std::atomic<bool> cancel = false;
    const VerifyResult v = PackageVerifier::verify(
        path, verify,
        [promise, &cancel](qint64 done, qint64 all) {
            if (!promise)
                return;
            if (promise->isCanceled())
                cancel.store(true);
            promise->setProgressValueAndText(all > 0 ? int(done * 1000 / all) : 0, QString::number(all));
        },
        &cancel);
    if (v.cancelled) {
        r.cancelled = true;
        return r;
    }
    if (!v.format)
        return fail(v.errors.isEmpty() ? tr("not a package") : v.errors.constFirst().toString());
    if (v.descriptorError) {
        r.error = *v.descriptorError;
        return r;
    }
    // An Invalid package opens read-only for inspection (as ovftool's probe mode shows it):
    // refusing to show it helps nobody, and nothing of it can be saved or deployed.
    if (v.isInvalid() && !v.descriptor)
        return fail(tr("the package is invalid and was not opened:\n%1").arg(v.verdict.reasons.join(u'\n')));
    if (v.isInvalid()) {
        QStringList reasons;
        for (const VerifyIssue &issue : v.errors)
            reasons.append(issue.toString());
        for (const QString &reason : v.verdict.reasons) {
            if (!reasons.contains(reason))
                reasons.append(reason);
        }
        r.origin.readOnlyReason = reasons.join(u'\n');
    }

    switch (*v.format) {
    case ArchiveReader::Format::Tar: r.origin.format = DocumentOrigin::Format::Ova; break;
    case ArchiveReader::Format::GzipTar:
        r.origin.format = DocumentOrigin::Format::Ova;
        r.origin.gzipTar = true;
        break;
    case ArchiveReader::Format::Zip: r.origin.format = DocumentOrigin::Format::Zip; break;
    case ArchiveReader::Format::Folder: r.origin.format = DocumentOrigin::Format::Folder; break;
    }
    r.origin.descriptorName = v.descriptorName;
    r.origin.wasSigned = !v.certificateName.isEmpty();
    r.origin.trust = trustStateName(v.verdict.state);
    r.origin.packageBytes = v.packageBytes;
    std::optional<DigestAlgorithm> algorithm;
    for (const FileCheck &file : v.files) {
        if (file.status != FileCheck::Status::Missing && file.status != FileCheck::Status::Refused)
            r.origin.fileSizes.insert(file.href, file.actualSize);
        for (const MemberCheck &member : file.members) {
            r.origin.members << member.name;
            if (member.actualHex.isEmpty())
                continue;
            if (!algorithm)
                algorithm = member.algorithm;
            if (member.algorithm == *algorithm)
                r.origin.memberDigests.insert(member.name, member.actualHex);
        }
    }
    for (const MemberCheck &member : v.otherMembers)
        r.origin.members << member.name;
    r.origin.digestAlgorithm = algorithm.value_or(DigestAlgorithm::Sha256);
    if (!v.manifestName.isEmpty())
        r.origin.manifestAlgorithm = algorithm;
    r.warnings = v.warnings;
    if (!v.otherMembers.isEmpty())
        r.warnings << tr("%n member(s) no File references will not be saved with the package", nullptr,
                         int(v.otherMembers.size()));

    // The verifier's document is shared and read-only; the editor gets its own copy.
    Result parsed = finish(ovf::Descriptor::fromBytes(v.descriptorBytes, v.descriptorName));
    r.descriptor = parsed.descriptor;
    r.tree = parsed.tree;
    r.error = parsed.error;
    r.bytes = v.descriptorBytes;
    return r;
}

DocumentLoader::Result DocumentLoader::finish(std::expected<std::unique_ptr<ovf::Descriptor>, ovf::LoadError> loaded)
{
    Result r;
    if (!loaded) {
        r.error = loaded.error();
        return r;
    }
    // The document builds its line index lazily on the first position() call; build it here,
    // before the descriptor is shared, so the views and the validator only ever read it.
    (*loaded)->xml().positionOf(0);
    r.descriptor = std::move(*loaded);
    r.tree = std::make_shared<std::unique_ptr<ovf::items::EnvelopeTreeItem>>(
        ovf::items::EnvelopeTreeBuilder::build(*r.descriptor));
    return r;
}

void DocumentLoader::start(const QFuture<Result> &future)
{
    cancel();
    m_total = 0;
    m_restore = false;
    m_watcher.setFuture(future);
}
