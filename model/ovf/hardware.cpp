#include "model/ovf/hardware.h"

#include "model/ovf/namespaces.h"

using namespace Qt::StringLiterals;

namespace ovf {

HardwareItem::Kind HardwareItem::kind() const
{
    if (!m_e)
        return Kind::Resource;
    if (m_e->localName() == u"EthernetPortItem")
        return Kind::EthernetPort;
    if (m_e->localName() == u"StorageItem")
        return Kind::Storage;
    return Kind::Resource;
}

xml::Element *HardwareItem::fieldElement(QStringView local) const
{
    return anyChild(m_e, local);
}

QString HardwareItem::field(QStringView local) const
{
    const xml::Element *f = anyChild(m_e, local);
    return f ? f->text().trimmed() : QString();
}

QStringList HardwareItem::fields(QStringView local) const
{
    QStringList out;
    for (const xml::Element *f : anyChildren(m_e, local))
        out.append(f->text().trimmed());
    return out;
}

QString HardwareItem::instanceId() const
{
    const QString id = field(u"InstanceID");
    return id.isNull() ? field(u"InstanceId") : id;
}

int HardwareItem::resourceType() const
{
    bool ok = false;
    const int t = field(u"ResourceType").toInt(&ok);
    return ok ? t : -1;
}

QString HardwareItem::elementName() const
{
    const QString n = field(u"ElementName");
    return n.isNull() ? field(u"Caption") : n;
}

QStringList HardwareItem::configurations() const
{
    // vCenter writes an unqualified configuration="..." on Items (vcsa65 does 403 times);
    // read it too, or every per-configuration Item would apply to all configurations. The
    // validator reports the spelling (unqualified-attribute).
    QString value = attr(u"configuration");
    if (value.isNull() && m_e)
        value = m_e->attributeValue(u"", u"configuration");
    return value.split(u' ', Qt::SkipEmptyParts);
}

QString HardwareItem::resourceTypeName() const
{
    return ovf::resourceTypeName(resourceType());
}

QString resourceTypeName(int t)
{
    switch (t) {
    case 1: return u"Other"_s;
    case 2: return u"Computer system"_s;
    case 3: return u"Processor"_s;
    case 4: return u"Memory"_s;
    case 5: return u"IDE controller"_s;
    case 6: return u"Parallel SCSI HBA"_s;
    case 7: return u"FC HBA"_s;
    case 8: return u"iSCSI HBA"_s;
    case 9: return u"IB HCA"_s;
    case 10: return u"Ethernet adapter"_s;
    case 11: return u"Other network adapter"_s;
    case 12: return u"I/O slot"_s;
    case 13: return u"I/O device"_s;
    case 14: return u"Floppy drive"_s;
    case 15: return u"CD drive"_s;
    case 16: return u"DVD drive"_s;
    case 17: return u"Disk drive"_s;
    case 18: return u"Tape drive"_s;
    case 19: return u"Storage extent"_s;
    case 20: return u"Other storage device"_s;
    case 21: return u"Serial port"_s;
    case 22: return u"Parallel port"_s;
    case 23: return u"USB controller"_s;
    case 24: return u"Graphics controller"_s;
    case 25: return u"IEEE 1394 controller"_s;
    case 26: return u"Partitionable unit"_s;
    case 27: return u"Base partitionable unit"_s;
    case 28: return u"Power"_s;
    case 29: return u"Cooling capacity"_s;
    case 30: return u"Ethernet switch port"_s;
    case 31: return u"Logical disk"_s;
    case 32: return u"Storage volume"_s;
    case 33: return u"Ethernet connection"_s;
    case 35: return u"Sound card"_s;
    default: return t < 0 ? u"Unknown device"_s : u"Device type %1"_s.arg(t);
    }
}

QString VirtualHardwareSection::virtualSystemType() const
{
    const xml::Element *sys = systemElement();
    const xml::Element *t = anyChild(sys, u"VirtualSystemType");
    return t ? t->text().trimmed() : QString();
}

QList<HardwareItem> hardwareItemsIn(const xml::Element *section)
{
    QList<HardwareItem> out;
    if (!section)
        return out;
    for (xml::Element *c : section->childElements()) {
        const QString &l = c->localName();
        if ((l == u"Item" || l == u"EthernetPortItem" || l == u"StorageItem") && ns::isOvfElement(c->namespaceUri()))
            out.append(HardwareItem(c));
    }
    return out;
}

QList<HardwareItem> VirtualHardwareSection::items() const
{
    return hardwareItemsIn(m_e);
}

} // namespace ovf
