#include "model/ovf/sections.h"

#include "model/ovf/namespaces.h"

namespace ovf {

QString OperatingSystemSection::vmwareOsType() const
{
    return m_e ? m_e->attributeValue(ns::Vmw, u"osType") : QString();
}

QList<StartupEntry> StartupSection::entries() const
{
    QList<StartupEntry> out;
    for (xml::Element *i : children(u"Item")) {
        out.append({ovfAttr(i, u"id"), ovfAttr(i, u"order"), ovfAttr(i, u"startDelay"),
                    ovfAttr(i, u"waitingForGuest"), ovfAttr(i, u"stopDelay"), ovfAttr(i, u"startAction"),
                    ovfAttr(i, u"stopAction"), i});
    }
    return out;
}

QList<HardwareItem> ResourceAllocationSection::items() const
{
    return hardwareItemsIn(m_e);
}

QList<EnvironmentFile> EnvironmentFilesSection::files() const
{
    QList<EnvironmentFile> out;
    for (xml::Element *f : children(u"File"))
        out.append({ovfAttr(f, u"fileRef"), ovfAttr(f, u"path"), f});
    return out;
}

} // namespace ovf
