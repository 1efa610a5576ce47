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
    QList<EulaAcceptance> eulaAcceptances;
    // Property values: key "FULLKEY" (class.key.instance, DSP0243 §9.5) for the property of
    // that full key in every entity that has it, or "ENTITY:FULLKEY" for one entity's
    // (ovf:key, ovf:class and ovf:instance never contain ':', so the last ':' separates).
    // An entity-qualified value wins over an unqualified one.
    QMap<QString, QString> properties;
    QMap<QString, QString> networks; // OVF network name -> target network
    // libvirt: the storage pool for the disks (empty: "default"), or an absolute folder path
    // for disk files. Must stay empty for the folder backend (disks go to OUT/disks).
    QString storage;
    DiskFormat diskFormat = DiskFormat::Qcow2;
    QMap<QString, QString> names; // VirtualSystem ovf:id -> VM name; absent: derived from the id
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
    // --format, --domain-type, --accept-eulas (when acceptances are recorded), --power-on. Values of the
    // property keys in `maskedKeys` (passwords, for display) are printed as "********".
    QString toCommandLine(const QStringList &maskedKeys = {}) const;

    friend bool operator==(const Plan &, const Plan &) = default;
};

// Quotes `arg` for a POSIX shell: unchanged when it only holds [A-Za-z0-9_@%+=:,./-] (and is
// not empty), else in single quotes with each ' written as '\''.
QString shellQuote(const QString &arg);

} // namespace ovf::deploy
