#include "model/ovf/sourcedigest.h"
#include "model/ovf/descriptor.h"
#include "model/validation/validator.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ovf;
using namespace ovf::validation;

namespace {

// Marks the line where a test expects its problem (an XML comment, so the XML is unchanged).
const QString M = u"<!--@-->"_s;

QString item(const QString &id, int type, const QString &fields = {}, const QString &attrs = {})
{
    return u"<Item%4><rasd:ElementName>Item %1</rasd:ElementName><rasd:InstanceID>%1</rasd:InstanceID>"
           "<rasd:ResourceType>%2</rasd:ResourceType>%3</Item>"_s.arg(id).arg(type).arg(fields, attrs);
}

const QString kCpu = item(u"1"_s, 3, u"<rasd:VirtualQuantity>1</rasd:VirtualQuantity>"_s);
const QString kMemory = item(u"2"_s, 4, u"<rasd:AllocationUnits>byte * 2^20</rasd:AllocationUnits>"
                                        "<rasd:VirtualQuantity>512</rasd:VirtualQuantity>"_s);
const QString kScsi = item(u"3"_s, 6);
const QString kDisk = item(u"4"_s, 17, u"<rasd:HostResource>ovf:/disk/vmdisk1</rasd:HostResource><rasd:Parent>3</rasd:Parent>"_s);
const QString kNic = item(u"5"_s, 10, u"<rasd:Connection>VM Network</rasd:Connection>"_s);
const QString kItems = kCpu + u'\n' + kMemory + u'\n' + kScsi + u'\n' + kDisk + u'\n' + kNic;
const QString kFile = u"<File ovf:id=\"file1\" ovf:href=\"disk1.vmdk\" ovf:size=\"1024\"/>"_s;
const QString kDiskSection = u"<DiskSection><Info>Disks</Info>\n"
                             "<Disk ovf:diskId=\"vmdisk1\" ovf:fileRef=\"file1\" ovf:capacity=\"1073741824\"/>\n"
                             "</DiskSection>"_s;
const QString kNetworkSection = u"<NetworkSection><Info>Networks</Info>\n"
                                "<Network ovf:name=\"VM Network\"><Description>The network</Description></Network>\n"
                                "</NetworkSection>"_s;
const QString kOptions = u"<DeploymentOptionSection><Info>Sizes</Info>\n"
                         "<Configuration ovf:id=\"small\" ovf:default=\"true\"><Label>Small</Label><Description>S</Description></Configuration>\n"
                         "<Configuration ovf:id=\"big\"><Label>Big</Label><Description>B</Description></Configuration>\n"
                         "</DeploymentOptionSection>"_s;

// A descriptor assembled from parts; the defaults give a complete, clean OVF 1.x descriptor.
struct Parts
{
    QString ns = u"http://schemas.dmtf.org/ovf/envelope/1"_s;
    QString rootAttrs = u" ovf:version=\"1.0\""_s;
    QString refs = kFile;                 // null: no References element
    QString envSections = kDiskSection + u'\n' + kNetworkSection;
    QString content;                      // null: the VirtualSystem built from the fields below
    QString vsId = u"vm1"_s;              // null: no ovf:id
    QString vsSections;                   // before the VirtualHardwareSection
    QString items = kItems;
    QString strings;                      // after the content
};

QByteArray doc(const Parts &p)
{
    QString s = u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Envelope xmlns=\"%1\" xmlns:ovf=\"%1\" "
                "xmlns:rasd=\"http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocationSettingData\" "
                "xmlns:vssd=\"http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_VirtualSystemSettingData\" "
                "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:vmw=\"http://www.vmware.com/schema/ovf\" "
                "xmlns:x=\"http://example.com/ext\"%2>\n"_s.arg(p.ns, p.rootAttrs);
    if (!p.refs.isNull())
        s += u"<References>\n"_s + p.refs + u"\n</References>\n"_s;
    s += p.envSections + u'\n';
    if (!p.content.isNull()) {
        s += p.content + u'\n';
    } else {
        s += p.vsId.isNull() ? u"<VirtualSystem>"_s : u"<VirtualSystem ovf:id=\"%1\">"_s.arg(p.vsId);
        s += u"\n<Info>A virtual machine</Info>\n"_s + p.vsSections + u"\n<VirtualHardwareSection><Info>Hardware</Info>\n"_s
            + p.items + u"\n</VirtualHardwareSection>\n</VirtualSystem>\n"_s;
    }
    s += p.strings + u"\n</Envelope>\n"_s;
    return s.toUtf8();
}

QString product(const QString &body, const QString &attrs = {})
{
    return u"<ProductSection%1><Info>Product</Info>\n%2\n</ProductSection>"_s.arg(attrs, body);
}

QString prop(const QString &key, const QString &type, const QString &value, const QString &more = {})
{
    return u"<Property ovf:key=\"%1\" ovf:type=\"%2\" ovf:value=\"%3\"%4/>"_s.arg(key, type, value, more);
}

// A collection holding two systems (vm1, vm2) and `sections`.
QString collection(const QString &sections, const QString &vm2 = u"vm2"_s)
{
    const QString vs = u"<VirtualSystem ovf:id=\"%1\"><Info>VM</Info><VirtualHardwareSection><Info>HW</Info>\n%2\n"
                       "</VirtualHardwareSection></VirtualSystem>"_s;
    return u"<VirtualSystemCollection ovf:id=\"app\"><Info>App</Info>\n%1\n%2\n%3\n</VirtualSystemCollection>"_s.arg(
        sections, vs.arg(u"vm1"_s, kItems), vs.arg(vm2, kCpu));
}

QByteArray environmentDoc(const QString &properties)
{
    return (u"<?xml version=\"1.0\"?>\n<Environment xmlns=\"http://schemas.dmtf.org/ovf/environment/1\" "
            "xmlns:oe=\"http://schemas.dmtf.org/ovf/environment/1\" oe:id=\"vm1\">\n<PropertySection>\n"_s
            + properties + u"\n</PropertySection>\n</Environment>\n"_s)
        .toUtf8();
}

const QByteArray kBundleDe = "<Strings xmlns=\"http://schemas.dmtf.org/ovf/envelope/1\" "
                             "xmlns:ovf=\"http://schemas.dmtf.org/ovf/envelope/1\" xml:lang=\"de-DE\">\n"
                             "<Msg ovf:msgid=\"info.vm\">Eine VM</Msg>\n</Strings>\n";

// The report and the descriptor its locations point into.
struct Run
{
    std::unique_ptr<Descriptor> descriptor;
    Report report;
};

// `bundle`: empty = no resolver; "!text" = the resolver fails with text; else its bytes.
Run run(const QByteArray &xml, const QByteArray &bundle = {})
{
    auto d = Descriptor::fromBytes(xml, u"test.ovf"_s);
    if (!d)
        qFatal("test descriptor does not load: %s\n%s", qPrintable(d.error().toString()), xml.constData());
    Options o;
    if (!bundle.isEmpty()) {
        o.resolveBundle = [bundle](const QString &) -> std::expected<QByteArray, QString> {
            if (bundle.startsWith('!'))
                return std::unexpected(QString::fromUtf8(bundle.mid(1)));
            return bundle;
        };
    }
    Report r = validate(**d, o);
    return {std::move(*d), std::move(r)};
}

int markerLine(const QByteArray &xml)
{
    const qsizetype at = xml.indexOf(M.toUtf8());
    return at < 0 ? 2 : int(xml.left(at).count('\n')) + 1;
}

QString dump(const Report &r)
{
    QStringList lines;
    for (const Problem &p : r.problems)
        lines.append(p.toString());
    return lines.join(u'\n');
}

struct Case
{
    QString rule;
    Severity severity;
    QByteArray xml;
    QString needle;
    QByteArray bundle = {};
};

struct Clean
{
    QString rule;
    QByteArray xml;
    QByteArray bundle = {};
};

constexpr Severity E = Severity::Error;
constexpr Severity W = Severity::Warning;
constexpr Severity I = Severity::Info;

QString with(QString text, const QString &from, const QString &to)
{
    if (!text.contains(from))
        qFatal("test data: '%s' not found", qPrintable(from));
    return text.replace(from, to);
}

// Like with(), and marks the line of the replacement as the expected line.
QString marked(const QString &text, const QString &from, const QString &to)
{
    QString s = with(text, from, to);
    qsizetype end = s.indexOf(u'\n', s.indexOf(to));
    if (end < 0)
        end = s.size();
    return s.insert(end, M);
}

QList<Case> triggerCases()
{
    const QString extBundle = u"<File ovf:id=\"de\" ovf:href=\"de.msg\"/>"_s;
    // Past 20 findings in one bundle, one summary is reported at the bundle.
    QString manyCategories, manyMessages;
    for (int i = 0; i < 25; ++i) {
        manyCategories += u"<Category ovf:msgid=\"cat%1\">C</Category>"_s.arg(i);
        manyMessages += u"<Msg ovf:msgid=\"m%1\">x</Msg>"_s.arg(i);
    }
    return {
        {u"environment-document"_s, I, environmentDoc(u"<Property oe:key=\"a\" oe:value=\"1\"/>"_s), u"environment"_s},
        {u"environment-property"_s, E, environmentDoc(u"<Property oe:key=\"host\"/>"_s + M), u"'host'"_s},
        {u"unknown-ovf-version-attribute"_s, W, doc({.rootAttrs = u" ovf:version=\"2.0\""_s}), u"'2.0'"_s},
        {u"unknown-ovf-version-attribute"_s, I, doc({.rootAttrs = {}}), u"no ovf:version"_s},
        {u"unqualified-elements"_s, W,
         "<?xml version=\"1.0\"?>\n<ovf:Envelope xmlns:ovf=\"http://schemas.dmtf.org/ovf/envelope/1\">\n<References/>"
         + M.toUtf8() + "\n<VirtualSystem ovf:id=\"a\"><Info>x</Info><VirtualHardwareSection><Info>h</Info>"
         "</VirtualHardwareSection></VirtualSystem>\n</ovf:Envelope>\n", u"References, VirtualSystem"_s},
        {u"unqualified-attribute"_s, W,
         doc({.envSections = kDiskSection + kOptions, .items = kCpu + u'\n' + item(u"1"_s, 3, {}, u" configuration=\"big\""_s) + M}),
         u"configuration"_s},
        {u"missing-references"_s, E, doc({.refs = QString(), .envSections = {}, .items = kCpu}), u"References"_s},
        {u"missing-content"_s, E, doc({.content = u""_s}), u"VirtualSystem"_s},
        {u"duplicate-file-id"_s, E, doc({.refs = kFile + u'\n' + kFile + M}), u"'file1'"_s},
        {u"duplicate-disk-id"_s, E, doc({.envSections = with(kDiskSection, u"</DiskSection>"_s,
            u"<Disk ovf:diskId=\"vmdisk1\" ovf:capacity=\"1\"/>"_s + M + u"\n</DiskSection>"_s)}), u"'vmdisk1'"_s},
        {u"duplicate-network-name"_s, E, doc({.envSections = with(kNetworkSection, u"</NetworkSection>"_s,
            u"<Network ovf:name=\"VM Network\"/>"_s + M + u"\n</NetworkSection>"_s)}), u"'VM Network'"_s},
        {u"duplicate-configuration-id"_s, E, doc({.envSections = with(kOptions, u"</DeploymentOptionSection>"_s,
            u"<Configuration ovf:id=\"big\"><Label>B2</Label></Configuration>"_s + M + u"\n</DeploymentOptionSection>"_s)}),
         u"'big'"_s},
        {u"duplicate-entity-id"_s, E, doc({.content = u"<VirtualSystemCollection ovf:id=\"app\"><Info>App</Info>\n"
            "<VirtualSystem ovf:id=\"vm1\"><Info>A</Info></VirtualSystem>\n<VirtualSystem ovf:id=\"vm1\"><Info>B</Info>"
            "</VirtualSystem>"_s + M + u"\n</VirtualSystemCollection>"_s}), u"'vm1'"_s},
        {u"duplicate-instance-id"_s, E, doc({.items = kItems + u'\n' + item(u"1"_s, 4) + M}), u"InstanceID '1'"_s},
        {u"duplicate-instance-id"_s, E, doc({.items = kItems + u'\n' + item(u"4"_s, 17,
            u"<rasd:HostResource>ovf:/disk/vmdisk2</rasd:HostResource>"_s) + M}), u"different host resources"_s},
        {u"duplicate-property-key"_s, E, doc({.vsSections = product(prop(u"ip"_s, u"string"_s, {}) + u'\n'
            + prop(u"ip"_s, u"string"_s, {}) + M)}), u"'ip'"_s},
        {u"duplicate-msgid"_s, E, doc({.strings = u"<Strings xml:lang=\"de\">\n<Msg ovf:msgid=\"m\">a</Msg>\n<Msg ovf:msgid=\"m\">b</Msg>"_s
            + M + u"\n</Strings>"_s}), u"'m'"_s},
        {u"unresolved-disk-file"_s, E, doc({.envSections = with(kDiskSection, u"</DiskSection>"_s,
            u"<Disk ovf:diskId=\"vmdisk2\" ovf:fileRef=\"file9\" ovf:capacity=\"1\"/>"_s + M + u"\n</DiskSection>"_s)}),
         u"Disk 'vmdisk2' refers to file 'file9', which is not in References"_s},
        {u"unresolved-parent-disk"_s, E, doc({.envSections = with(kDiskSection, u"ovf:capacity=\"1073741824\"/>"_s,
            u"ovf:capacity=\"1073741824\" ovf:parentRef=\"base\"/>"_s + M)}), u"'base'"_s},
        {u"unresolved-host-resource"_s, E, doc({.items = marked(kItems, u"ovf:/disk/vmdisk1</rasd:HostResource>"_s,
            u"ovf:/disk/vmdisk9</rasd:HostResource>"_s)}), u"disk 'vmdisk9'"_s},
        {u"unresolved-host-resource"_s, W, doc({.items = marked(kItems, u"ovf:/disk/vmdisk1</rasd:HostResource>"_s,
            u"disk1.vmdk</rasd:HostResource>"_s)}), u"'disk1.vmdk'"_s},
        {u"nonstandard-host-resource"_s, W, doc({.items = marked(kItems, u"ovf:/disk/vmdisk1"_s, u"/disk/vmdisk1"_s)}),
         u"'ovf:/disk/vmdisk1'"_s},
        {u"unresolved-connection"_s, E, doc({.items = marked(kItems, u"VM Network"_s, u"Red Network"_s)}), u"'Red Network'"_s},
        {u"unresolved-connection"_s, W, doc({.items = marked(kItems, u"<rasd:Connection>VM Network"_s, u"<rasd:Connection>"_s)}), u"empty Connection"_s},
        {u"unresolved-parent"_s, E, doc({.items = marked(kItems, u"<rasd:Parent>3<"_s, u"<rasd:Parent>99<"_s)}), u"'99'"_s},
        {u"parent-not-controller"_s, W, doc({.items = marked(kItems, u"<rasd:Parent>3<"_s, u"<rasd:Parent>5<"_s)}),
         u"Ethernet adapter"_s},
        {u"unresolved-configuration"_s, E, doc({.envSections = kDiskSection + kNetworkSection + kOptions,
            .items = kItems + u'\n' + item(u"1"_s, 3, {}, u" ovf:configuration=\"big huge\""_s) + M}), u"'huge'"_s},
        {u"unresolved-strings-file"_s, E, doc({.strings = u"<Strings xml:lang=\"de\" ovf:fileRef=\"bundle9\"/>"_s + M}),
         u"'bundle9'"_s},
        {u"unresolved-startup-entity"_s, E, doc({.content = collection(u"<StartupSection><Info>Start</Info>\n"
            "<Item ovf:id=\"db\" ovf:order=\"1\"/>"_s + M + u"\n</StartupSection>"_s)}), u"'db'"_s},
        {u"unresolved-scale-out-entity"_s, E, doc({.content = collection(u"<ScaleOutSection ovf:id=\"web\"><Info>Scale</Info>"_s + M
            + u"<InstanceCount ovf:minimum=\"1\" ovf:maximum=\"3\"/></ScaleOutSection>"_s)}), u"'web'"_s},
        {u"unresolved-placement-group"_s, E, doc({.vsSections = u"<PlacementSection ovf:group=\"pg9\"><Info>P</Info></PlacementSection>"_s + M}),
         u"'pg9'"_s},
        {u"unresolved-icon-file"_s, E, doc({.vsSections = product(u"<Icon ovf:fileRef=\"icon9\" ovf:mimeType=\"image/png\"/>"_s + M)}),
         u"'icon9'"_s},
        {u"unresolved-environment-file"_s, E, doc({.vsSections = u"<EnvironmentFilesSection><Info>F</Info>\n"
            "<File ovf:fileRef=\"cfg9\" ovf:path=\"setup.cfg\"/>"_s + M + u"\n</EnvironmentFilesSection>"_s}), u"'cfg9'"_s},
        {u"unreferenced-file"_s, W, doc({.refs = kFile + u"\n<File ovf:id=\"readme\" ovf:href=\"README\"/>"_s + M}), u"'readme'"_s},
        {u"unreferenced-disk"_s, W, doc({.envSections = with(kDiskSection, u"</DiskSection>"_s,
            u"<Disk ovf:diskId=\"spare\" ovf:capacity=\"1\"/>"_s + M + u"\n</DiskSection>"_s)}), u"'spare'"_s},
        {u"section-placement"_s, E, doc({.vsSections = u"<NetworkSection><Info>N</Info></NetworkSection>"_s + M}),
         u"NetworkSection is not allowed in VirtualSystem 'vm1'"_s},
        {u"section-placement"_s, W, doc({.vsSections = u"<StartupSection><Info>S</Info></StartupSection>"_s + M}),
         u"deployments will ignore it"_s},
        {u"duplicate-section"_s, E, doc({.vsSections = u"<OperatingSystemSection ovf:id=\"1\"><Info>OS</Info></OperatingSystemSection>\n"
            "<OperatingSystemSection ovf:id=\"2\"><Info>OS</Info></OperatingSystemSection>"_s + M}), u"OperatingSystemSection"_s},
        {u"duplicate-product-class"_s, W, doc({.vsSections = product({}, u" ovf:class=\"com.x\""_s) + u'\n' + M
            + product({}, u" ovf:class=\"com.x\""_s)}), u"'com.x'"_s},
        {u"missing-entity-id"_s, E, doc({.vsId = QString()}).replace("<VirtualSystem>", (u"<VirtualSystem>"_s + M).toUtf8()),
         u"no ovf:id"_s},
        {u"empty-collection"_s, W, doc({.content = u"<VirtualSystemCollection ovf:id=\"app\"><Info>App</Info>"_s + M
            + u"</VirtualSystemCollection>"_s}), u"'app'"_s},
        {u"missing-hardware"_s, W, doc({.content = u"<VirtualSystem ovf:id=\"bare\"><Info>No HW</Info></VirtualSystem>"_s + M}),
         u"'bare'"_s},
        {u"missing-info"_s, E, doc({.vsSections = u"<OperatingSystemSection ovf:id=\"1\"><Description>Linux</Description></OperatingSystemSection>"_s + M}),
         u"OperatingSystemSection"_s},
        {u"no-configurations"_s, E, doc({.envSections = kDiskSection + kNetworkSection
            + u"\n<DeploymentOptionSection><Info>Sizes</Info></DeploymentOptionSection>"_s + M}), u"no Configuration"_s},
        {u"multiple-default-configurations"_s, E, doc({.envSections = with(kOptions, u"ovf:id=\"big\">"_s,
            u"ovf:id=\"big\" ovf:default=\"true\">"_s).replace(u"<Label>Big"_s, M + u"<Label>Big"_s)}), u"'big'"_s},
        {u"missing-processor-item"_s, W, doc({.content = u"<VirtualSystem ovf:id=\"vm1\"><Info>VM</Info>\n<VirtualHardwareSection><Info>HW</Info>"_s
            + M + u'\n' + kMemory + u'\n' + kScsi + u'\n' + kDisk + u'\n' + kNic + u"\n</VirtualHardwareSection></VirtualSystem>"_s}), u"'vm1'"_s},
        {u"missing-memory-item"_s, W, doc({.content = u"<VirtualSystem ovf:id=\"vm1\"><Info>VM</Info>\n<VirtualHardwareSection><Info>HW</Info>"_s
            + M + u'\n' + kCpu + u'\n' + kScsi + u'\n' + kDisk + u'\n' + kNic + u"\n</VirtualHardwareSection></VirtualSystem>"_s}), u"'vm1'"_s},
        {u"disk-without-controller"_s, W, doc({.items = kCpu + u'\n' + kMemory + u'\n' + kScsi + u'\n'
            + item(u"4"_s, 17, u"<rasd:HostResource>ovf:/disk/vmdisk1</rasd:HostResource>"_s) + M + u'\n' + kNic}), u"'Item 4'"_s},
        {u"address-conflict"_s, E, doc({.items = kItems + u'\n'
            + item(u"6"_s, 17, u"<rasd:AddressOnParent>0</rasd:AddressOnParent><rasd:Parent>3</rasd:Parent>"_s) + u'\n'
            + item(u"7"_s, 15, u"<rasd:AddressOnParent>0</rasd:AddressOnParent><rasd:Parent>3</rasd:Parent>"_s) + M}), u"'Item 6'"_s},
        {u"nic-without-network"_s, W, doc({.items = kCpu + u'\n' + kMemory + u'\n' + kScsi + u'\n' + kDisk + u'\n'
            + item(u"5"_s, 10) + M}), u"'Item 5'"_s},
        {u"empty-eula"_s, E, doc({.vsSections = u"<EulaSection><Info>License</Info><License>  </License></EulaSection>"_s + M}),
         u"no license text"_s},
        {u"property-missing-key"_s, E, doc({.vsSections = product(u"<Property ovf:type=\"string\"/>"_s + M)}), u"no ovf:key"_s},
        {u"invalid-property-key"_s, W, doc({.vsSections = product(prop(u"net.ip"_s, u"string"_s, {}) + M)}), u"'net.ip'"_s},
        {u"property-missing-type"_s, E, doc({.vsSections = product(u"<Property ovf:key=\"host\"/>"_s + M)}), u"'host'"_s},
        {u"unknown-property-type"_s, E, doc({.vsSections = product(prop(u"n"_s, u"nosuchtype"_s, u"1"_s) + M)}),
         u"nosuchtype"_s},
        {u"vendor-property-type"_s, W, doc({.vsSections = product(prop(u"n"_s, u"int"_s, u"1"_s) + M)}), u"'int'"_s},
        {u"vendor-property-type"_s, W, doc({.vsSections = product(prop(u"c"_s, u"char16"_s, u"x"_s) + M)}), u"version 2.0"_s},
        {u"invalid-qualifiers"_s, E, doc({.vsSections = product(prop(u"n"_s, u"string"_s, u"a"_s,
            u" ovf:qualifiers=\"MinLen(abc\""_s) + M)}), u"MinLen(abc"_s},
        {u"invalid-qualifiers"_s, W, doc({.vsSections = product(prop(u"n"_s, u"string"_s, u"a"_s,
            u" ovf:qualifiers=\"Netmask('x')\""_s) + M)}), u"Netmask"_s},
        {u"inconsistent-qualifiers"_s, W, doc({.vsSections = product(prop(u"n"_s, u"uint8"_s, u"1"_s,
            u" ovf:qualifiers=\"MinLen(3)\""_s) + M)}), u"MinLen"_s},
        {u"invalid-property-value"_s, E, doc({.vsSections = product(prop(u"port"_s, u"uint8"_s, u"300"_s) + M)}), u"300"_s},
        {u"invalid-property-value"_s, E, doc({.envSections = kDiskSection + kNetworkSection + kOptions,
            .vsSections = product(u"<Property ovf:key=\"port\" ovf:type=\"uint8\" ovf:value=\"1\">\n"
            "<Value ovf:value=\"abc\" ovf:configuration=\"big\"/>"_s + M + u"\n</Property>"_s)}), u"'big'"_s},
        {u"invalid-property-value"_s, W, doc({.vsSections = product(prop(u"port"_s, u"uint8"_s, {}) + M)}), u"empty"_s},
        {u"property-reference"_s, W, doc({.vsSections = product(prop(u"ip"_s, u"string"_s, u"${nope}"_s) + M)}), u"${nope}"_s},
        {u"invalid-capacity"_s, E, doc({.envSections = with(kDiskSection, u"ovf:capacity=\"1073741824\"/>"_s,
            u"ovf:capacity=\"abc\"/>"_s + M)}), u"'abc'"_s},
        {u"invalid-capacity"_s, E, doc({.envSections = with(kDiskSection, u"ovf:capacity=\"1073741824\"/>"_s,
            u"ovf:capacity=\"${size}\"/>"_s + M)}), u"placeholder"_s},
        {u"invalid-size"_s, E, doc({.refs = with(kFile, u"1024"_s, u"-1"_s) + M}), u"'-1'"_s},
        {u"populated-size-exceeds-capacity"_s, E, doc({.envSections = with(kDiskSection, u"ovf:capacity=\"1073741824\"/>"_s,
            u"ovf:capacity=\"1\" ovf:capacityAllocationUnits=\"byte * 2^20\" ovf:populatedSize=\"2097152\"/>"_s + M)}),
         u"2097152"_s},
        {u"invalid-compression"_s, E, doc({.refs = with(kFile, u"/>"_s, u" ovf:compression=\"zip\"/>"_s) + M}), u"'zip'"_s},
        {u"invalid-allocation-units"_s, W, doc({.items = marked(kItems, u"byte * 2^20"_s, u"furlongs"_s)}), u"'furlongs'"_s},
        {u"missing-bundle-language"_s, W, doc({.rootAttrs = u" ovf:version=\"1.0\""_s, .strings = u"<Strings>"_s + M
            + u"<Msg ovf:msgid=\"a\">A</Msg></Strings>"_s}), u"xml:lang"_s},
        {u"msgid-without-default"_s, W, doc({.vsSections = u"<AnnotationSection><Info>A</Info><Annotation ovf:msgid=\"note\"/></AnnotationSection>"_s + M}),
         u"'note'"_s},
        {u"msgid-missing-in-bundle"_s, W, doc({.vsSections = u"<AnnotationSection><Info>A</Info><Annotation ovf:msgid=\"note\">Hi</Annotation>"
            "</AnnotationSection>"_s + M, .strings = u"<Strings xml:lang=\"de-DE\"><Msg ovf:msgid=\"other\">x</Msg></Strings>"_s}),
         u"'de-DE'"_s},
        {u"unknown-msgid-in-bundle"_s, I, doc({.strings = u"<Strings xml:lang=\"de-DE\">\n<Msg ovf:msgid=\"unused.msg\">x</Msg>"_s + M
            + u"\n</Strings>"_s}), u"'unused.msg'"_s},
        {u"msgid-missing-in-bundle"_s, W, doc({.vsSections = product(manyCategories),
            .strings = u"<Strings xml:lang=\"de-DE\">"_s + M + u"<Msg ovf:msgid=\"other\">x</Msg></Strings>"_s}),
         u"lacks 25 of the 25"_s},
        {u"unknown-msgid-in-bundle"_s, I, doc({.strings = u"<Strings xml:lang=\"de-DE\">"_s + M + manyMessages
            + u"</Strings>"_s}), u"25 messages"_s},
        {u"external-bundle-unreadable"_s, W, doc({.refs = kFile + extBundle, .strings = u"<Strings xml:lang=\"de-DE\" ovf:fileRef=\"de\"/>"_s + M}),
         u"not in the package"_s, "!not in the package"},
        {u"external-bundle-unreadable"_s, I, doc({.refs = kFile + extBundle, .strings = u"<Strings xml:lang=\"de-DE\" ovf:fileRef=\"de\"/>"_s + M}),
         u"'de.msg'"_s},
        {u"external-bundle-unreadable"_s, W, doc({.refs = kFile + extBundle, .strings = u"<Strings xml:lang=\"de-DE\" ovf:fileRef=\"de\"/>"_s + M}),
         u"not well-formed"_s, "<Strings><Msg"},
        {u"invalid-language-tag"_s, W, doc({.strings = u"<Strings xml:lang=\"de_DE\">"_s + M
            + u"<Msg ovf:msgid=\"a\">A</Msg></Strings>"_s}), u"'de-DE'"_s},
        {u"duplicate-locale"_s, W, doc({.strings = u"<Strings xml:lang=\"de-DE\"><Msg ovf:msgid=\"a\">A</Msg></Strings>\n"
            "<Strings xml:lang=\"DE-de\">"_s + M + u"<Msg ovf:msgid=\"b\">B</Msg></Strings>"_s}), u"'DE-de'"_s},
        {u"stale-translation"_s, I, doc({.vsSections = u"<AnnotationSection><Info>A</Info><Annotation ovf:msgid=\"note\">Hi</Annotation>"
            "</AnnotationSection>"_s, .strings = u"<Strings xml:lang=\"de-DE\" xmlns:ovfw=\"urn:ovf-workbench:1\">\n"
            "<Msg ovf:msgid=\"note\" ovfw:sourceHash=\"0000000000000000\">Hallo</Msg>"_s + M + u"\n</Strings>"_s}), u"'note'"_s},
        {u"required-extension"_s, E, doc({.vsSections = u"<x:BuildSection><Info>Build</Info></x:BuildSection>"_s + M}),
         u"requires the extension x:BuildSection"_s},
        {u"required-extension"_s, W, doc({.envSections = kDiskSection + kNetworkSection + u"\n<x:Settings><x:a>1</x:a></x:Settings>"_s + M}),
         u"x:Settings"_s},
        {u"required-extension"_s, W,
         "<?xml version=\"1.0\"?>\n<ovf:Envelope xmlns:ovf=\"http://schemas.dmtf.org/ovf/envelope/1\">\n<References/>\n"
         "<VirtualSystem ovf:id=\"a\"><Info>x</Info>\n<TemplateId>1</TemplateId>" + M.toUtf8() + "\n<Origin>2</Origin>\n"
         "<VirtualHardwareSection><Info>h</Info></VirtualHardwareSection></VirtualSystem>\n</ovf:Envelope>\n",
         u"VirtualSystem 'a' contains 2 elements in no namespace"_s},
        // VMware's own required sections: a warning (compatibility finding vmw-required-section).
        {u"required-extension"_s, W, doc({.vsSections = u"<vmw:BootOrderSection vmw:type=\"disk\"><Info>Boot</Info></vmw:BootOrderSection>"_s + M}),
         u"VMware's extension vmw:BootOrderSection"_s},
        // vCloud Director's single-VM vApp: the collection's id on its only system is a warning.
        {u"duplicate-entity-id"_s, W, doc({.content = u"<VirtualSystemCollection ovf:id=\"app\"><Info>App</Info>\n"
            "<VirtualSystem ovf:id=\"app\"><Info>A</Info></VirtualSystem>"_s + M + u"\n</VirtualSystemCollection>"_s}),
         u"vCloud Director"_s},
        {u"optional-extension"_s, I, doc({.vsSections = u"<x:BuildSection ovf:required=\"false\"><Info>B</Info></x:BuildSection>"_s + M}),
         u"x:BuildSection"_s},
        {u"conformance-level"_s, I, doc({}), u"level 1"_s},
    };
}

QList<Clean> cleanCases()
{
    const QString extBundle = u"<File ovf:id=\"de\" ovf:href=\"de.msg\"/>"_s;
    const QString twoVhs = u"<VirtualHardwareSection><Info>Xen</Info>\n"_s + kCpu + u"\n</VirtualHardwareSection>"_s;
    const QString delta = u"<Disk ovf:diskId=\"base\" ovf:fileRef=\"file2\" ovf:capacity=\"1073741824\"/>\n"
                          "<Disk ovf:diskId=\"vmdisk1\" ovf:fileRef=\"file1\" ovf:capacity=\"1073741824\" ovf:parentRef=\"base\"/>"_s;
    return {
        {u"environment-document"_s, doc({})},
        {u"environment-property"_s, environmentDoc(u"<Property oe:key=\"host\" oe:value=\"\"/>"_s)},
        {u"unknown-ovf-version-attribute"_s, doc({})},
        {u"unqualified-elements"_s, doc({})},
        {u"unqualified-attribute"_s, doc({.envSections = kDiskSection + kOptions, .items = kCpu + u'\n'
            + item(u"1"_s, 3, {}, u" ovf:configuration=\"big\""_s)})},
        {u"missing-references"_s, doc({.refs = u""_s, .envSections = {}, .items = kCpu})},
        {u"missing-content"_s, doc({})},
        {u"duplicate-file-id"_s, doc({.refs = kFile + u"\n<File ovf:id=\"file2\" ovf:href=\"b\"/>"_s})},
        {u"duplicate-disk-id"_s, doc({})},
        {u"duplicate-network-name"_s, doc({})},
        {u"duplicate-configuration-id"_s, doc({.envSections = kDiskSection + kNetworkSection + kOptions})},
        {u"duplicate-entity-id"_s, doc({.content = collection({})})},
        // One device over ranges (ovf:bound) and per-configuration overrides.
        {u"duplicate-instance-id"_s, doc({.envSections = kDiskSection + kNetworkSection + kOptions, .items = kItems + u'\n'
            + item(u"2"_s, 4, {}, u" ovf:bound=\"min\""_s) + u'\n' + item(u"2"_s, 4, {}, u" ovf:bound=\"max\""_s) + u'\n'
            + item(u"2"_s, 4, u"<rasd:VirtualQuantity>2048</rasd:VirtualQuantity>"_s, u" ovf:configuration=\"big\""_s)})},
        // Values per configuration are not duplicates; other classes have their own keys.
        {u"duplicate-property-key"_s, doc({.envSections = kDiskSection + kNetworkSection + kOptions,
            .vsSections = product(u"<Property ovf:key=\"ip\" ovf:type=\"string\" ovf:value=\"a\"><Value ovf:value=\"b\" "
            "ovf:configuration=\"big\"/></Property>"_s) + product(prop(u"ip"_s, u"string"_s, {}), u" ovf:class=\"db\""_s)})},
        {u"duplicate-msgid"_s, doc({.strings = u"<Strings xml:lang=\"de\"><Msg ovf:msgid=\"m\">a</Msg></Strings>\n"
            "<Strings xml:lang=\"fr\"><Msg ovf:msgid=\"m\">b</Msg></Strings>"_s})},
        {u"unresolved-disk-file"_s, doc({})},
        {u"unresolved-parent-disk"_s, doc({.refs = kFile + u"<File ovf:id=\"file2\" ovf:href=\"b\"/>"_s,
            .envSections = u"<DiskSection><Info>D</Info>\n"_s + delta + u"\n</DiskSection>"_s + kNetworkSection})},
        {u"unresolved-host-resource"_s, doc({.refs = kFile + u"<File ovf:id=\"iso\" ovf:href=\"a.iso\"/>"_s,
            .items = kItems + u'\n' + item(u"6"_s, 15, u"<rasd:HostResource>ovf:/file/iso</rasd:HostResource>"_s)})},
        // "/disk/<id>" is the standard form in OVF 0.9.
        {u"nonstandard-host-resource"_s, doc({.ns = u"http://www.vmware.com/schema/ovf/1/envelope"_s,
            .rootAttrs = u" ovf:version=\"0.9\""_s, .items = with(kItems, u"ovf:/disk/vmdisk1"_s, u"/disk/vmdisk1"_s)})},
        {u"unresolved-connection"_s, doc({})},
        {u"unresolved-parent"_s, doc({})},
        {u"parent-not-controller"_s, doc({})},
        {u"unresolved-configuration"_s, doc({.envSections = kDiskSection + kNetworkSection + kOptions,
            .items = kItems + u'\n' + item(u"1"_s, 3, {}, u" ovf:configuration=\"small big\""_s)})},
        {u"unresolved-strings-file"_s, doc({.refs = kFile + extBundle, .strings = u"<Strings xml:lang=\"de-DE\" ovf:fileRef=\"de\"/>"_s}),
         kBundleDe},
        {u"unresolved-startup-entity"_s, doc({.content = collection(u"<StartupSection><Info>Start</Info>"
            "<Item ovf:id=\"vm2\" ovf:order=\"1\"/></StartupSection>"_s)})},
        {u"unresolved-scale-out-entity"_s, doc({.content = collection(u"<ScaleOutSection ovf:id=\"vm2\"><Info>S</Info>"
            "</ScaleOutSection>"_s)})},
        {u"unresolved-placement-group"_s, doc({.envSections = kDiskSection + kNetworkSection
            + u"<PlacementGroupSection ovf:id=\"pg1\" ovf:policy=\"availability\"><Info>G</Info></PlacementGroupSection>"_s,
            .vsSections = u"<PlacementSection ovf:group=\"pg1\"><Info>P</Info></PlacementSection>"_s})},
        {u"unresolved-icon-file"_s, doc({.refs = kFile + u"<File ovf:id=\"icon\" ovf:href=\"i.png\"/>"_s,
            .vsSections = product(u"<Icon ovf:fileRef=\"icon\" ovf:mimeType=\"image/png\"/>"_s)})},
        {u"unresolved-environment-file"_s, doc({.refs = kFile + u"<File ovf:id=\"cfg\" ovf:href=\"c\"/>"_s,
            .vsSections = u"<EnvironmentFilesSection><Info>F</Info><File ovf:fileRef=\"cfg\" ovf:path=\"c\"/></EnvironmentFilesSection>"_s})},
        // Vendor markup that names a file counts as a use (VMware's NVRAM file).
        {u"unreferenced-file"_s, doc({.refs = kFile + u"<File ovf:id=\"nvram\" ovf:href=\"vm.nvram\"/>"_s,
            .items = kItems + u"\n<vmw:ExtraConfig ovf:required=\"false\" vmw:key=\"nvram\" vmw:value=\"ovf:/file/nvram\"/>"_s})},
        {u"unreferenced-disk"_s, doc({.refs = kFile + u"<File ovf:id=\"file2\" ovf:href=\"b\"/>"_s,
            .envSections = u"<DiskSection><Info>D</Info>\n"_s + delta + u"\n</DiskSection>"_s + kNetworkSection})},
        {u"section-placement"_s, doc({.content = collection(u"<StartupSection><Info>S</Info></StartupSection>"
            "<ResourceAllocationSection><Info>R</Info></ResourceAllocationSection>"_s)})},
        {u"duplicate-section"_s, doc({.vsSections = product({}, u" ovf:class=\"a\""_s) + product({}, u" ovf:class=\"b\""_s)
            + twoVhs})},
        {u"duplicate-product-class"_s, doc({.vsSections = product({}, u" ovf:class=\"com.x\" ovf:instance=\"1\""_s)
            + product({}, u" ovf:class=\"com.x\" ovf:instance=\"2\""_s)})},
        {u"missing-entity-id"_s, doc({})},
        {u"empty-collection"_s, doc({.content = collection({})})},
        {u"missing-hardware"_s, doc({})},
        // An empty Info is an Info.
        {u"missing-info"_s, doc({.vsSections = u"<OperatingSystemSection ovf:id=\"1\"><Info/></OperatingSystemSection>"_s})},
        {u"no-configurations"_s, doc({.envSections = kDiskSection + kNetworkSection + kOptions})},
        {u"multiple-default-configurations"_s, doc({.envSections = kDiskSection + kNetworkSection + kOptions})},
        {u"missing-processor-item"_s, doc({})},
        {u"missing-memory-item"_s, doc({})},
        {u"disk-without-controller"_s, doc({})},
        // Drives of deployment options that exclude each other may share an address.
        {u"address-conflict"_s, doc({.envSections = kDiskSection + kNetworkSection + kOptions, .items = kItems + u'\n'
            + item(u"6"_s, 15, u"<rasd:AddressOnParent>0</rasd:AddressOnParent><rasd:Parent>3</rasd:Parent>"_s, u" ovf:configuration=\"small\""_s)
            + u'\n' + item(u"7"_s, 15, u"<rasd:AddressOnParent>0</rasd:AddressOnParent><rasd:Parent>3</rasd:Parent>"_s, u" ovf:configuration=\"big\""_s)})},
        {u"nic-without-network"_s, doc({})},
        {u"empty-eula"_s, doc({.vsSections = u"<EulaSection><Info>License</Info><License>Terms</License></EulaSection>"_s})},
        {u"property-missing-key"_s, doc({.vsSections = product(prop(u"a"_s, u"string"_s, {}))})},
        {u"invalid-property-key"_s, doc({.vsSections = product(prop(u"net_ip"_s, u"string"_s, {}), u" ovf:class=\"net\""_s)})},
        {u"property-missing-type"_s, doc({.vsSections = product(prop(u"a"_s, u"string"_s, {}))})},
        {u"unknown-property-type"_s, doc({.vsSections = product(prop(u"a"_s, u"uint8"_s, u"1"_s))})},
        {u"vendor-property-type"_s, doc({.ns = u"http://schemas.dmtf.org/ovf/envelope/2"_s, .rootAttrs = u" ovf:version=\"2.0\""_s,
            .vsSections = product(prop(u"a"_s, u"sint32"_s, u"-1"_s) + prop(u"c"_s, u"char16"_s, u"x"_s))})},
        {u"invalid-qualifiers"_s, doc({.vsSections = product(prop(u"a"_s, u"string"_s, u"abc"_s,
            u" ovf:qualifiers=\"MinLen(1) MaxLen(10)\""_s))})},
        {u"inconsistent-qualifiers"_s, doc({.vsSections = product(prop(u"a"_s, u"string"_s, u"abc"_s,
            u" ovf:qualifiers=\"MinLen(3)\""_s))})},
        // Deployment asks for an empty user-configurable value; ${...} is resolved then.
        {u"invalid-property-value"_s, doc({.vsSections = product(prop(u"a"_s, u"uint8"_s, u"255"_s) + prop(u"b"_s,
            u"uint8"_s, {}, u" ovf:userConfigurable=\"true\""_s) + prop(u"c"_s, u"uint8"_s, u"${a}"_s))})},
        // ${name} reaches the properties of the parent collection.
        {u"property-reference"_s, doc({.content = collection(product(prop(u"dbIp"_s, u"string"_s, u"10.0.0.1"_s)))
            .replace(u"<VirtualHardwareSection><Info>HW</Info>\n"_s + kCpu, product(prop(u"ip"_s, u"string"_s, u"${dbIp}"_s))
                     + u"<VirtualHardwareSection><Info>HW</Info>\n"_s + kCpu)})},
        {u"invalid-capacity"_s, doc({.envSections = with(kDiskSection, u"ovf:capacity=\"1073741824\"/>"_s,
            u"ovf:capacity=\"${disk_size}\" ovf:capacityAllocationUnits=\"byte * 2^30\"/>"_s),
            .vsSections = product(prop(u"disk_size"_s, u"uint16"_s, u"8"_s))})},
        {u"invalid-size"_s, doc({.refs = with(kFile, u"/>"_s, u" ovf:chunkSize=\"512\"/>"_s)})},
        {u"populated-size-exceeds-capacity"_s, doc({.envSections = with(kDiskSection, u"ovf:capacity=\"1073741824\"/>"_s,
            u"ovf:capacity=\"1\" ovf:capacityAllocationUnits=\"byte * 2^20\" ovf:populatedSize=\"1048576\"/>"_s)})},
        {u"invalid-compression"_s, doc({.refs = with(kFile, u"/>"_s, u" ovf:compression=\"gzip\"/>"_s)})},
        {u"invalid-allocation-units"_s, doc({.items = with(kItems, u"byte * 2^20"_s, u"MegaBytes"_s)})},
        // xml:lang is inherited from the Envelope.
        {u"missing-bundle-language"_s, doc({.rootAttrs = u" ovf:version=\"1.0\" xml:lang=\"en-US\""_s,
            .strings = u"<Strings><Msg ovf:msgid=\"a\">A</Msg></Strings>"_s})},
        // The bundle of the default language supplies the text.
        {u"msgid-without-default"_s, doc({.rootAttrs = u" ovf:version=\"1.0\" xml:lang=\"en-US\""_s,
            .vsSections = u"<AnnotationSection><Info>A</Info><Annotation ovf:msgid=\"note\"/></AnnotationSection>"_s,
            .strings = u"<Strings><Msg ovf:msgid=\"note\">Note</Msg></Strings>"_s})},
        {u"msgid-missing-in-bundle"_s, doc({.refs = kFile + extBundle,
            .envSections = with(kDiskSection, u"<Info>Disks</Info>"_s, u"<Info ovf:msgid=\"info.vm\">Disks</Info>"_s) + kNetworkSection,
            .strings = u"<Strings xml:lang=\"de-DE\" ovf:fileRef=\"de\"/>"_s}), kBundleDe},
        {u"unknown-msgid-in-bundle"_s, doc({.refs = kFile + extBundle,
            .envSections = with(kDiskSection, u"<Info>Disks</Info>"_s, u"<Info ovf:msgid=\"info.vm\">Disks</Info>"_s) + kNetworkSection,
            .strings = u"<Strings xml:lang=\"de-DE\" ovf:fileRef=\"de\"/>"_s}), kBundleDe},
        {u"external-bundle-unreadable"_s, doc({.refs = kFile + extBundle, .strings = u"<Strings xml:lang=\"de-DE\" ovf:fileRef=\"de\"/>"_s}),
         kBundleDe},
        {u"invalid-language-tag"_s, doc({.rootAttrs = u" ovf:version=\"1.0\" xml:lang=\"en-GB\""_s,
            .strings = u"<Strings xml:lang=\"zh-Hant-TW\"><Msg ovf:msgid=\"a\">A</Msg></Strings>"_s})},
        {u"duplicate-locale"_s, doc({.strings = u"<Strings xml:lang=\"de\"><Msg ovf:msgid=\"a\">A</Msg></Strings>\n"
            "<Strings xml:lang=\"de-AT\"><Msg ovf:msgid=\"a\">A</Msg></Strings>"_s})},
        // A Msg whose memory matches the current default text; Msgs without one are never stale.
        {u"stale-translation"_s, doc({.vsSections = u"<AnnotationSection><Info>A</Info><Annotation ovf:msgid=\"note\">Hi</Annotation>"
            "<Annotation ovf:msgid=\"other\">Yo</Annotation></AnnotationSection>"_s,
            .strings = u"<Strings xml:lang=\"de-DE\" xmlns:ovfw=\"urn:ovf-workbench:1\"><Msg ovf:msgid=\"note\" "
            "ovfw:sourceHash=\""_s + ovf::sourceDigest(u"Hi") + u"\">Hallo</Msg><Msg ovf:msgid=\"other\">Jo</Msg></Strings>"_s})},
        {u"required-extension"_s, doc({.vsSections = u"<x:BuildSection ovf:required=\"false\"><Info>B</Info></x:BuildSection>"_s,
            .items = kItems + u"\n<vmw:Config ovf:required=\"false\" vmw:key=\"a\" vmw:value=\"b\"/>"_s})},
        {u"optional-extension"_s, doc({})},
        {u"conformance-level"_s, environmentDoc(u"<Property oe:key=\"a\" oe:value=\"1\"/>"_s)},
    };
}

} // namespace

class TestValidator : public QObject
{
    Q_OBJECT

private slots:
    void catalogueIdsAreUniqueAndStable();
    void everyRuleHasTriggerAndCleanCases();
    void trigger_data();
    void trigger();
    void clean_data();
    void clean();
    void baselineIsClean();
    void conformanceLevels_data();
    void conformanceLevels();
    void locationAndOrder();
    void cancellation();
    void corpus_data();
    void corpus();
    void largeDescriptorIsLinear();
};

void TestValidator::catalogueIdsAreUniqueAndStable()
{
    QSet<QString> seen;
    static const QRegularExpression kebab(u"^[a-z0-9]+(-[a-z0-9]+)*$"_s);
    for (const RuleInfo &r : ruleCatalogue()) {
        QVERIFY2(!seen.contains(r.id), qPrintable(r.id));
        seen.insert(r.id);
        QVERIFY2(kebab.match(r.id).hasMatch(), qPrintable(r.id));
        QVERIFY(!r.title.isEmpty());
        QVERIFY2(r.reference.contains(u"DSP"_s), qPrintable(r.id));
        QCOMPARE(findRule(r.id), &r);
    }
    QCOMPARE(findRule(u"no-such-rule"), nullptr);
    QVERIFY(seen.size() >= 50);
}

void TestValidator::everyRuleHasTriggerAndCleanCases()
{
    QSet<QString> triggered, clean;
    for (const Case &c : triggerCases())
        triggered.insert(c.rule);
    for (const Clean &c : cleanCases())
        clean.insert(c.rule);
    for (const RuleInfo &r : ruleCatalogue()) {
        QVERIFY2(triggered.contains(r.id), qPrintable(u"no trigger case for "_s + r.id));
        QVERIFY2(clean.contains(r.id), qPrintable(u"no clean case for "_s + r.id));
    }
}

void TestValidator::trigger_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<int>("severity");
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("needle");
    QTest::addColumn<QByteArray>("bundle");
    QHash<QString, int> n;
    for (const Case &c : triggerCases()) {
        QTest::addRow("%s#%d", qPrintable(c.rule), ++n[c.rule]) << c.rule << int(c.severity) << c.xml << c.needle << c.bundle;
    }
}

void TestValidator::trigger()
{
    QFETCH(QString, rule);
    QFETCH(int, severity);
    QFETCH(QByteArray, xml);
    QFETCH(QString, needle);
    QFETCH(QByteArray, bundle);
    const Run result = run(xml, bundle);
    const Report &r = result.report;
    const int line = markerLine(xml);
    bool found = false;
    for (const Problem &p : r.problems) {
        if (p.ruleId != rule || int(p.severity) != severity || !p.message.contains(needle))
            continue;
        QCOMPARE(p.location.position.line, line);
        QCOMPARE(p.location.file, u"test.ovf"_s);
        QVERIFY(p.location.element);
        QCOMPARE(p.location.path, p.location.element->path());
        found = true;
        break;
    }
    QVERIFY2(found, qPrintable(u"expected %1 (%2) naming \"%3\" on line %4; got:\n%5"_s.arg(
                        rule, severityName(Severity(severity)), needle).arg(line).arg(dump(r))));
}

void TestValidator::clean_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QByteArray>("bundle");
    for (const Clean &c : cleanCases())
        QTest::addRow("%s", qPrintable(c.rule)) << c.rule << c.xml << c.bundle;
}

void TestValidator::clean()
{
    QFETCH(QString, rule);
    QFETCH(QByteArray, xml);
    QFETCH(QByteArray, bundle);
    const Run result = run(xml, bundle);
    const Report &r = result.report;
    for (const Problem &p : r.problems)
        QVERIFY2(p.ruleId != rule, qPrintable(p.toString()));
}

void TestValidator::baselineIsClean()
{
    const Run result = run(doc({}));
    const Report &r = result.report;
    QCOMPARE(r.problems.size(), 1);
    QCOMPARE(r.problems.first().ruleId, u"conformance-level"_s);
    QCOMPARE(r.conformanceLevel, 1);
    QVERIFY(!r.hasErrors());
    QVERIFY(!r.cancelled);
}

void TestValidator::conformanceLevels_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<int>("level");
    QTest::newRow("plain") << doc({}) << 1;
    QTest::newRow("custom attribute") << doc({.rootAttrs = u" ovf:version=\"1.0\" vmw:buildId=\"42\""_s}) << 2;
    QTest::newRow("optional section") << doc({.vsSections = u"<x:A ovf:required=\"false\"><Info>a</Info></x:A>"_s}) << 2;
    QTest::newRow("required section") << doc({.vsSections = u"<x:A><Info>a</Info></x:A>"_s}) << 3;
    QTest::newRow("explicitly required element") << doc({.items = kItems + u"\n<x:B ovf:required=\"true\"/>"_s}) << 3;
    QTest::newRow("xsi and xml:lang do not count")
        << doc({.rootAttrs = u" ovf:version=\"1.0\" xml:lang=\"en\" xsi:schemaLocation=\"a b\""_s}) << 1;
}

void TestValidator::conformanceLevels()
{
    QFETCH(QByteArray, xml);
    QFETCH(int, level);
    const Run result = run(xml);
    const Report &r = result.report;
    QCOMPARE(r.conformanceLevel, level);
    bool reported = false;
    for (const Problem &p : r.problems)
        reported = reported || (p.ruleId == u"conformance-level" && p.message.contains(u"level %1"_s.arg(level)));
    QVERIFY2(reported, qPrintable(dump(r)));
}

void TestValidator::locationAndOrder()
{
    // Two rules, several problems each, written out of document order by the rules.
    const QByteArray xml = doc({.refs = kFile + u"\n<File ovf:id=\"a\" ovf:href=\"a\" ovf:size=\"x\"/>\n"
                                                "<File ovf:id=\"b\" ovf:href=\"b\" ovf:size=\"y\"/>"_s,
                                .items = with(kItems, u"<rasd:Parent>3<"_s, u"<rasd:Parent>98<"_s) + u'\n'
                                    + item(u"7"_s, 17, u"<rasd:Parent>99</rasd:Parent>"_s)});
    const Run result = run(xml);
    const Report &r = result.report;
    QList<int> ruleOrder;
    qint64 lastOffset = -1;
    QString lastRule;
    for (const Problem &p : r.problems) {
        const int index = int(findRule(p.ruleId) - ruleCatalogue().constData());
        if (!ruleOrder.isEmpty())
            QVERIFY2(index >= ruleOrder.last(), qPrintable(dump(r)));
        if (p.ruleId != lastRule)
            lastOffset = -1;
        QVERIFY2(p.location.element->sourceOffset() >= lastOffset, qPrintable(dump(r)));
        lastOffset = p.location.element->sourceOffset();
        lastRule = p.ruleId;
        ruleOrder.append(index);
    }
    const QString text = dump(r);
    QVERIFY2(text.contains(u"test.ovf:5:1: error: File 'a' has ovf:size 'x'"_s), qPrintable(text));
    QVERIFY2(text.contains(u"[unresolved-parent]"_s), qPrintable(text));
}

void TestValidator::cancellation()
{
    auto d = Descriptor::fromBytes(doc({.refs = kFile + u"<File ovf:id=\"a\" ovf:href=\"a\" ovf:size=\"x\"/>"_s}), u"t.ovf"_s);
    QVERIFY(d.has_value());
    std::atomic<bool> cancel{true};
    Options o;
    o.cancel = &cancel;
    const Report r = validate(**d, o);
    QVERIFY(r.cancelled);
    QVERIFY(r.problems.isEmpty());
    cancel = false;
    const Report full = validate(**d, o);
    QVERIFY(!full.cancelled);
    QVERIFY(full.hasErrors());
}

void TestValidator::corpus_data()
{
    QTest::addColumn<QString>("path");
    QDirIterator it(QStringLiteral(OVFW_CORPUS_DIR), {u"*.ovf"_s, u"*.xml"_s}, QDir::Files, QDirIterator::Subdirectories);
    QStringList paths;
    while (it.hasNext())
        paths.append(it.next());
    paths.sort();
    QVERIFY(paths.size() > 50);
    for (const QString &p : std::as_const(paths))
        QTest::addRow("%s", qPrintable(p.mid(qsizetype(strlen(OVFW_CORPUS_DIR)) + 1))) << p;
}

void TestValidator::corpus()
{
    QFETCH(QString, path);
    auto d = Descriptor::load(path);
    if (!d)
        QSKIP(qPrintable(u"does not load: "_s + d.error().toString()));
    const Report r = validate(**d);
    QVERIFY(r.conformanceLevel >= 1 && r.conformanceLevel <= 3);
    for (const Problem &p : r.problems) {
        QVERIFY2(findRule(p.ruleId), qPrintable(p.toString()));
        QVERIFY2(!p.message.isEmpty(), qPrintable(p.ruleId));
        QVERIFY2(p.location.element && p.location.position.isValid(), qPrintable(p.toString()));
    }
    if (qEnvironmentVariableIsSet("OVFW_DUMP_PROBLEMS"))
        qInfo().noquote() << dump(r);
    // Known outcomes from SOURCES.md: the files a validator should reject have errors.
    static const QHash<QString, QString> invalid = {
        {u"cot/invalid.ovf"_s, u"unresolved-disk-file"_s},
        {u"ganeti/empty.ovf"_s, u"missing-info"_s},
        {u"govmomi/invalid.ovf"_s, u"missing-entity-id"_s},
        {u"govmomi/invalid-property-key.ovf"_s, u"missing-info"_s},
        {u"govmomi/ovftool-neg/dup_diskid.ovf"_s, u"duplicate-disk-id"_s},
        {u"govmomi/ovftool-neg/dup_instanceid.ovf"_s, u"duplicate-instance-id"_s},
        {u"govmomi/ovftool-neg/invalid_empty_env.ovf"_s, u"missing-content"_s},
        {u"govmomi/ovftool-neg/invalid_neg_chunk.ovf"_s, u"invalid-size"_s},
        {u"govmomi/ovftool-neg/invalid_ref_dup_id.ovf"_s, u"duplicate-file-id"_s},
        {u"govmomi/ovftool-neg/nvapp001.ovf"_s, u"unresolved-startup-entity"_s},
        {u"govmomi/ovftool-neg/popsize_gt_capacity.ovf"_s, u"populated-size-exceeds-capacity"_s},
        {u"govmomi/ovftool-neg/prop_dup_keys.ovf"_s, u"duplicate-property-key"_s},
        {u"govmomi/ovftool-neg/prop_invalid_type.ovf"_s, u"unknown-property-type"_s},
        {u"govmomi/unsupportedSection.ovf"_s, u"required-extension"_s},
        {u"oracle-linux/OVM_TEMPLATE.ovf"_s, u"invalid-size"_s},
    };
    const QString relative = path.mid(qsizetype(strlen(OVFW_CORPUS_DIR)) + 1);
    if (const auto it = invalid.constFind(relative); it != invalid.cend()) {
        bool found = false;
        for (const Problem &p : r.problems)
            found = found || (p.ruleId == *it && p.severity == Severity::Error);
        QVERIFY2(found, qPrintable(u"expected an error %1:\n"_s.arg(*it) + dump(r)));
    }
}

void TestValidator::largeDescriptorIsLinear()
{
    // A descriptor with many systems, properties and messages: validation must stay in the
    // order of parsing time (the real benchmark lives in tests/benchmarks).
    QString systems, strings;
    for (int i = 0; i < 300; ++i) {
        QString props;
        for (int k = 0; k < 20; ++k)
            props += prop(u"p%1"_s.arg(k), u"uint16"_s, QString::number(k), u" ovf:userConfigurable=\"true\""_s) + u'\n';
        systems += u"<VirtualSystem ovf:id=\"vm%1\"><Info ovf:msgid=\"info.%1\">VM</Info>\n%2<VirtualHardwareSection>"
                   "<Info>HW</Info>\n%3\n</VirtualHardwareSection></VirtualSystem>\n"_s
                       .arg(i)
                       .arg(product(props), kItems);
    }
    for (int b = 0; b < 3; ++b) {
        strings += u"<Strings xml:lang=\"l%1\">\n"_s.arg(b);
        for (int i = 0; i < 6000; ++i)
            strings += u"<Msg ovf:msgid=\"info.%1\">m</Msg>\n"_s.arg(i);
        strings += u"</Strings>\n"_s;
    }
    const QByteArray xml = doc({.content = u"<VirtualSystemCollection ovf:id=\"all\"><Info>All</Info>\n"_s + systems
                                   + u"</VirtualSystemCollection>"_s,
                               .strings = strings});
    QElapsedTimer t;
    t.start();
    auto d = Descriptor::fromBytes(xml, u"big.ovf"_s);
    QVERIFY(d.has_value());
    const qint64 parse = t.restart();
    const Report r = validate(**d);
    const qint64 check = t.elapsed();
    qInfo("parse %lld ms, validate %lld ms, %lld problems", parse, check, qint64(r.problems.size()));
    QVERIFY2(check <= 3 * parse + 200, qPrintable(u"validation took %1 ms, parsing %2 ms"_s.arg(check).arg(parse)));
    QVERIFY(!r.hasErrors());
}

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
