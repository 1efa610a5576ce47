#pragma once

#include "model/deploy/plancheck.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ovf::deploy {

// What the deployment platform says about itself in the PlatformSection (DSP0243 §11.1);
// empty fields are left out. The backend fills it in (e.g. "KVM", the libvirt version,
// "QEMU", the host's locale and time zone).
struct PlatformInfo
{
    QString kind;
    QString version;
    QString vendor;
    QString locale;
    QString timezone; // TimeZone: the offset from UTC in minutes (DSP8027: xs:int), e.g. "60"
};

// The OVF environment document (ovf-env.xml, DSP0243 §11, namespace
// http://schemas.dmtf.org/ovf/environment/1) for one virtual system of a checked plan:
//   <Environment ovfenv:id="SYSTEM-ID"> PlatformSection, PropertySection with the properties
//   visible to the system (those of its parent collection, then its own, DSP0243 §9.5), and
//   one Entity per sibling in its collection (ovfenv:id, and its visible properties).
// Keys are full keys (class.key.instance with empty parts omitted). Written with the
// project's XML writer (xml::Document); Descriptor::load opens the result as
// Kind::Environment.
class EnvironmentDocument
{
    Q_DECLARE_TR_FUNCTIONS(EnvironmentDocument)

public:
    // UTF-8 bytes with an XML declaration. An unknown `systemId` gives a document without
    // properties and siblings.
    static QByteArray build(const PlanCheck &check, const QString &systemId, const PlatformInfo &platform);

    // This host as a deployment platform for <domain type> `domainType` ("kvm" or "qemu"):
    // Kind "KVM" or "QEMU", this program's version and name, the system locale and the
    // current offset from UTC in minutes. Used by the deployer, the dry run and previews.
    static PlatformInfo hostPlatform(const QString &domainType);
};

} // namespace ovf::deploy
