#pragma once

#include "model/deploy/plan.h"
#include "model/package/verifyoptions.h"
#include "model/package/verifyresult.h"

#include <QCoreApplication>
#include <QFuture>
#include <QPromise>
#include <QString>
#include <QStringList>

#include <atomic>
#include <expected>
#include <functional>

namespace ovf::deploy {

enum class DeployStep { Verify, Check, Convert, Environment, Define, Start, Commit };

// Progress of a deployment: the step, what it works on (a disk, a VM; may be empty), and
// bytes done of the step's total (0/0 for steps without a size).
using DeployProgress = std::function<void(DeployStep step, const QString &what, qint64 done, qint64 total)>;

struct DeployOptions
{
    ovf::package::VerifyOptions verify;
    // Deploy a package whose trust state needs an acknowledgement (package::
    // needsAcknowledgement: Unchecked, no manifest; Incomplete, a manifest with coverage
    // gaps). Off by default: the deployed VM must use bytes that matched the manifest. Also
    // on when the plan records the acknowledgement (Plan::allowUnchecked).
    bool allowUnchecked = false;
    // Where staging and temporary files go; empty: the system's temporary folder.
    QString scratchDir;
    // Backend::Config::domainType and consoleLogDir (empty: the plan's domainType, else the
    // backend's default, or $OVFW_DOMAIN_TYPE / $OVFW_CONSOLE_LOG_DIR).
    QString domainType;
    QString consoleLogDir;
    // Read every disk byte once: the verification pass leaves the disks DiskConverter reads
    // in place (VerifyOptions::deferDiskFiles) to the converter's in-line digest check, and
    // the package counts as verified only once every deferred digest matched. Off: every
    // member is hashed by the verification and again while converted.
    bool hashDisksOnce = true;
    // Keep a journal of what is created (DeployJournal) in journalDirectory (empty:
    // DeployJournal::defaultDirectory()), so that a deployment killed part-way can be undone
    // by DeployCleaner (`ovfctl deploy --cleanup`). A journal that cannot be written stops
    // the deployment before anything is created.
    bool journal = true;
    QString journalDirectory;
};

struct DeployResult
{
    QString trust; // the verification's trust state with its first reason, for the report
    QStringList domains; // VM names defined, in startup order
    QStringList started; // VM names started
    QString output; // folder backend: the output folder; libvirt: the connection URI
    QStringList notes; // hardware mapping notes and verification warnings
};

struct DeployError
{
    DeployStep step = DeployStep::Verify;
    QString message; // names the file, disk or VM
    bool cancelled = false;
    QStringList problems; // the plan's problems, or the verification's errors, one per line
    QStringList rollbackFailures; // what could not be removed after the failure

    QString toString() const;
};

// Carries out a plan: verifies the package (or reuses a verification, see below) (refusing an Invalid one, and an Unchecked one
// unless allowed), checks the plan against the verified descriptor, creates the backend,
// checks free space, converts every disk of every system (verified while read), writes each
// system's OVF environment ISO when it asks for the ISO transport (with the files of its
// EnvironmentFilesSection staged from the verified package), defines the domains, starts
// them in startup order with their start delays when the plan says so, and commits. Any
// failure or a cancel rolls back everything the backend created; the result is complete or
// nothing is left (what could not be removed is reported).
//
// Blocking; run it off the GUI thread (deployAsync). `cancel` is polled in every long step.
class Deployer
{
    Q_DECLARE_TR_FUNCTIONS(Deployer)

public:
    static std::expected<DeployResult, DeployError> deploy(const QString &packagePath, const Plan &plan,
                                                           const DeployOptions &options = {},
                                                           const DeployProgress &progress = {},
                                                           const std::atomic<bool> *cancel = nullptr);

    // The same, reusing `verified` (a PackageVerifier result for packagePath, e.g. the
    // wizard's) instead of reading the package again, when its packageStamp equals the file's
    // stamp now and it was neither cancelled nor made with deferred digests; otherwise the
    // package is verified again. The disk bytes are checked in-line while converted either way.
    static std::expected<DeployResult, DeployError> deploy(const QString &packagePath,
                                                           const ovf::package::VerifyResult &verified,
                                                           const Plan &plan, const DeployOptions &options = {},
                                                           const DeployProgress &progress = {},
                                                           const std::atomic<bool> *cancel = nullptr);

    // For a QFuture: progress as bytes of the current step (setProgressRange per step, the
    // step's name as progress text), cancellation from the future.
    static QFuture<std::expected<DeployResult, DeployError>> deployAsync(const QString &packagePath, const Plan &plan,
                                                                         const DeployOptions &options = {});
    // `verified` may be null (then the same as above); it must stay alive until the future
    // finished (the wizard's session holds it).
    static QFuture<std::expected<DeployResult, DeployError>>
    deployAsync(const QString &packagePath, std::shared_ptr<const ovf::package::VerifyResult> verified,
                const Plan &plan, const DeployOptions &options = {});

    static QString stepName(DeployStep step);
};

} // namespace ovf::deploy
