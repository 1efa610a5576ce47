#pragma once

#include "model/vmexport/domaindescription.h"

#include <QByteArray>
#include <QCoreApplication>

#include <expected>

namespace ovf::vmexport {

// Reads libvirt domain XML (virDomainGetXMLDesc, https://libvirt.org/formatdomain.html) into a
// DomainDescription. Devices that OVF cannot describe (graphics, video, channels, host
// devices, redirected USB, sound, watchdogs, TPMs, RNGs, shared folders, ...) are listed in
// `dropped`; so are disks OVF can carry but this exporter cannot read (network disks, floppies).
// Errors (malformed XML, a DOCTYPE, no <name>, a memory size that does not parse) name the
// line and column. Pure function, reentrant.
class DomainReader
{
    Q_DECLARE_TR_FUNCTIONS(ovf::vmexport::DomainReader)

public:
    static std::expected<DomainDescription, QString> read(const QByteArray &xml);

    // libvirt's memory units (formatdomain.html#memory-allocation: b, KB, KiB/k, MB, MiB/M,
    // GB, GiB/G, TB, TiB/T; no unit means KiB) times `value`; nullopt when unknown.
    static std::optional<quint64> memoryBytes(quint64 value, const QString &unit);
};

} // namespace ovf::vmexport
