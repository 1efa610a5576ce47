#include "model/validation/envelopeindex.h"

#include "model/ovf/namespaces.h"

using namespace Qt::StringLiterals;

namespace ovf::validation {

namespace {

constexpr QStringView XmlSchemaNs = u"http://www.w3.org/2001/XMLSchema";
constexpr QStringView XmlEncNs = u"http://www.w3.org/2001/04/xmlenc#";
constexpr QStringView XmlEnc11Ns = u"http://www.w3.org/2009/xmlenc11#";
constexpr QStringView XmlDsigNs = u"http://www.w3.org/2000/09/xmldsig#";

// Namespace classification is asked for every element and attribute; consecutive nodes
// almost always share the namespace string (same shared data), so remember the last answer.
class NamespaceCache
{
public:
    bool isStandard(const QString &uri)
    {
        if (uri.constData() != m_last || uri.size() != m_lastSize) {
            m_last = uri.constData();
            m_lastSize = uri.size();
            m_answer = isStandardNamespace(uri);
            m_ovf = ns::isOvf(uri);
        }
        return m_answer;
    }
    bool isOvf(const QString &uri)
    {
        isStandard(uri);
        return m_ovf;
    }

private:
    const QChar *m_last = nullptr;
    qsizetype m_lastSize = -1;
    bool m_answer = false;
    bool m_ovf = false;
};

void noteReferenceValue(EnvelopeIndex &index, const QString &value)
{
    if (!value.startsWith(u"ovf:") && !value.startsWith(u'/'))
        return;
    const PackageReference r = parsePackageReference(value);
    if (r.kind == PackageReference::Kind::Disk)
        index.diskRefsSeen.insert(r.id);
    else if (r.kind == PackageReference::Kind::File)
        index.fileRefsSeen.insert(r.id);
}

// One walk over the whole document for what is spread everywhere: msgid and configuration
// uses, references in vendor markup, and custom extensions.
class Scanner
{
public:
    explicit Scanner(EnvelopeIndex &index) : m_index(index) { }
    void scan(const xml::Element *e, bool inStrings, bool inForeign);

private:
    EnvelopeIndex &m_index;
    NamespaceCache m_elementNs;
    NamespaceCache m_attributeNs;
};

void Scanner::scan(const xml::Element *e, bool inStrings, bool inForeign)
{
    const bool ovfElement = !inForeign && (e->namespaceUri().isEmpty() || m_elementNs.isOvf(e->namespaceUri()));
    for (const xml::Attribute &a : e->attributes()) {
        if (a.namespaceUri.isEmpty()) {
            // OVF defines no unqualified attributes (DSP8023 attributeFormDefault="qualified").
            if (ovfElement) {
                m_index.unqualifiedAttributes.append({a.name->local, e});
                // VMware's vCenter writes <Item configuration="..."> and means
                // ovf:configuration; check what it names all the same.
                if (a.name->local == u"configuration")
                    m_index.configurationUses.append({a.value, e});
            }
            continue;
        }
        if (a.isNamespaceDeclaration())
            continue;
        const QString &local = a.name->local;
        if (m_attributeNs.isOvf(a.namespaceUri)) {
            if (local == u"msgid") {
                if (!inStrings)
                    m_index.msgidUses.append({a.value, e});
            } else if (local == u"configuration") {
                m_index.configurationUses.append({a.value, e});
            } else if (local == u"fileRef") {
                m_index.fileRefsSeen.insert(a.value);
            } else if (local == u"parentRef") {
                m_index.diskRefsSeen.insert(a.value);
            } else {
                noteReferenceValue(m_index, a.value);
            }
            continue;
        }
        if (m_attributeNs.isStandard(a.namespaceUri))
            continue;
        // A custom attribute (DSP2017 5.3.3). Vendor attributes that name files still count
        // as references (xci:fileRef, vmw:value="ovf:/file/file2").
        if (local == u"fileRef")
            m_index.fileRefsSeen.insert(a.value);
        else
            noteReferenceValue(m_index, a.value);
        if (!inForeign && m_index.foreignAttributeCount++ == 0) {
            m_index.firstForeignAttributeOwner = e;
            m_index.firstForeignAttributeName = a.name->qualified;
        }
    }
    if (e->localName() == u"HostResource")
        noteReferenceValue(m_index, e->text());

    const xml::Element *root = m_index.envelope.element();
    for (const auto &node : e->children()) {
        if (!node->isElement())
            continue;
        const auto *c = static_cast<const xml::Element *>(node.get());
        bool childForeign = inForeign;
        if (!inForeign && !c->namespaceUri().isEmpty() && !m_elementNs.isStandard(c->namespaceUri())) {
            m_index.foreignElements.append(EnvelopeIndex::ForeignElement{c, e});
            childForeign = true;
        }
        const bool childStrings = inStrings || (e == root && c->localName() == u"Strings");
        scan(c, childStrings, childForeign);
    }
}

} // namespace

bool isStandardNamespace(QStringView uri)
{
    return ns::isOvf(uri) || ns::isCim(uri) || uri == xml::xmlNamespace || uri == xml::xmlnsNamespace
        || uri == ns::Xsi || uri == XmlSchemaNs || uri == XmlEncNs || uri == XmlEnc11Ns || uri == XmlDsigNs
        || uri == ns::OvfEnvironment || uri == ns::OvfStrings1;
}

QString EnvelopeIndex::caseInsensitiveMatch(const QHash<QString, const xml::Element *> &ids, const QString &id)
{
    // Only called while reporting an unresolved reference, so a scan is fine here.
    for (auto it = ids.cbegin(); it != ids.cend(); ++it) {
        if (it.key().compare(id, Qt::CaseInsensitive) == 0)
            return it.key();
    }
    return {};
}

EnvelopeIndex::EnvelopeIndex(const Envelope &env) : envelope(env)
{
    envelopeSections = env.sections();
    files = env.files();
    // Walk backwards so that insert() leaves the first element of each id in the map.
    for (auto it = files.crbegin(); it != files.crend(); ++it)
        fileById.insert(it->id(), it->element());

    for (const Section &s : std::as_const(envelopeSections)) {
        const SectionKind k = s.kind();
        if (k == SectionKind::Disk || k == SectionKind::SharedDisk) {
            const QStringView child = k == SectionKind::Disk ? u"Disk" : u"SharedDisk";
            for (xml::Element *d : ovfChildren(s.element(), child))
                disks.append(VirtualDisk(d));
        } else if (k == SectionKind::Network) {
            for (xml::Element *n : ovfChildren(s.element(), u"Network"))
                networks.append(Network(n));
        } else if (k == SectionKind::DeploymentOption) {
            for (xml::Element *c : ovfChildren(s.element(), u"Configuration"))
                configurations.append(Configuration(c));
        }
    }
    for (auto it = disks.crbegin(); it != disks.crend(); ++it)
        diskById.insert(it->diskId(), it->element());
    for (auto it = networks.crbegin(); it != networks.crend(); ++it)
        networkByName.insert(it->name(), it->element());
    for (auto it = configurations.crbegin(); it != configurations.crend(); ++it)
        configurationById.insert(it->id(), it->element());

    if (xml::Element *root = env.element()) {
        for (xml::Element *c : root->childElements()) {
            if (Entity::isEntity(c))
                indexEntities(Entity(c), -1);
        }
    }
    bundles = env.stringsBundles();

    if (const xml::Element *root = env.element())
        Scanner(*this).scan(root, false, false);
}

void EnvelopeIndex::indexEntities(const Entity &entity, int parent)
{
    const int self = int(entities.size());
    EntityInfo info;
    info.entity = entity;
    info.parent = parent;
    info.sections = entity.sections();
    for (const Section &s : std::as_const(info.sections)) {
        if (s.kind() == SectionKind::Product)
            info.products.append(ProductSection(s.element()));
    }
    entityIndex.insert(entity.element(), self);
    entities.append(std::move(info));
    if (entity.isCollection()) {
        for (xml::Element *c : entity.element()->childElements()) {
            if (Entity::isEntity(c))
                indexEntities(Entity(c), self);
        }
    }
}

void EnvelopeIndex::EntityInfo::computeNames() const
{
    m_namesReady = true;
    for (const ProductSection &ps : products) {
        const QString cls = ps.className();
        const QString inst = ps.instance();
        const QList<xml::Element *> properties = ovfChildren(ps.element(), u"Property");
        if (properties.isEmpty() && !cls.isEmpty())
            m_platformClasses.append({cls, inst});
        for (const xml::Element *p : properties) {
            const QString key = ovfAttr(p, u"key");
            if (key.isEmpty())
                continue;
            m_propertyNames.insert(key);
            QString full = key;
            if (!cls.isEmpty())
                full = cls + u'.' + full;
            if (!inst.isEmpty())
                full += u'.' + inst;
            m_propertyNames.insert(full);
        }
    }
}

const QSet<QString> &EnvelopeIndex::EntityInfo::propertyNames() const
{
    if (!m_namesReady)
        computeNames();
    return m_propertyNames;
}

const QList<std::pair<QString, QString>> &EnvelopeIndex::EntityInfo::platformClasses() const
{
    if (!m_namesReady)
        computeNames();
    return m_platformClasses;
}

const QSet<QString> &EnvelopeIndex::allPropertyNames() const
{
    if (!m_allPropertyNames) {
        QSet<QString> all;
        for (const EntityInfo &e : entities)
            all.unite(e.propertyNames());
        m_allPropertyNames = std::move(all);
    }
    return *m_allPropertyNames;
}

} // namespace ovf::validation
