#include "model/deploy/environmentdocument.h"

#include "model/ovf/namespaces.h"
#include "model/ovf/xmldocument.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace ovf::deploy {

namespace {

using xml::Element;

// Appends indented children to elements of a document under construction.
class EnvironmentBuilder
{
public:
    explicit EnvironmentBuilder(xml::Document &doc) : m_doc(doc) { }

    Element *element(Element *parent, QStringView local, int depth)
    {
        auto e = m_doc.createElement(parent, ns::OvfEnvironment, local);
        Element *raw = e.get();
        std::vector<std::unique_ptr<xml::Node>> nodes;
        nodes.push_back(m_doc.createText(u'\n' + QString(depth * 2, u' ')));
        nodes.push_back(std::move(e));
        m_doc.spliceChildren(parent, parent->childCount(), 0, std::move(nodes));
        return raw;
    }

    void textElement(Element *parent, QStringView local, const QString &text, int depth)
    {
        if (text.isEmpty())
            return;
        Element *e = element(parent, local, depth);
        std::vector<std::unique_ptr<xml::Node>> nodes;
        nodes.push_back(m_doc.createText(text));
        m_doc.spliceChildren(e, 0, 0, std::move(nodes));
    }

    void attribute(Element *e, QStringView local, const QString &value)
    {
        m_doc.swapAttributes(e, m_doc.withAttribute(e, ns::OvfEnvironment, local, value, u"ovfenv"));
    }

    void close(Element *e, int depth)
    {
        if (e->childCount() == 0)
            return;
        std::vector<std::unique_ptr<xml::Node>> nodes;
        nodes.push_back(m_doc.createText(u'\n' + QString(depth * 2, u' ')));
        m_doc.spliceChildren(e, e->childCount(), 0, std::move(nodes));
    }

private:
    xml::Document &m_doc;
};

// The properties an entity sees (DSP0243 §9.5): those of its parent collection, then its own.
QList<ResolvedProperty> visibleProperties(const PlanCheck &check, const Entity &entity)
{
    QList<ResolvedProperty> out;
    if (const Entity parent = entity.parentEntity())
        out += check.propertiesOf(parent.id());
    out += check.propertiesOf(entity.id());
    return out;
}

void propertySection(EnvironmentBuilder &b, Element *parent, const QList<ResolvedProperty> &properties, int depth)
{
    if (properties.isEmpty())
        return;
    Element *section = b.element(parent, u"PropertySection", depth);
    for (const ResolvedProperty &p : properties) {
        Element *e = b.element(section, u"Property", depth + 1);
        b.attribute(e, u"key", p.fullKey);
        b.attribute(e, u"value", p.value);
    }
    b.close(section, depth);
}

} // namespace

PlatformInfo EnvironmentDocument::hostPlatform(const QString &domainType)
{
    return PlatformInfo{domainType == u"kvm" ? u"KVM"_s : u"QEMU"_s, QCoreApplication::applicationVersion(),
                        u"OVF Workbench (libvirt)"_s, QLocale::system().name(),
                        QString::number(QDateTime::currentDateTime().offsetFromUtc() / 60)};
}

QByteArray EnvironmentDocument::build(const PlanCheck &check, const QString &systemId, const PlatformInfo &platform)
{
    const QByteArray skeleton = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Environment xmlns=\""
        + ns::OvfEnvironment.toUtf8() + "\" xmlns:ovfenv=\"" + ns::OvfEnvironment.toUtf8() + "\" xmlns:xsi=\""
        + ns::Xsi.toUtf8() + "\"/>\n";
    auto parsed = xml::Document::parse(skeleton);
    Q_ASSERT(parsed);
    xml::Document &doc = **parsed;
    EnvironmentBuilder b(doc);
    Element *root = doc.root();
    b.attribute(root, u"id", systemId);

    Element *platformSection = b.element(root, u"PlatformSection", 1);
    b.textElement(platformSection, u"Kind", platform.kind, 2);
    b.textElement(platformSection, u"Version", platform.version, 2);
    b.textElement(platformSection, u"Vendor", platform.vendor, 2);
    b.textElement(platformSection, u"Locale", platform.locale, 2);
    b.textElement(platformSection, u"TimeZone", platform.timezone, 2);
    b.close(platformSection, 1);

    const EffectiveSystem *system = check.effective.system(systemId);
    if (system) {
        propertySection(b, root, visibleProperties(check, system->entity), 1);
        // DSP0243 §11.1: an Entity for each sibling in the collection, with its properties.
        if (const Entity parent = system->entity.parentEntity()) {
            for (const Entity &sibling : parent.children()) {
                if (sibling == system->entity)
                    continue;
                Element *e = b.element(root, u"Entity", 1);
                b.attribute(e, u"id", sibling.id());
                propertySection(b, e, visibleProperties(check, sibling), 2);
                b.close(e, 1);
            }
        }
    }
    b.close(root, 0);
    return doc.save();
}

} // namespace ovf::deploy
