#pragma once

#include "model/deploy/backenderror.h"
#include "model/deploy/diskimageformat.h"
#include "model/deploy/domainspec.h"
#include "model/ovf/job.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>
#include <expected>
#include <functional>
#include <memory>

namespace ovf::package {
struct VerifyResult;
}

namespace ovf::deploy {

class DeployJournal;

// A network guests can be attached to (libvirt: a virtual network; folder: the names of
// the networks the script will expect, "default" when nothing else is known).
struct TargetNetwork
{
    QString name;
    bool active = true;
    QString detail; // e.g. the bridge name; for display
};

// Where disks go: a libvirt storage pool, or a folder.
struct StorageTarget
{
    QString name;        // pool name; for a folder its absolute path
    QString path;        // the folder the disks land in (dir pools and folders); empty otherwise
    QString kind;        // "dir", "logical", "netfs", ... for pools; "folder" for folders
    bool active = true;
    qint64 capacityBytes = -1; // -1: unknown
    qint64 freeBytes = -1;     // -1: unknown
};

// One disk to convert out of a verified package.
struct DiskRequest
{
    // The verification of the package (PackageVerifier::verify()); its packagePath is read
    // again and every byte used must match the digests recorded there. Must stay alive for
    // the call.
    const ovf::package::VerifyResult *package = nullptr;
    QString fileId;          // ovf:id of the File in References holding the image
    quint64 capacityBytes = 0; // the Disk's ovf:capacity in bytes: caps inflation and sizes
    QString name;            // generated base name for the output, e.g. "web-disk1" (no extension)
    DiskFormat format = DiskFormat::Qcow2;
};

// A converted disk, ready to be referenced by a DomainSpec::Disk.
struct DeployedDisk
{
    QString file;   // absolute path the domain uses (final location, also for FolderBackend)
    QString pool;   // set instead of / besides `file` when the disk is a pool volume
    QString volume;
    DiskFormat format = DiskFormat::Qcow2;
    quint64 virtualBytes = 0;
    QString digestHex; // the verified digest of the source member(s)
};


// Where deployed virtual machines go. One Backend serves one deployment: the deployer calls,
// in this order, networks()/storageTargets() (for the plan; may also be called before),
// checkFreeSpace(), convertDisk() per disk, addIso() per environment ISO, define() per
// system, start() per system to power on, and finally commit(); on any failure or a cancel it
// calls rollback(), which removes everything this backend created (volumes, files, domains,
// the temporary folder) and never touches what existed before. After commit() the results
// stay; rollback() then does nothing. The destructor rolls back when commit() was not called.
//
// Crash safety: before a step creates something (a folder, a file, a volume, a pool, a domain,
// a running domain) the backend records it in Config::journal (DeployJournal), so that a
// deployment killed part-way can be undone by DeployCleaner; private scratch folders are
// journalled folders too.
//
// Threading: not thread-safe; all calls from one worker thread (never the GUI thread: they
// block on I/O, qemu-img and libvirt). `cancel` is polled inside every long step; a cancelled
// step fails with Kind::Cancelled after removing its partial output.
class Backend
{
    Q_DECLARE_TR_FUNCTIONS(Backend)

public:
    enum class Kind { Folder, Libvirt };

    // How to build a backend (the plan's target).
    struct Config
    {
        Kind kind = Kind::Folder;
        // Folder: the output folder to create (must not exist yet, its parent must).
        // Libvirt: the folder for disk files when `pool` is empty.
        QString outputDir;
        QString uri = QStringLiteral("qemu:///system"); // libvirt only
        QString pool; // libvirt only: the storage pool for disks; empty: files in outputDir
        // libvirt only: when `pool` does not exist, create it as a directory pool at
        // createPoolPath, started and autostarted (virt-install's default pool); rollback()
        // removes it again (and its folder when it was created for it).
        bool createPool = false;
        QString createPoolPath;
        // Where conversions stage compressed/chunked members and temporary images; empty:
        // next to the output.
        QString scratchDir;
        // "qemu" or "kvm" to force the <domain type>; empty: domainType() detects it. (A
        // host may offer a /dev/kvm that cannot run real-mode guest code, nested
        // virtualization without unrestricted guest: "qemu" then still works.)
        QString domainType;
        // Non-empty: every domain's first serial port (its console) logs to
        // DIR/DOMAIN-console.log instead of a pty, so what the guest prints can be read
        // afterwards (libvirt backend; DIR must be writable by QEMU).
        QString consoleLogDir;
        // Where the backend records what it is about to create, before each step (the
        // Deployer's journal; may be null). Must outlive the backend.
        DeployJournal *journal = nullptr;
        // Fills domainType and consoleLogDir from $OVFW_DOMAIN_TYPE and
        // $OVFW_CONSOLE_LOG_DIR where they are empty (operators and the end-to-end tests set
        // them without a change to the plan).
        void applyEnvironment();
    };

    // Creates the backend; libvirt connects here. Errors: Invalid (bad config), Libvirt
    // (connection refused), Io.
    static std::expected<std::unique_ptr<Backend>, BackendError> create(const Config &config);

    virtual ~Backend() = default;
    Backend(const Backend &) = delete;
    Backend &operator=(const Backend &) = delete;

    virtual Kind kind() const = 0;
    // "qemu" or "kvm": the <domain type> this target can run.
    virtual QString domainType() = 0;

    virtual std::expected<QList<TargetNetwork>, BackendError> networks() = 0;
    virtual std::expected<QList<StorageTarget>, BackendError> storageTargets() = 0;
    // Fails with NoSpace (saying how much is free and needed) when `bytes` do not fit in the
    // configured storage.
    virtual std::expected<void, BackendError> checkFreeSpace(qint64 bytes) = 0;

    // Converts one disk into the configured storage, verifying while it reads: the source
    // bytes are hashed during the conversion and compared with the verified digest; on a
    // mismatch, a change of the package file, an image refused by DiskImage::inspect(), a
    // qemu-img failure or a cancel, the output is deleted and an error returned.
    virtual std::expected<DeployedDisk, BackendError>
    convertDisk(const DiskRequest &request, const ByteProgress &progress = {},
                const std::atomic<bool> *cancel = nullptr) = 0;

    // Places an environment ISO (written by the ISO transport) for the system `systemName`;
    // returns the absolute path a CD-ROM of that domain uses.
    virtual std::expected<QString, BackendError> addIso(const QString &systemName, const QString &isoPath) = 0;

    // Defines the domain (libvirt: virDomainDefineXML; folder: writes NAME.xml). Disk sources,
    // ISO paths and target networks must be filled in. Returns the domain XML written.
    virtual std::expected<QByteArray, BackendError> define(const DomainSpec &spec) = 0;
    // Starts a defined domain (folder: recorded in the script instead).
    virtual std::expected<void, BackendError> start(const QString &domainName) = 0;

    // Makes the result final (folder: writes the script and renames the temporary folder to
    // the output folder). After it, rollback() does nothing.
    virtual std::expected<void, BackendError> commit() = 0;
    // Undoes everything this backend created, in reverse order. Best effort: failures are
    // returned as messages (what could not be removed), never thrown.
    virtual QStringList rollback() = 0;

protected:
    Backend() = default;
};

} // namespace ovf::deploy
