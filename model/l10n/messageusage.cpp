#include "model/l10n/messageusage.h"

#include "model/ovf/namespaces.h"
#include "model/ovf/ovfelement.h"
#include "model/ovf/xmlnode.h"

using namespace Qt::StringLiterals;

namespace ovf::l10n {

namespace {

const xml::Element *enclosingEntity(const xml::Element *e)
{
    for (const xml::Element *p = e ? e->parent() : nullptr; p; p = p->parent()) {
        if (p->localName() == u"VirtualSystem" || p->localName() == u"VirtualSystemCollection")
            return p;
    }
    return nullptr;
}

QString entityName(const xml::Element *entity)
{
    return entity ? ovfAttr(entity, u"id") : QString();
}

// 1-based position of `e` among its parent's children with the same local name.
int ordinal(const xml::Element *e)
{
    int n = 0;
    if (!e->parent())
        return 1;
    for (const xml::Element *s : e->parent()->childElements()) {
        if (s->localName() == e->localName())
            ++n;
        if (s == e)
            break;
    }
    return n;
}

bool isSection(const xml::Element *e)
{
    return e->localName().endsWith(u"Section");
}

QString sectionWord(const QString &local)
{
    QString s = local;
    if (s.endsWith(u"Section"))
        s.chop(7);
    return s;
}

} // namespace

bool MessageUsage::isTranslatable(const xml::Element *e)
{
    if (!e || !e->parent())
        return false;
    for (const xml::Element *p = e->parent(); p; p = p->parent()) {
        if (p->localName() == u"Strings")
            return false;
    }
    static const QStringList ovfNames = {u"Info"_s, u"Name"_s, u"Product"_s, u"Vendor"_s, u"Category"_s, u"Label"_s,
                                         u"Description"_s, u"License"_s, u"Annotation"_s};
    if (ns::isOvfElement(e->namespaceUri()))
        return ovfNames.contains(e->localName());
    if (ns::isCim(e->namespaceUri()))
        return e->localName() == u"Caption" || e->localName() == u"Description" || e->localName() == u"ElementName";
    return false;
}

QString MessageUsage::describe(const xml::Element *e)
{
    if (!e)
        return {};
    const xml::Element *parent = e->parent();
    const QString field = e->localName();
    const xml::Element *entity = enclosingEntity(e);
    const QString of = entity ? tr(" of %1").arg(entityName(entity)) : QString();
    if (!parent)
        return field;
    const QString p = parent->localName();
    if (p == u"Property")
        return tr("Property %1 · %2").arg(ovfAttr(parent, u"key"), field);
    if (p == u"EulaSection" && field == u"License")
        return tr("EULA %1%2").arg(ordinal(parent)).arg(of);
    if (p == u"ProductSection")
        return field == u"Category" ? tr("Product%1 · Category %2").arg(of).arg(ordinal(e)) : tr("Product%1 · %2").arg(of, field);
    if (p == u"Configuration")
        return tr("Deployment option %1 · %2").arg(ovfAttr(parent, u"id"), field);
    if (p == u"Network")
        return tr("Network %1 · %2").arg(ovfAttr(parent, u"name"), field);
    if (p == u"AnnotationSection")
        return tr("Annotation%1").arg(of);
    if (p == u"OperatingSystemSection")
        return tr("Operating system%1 · %2").arg(of, field);
    if (p == u"Item" || p == u"StorageItem" || p == u"EthernetPortItem") {
        const xml::Element *name = anyChild(parent, u"ElementName");
        return tr("Hardware item %1%2 · %3").arg(name ? name->text().trimmed() : QString::number(ordinal(parent)), of, field);
    }
    if (p == u"VirtualSystem" || p == u"VirtualSystemCollection")
        return tr("%1 %2 · %3").arg(p == u"VirtualSystem" ? tr("Virtual system") : tr("Collection"),
                                    entityName(parent), field);
    if (isSection(parent))
        return tr("%1 section%2 · %3").arg(sectionWord(p), of, field);
    return tr("%1 · %2").arg(p, field);
}

QString MessageUsage::msgidPart(const QString &text)
{
    QString out;
    for (QChar c : text.trimmed().toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'.' || c == u'-' || c == u'_')
            out += c;
        else if (!out.endsWith(u'_'))
            out += u'_';
    }
    while (out.endsWith(u'_'))
        out.chop(1);
    return out.isEmpty() ? u"x"_s : out;
}

QString MessageUsage::suggestMsgid(const xml::Element *e, const std::function<bool(const QString &)> &taken)
{
    if (!e)
        return {};
    const xml::Element *parent = e->parent();
    const QString field = msgidPart(e->localName());
    const QString p = parent ? parent->localName() : QString();
    QString base;
    if (p == u"Property")
        base = u"prop.%1.%2"_s.arg(msgidPart(ovfAttr(parent, u"key")), field);
    else if (p == u"EulaSection" && e->localName() == u"License")
        base = u"eula"_s;
    else if (p == u"ProductSection")
        base = e->localName() == u"Category" ? u"product.category.%1"_s.arg(ordinal(e)) : u"product.%1"_s.arg(field);
    else if (p == u"Configuration")
        base = u"config.%1.%2"_s.arg(msgidPart(ovfAttr(parent, u"id")), field);
    else if (p == u"Network")
        base = u"network.%1.%2"_s.arg(msgidPart(ovfAttr(parent, u"name")), field);
    else if (p == u"AnnotationSection")
        base = u"annotation"_s;
    else if (p == u"OperatingSystemSection")
        base = u"os.%1"_s.arg(field);
    else if (p == u"Item" || p == u"StorageItem" || p == u"EthernetPortItem") {
        const xml::Element *id = anyChild(parent, u"InstanceID");
        base = u"item.%1.%2"_s.arg(id ? msgidPart(id->text()) : QString::number(ordinal(parent)), field);
    } else if (p == u"VirtualSystem" || p == u"VirtualSystemCollection")
        base = u"%1.%2"_s.arg(msgidPart(ovfAttr(parent, u"id")), field);
    else if (parent && isSection(parent))
        base = u"%1.%2"_s.arg(msgidPart(sectionWord(p)), field);
    else
        base = u"%1.%2"_s.arg(msgidPart(p), field);

    if (!taken(base))
        return base;
    if (const xml::Element *entity = enclosingEntity(e); entity && !entityName(entity).isEmpty()
        && !(p == u"VirtualSystem" || p == u"VirtualSystemCollection")) {
        const QString scoped = msgidPart(entityName(entity)) + u'.' + base;
        if (!taken(scoped))
            return scoped;
        base = scoped;
    }
    for (int n = 2;; ++n) {
        const QString candidate = u"%1.%2"_s.arg(base).arg(n);
        if (!taken(candidate))
            return candidate;
    }
}

} // namespace ovf::l10n
