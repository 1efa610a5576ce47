#pragma once

#include "model/ovf/entity.h"
#include "model/ovf/pendingsource.h"

#include <expected>

namespace ovf {

// References/File (DSP0243 §7.1).
class FileReference : public ElementHandle
{
public:
    using ElementHandle::ElementHandle;
    QString id() const { return attr(u"id"); }
    QString href() const { return attr(u"href"); }
    QString size() const { return attr(u"size"); }
    bool hasSize() const { return hasAttr(u"size"); }
    // ovf:compression: "identity" (default) or "gzip".
    QString compression() const { return attr(u"compression"); }
    QString chunkSize() const { return attr(u"chunkSize"); }
    bool hasChunkSize() const { return hasAttr(u"chunkSize"); }
    // A disk image still to be converted into this File when the package is written.
    std::optional<PendingSource> pendingSource() const { return PendingSource::of(m_e); }
};

// DiskSection/Disk and SharedDiskSection/SharedDisk (DSP0243 §9.2, §9.12).
class VirtualDisk : public ElementHandle
{
public:
    using ElementHandle::ElementHandle;
    QString diskId() const { return attr(u"diskId"); }
    QString fileRef() const { return attr(u"fileRef"); }
    bool hasFileRef() const { return hasAttr(u"fileRef"); }
    QString capacity() const { return attr(u"capacity"); }
    QString capacityAllocationUnits() const { return attr(u"capacityAllocationUnits"); }
    // The capacity in bytes, or why it cannot be computed.
    std::expected<quint64, QString> capacityBytes() const;
    QString populatedSize() const { return attr(u"populatedSize"); }
    bool hasPopulatedSize() const { return hasAttr(u"populatedSize"); }
    QString format() const { return attr(u"format"); }
    QString parentRef() const { return attr(u"parentRef"); }
};

// NetworkSection/Network (DSP0243 §9.3).
class Network : public ElementHandle
{
public:
    using ElementHandle::ElementHandle;
    QString name() const { return attr(u"name"); }
    LocalizedText description() const { return localizedText(child(u"Description")); }
};

// DeploymentOptionSection/Configuration (DSP0243 §9.8).
class Configuration : public ElementHandle
{
public:
    using ElementHandle::ElementHandle;
    QString id() const { return attr(u"id"); }
    bool isDefault() const { return parseXsBoolean(attr(u"default")).value_or(false); }
    LocalizedText label() const { return localizedText(child(u"Label")); }
    LocalizedText description() const { return localizedText(child(u"Description")); }
};

struct Message
{
    QString msgid;
    QString text;
    xml::Element *element = nullptr;
};

// Strings (DSP0243 §10): a message bundle for one locale, embedded (Msg children) or
// external (ovf:fileRef to a File whose root is a Strings element of its own).
class StringsBundle : public ElementHandle
{
public:
    using ElementHandle::ElementHandle;
    // xml:lang, e.g. "de-DE".
    QString language() const;
    QString fileRef() const { return attr(u"fileRef"); }
    bool isExternal() const { return hasAttr(u"fileRef"); }
    QList<Message> messages() const;
};

// The Envelope, root of a descriptor (DSP0243 §7).
class Envelope : public ElementHandle
{
public:
    using ElementHandle::ElementHandle;
    xml::Element *referencesElement() const { return child(u"References"); }
    QList<FileReference> files() const;
    FileReference fileById(const QString &id) const;
    // Sections directly under the Envelope (DiskSection, NetworkSection, ...).
    QList<Section> sections() const;
    Section section(SectionKind kind) const;
    QList<VirtualDisk> disks() const;
    QList<VirtualDisk> sharedDisks() const;
    QList<Network> networks() const;
    QList<Configuration> configurations() const;
    // The one content entity: a VirtualSystem or a VirtualSystemCollection.
    Entity content() const;
    // Every entity in document order, depth first.
    QList<Entity> allEntities() const;
    QList<StringsBundle> stringsBundles() const;
    // xml:lang of the Envelope: the locale of the default texts.
    QString defaultLanguage() const;
};

} // namespace ovf
