#pragma once

#include "model/ovf/hardware.h"

// Typed handles for the smaller OVF 2.x sections. Each reads its XML on every call.
namespace ovf {

// EulaSection (DSP0243 §9.6): one license text per section.
class EulaSection : public Section
{
public:
    using Section::Section;
    LocalizedText license() const { return localizedText(child(u"License")); }
};

// AnnotationSection (§9.9).
class AnnotationSection : public Section
{
public:
    using Section::Section;
    LocalizedText annotation() const { return localizedText(child(u"Annotation")); }
};

// OperatingSystemSection (§9.11): ovf:id is a CIM_OperatingSystem OsType value.
class OperatingSystemSection : public Section
{
public:
    using Section::Section;
    QString osId() const { return attr(u"id"); }
    QString osVersion() const { return attr(u"version"); }
    LocalizedText description() const { return localizedText(child(u"Description")); }
    // VMware's vmw:osType, when present.
    QString vmwareOsType() const;
};

struct StartupEntry
{
    QString id;
    QString order;
    QString startDelay;
    QString waitingForGuest;
    QString stopDelay;
    QString startAction;
    QString stopAction;
    xml::Element *element = nullptr;
};

// StartupSection (§9.10): power-on order of the entities of a collection.
class StartupSection : public Section
{
public:
    using Section::Section;
    QList<StartupEntry> entries() const;
};

// InstallSection (§9.12): the system boots once at install time.
class InstallSection : public Section
{
public:
    using Section::Section;
    QString initialBootStopDelay() const { return attr(u"initialBootStopDelay"); }
};

// ResourceAllocationSection (§9.13): resource reservations for a collection.
class ResourceAllocationSection : public Section
{
public:
    using Section::Section;
    QList<HardwareItem> items() const;
};

struct EnvironmentFile
{
    QString fileRef;
    QString path;
    xml::Element *element = nullptr;
};

// EnvironmentFilesSection (§9.14): extra files delivered with the OVF environment.
class EnvironmentFilesSection : public Section
{
public:
    using Section::Section;
    QList<EnvironmentFile> files() const;
};

// BootDeviceSection (§9.15): boot order configurations (CIM_BootConfigSetting).
class BootDeviceSection : public Section
{
public:
    using Section::Section;
    QList<xml::Element *> bootConfigurations() const { return anyChildren(m_e, u"BootConfigSetting"); }
};

// ScaleOutSection (§9.16): how many instances of a VirtualSystem may be deployed.
class ScaleOutSection : public Section
{
public:
    using Section::Section;
    QString id() const { return attr(u"id"); }
    LocalizedText description() const { return localizedText(child(u"Description")); }
    QString minimumInstances() const { return ovfAttr(child(u"InstanceCount"), u"minimum"); }
    QString maximumInstances() const { return ovfAttr(child(u"InstanceCount"), u"maximum"); }
    QString defaultInstances() const { return ovfAttr(child(u"InstanceCount"), u"default"); }
};

// PlacementGroupSection (§9.17) and PlacementSection (§9.18): affinity policies.
class PlacementGroupSection : public Section
{
public:
    using Section::Section;
    QString id() const { return attr(u"id"); }
    QString policy() const { return attr(u"policy"); }
    LocalizedText description() const { return localizedText(child(u"Description")); }
};

class PlacementSection : public Section
{
public:
    using Section::Section;
    QString group() const { return attr(u"group"); }
};

// EncryptionSection (§9.19): kept and shown, never decrypted.
class EncryptionSection : public Section
{
public:
    using Section::Section;
    QString toXml() const { return m_e ? m_e->toXml() : QString(); }
};

} // namespace ovf
