#pragma once

#include "model/deploy/domainspec.h"

#include <QByteArray>
#include <QCoreApplication>

namespace ovf::deploy {

// Writes libvirt domain XML (https://libvirt.org/formatdomain.html) for a DomainSpec with
// QXmlStreamWriter: every name and path is escaped by the writer, nothing is concatenated.
// Pure function, reentrant.
class DomainXml
{
    Q_DECLARE_TR_FUNCTIONS(DomainXml)

public:
    static QByteArray write(const DomainSpec &spec);

    // The guest device name libvirt expects for the `position`-th device (0-based) with the
    // prefix of `bus`: hda.. for IDE, sda.. for SCSI/SATA/USB, vda.. for virtio.
    static QString targetDevice(DomainSpec::Bus bus, int position);
    static QString busName(DomainSpec::Bus bus);
};

} // namespace ovf::deploy
