#pragma once

#include <QString>
#include <QStringView>

// Namespace URIs of OVF descriptors and the CIM schemas they embed (DSP0243 §5, Annex A),
// and the OVF versions this program reads.
namespace ovf::ns {

inline constexpr QStringView Ovf09 = u"http://www.vmware.com/schema/ovf/1/envelope";
inline constexpr QStringView OvfDraft = u"http://schemas.dmtf.org/ovf/envelope"; // pre-1.0 DMTF drafts
inline constexpr QStringView Ovf1 = u"http://schemas.dmtf.org/ovf/envelope/1";
inline constexpr QStringView Ovf2 = u"http://schemas.dmtf.org/ovf/envelope/2";
inline constexpr QStringView OvfEnvironment = u"http://schemas.dmtf.org/ovf/environment/1";
inline constexpr QStringView OvfStrings1 = u"http://schemas.dmtf.org/ovf/strings/1";
inline constexpr QStringView Xsi = u"http://www.w3.org/2001/XMLSchema-instance";
inline constexpr QStringView Vmw = u"http://www.vmware.com/schema/ovf";
inline constexpr QStringView Rasd = u"http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocationSettingData";
inline constexpr QStringView Vssd = u"http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_VirtualSystemSettingData";
inline constexpr QStringView Sasd = u"http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_StorageAllocationSettingData";
inline constexpr QStringView Epasd = u"http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_EthernetPortAllocationSettingData";
inline constexpr QStringView CimCommon = u"http://schemas.dmtf.org/wbem/wscim/1/common";
inline constexpr QStringView CimSchemaPrefix = u"http://schemas.dmtf.org/wbem/wscim/";
// OVF Workbench's own namespace, for the few facts OVF has no place for (a disk image waiting
// to be converted at pack time, the source text a translation was made from). Other consumers
// ignore attributes in foreign namespaces (DSP0243 §5.4: extensibility); our readers must keep
// working on descriptors without them. Preferred prefix: WorkbenchPrefix.
inline constexpr QStringView Workbench = u"urn:ovf-workbench:1";
inline constexpr QStringView WorkbenchPrefix = u"ovfw";

// The OVF generation a namespace URI belongs to.
enum class OvfVersion {
    None,    // not an OVF envelope namespace
    V0_9,    // VMware's OVF 0.9 namespace
    Draft,   // DMTF pre-1.0 draft (no version in the URI)
    V1,      // DSP0243 1.x
    V2,      // DSP0243 2.x
    Unknown, // a schemas.dmtf.org/ovf/envelope/N namespace this program does not know
};

// Classifies an envelope namespace. Tolerates a trailing slash (oVirt writes one).
OvfVersion versionOfNamespace(QStringView uri);
// True for every known OVF envelope namespace: elements and attributes of OVF are matched
// by local name within this family, because real files mix them (an ovf2:ScaleOutSection
// inside a 1.x envelope, for example).
bool isOvf(QStringView uri);
// For elements: an OVF namespace, or no namespace at all. oVirt writes the children of an
// OVF Envelope unqualified (<References> with no default namespace); they are read as OVF
// and the validator reports the dialect.
bool isOvfElement(QStringView uri);
// True for CIM schema namespaces (RASD, VSSD, SASD, EPASD, common), including VirtualBox's
// variant with an ".xsd" suffix.
bool isCim(QStringView uri);
QString versionName(OvfVersion v);

} // namespace ovf::ns
