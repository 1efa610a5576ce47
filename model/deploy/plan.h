#pragma once

#include "model/deploy/diskimageformat.h"

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace ovf::deploy {

enum class BackendKind { Folder, Libvirt };

// "folder" / "libvirt" (the spelling of the answer file and the CLI; disk formats are spelled
// by diskFormatName() of diskimageformat.h).
QString backendKindName(BackendKind kind);
std::optional<BackendKind> parseBackendKind(QStringView text);

// The firmware a deployment gives its machines: Auto follows the package (a UEFI request,
// vmw:Config firmware="efi", gets OVMF; otherwise BIOS), Bios and Efi override it
// (`ovfctl deploy --firmware`, the answer file's "firmware").
enum class FirmwareChoice { Auto, Bios, Efi };

// "auto" / "bios" / "efi".
QString firmwareChoiceName(FirmwareChoice choice);
std::optional<FirmwareChoice> parseFirmwareChoice(QStringView text);

// The record of one EULA accepted by the operator: which EulaSection (the ovf:id of its
// entity, empty for one directly under the Envelope, and its index among that entity's
// EulaSections), the SHA-256 of the license text shown (UTF-8, hex), the locale it was shown
// in, and when (UTC).
struct EulaAcceptance
{
    QString entityId;
    int index = 0;
    QString sha256;
    QString locale;
    QDateTime acceptedAt;
    friend bool operator==(const EulaAcceptance &, const EulaAcceptance &) = default;
};

// Every choice a deployment needs, as the operator made it (the wizard's fields, the CLI's
// flags, an answer file). Values are as entered; checkPlan() applies the defaults, validates
// and resolves them. Plain value type.
struct Plan
{
    static constexpr QStringView defaultLibvirtUri = u"qemu:///system";
    static constexpr QStringView defaultPool = u"default";

    QString package; // the package path (informative in an answer file)
    QString deploymentOption; // a Configuration id; empty: the package's default
    // The operator's locale (BCP 47), the one the package's texts were shown in: the OVF
    // environment's PlatformSection Locale (DSP0243 §11.1). Empty: the host's locale.
    QString locale;
    QList<EulaAcceptance> eulaAcceptances;
    // Property values: key "FULLKEY" (class.key.instance, DSP0243 §9.5) for the property of
    // that full key in every entity that has it, or "ENTITY:FULLKEY" for one entity's
    // (ovf:key, ovf:class and ovf:instance never contain ':', so the last ':' separates).
    // An entity-qualified value wins over an unqualified one.
    QMap<QString, QString> properties;
    // A target network that means no network: the adapter is kept, its link is down. vCloud
    // Director's placeholder network "none" maps to it unless the plan says otherwise.
    static constexpr QStringView notConnected = u"none";
    // A target network that means QEMU's user-mode networking (<interface type='user'>, as
    // virt-install uses when a host has no virtual network).
    static constexpr QStringView userNetworking = u"user";

    // OVF network name -> target network, or notConnected / userNetworking. An OVF network
    // without an entry gets a default from the target (see checkPlan).
    QMap<QString, QString> networks;
    // libvirt: the storage pool for the disks (empty: "default"), or an absolute folder path
    // for disk files. Must stay empty for the folder backend (disks go to OUT/disks).
    QString storage;
    DiskFormat diskFormat = DiskFormat::Qcow2;
    QMap<QString, QString> names; // VirtualSystem ovf:id -> VM name; absent: derived from its Name
    // VirtualSystem ovf:id -> vCPU count / memory in MiB chosen at import; absent: the
    // package's value. Must lie within the package's ovf:bound range when it has one.
    QMap<QString, int> cpus;
    QMap<QString, quint64> memoryMiB;
    FirmwareChoice firmware = FirmwareChoice::Auto;
    // The operator's acknowledgement that a package whose trust needs one (no manifest, or a
    // manifest with coverage gaps: package::needsAcknowledgement) may be deployed.
    bool allowUnchecked = false;
    bool powerOn = false;
    BackendKind backend = BackendKind::Folder;
    QString libvirtUri = defaultLibvirtUri.toString(); // for BackendKind::Libvirt
    QString outputPath; // for BackendKind::Folder
    // The libvirt <domain type> both backends write: "kvm" or "qemu"; empty: detected (or
    // $OVFW_DOMAIN_TYPE). "qemu" is plain emulation, for hosts where KVM fails.
    QString domainType;

    // The equivalent `ovfctl deploy` command, one line, every argument quoted for a POSIX
    // shell where needed: PKG, --target libvirt [--connect URI] | --target folder --out DIR,
    // --option, --prop KEY=VALUE..., --net OVFNET=TARGET..., --name SYS=NAME..., --storage,
    // --format, --domain-type, --cpus SYS=N, --memory SYS=MiB, --firmware, --allow-unchecked,
    // --accept-eulas (when acceptances are recorded), --power-on. Values of the
    // property keys in `maskedKeys` (passwords, for display) are printed as "********".
    QString toCommandLine(const QStringList &maskedKeys = {}) const;

    friend bool operator==(const Plan &, const Plan &) = default;
};

// A target network as an operator reads it: the name, or "(not connected)" and "(user-mode
// networking)" for Plan::notConnected and Plan::userNetworking; translated.
QString networkTargetLabel(const QString &target);

// Quotes `arg` for a POSIX shell: unchanged when it only holds [A-Za-z0-9_@%+=:,./-] (and is
// not empty), else in single quotes with each ' written as '\''.
QString shellQuote(const QString &arg);

} // namespace ovf::deploy
