#pragma once

#include "model/ovf/envelope.h"
#include "model/ovf/packagereference.h"
#include "model/ovf/productsection.h"

#include <QHash>
#include <QSet>

#include <optional>

namespace ovf::validation {

// The validator's index (the compatibility linter reads it too, so that both agree on what
// the document holds): what several rules look up, gathered once per validate() call
// so that no rule scans a list for every reference (descriptors with thousands of systems
// and properties stay linear). Handles point into the document; the index must not outlive
// an edit.
class EnvelopeIndex
{
public:
    struct EntityInfo
    {
        Entity entity;
        QList<Section> sections;
        QList<ProductSection> products;
        int parent = -1; // index of the enclosing collection in entities, or -1

        // Keys and full keys ([class.]key[.instance], DSP0243 §9.5) of its properties.
        // Computed on first use: only ${...} references need them.
        const QSet<QString> &propertyNames() const;
        // ovf:class and ovf:instance of ProductSections that declare a class but no
        // properties: the platform supplies them (VMware's "vami" and "vm" sections).
        const QList<std::pair<QString, QString>> &platformClasses() const;

    private:
        void computeNames() const;
        mutable bool m_namesReady = false;
        mutable QSet<QString> m_propertyNames;
        mutable QList<std::pair<QString, QString>> m_platformClasses;
    };

    // An attribute or text found by the document scan: its value and where.
    struct Use
    {
        QString value;
        const xml::Element *element = nullptr;
    };

    // An element in a namespace that is neither OVF, CIM nor another standard one OVF
    // embeds (XML Encryption), found outside any other such element.
    struct ForeignElement
    {
        const xml::Element *element = nullptr;
        const xml::Element *parent = nullptr;
    };

    explicit EnvelopeIndex(const Envelope &envelope);

    Envelope envelope;
    QList<Section> envelopeSections;

    QList<FileReference> files;
    QHash<QString, const xml::Element *> fileById; // first File of each id
    QList<VirtualDisk> disks;                      // DiskSection disks, then SharedDisks
    QHash<QString, const xml::Element *> diskById;
    QList<Network> networks;
    QHash<QString, const xml::Element *> networkByName;
    QList<Configuration> configurations;
    QHash<QString, const xml::Element *> configurationById;

    QList<EntityInfo> entities; // document order, depth first
    QHash<const xml::Element *, int> entityIndex;
    // The property names of every entity together (computed on first use).
    const QSet<QString> &allPropertyNames() const;

    QList<StringsBundle> bundles;

    // From one walk over the whole document:
    QList<Use> msgidUses;         // ovf:msgid outside Strings
    QList<Use> configurationUses; // every ovf:configuration attribute
    QList<Use> unqualifiedAttributes; // unprefixed attributes of OVF elements (value: the name)
    QSet<QString> fileRefsSeen;   // ids named by any fileRef attribute or ovf:/file/ID value
    QSet<QString> diskRefsSeen;   // ids named by HostResource, ovf:/disk/ID values, parentRef
    QList<ForeignElement> foreignElements;
    const xml::Element *firstForeignAttributeOwner = nullptr;
    QString firstForeignAttributeName;
    int foreignAttributeCount = 0;

    // The id in `ids` that differs from `id` only in letter case, or a null string.
    static QString caseInsensitiveMatch(const QHash<QString, const xml::Element *> &ids, const QString &id);

private:
    void indexEntities(const Entity &entity, int parent);
    mutable std::optional<QSet<QString>> m_allPropertyNames;
};

// The HostResource reference forms live with the document model (model/ovf/packagereference.h).
using ovf::PackageReference;
using ovf::parsePackageReference;

// True for namespaces that are part of OVF or that OVF embeds by reference: the OVF
// envelope family, CIM, xml, xsi, XML Schema (pre-1.0 typing) and XML Encryption (§9.19).
bool isStandardNamespace(QStringView uri);

} // namespace ovf::validation
