#pragma once

#include "model/ovf/section.h"

namespace ovf {

// A per-configuration value of a property: <Value ovf:value="..." ovf:configuration="..."/>
// (DSP0243 §9.5.1).
struct ConfigurationValue
{
    QString value;
    QStringList configurations;
    xml::Element *element = nullptr;
};

// A ProductSection Property (DSP0243 §9.5.1).
class Property : public ElementHandle
{
public:
    using ElementHandle::ElementHandle;
    QString key() const { return attr(u"key"); }
    QString type() const { return attr(u"type"); }
    bool hasType() const { return hasAttr(u"type"); }
    QString qualifiers() const { return attr(u"qualifiers"); }
    bool hasQualifiers() const { return hasAttr(u"qualifiers"); }
    QString value() const { return attr(u"value"); }
    bool hasValue() const { return hasAttr(u"value"); }
    // ovf:userConfigurable, false by default.
    bool isUserConfigurable() const { return parseXsBoolean(attr(u"userConfigurable")).value_or(false); }
    // ovf:password, false by default: the value is masked when shown.
    bool isPassword() const { return parseXsBoolean(attr(u"password")).value_or(false); }
    LocalizedText label() const { return localizedText(child(u"Label")); }
    LocalizedText description() const { return localizedText(child(u"Description")); }
    QList<ConfigurationValue> configurationValues() const;
    // The Category this property is shown under: the text of the nearest preceding Category
    // element in its ProductSection (DSP0243 §9.5), empty if none.
    LocalizedText category() const;
};

struct ProductIcon
{
    QString fileRef;
    QString mimeType;
    QString width;
    QString height;
    xml::Element *element = nullptr;
};

// ProductSection (DSP0243 §9.5): product information and the properties a deployment asks
// for. Several may appear in one entity, told apart by ovf:class and ovf:instance.
class ProductSection : public Section
{
public:
    using Section::Section;
    QString className() const { return attr(u"class"); }
    QString instance() const { return attr(u"instance"); }
    LocalizedText product() const { return localizedText(child(u"Product")); }
    LocalizedText vendor() const { return localizedText(child(u"Vendor")); }
    LocalizedText version() const { return localizedText(child(u"Version")); }
    LocalizedText fullVersion() const { return localizedText(child(u"FullVersion")); }
    LocalizedText productUrl() const { return localizedText(child(u"ProductUrl")); }
    LocalizedText vendorUrl() const { return localizedText(child(u"VendorUrl")); }
    LocalizedText appUrl() const { return localizedText(child(u"AppUrl")); }
    QList<ProductIcon> icons() const;
    QList<LocalizedText> categories() const;
    QList<Property> properties() const;
    // The full key under which a property appears in the OVF environment:
    // [class.]key[.instance] (DSP0243 §9.5).
    QString fullKey(const Property &p) const;
};

} // namespace ovf
