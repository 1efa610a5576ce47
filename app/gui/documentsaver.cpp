#include "app/gui/documentsaver.h"

#include "model/ovf/descriptor.h"
#include "model/ovf/xmldocument.h"
#include "model/package/descriptorfile.h"
#include "model/package/destinationcheck.h"
#include "model/package/manifest.h"
#include "model/package/packinput.h"
#include "model/package/trust.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtConcurrent>

using namespace Qt::StringLiterals;
using namespace ovf::package;

DocumentSaver::DocumentSaver(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, [this] {
        const QFuture<Result> future = m_watcher.future();
        if (future.resultCount() == 0)
            return;
        const Result r = future.result();
        if (r)
            emit succeeded(*r);
        else
            emit failed(r.error());
    });
    connect(&m_watcher, &QFutureWatcher<Result>::progressTextChanged, this, [this](const QString &text) {
        const qsizetype slash = text.indexOf(u'/');
        if (slash > 0)
            emit progress(text.left(slash).toLongLong(), text.mid(slash + 1).toLongLong());
    });
}

DocumentSaver::~DocumentSaver()
{
    // The writer notices the flag within a buffer and removes its temporary output; the task
    // owns what it touches, so it may finish after the saver is gone.
    m_watcher.disconnect(this);
    cancel();
}

void DocumentSaver::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

DocumentSaver::Target DocumentSaver::targetForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"ova")
        return Target::Ova;
    if (suffix == u"zip")
        return Target::Zip;
    if (suffix == u"ovf" || suffix == u"xml")
        return Target::Descriptor;
    return Target::Folder;
}

void DocumentSaver::save(const Request &request)
{
    auto flag = std::make_shared<std::atomic<bool>>(false);
    m_cancel = flag;
    m_watcher.setFuture(QtConcurrent::run([request, flag](QPromise<Result> &promise) {
        promise.setProgressRange(0, 1000);
        const auto report = [&promise](qint64 done, qint64 total) {
            promise.setProgressValueAndText(total > 0 ? int(done * 1000 / total) : 0,
                                             u"%1/%2"_s.arg(done).arg(total));
        };
        promise.addResult(write(request, report, flag.get()));
    }));
}

DocumentSaver::Result DocumentSaver::write(const Request &request, const std::function<void(qint64, qint64)> &progress,
                                           const std::atomic<bool> *cancel)
{
    if (request.target == Target::Descriptor)
        return writeDescriptor(request);
    return writePackage(request, progress, cancel);
}

DocumentSaver::Result DocumentSaver::writeDescriptor(const Request &request)
{
    if (const auto unwritable = DestinationCheck::writable(request.destination))
        return std::unexpected(PackageWriteError::fromPackageError(*unwritable, request.destination));
    qint64 needed = request.bytes.size();
    for (const QByteArray &bundle : request.bundles)
        needed += bundle.size();
    if (const auto full = DestinationCheck::room(request.destination, needed)) {
        PackageWriteError e = PackageWriteError::fromPackageError(*full, request.destination);
        e.bytesNeeded = needed;
        e.bytesFree = DestinationCheck::available(request.destination);
        return std::unexpected(e);
    }
    // Bundles first: a failure leaves the old descriptor in place.
    const QDir folder = QFileInfo(request.destination).absoluteDir();
    qint64 bundleBytes = 0;
    for (auto it = request.bundles.cbegin(); it != request.bundles.cend(); ++it) {
        if (auto written = DescriptorFile::write(folder.filePath(it.key()), it.value()); !written)
            return std::unexpected(written.error());
        bundleBytes += it.value().size();
    }
    if (auto written = DescriptorFile::write(request.destination, request.bytes); !written)
        return std::unexpected(written.error());
    Outcome outcome;
    outcome.revision = request.revision;
    outcome.origin.kind = DocumentOrigin::Kind::Descriptor;
    outcome.origin.path = QFileInfo(request.destination).absoluteFilePath();
    outcome.origin.displayName = QFileInfo(request.destination).fileName();
    outcome.bytesWritten = request.bytes.size() + bundleBytes;
    return outcome;
}

DocumentSaver::Result DocumentSaver::writePackage(const Request &request,
                                                  const std::function<void(qint64, qint64)> &progress,
                                                  const std::atomic<bool> *cancel)
{
    // The source of the other files: the package or the descriptor's folder. A document
    // with no file behind it is staged, so its References must then name no files.
    using Cause = PackageWriteError::Cause;
    const auto failed = [](Cause cause, const QString &path, const QString &detail) {
        return std::unexpected(PackageWriteError::make(cause, {}, detail, path));
    };
    QTemporaryDir staging;
    QString source = request.origin.path;
    if (request.origin.kind == DocumentOrigin::Kind::Unsaved) {
        if (!staging.isValid())
            return failed(Cause::Io, staging.path(), tr("cannot create a temporary folder: %1").arg(staging.errorString()));
        QString name = request.origin.displayName;
        if (!name.endsWith(u".ovf"_s, Qt::CaseInsensitive))
            name = u"descriptor.ovf"_s;
        source = staging.filePath(name);
        if (auto written = DescriptorFile::write(source, request.bytes); !written)
            return std::unexpected(written.error());
    }
    // The files carried over come from `source`: gone or unreadable, they are missing.
    auto input = PackInput::open(source);
    if (!input)
        return failed(Cause::MissingSource, source, input.error());
    if (auto r = input->replaceDescriptor(request.bytes, request.bundles); !r)
        return failed(Cause::InvalidMember, source, r.error());
    input->setCancelFlag(cancel);

    PackageWriterOptions options;
    options.format = request.target == Target::Ova ? PackageWriterOptions::Format::Ova
                     : request.target == Target::Zip ? PackageWriterOptions::Format::Zip
                                                     : PackageWriterOptions::Format::Folder;
    if (request.writeManifest)
        options.manifest = request.manifestAlgorithm;
    else
        options.manifest.reset();
    options.signer = request.signer.get();
    options.chunkSize = request.chunkSize;
    options.compress = request.compress;
    options.decompress = request.decompress;
    options.joinChunks = request.joinChunks;
    options.mtime = QDateTime::currentSecsSinceEpoch();

    // The digests verified when the package was opened: the writer refuses any file whose
    // bytes are not the verified ones.
    const DocumentOrigin &origin = request.origin;
    // Only when every file is carried over as it is stored (no new layout, same members).
    bool checked = origin.isPackage() && request.writeManifest && origin.digestAlgorithm == request.manifestAlgorithm
                   && request.chunkSize == 0 && !request.compress && !request.decompress && !request.joinChunks;
    QHash<QString, QByteArray> expected;
    for (const PackInputFile &file : input->files()) {
        const QString hex = origin.memberDigests.value(file.member);
        if (hex.isEmpty()) {
            checked = false;
            break;
        }
        expected.insert(file.member, QByteArray::fromHex(hex.toLatin1()));
    }
    if (checked)
        options.expectedDigests = expected;

    PackageWriter writer(*input, options);
    writer.setCancelFlag(cancel);
    if (progress)
        writer.setProgress(progress);
    auto written = writer.write(request.destination);
    if (!written)
        return std::unexpected(written.error());

    Outcome outcome;
    outcome.revision = request.revision;
    outcome.warnings = written->warnings;
    outcome.descriptorChanged = written->descriptor != request.bytes;
    if (outcome.descriptorChanged) {
        // What the writer changed, as attribute edits of the request's descriptor (parsed
        // here, off the GUI thread): the open document takes them after the save.
        auto before = ovf::xml::Document::parse(request.bytes);
        if (before) {
            if (auto edits = ovf::xml::AttributeChanges::between(**before, input->descriptor().xml()))
                outcome.descriptorEdits = std::move(*edits);
        }
    }
    if (origin.isPackage() && !checked && !input->files().isEmpty() && request.chunkSize == 0 && !request.compress
        && !request.decompress && !request.joinChunks)
        outcome.warnings << tr("the files carried over were not compared with the digests checked when the "
                               "package was opened (they were checked in another algorithm)");
    DocumentOrigin &saved = outcome.origin;
    saved.kind = DocumentOrigin::Kind::Package;
    saved.path = QFileInfo(request.destination).absoluteFilePath();
    saved.displayName = QFileInfo(request.destination).fileName();
    saved.format = options.format;
    saved.descriptorName = input->descriptorName();
    if (request.writeManifest)
        saved.manifestAlgorithm = request.manifestAlgorithm;
    saved.wasSigned = !written->certificate.isEmpty();
    saved.digestAlgorithm = request.manifestAlgorithm;
    saved.trust = trustStateName(TrustState::Intact);
    for (const ManifestEntry &entry : std::as_const(written->manifestEntries)) {
        if (entry.fileName != saved.descriptorName)
            saved.memberDigests.insert(entry.fileName, digestToHex(entry.digest));
    }
    for (const QString &member : std::as_const(written->members)) {
        if (member != saved.descriptorName)
            saved.members << member;
    }
    const QFileInfo info(saved.path);
    if (info.isDir()) {
        QDirIterator it(saved.path, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            outcome.bytesWritten += it.nextFileInfo().size();
    } else {
        outcome.bytesWritten = info.size();
    }
    saved.packageBytes = outcome.bytesWritten;
    return outcome;
}
