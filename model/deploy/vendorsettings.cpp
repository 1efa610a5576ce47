#include "model/deploy/vendorsettings.h"

#include "model/ovf/namespaces.h"
#include "model/ovf/ovfelement.h"

using namespace Qt::StringLiterals;

namespace ovf::deploy {

namespace {

// vmw:key / vmw:value, also unqualified as some exporters write them.
QString vmwAttr(const xml::Element *e, QStringView local)
{
    QString v = e->attributeValue(ns::Vmw, local);
    if (v.isNull())
        v = e->attributeValue(QStringView(), local);
    return v.trimmed();
}

} // namespace

VendorSettings VendorSettings::read(const EffectiveSystem &system)
{
    VendorSettings out;
    QStringList ignoredKeys;
    if (!system.hardware.isNull() && system.hardware.element()) {
        for (const xml::Element *e : system.hardware.element()->childElements()) {
            if (e->namespaceUri() != ns::Vmw
                || (e->localName() != u"Config" && e->localName() != u"ExtraConfig"))
                continue;
            const QString key = vmwAttr(e, u"key");
            const QString value = vmwAttr(e, u"value");
            if (key.compare(u"firmware"_s, Qt::CaseInsensitive) == 0) {
                if (value.compare(u"efi"_s, Qt::CaseInsensitive) == 0)
                    out.efi = true;
                else if (value.compare(u"bios"_s, Qt::CaseInsensitive) == 0)
                    out.efi = false;
                out.efiSource = u"%1 %2=\"%3\""_s.arg(e->qualifiedName(), key, value);
            } else if (key.compare(u"bootOptions.efiSecureBootEnabled"_s, Qt::CaseInsensitive) == 0) {
                out.secureBoot = parseXsBoolean(value).value_or(false);
            } else if (!key.isEmpty() && !ignoredKeys.contains(key)) {
                ignoredKeys.append(key);
            }
        }
    }
    if (!ignoredKeys.isEmpty())
        out.notApplied.append(tr("VMware settings with no libvirt counterpart, not applied: %1")
                                  .arg(ignoredKeys.join(u", "_s)));
    if (system.entity.element()) {
        for (const xml::Element *e : system.entity.element()->childElements()) {
            if (e->namespaceUri() != ns::Vmw)
                continue;
            const bool required = parseXsBoolean(ovfAttr(e, u"required", u"true"_s)).value_or(true);
            if (e->localName() == u"BootOrderSection")
                out.notApplied.append(tr("%1%2 is understood but not applied: the machine boots its disks in "
                                         "the order of the hardware section")
                                          .arg(e->qualifiedName(), required ? tr(" (required)") : QString()));
            else
                out.notApplied.append(tr("%1%2 is a VMware section a libvirt target has no counterpart for; not "
                                         "applied")
                                          .arg(e->qualifiedName(), required ? tr(" (required)") : QString()));
        }
    }
    return out;
}

} // namespace ovf::deploy
