#pragma once

// Descriptors of tst_e2e_freshhost (in a header: moc cannot read raw strings).

#include <QByteArray>

namespace {

// The tiny appliance as an operator downloads it: a Name, a NIC on "VM Network" and one on
// vCloud Director's "none", a property, the ISO transport. `efi`: its disk is the UEFI
// variant on a SATA controller, and vmw:Config asks for UEFI (so: OVMF on q35); otherwise
// the BIOS disk on IDE.
QByteArray freshHostDescriptor(qint64 vmdkSize, bool efi)
{
    const QByteArray controller = efi
        ? R"(<Item><rasd:ElementName>SATA</rasd:ElementName><rasd:InstanceID>3</rasd:InstanceID><rasd:ResourceSubType>vmware.sata.ahci</rasd:ResourceSubType><rasd:ResourceType>20</rasd:ResourceType></Item>)"
        : R"(<Item><rasd:Address>0</rasd:Address><rasd:ElementName>IDE 0</rasd:ElementName><rasd:InstanceID>3</rasd:InstanceID><rasd:ResourceType>5</rasd:ResourceType></Item>)";
    const QByteArray firmware = efi ? R"(<vmw:Config ovf:required="false" vmw:key="firmware" vmw:value="efi"/>)" : "";
    return QByteArray(R"OVF(<?xml version="1.0" encoding="UTF-8"?>
<Envelope xmlns="http://schemas.dmtf.org/ovf/envelope/1" xmlns:ovf="http://schemas.dmtf.org/ovf/envelope/1"
 xmlns:rasd="http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocationSettingData"
 xmlns:vssd="http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_VirtualSystemSettingData"
 xmlns:vmw="http://www.vmware.com/schema/ovf">
 <References><File ovf:id="file1" ovf:href="disk1.vmdk" ovf:size=")OVF") + QByteArray::number(vmdkSize) + R"OVF("/></References>
 <DiskSection><Info>Disks</Info>
  <Disk ovf:diskId="vmdisk1" ovf:fileRef="file1" ovf:capacity="64" ovf:capacityAllocationUnits="byte * 2^20"
   ovf:format="http://www.vmware.com/interfaces/specifications/vmdk.html#streamOptimized"/>
 </DiskSection>
 <NetworkSection><Info>Networks</Info><Network ovf:name="VM Network"/><Network ovf:name="none"/></NetworkSection>
 <VirtualSystem ovf:id="vm-7"><Info>The test appliance</Info>
  <Name>)OVF" + QByteArray(efi ? "UEFI Appliance" : "Fresh Host Appliance") + R"OVF(</Name>
  <ProductSection><Info>p</Info><Product>Tiny</Product>
   <Property ovf:key="hostname" ovf:type="string" ovf:userConfigurable="true" ovf:value="fresh-host"/>
  </ProductSection>
  <VirtualHardwareSection ovf:transport="iso"><Info>hw</Info>
   <System><vssd:ElementName>hw</vssd:ElementName><vssd:InstanceID>0</vssd:InstanceID><vssd:VirtualSystemType>vmx-13</vssd:VirtualSystemType></System>
   <Item><rasd:ElementName>cpu</rasd:ElementName><rasd:InstanceID>1</rasd:InstanceID><rasd:ResourceType>3</rasd:ResourceType><rasd:VirtualQuantity>1</rasd:VirtualQuantity></Item>
   <Item><rasd:AllocationUnits>byte * 2^20</rasd:AllocationUnits><rasd:ElementName>mem</rasd:ElementName><rasd:InstanceID>2</rasd:InstanceID><rasd:ResourceType>4</rasd:ResourceType><rasd:VirtualQuantity>256</rasd:VirtualQuantity></Item>
   )OVF" + controller + R"OVF(
   <Item><rasd:AddressOnParent>0</rasd:AddressOnParent><rasd:ElementName>disk</rasd:ElementName><rasd:HostResource>ovf:/disk/vmdisk1</rasd:HostResource><rasd:InstanceID>5</rasd:InstanceID><rasd:Parent>3</rasd:Parent><rasd:ResourceType>17</rasd:ResourceType></Item>
   <Item><rasd:Connection>VM Network</rasd:Connection><rasd:ElementName>lan</rasd:ElementName><rasd:InstanceID>6</rasd:InstanceID><rasd:ResourceSubType>E1000</rasd:ResourceSubType><rasd:ResourceType>10</rasd:ResourceType></Item>
   <Item><rasd:Connection>none</rasd:Connection><rasd:ElementName>wan</rasd:ElementName><rasd:InstanceID>7</rasd:InstanceID><rasd:ResourceSubType>E1000</rasd:ResourceSubType><rasd:ResourceType>10</rasd:ResourceType></Item>
   <Item><rasd:ElementName>serial</rasd:ElementName><rasd:InstanceID>8</rasd:InstanceID><rasd:ResourceType>21</rasd:ResourceType></Item>
   )OVF" + firmware + R"OVF(
  </VirtualHardwareSection>
 </VirtualSystem>
</Envelope>
)OVF";
}

} // namespace
