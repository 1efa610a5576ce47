#include "model/deploy/deployer.h"

#include "model/deploy/backend.h"
#include "model/deploy/deployerdomain.h"
#include "model/deploy/deployjournal.h"
#include "model/deploy/environmentdocument.h"
#include "model/deploy/isotransport.h"
#include "model/deploy/plancheck.h"
#include "model/ovf/job.h"
#include "model/package/memberlocation.h"
#include "model/package/packageverifier.h"
#include "model/package/rangehasher.h"
#include "model/package/staging.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSet>
#include <QLocale>
#include <QTemporaryDir>
#include <QThread>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace ovf::deploy {

QString DeployError::toString() const
{
    QString text = message;
    for (const QString &p : problems)
        text += u"\n  "_s + p;
    for (const QString &f : rollbackFailures)
        text += u"\n  "_s + Deployer::tr("not removed: %1").arg(f);
    return text;
}

QString Deployer::stepName(DeployStep step)
{
    switch (step) {
    case DeployStep::Verify: return tr("Verifying the package");
    case DeployStep::Check: return tr("Checking the plan");
    case DeployStep::Convert: return tr("Converting disks");
    case DeployStep::Environment: return tr("Writing the OVF environment");
    case DeployStep::Define: return tr("Defining virtual machines");
    case DeployStep::Start: return tr("Starting virtual machines");
    case DeployStep::Commit: return tr("Finishing");
    }
    return {};
}

namespace {

using Outcome = std::expected<DeployResult, DeployError>;

class Run
{
    Q_DECLARE_TR_FUNCTIONS(Deployer)

public:
    Run(const QString &path, const Plan &plan, const DeployOptions &options, const DeployProgress &progress,
        const std::atomic<bool> *cancel, const package::VerifyResult *reuse = nullptr)
        : m_path(path), m_plan(plan), m_options(options), m_progress(progress), m_cancel(cancel), m_reuse(reuse)
    {
    }

    Outcome run()
    {
        // 1. Verify: everything later uses bytes that match this verification.
        report(DeployStep::Verify, m_path, 0, 0);
        if (reusable()) {
            m_verified = *m_reuse;
        } else {
            package::VerifyOptions verify = m_options.verify;
            verify.deferDiskFiles = verify.deferDiskFiles || m_options.hashDisksOnce;
            m_verified = package::PackageVerifier::verify(
                m_path, verify, [this](qint64 done, qint64 total) { report(DeployStep::Verify, m_path, done, total); },
                m_cancel);
        }
        if (m_verified.cancelled || cancelled())
            return fail(DeployStep::Verify, Job::cancelledMessage(), true);
        // With deferred disk digests, the decision is taken on the verdict that holds once
        // they match; deployAll() then proves that every one of them did before committing.
        const package::TrustVerdict &verdict = m_verified.deferredVerdict ? *m_verified.deferredVerdict
                                                                          : m_verified.verdict;
        m_result.trust = package::trustStateName(verdict.state)
            + (verdict.reasons.isEmpty() ? QString() : u": "_s + verdict.reasons.constFirst());
        if (m_verified.isInvalid() || !m_verified.descriptor) {
            DeployError e{DeployStep::Verify, tr("%1: the package is invalid and is not deployed").arg(m_path)};
            for (const package::VerifyIssue &i : m_verified.errors)
                e.problems.append(i.toString());
            if (e.problems.isEmpty())
                e.problems = verdict.reasons;
            e.problems.removeDuplicates();
            return std::unexpected(e);
        }
        if (package::needsAcknowledgement(verdict.state) && !m_options.allowUnchecked && !m_plan.allowUnchecked) {
            DeployError e{DeployStep::Verify,
                          verdict.state == package::TrustState::Unchecked
                              ? tr("%1: the package has no manifest, so its disks cannot be checked; it is not "
                                   "deployed without an explicit acknowledgement (--allow-unchecked)").arg(m_path)
                              : tr("%1: the manifest does not cover the package completely, so some of it cannot be "
                                   "checked; it is not deployed without an explicit acknowledgement "
                                   "(--allow-unchecked)").arg(m_path)};
            e.problems = verdict.reasons;
            return std::unexpected(e);
        }
        if (package::needsAcknowledgement(verdict.state))
            m_result.notes.append(tr("deployed with the operator's acknowledgement that the package is %1")
                                      .arg(package::trustStateName(verdict.state).toLower()));
        m_result.notes += m_verified.warnings;

        // 2. The plan against the verified descriptor.
        report(DeployStep::Check, QString(), 0, 0);
        const Envelope envelope = m_verified.descriptor->envelope();
        // A libvirt target is asked what it has, so that the plan's defaults (pool, networks,
        // names) are those the dry run and the wizard showed for it.
        std::optional<TargetFacts> facts;
        if (m_plan.backend == BackendKind::Libvirt) {
            auto gathered = TargetFacts::gather(m_plan.libvirtUri);
            if (!gathered)
                return fail(DeployStep::Check, gathered.error().toString());
            facts = std::move(*gathered);
        }
        m_check = checkPlan(envelope, m_plan, facts ? &*facts : nullptr);
        if (!m_check.ok()) {
            DeployError e{DeployStep::Check, tr("the deployment plan has problems")};
            for (const PlanProblem &p : m_check.problems)
                e.problems.append(p.text());
            return std::unexpected(e);
        }
        for (const EffectiveSystem &s : m_check.effective.systems()) {
            for (const EffectiveDisk &d : s.disks) {
                if (d.fileRef.isEmpty() && !d.diskId.isEmpty())
                    return fail(DeployStep::Check, tr("%1: disk %2 has no file (a blank disk); creating blank disks is not "
                                                      "supported yet").arg(s.id, d.diskId));
                if (!d.diskId.isEmpty() && !d.capacityBytes)
                    return fail(DeployStep::Check, tr("%1: disk %2: %3").arg(s.id, d.diskId, d.capacityError));
            }
        }

        // 3. The backend.
        Backend::Config config;
        config.kind = m_plan.backend == BackendKind::Libvirt ? Backend::Kind::Libvirt : Backend::Kind::Folder;
        config.uri = m_plan.libvirtUri;
        config.scratchDir = m_options.scratchDir;
        config.domainType = m_options.domainType.isEmpty() ? m_plan.domainType : m_options.domainType;
        config.consoleLogDir = m_options.consoleLogDir;
        if (m_plan.backend == BackendKind::Folder) {
            config.outputDir = m_plan.outputPath;
        } else if (m_check.storage.startsWith(u'/')) {
            config.outputDir = m_check.storage;
        } else {
            config.pool = m_check.storage;
            config.createPool = m_check.createDefaultPool;
            config.createPoolPath = defaultPoolPath(m_plan.libvirtUri);
        }
        m_result.notes += m_check.notes;
        // From here on everything created is journalled first (DeployJournal), so that a kill
        // leaves a record `ovfctl deploy --cleanup` can undo.
        if (m_options.journal) {
            DeployJournal::Header header;
            header.package = QFileInfo(m_path).absoluteFilePath();
            header.backend = m_plan.backend == BackendKind::Libvirt ? u"libvirt"_s : u"folder"_s;
            header.uri = m_plan.backend == BackendKind::Libvirt ? m_plan.libvirtUri : QString();
            header.output = m_plan.backend == BackendKind::Folder ? m_plan.outputPath : QString();
            auto journal = DeployJournal::begin(m_options.journalDirectory.isEmpty() ? DeployJournal::defaultDirectory()
                                                                                      : m_options.journalDirectory,
                                                header);
            if (!journal)
                return fail(DeployStep::Check, tr("%1; nothing was created").arg(journal.error().toString()));
            m_journal = std::move(*journal);
            config.journal = m_journal.get();
        }
        auto backend = Backend::create(config);
        if (!backend) {
            finishJournal({}); // create() undid what it had made
            return std::unexpected(DeployError{DeployStep::Check, backend.error().toString(), false, {}, {}, backend.error()});
        }
        m_backend = std::move(*backend);
        m_result.output = m_plan.backend == BackendKind::Folder ? m_plan.outputPath : m_plan.libvirtUri;

        auto done = deployAll();
        if (!done) {
            DeployError e = done.error();
            if (m_backend)
                e.rollbackFailures = m_backend->rollback();
            removeScratch(e.rollbackFailures);
            finishJournal(e.rollbackFailures);
            return std::unexpected(e);
        }
        QStringList leftovers;
        removeScratch(leftovers);
        finishJournal({}); // committed: the result stays, whatever scratch removal said
        for (const QString &l : std::as_const(leftovers))
            m_result.notes.append(tr("not removed: %1").arg(l));
        return m_result;
    }

private:
    bool cancelled() const { return m_cancel && m_cancel->load(); }

    // The journal goes once nothing it lists can remain: after a commit, or a rollback that
    // removed everything. Otherwise it stays for `ovfctl deploy --cleanup`.
    void finishJournal(const QStringList &rollbackFailures)
    {
        if (m_journal && rollbackFailures.isEmpty())
            m_journal->finish();
    }

    void removeScratch(QStringList &problems)
    {
        if (!m_scratch.isEmpty() && QFileInfo::exists(m_scratch) && !QDir(m_scratch).removeRecursively())
            problems << tr("%1: could not be removed completely").arg(m_scratch);
        m_scratch.clear();
    }

    void report(DeployStep step, const QString &what, qint64 done, qint64 total)
    {
        if (m_progress)
            m_progress(step, what, done, total);
    }

    Outcome fail(DeployStep step, const QString &message, bool wasCancelled = false)
    {
        DeployError e;
        e.step = step;
        e.message = message;
        e.cancelled = wasCancelled;
        return std::unexpected(e);
    }

    std::expected<void, DeployError> error(DeployStep step, const QString &message, bool wasCancelled = false)
    {
        return std::unexpected(DeployError{step, message, wasCancelled, {}, {}});
    }

    std::expected<void, DeployError> backendError(DeployStep step, const BackendError &e)
    {
        return std::unexpected(DeployError{step, e.toString(), e.kind == BackendError::Kind::Cancelled, {}, {}, e});
    }

    std::expected<void, DeployError> deployAll()
    {
        const QList<EffectiveSystem> &systems = m_check.effective.systems();
        // Free space: raw disks take their capacity; qcow2 at most that, the stored size is the
        // honest lower bound of what the data needs.
        qint64 needed = 0;
        qint64 convertTotal = 0;
        for (const EffectiveSystem &s : systems) {
            for (const EffectiveDisk &d : s.disks) {
                if (d.fileRef.isEmpty())
                    continue;
                const package::FileCheck *file = fileCheck(d.fileRef);
                const qint64 stored = file ? file->actualSize : 0;
                convertTotal += stored;
                needed += m_plan.diskFormat == DiskFormat::Raw ? qint64(*d.capacityBytes) : stored;
            }
        }
        if (auto space = m_backend->checkFreeSpace(needed); !space)
            return backendError(DeployStep::Convert, space.error());

        // The environment ISOs and their staged files: a private folder, journalled.
        auto scratch = DeployJournal::createFolder(
            m_journal.get(), m_options.scratchDir.isEmpty() ? QDir::tempPath() : m_options.scratchDir, u"ovfw-deploy"_s);
        if (!scratch)
            return error(DeployStep::Environment, tr("cannot create a temporary folder: %1").arg(scratch.error().toString()));
        m_scratch = *scratch;
        std::unique_ptr<package::StagingArea> staging;

        qint64 convertDone = 0;
        PlatformInfo host = EnvironmentDocument::hostPlatform(m_backend->domainType());
        if (!m_plan.locale.isEmpty())
            host.locale = m_plan.locale; // the operator's (DSP0243 §11.1 PlatformSection Locale)
        for (const EffectiveSystem &s : systems) {
            const QString vm = m_check.vmNames.value(s.id);
            DomainInputs inputs;
            inputs.type = m_backend->domainType();
            for (const EffectiveDisk &d : s.disks) {
                if (d.fileRef.isEmpty() || inputs.disks.contains(d.diskId))
                    continue;
                if (cancelled())
                    return error(DeployStep::Convert, Job::cancelledMessage(), true);
                const QString name = DeployerDomain::diskName(vm, d.diskId);
                const qint64 base = convertDone;
                const package::FileCheck *file = fileCheck(d.fileRef);
                const qint64 stored = file ? file->actualSize : 0;
                DiskRequest request{&m_verified, d.fileRef, *d.capacityBytes, name, m_plan.diskFormat};
                auto disk = m_backend->convertDisk(
                    request,
                    [&](qint64 done, qint64) { report(DeployStep::Convert, name, base + std::min(done, stored), convertTotal); },
                    m_cancel);
                if (!disk)
                    return backendError(DeployStep::Convert, disk.error());
                // A successful conversion compared the bytes it read with the manifest digest.
                if (file && file->status == package::FileCheck::Status::Deferred) {
                    for (const package::MemberCheck &m : file->members)
                        m_deferredChecked.insert(m.name);
                }
                convertDone += stored;
                report(DeployStep::Convert, name, convertDone, convertTotal);
                inputs.disks.insert(d.diskId, DiskSource{disk->file, disk->pool, disk->volume, disk->format});
            }

            if (s.wantsIsoTransport()) {
                report(DeployStep::Environment, vm, 0, 0);
                const QByteArray env = EnvironmentDocument::build(m_check, s.id, host);
                auto files = IsoTransport::filesFor(s, env, [&](const QString &fileRef) -> std::expected<QString, QString> {
                    if (!staging) {
                        auto created = package::StagingArea::create(m_scratch);
                        if (!created)
                            return std::unexpected(created.error().toString());
                        staging = std::move(*created);
                    }
                    package::StageOptions options;
                    options.limits = m_options.verify.limits;
                    auto staged = staging->stage(m_verified, fileRef, options, {}, m_cancel);
                    if (!staged)
                        return std::unexpected(staged.error().toString());
                    return staged->path;
                });
                if (!files)
                    return error(DeployStep::Environment, s.id + u": "_s + files.error());
                const QString iso = m_scratch + u'/' + vm + u"-env.iso"_s;
                if (auto written = IsoTransport::write(iso, *files, IsoTransport::defaultVolumeId.toString(), m_cancel); !written)
                    return error(DeployStep::Environment, written.error(), cancelled());
                auto placed = m_backend->addIso(vm, iso);
                if (!placed)
                    return backendError(DeployStep::Environment, placed.error());
                inputs.environmentIso = *placed;
            } else if (!s.transports.isEmpty()) {
                m_result.notes.append(tr("%1: environment transport '%2' is not offered by this target; the guest gets no "
                                         "OVF environment").arg(s.id, s.transports.join(u' ')));
            }

            report(DeployStep::Define, vm, 0, 0);
            const DomainSpec spec = DeployerDomain::build(m_check, s, inputs);
            for (const QString &note : spec.notes)
                m_result.notes.append(vm + u": "_s + note);
            auto defined = m_backend->define(spec);
            if (!defined)
                return backendError(DeployStep::Define, defined.error());
            m_result.domains.append(vm);
        }

        if (m_plan.powerOn) {
            for (qsizetype i = 0; i < systems.size(); ++i) {
                const EffectiveSystem &s = systems.at(i);
                if (s.startup.startAction == u"none")
                    continue;
                const QString vm = m_check.vmNames.value(s.id);
                report(DeployStep::Start, vm, 0, 0);
                if (auto started = m_backend->start(vm); !started)
                    return backendError(DeployStep::Start, started.error());
                m_result.started.append(vm);
                // DSP0243 §9.10: wait startDelay seconds before the next one.
                if (s.startup.startDelay > 0 && i + 1 < systems.size() && !waitSeconds(s.startup.startDelay))
                    return error(DeployStep::Start, Job::cancelledMessage(), true);
            }
        }
        if (auto checked = checkDeferred(); !checked)
            return checked;
        if (cancelled())
            return error(DeployStep::Commit, Job::cancelledMessage(), true);
        report(DeployStep::Commit, QString(), 0, 0);
        if (auto committed = m_backend->commit(); !committed)
            return backendError(DeployStep::Commit, committed.error());
        return {};
    }

    bool reusable() const
    {
        if (!m_reuse || m_reuse->cancelled || !m_reuse->deferred.isEmpty() || !m_reuse->packageStamp
            || QFileInfo(m_reuse->packagePath).absoluteFilePath() != QFileInfo(m_path).absoluteFilePath())
            return false;
        return package::FileStamp::of(m_path) == m_reuse->packageStamp;
    }

    // Every deferred member must have been checked in-line by a conversion; one the plan did
    // not convert (a disk of a system or configuration not deployed) is hashed now.
    std::expected<void, DeployError> checkDeferred()
    {
        for (const QString &name : std::as_const(m_verified.deferred)) {
            if (m_deferredChecked.contains(name))
                continue;
            const package::MemberCheck *m = m_verified.member(name);
            auto location = package::locateMember(m_path, name);
            if (!m || !location || !*location)
                return error(DeployStep::Convert, tr("%1: its digest was deferred, but it cannot be read in place").arg(name));
            report(DeployStep::Verify, name, 0, 0);
            QList<package::RangeHasher::Range> range{{name, (*location)->offset, (*location)->size, {m->algorithm}, {}}};
            if (auto failed = package::RangeHasher::run((*location)->file, range, 1, m_cancel, {}))
                return error(DeployStep::Verify, failed->toString(), failed->rule == package::PackageError::Rule::Cancelled);
            if (range.constFirst().digests[int(m->algorithm)] != QByteArray::fromHex(m->expectedHex.toLatin1()))
                return error(DeployStep::Verify, tr("%1: does not match its manifest digest; nothing was kept").arg(name));
        }
        if (m_verified.deferredVerdict) {
            const package::TrustVerdict &verdict = *m_verified.deferredVerdict;
            m_result.trust = package::trustStateName(verdict.state)
                + (verdict.reasons.isEmpty() ? QString() : u": "_s + verdict.reasons.constFirst());
        }
        return {};
    }

    bool waitSeconds(int seconds)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < qint64(seconds) * 1000) {
            report(DeployStep::Start, QString(), timer.elapsed(), qint64(seconds) * 1000);
            if (cancelled())
                return false;
            QThread::msleep(100);
        }
        return true;
    }

    const package::FileCheck *fileCheck(const QString &id) const
    {
        for (const package::FileCheck &f : m_verified.files) {
            if (f.id == id)
                return &f;
        }
        return nullptr;
    }

    const QString &m_path;
    const Plan &m_plan;
    const DeployOptions &m_options;
    const DeployProgress &m_progress;
    const std::atomic<bool> *m_cancel;
    const package::VerifyResult *m_reuse;
    package::VerifyResult m_verified;
    QSet<QString> m_deferredChecked; // deferred members a conversion checked in-line
    PlanCheck m_check;
    std::unique_ptr<DeployJournal> m_journal; // outlives the backend, which records into it
    QString m_scratch; // the deployer's own scratch folder (environment ISOs)
    std::unique_ptr<Backend> m_backend;
    DeployResult m_result;
};

} // namespace

std::expected<DeployResult, DeployError> Deployer::deploy(const QString &packagePath, const Plan &plan,
                                                          const DeployOptions &options, const DeployProgress &progress,
                                                          const std::atomic<bool> *cancel)
{
    return Run(packagePath, plan, options, progress, cancel).run();
}

std::expected<DeployResult, DeployError> Deployer::deploy(const QString &packagePath,
                                                          const package::VerifyResult &verified, const Plan &plan,
                                                          const DeployOptions &options, const DeployProgress &progress,
                                                          const std::atomic<bool> *cancel)
{
    return Run(packagePath, plan, options, progress, cancel, &verified).run();
}

QFuture<std::expected<DeployResult, DeployError>> Deployer::deployAsync(const QString &packagePath, const Plan &plan,
                                                                        const DeployOptions &options)
{
    return deployAsync(packagePath, nullptr, plan, options);
}

QFuture<std::expected<DeployResult, DeployError>>
Deployer::deployAsync(const QString &packagePath, std::shared_ptr<const package::VerifyResult> verified, const Plan &plan,
                      const DeployOptions &options)
{
    return QtConcurrent::run([packagePath, verified, plan, options](QPromise<Outcome> &promise) {
        std::atomic<bool> cancel{false};
        DeployStep last = DeployStep::Commit;
        const DeployProgress progress = [&](DeployStep step, const QString &what, qint64 done, qint64 total) {
            if (promise.isCanceled())
                cancel = true;
            const QString text = what.isEmpty() ? stepName(step) : stepName(step) + u": "_s + what;
            if (step != last) {
                last = step;
                promise.setProgressRange(0, 0);
            }
            // QFuture's progress is an int: report in KiB.
            if (total > 0) {
                promise.setProgressRange(0, int(std::min<qint64>(total / 1024, INT_MAX)));
                promise.setProgressValueAndText(int(std::min<qint64>(done / 1024, INT_MAX)), text);
            } else {
                promise.setProgressValueAndText(0, text);
            }
        };
        promise.addResult(verified ? deploy(packagePath, *verified, plan, options, progress, &cancel)
                                   : deploy(packagePath, plan, options, progress, &cancel));
    });
}

} // namespace ovf::deploy
