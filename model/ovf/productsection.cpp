#include "model/ovf/productsection.h"

#include "model/ovf/ovfelement.h"

using namespace Qt::StringLiterals;

namespace ovf {

QList<ConfigurationValue> Property::configurationValues() const
{
    QList<ConfigurationValue> out;
    for (xml::Element *v : children(u"Value")) {
        ConfigurationValue cv;
        cv.value = ovfAttr(v, u"value");
        QString configs = ovfAttr(v, u"configuration");
        if (configs.isNull())
            configs = v->attributeValue(u"", u"configuration"); // unqualified, as vCenter writes it
        cv.configurations = configs.split(u' ', Qt::SkipEmptyParts);
        cv.element = v;
        out.append(cv);
    }
    return out;
}

LocalizedText Property::category() const
{
    xml::Element *section = m_e ? m_e->parent() : nullptr;
    if (!section)
        return {};
    LocalizedText current;
    for (xml::Element *c : section->childElements()) {
        if (c == m_e)
            break;
        if (isOvfNamed(c, u"Category"))
            current = localizedText(c);
    }
    return current;
}

QList<ProductIcon> ProductSection::icons() const
{
    QList<ProductIcon> out;
    for (xml::Element *i : children(u"Icon")) {
        out.append({ovfAttr(i, u"fileRef"), ovfAttr(i, u"mimeType"), ovfAttr(i, u"width"),
                    ovfAttr(i, u"height"), i});
    }
    return out;
}

QList<LocalizedText> ProductSection::categories() const
{
    QList<LocalizedText> out;
    for (xml::Element *c : children(u"Category"))
        out.append(localizedText(c));
    return out;
}

QList<Property> ProductSection::properties() const
{
    QList<Property> out;
    for (xml::Element *p : children(u"Property"))
        out.append(Property(p));
    return out;
}

QString ProductSection::fullKey(const Property &p) const
{
    QString key = p.key();
    const QString cls = className();
    const QString inst = instance();
    if (!cls.isEmpty())
        key = cls + u'.' + key;
    if (!inst.isEmpty())
        key += u'.' + inst;
    return key;
}

} // namespace ovf
