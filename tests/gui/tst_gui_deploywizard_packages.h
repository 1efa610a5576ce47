#pragma once

// The descriptors tst_gui_deploywizard packs (in a header: moc cannot read raw strings).

#include <QByteArray>

namespace {

const char kEulaMain[] = "MAIN LICENSE. You may run this appliance on any number of hosts.";
const char kEulaMainDe[] = "HAUPTLIZENZ. Sie duerfen diese Appliance auf beliebig vielen Hosts betreiben.";
const char kEulaExtra[] = "THIRD-PARTY NOTICES. The web server is under the Apache License 2.0.";

// The full test appliance: two deployment options, two EULAs (one translated to German),
// two networks, typed properties of several kinds in two categories, a password, a hidden
// property, one streamOptimized disk, the ISO transport.
QByteArray fullDescriptor(qint64 diskSize)
{
    return QByteArray(R"OVF(<?xml version="1.0" encoding="UTF-8"?>
<Envelope xmlns="http://schemas.dmtf.org/ovf/envelope/1" xmlns:ovf="http://schemas.dmtf.org/ovf/envelope/1"
 xmlns:rasd="http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocationSettingData"
 xmlns:vssd="http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_VirtualSystemSettingData" xml:lang="en-US">
  <References>
    <File ovf:id="file1" ovf:href="disk1.vmdk" ovf:size=")OVF") + QByteArray::number(diskSize) + R"OVF("/>
  </References>
  <DiskSection>
    <Info>Disks</Info>
    <Disk ovf:diskId="disk1" ovf:fileRef="file1" ovf:capacity="64" ovf:capacityAllocationUnits="byte * 2^20"
     ovf:format="http://www.vmware.com/interfaces/specifications/vmdk.html#streamOptimized"/>
  </DiskSection>
  <NetworkSection>
    <Info>Networks</Info>
    <Network ovf:name="Front"><Description>Where the web clients come from</Description></Network>
    <Network ovf:name="Back"><Description>The database network</Description></Network>
  </NetworkSection>
  <DeploymentOptionSection>
    <Info>Sizes</Info>
    <Configuration ovf:id="small" ovf:default="true">
      <Label>Small</Label><Description>One CPU and 256 MiB for up to 50 users.</Description>
    </Configuration>
    <Configuration ovf:id="large">
      <Label>Large</Label><Description>Two CPUs and 512 MiB for up to 500 users.</Description>
    </Configuration>
  </DeploymentOptionSection>
  <VirtualSystem ovf:id="web">
    <Info>The web appliance</Info>
    <Name>Web Appliance</Name>
    <AnnotationSection><Info>About</Info><Annotation>A tiny web appliance for testing the deploy wizard.</Annotation></AnnotationSection>
    <ProductSection ovf:class="org.example.web">
      <Info>Product</Info>
      <Product>Example Web Appliance</Product>
      <Vendor>Example Inc.</Vendor>
      <Version>2.1</Version>
      <FullVersion>2.1.7-build42</FullVersion>
      <Category>Network</Category>
      <Property ovf:key="hostname" ovf:type="string" ovf:qualifiers="MinLen(1),MaxLen(63)" ovf:userConfigurable="true" ovf:value="">
        <Label>Host name</Label><Description>The name the appliance answers to.</Description>
      </Property>
      <Property ovf:key="port" ovf:type="uint16" ovf:qualifiers="MinValue(1024) MaxValue(9999)" ovf:userConfigurable="true" ovf:value="8080">
        <Label>HTTP port</Label>
        <Value ovf:value="8443" ovf:configuration="large"/>
      </Property>
      <Property ovf:key="mode" ovf:type="string" ovf:qualifiers="ValueMap{&quot;http&quot;,&quot;https&quot;}" ovf:userConfigurable="true" ovf:value="http">
        <Label>Protocol</Label>
      </Property>
      <Category>Administration</Category>
      <Property ovf:key="password" ovf:type="string" ovf:qualifiers="MinLen(8)" ovf:password="true" ovf:userConfigurable="true" ovf:value="">
        <Label>Administrator password</Label>
      </Property>
      <Property ovf:key="debug" ovf:type="boolean" ovf:userConfigurable="true" ovf:value="false">
        <Label>Debug logging</Label>
      </Property>
      <Property ovf:key="quota" ovf:type="uint64" ovf:userConfigurable="true" ovf:value="10737418240">
        <Label>Upload quota in bytes</Label>
      </Property>
      <Property ovf:key="build" ovf:type="string" ovf:value="42">
        <Label>Build number</Label>
      </Property>
    </ProductSection>
    <EulaSection><Info>License</Info><License ovf:msgid="eula.main">)OVF" + QByteArray(kEulaMain) + R"OVF(</License></EulaSection>
    <EulaSection><Info>Notices</Info><License>)OVF" + QByteArray(kEulaExtra) + R"OVF(</License></EulaSection>
    <VirtualHardwareSection ovf:transport="iso">
      <Info>Hardware</Info>
      <System><vssd:ElementName>Virtual Hardware Family</vssd:ElementName><vssd:InstanceID>0</vssd:InstanceID>
        <vssd:VirtualSystemType>vmx-07</vssd:VirtualSystemType></System>
      <Item ovf:configuration="small"><rasd:ElementName>1 CPU</rasd:ElementName><rasd:InstanceID>1</rasd:InstanceID>
        <rasd:ResourceType>3</rasd:ResourceType><rasd:VirtualQuantity>1</rasd:VirtualQuantity></Item>
      <Item ovf:configuration="large"><rasd:ElementName>2 CPUs</rasd:ElementName><rasd:InstanceID>1</rasd:InstanceID>
        <rasd:ResourceType>3</rasd:ResourceType><rasd:VirtualQuantity>2</rasd:VirtualQuantity></Item>
      <Item><rasd:AllocationUnits>byte * 2^20</rasd:AllocationUnits><rasd:ElementName>Memory</rasd:ElementName>
        <rasd:InstanceID>2</rasd:InstanceID><rasd:ResourceType>4</rasd:ResourceType><rasd:VirtualQuantity>256</rasd:VirtualQuantity></Item>
      <Item><rasd:ElementName>IDE 0</rasd:ElementName><rasd:InstanceID>3</rasd:InstanceID>
        <rasd:ResourceSubType>PIIX4</rasd:ResourceSubType><rasd:ResourceType>5</rasd:ResourceType></Item>
      <Item><rasd:AddressOnParent>0</rasd:AddressOnParent><rasd:ElementName>Disk 1</rasd:ElementName>
        <rasd:HostResource>ovf:/disk/disk1</rasd:HostResource><rasd:InstanceID>4</rasd:InstanceID>
        <rasd:Parent>3</rasd:Parent><rasd:ResourceType>17</rasd:ResourceType></Item>
      <Item><rasd:AutomaticAllocation>true</rasd:AutomaticAllocation><rasd:Connection>Front</rasd:Connection>
        <rasd:ElementName>NIC 1</rasd:ElementName><rasd:InstanceID>5</rasd:InstanceID>
        <rasd:ResourceSubType>E1000</rasd:ResourceSubType><rasd:ResourceType>10</rasd:ResourceType></Item>
      <Item><rasd:AutomaticAllocation>true</rasd:AutomaticAllocation><rasd:Connection>Back</rasd:Connection>
        <rasd:ElementName>NIC 2</rasd:ElementName><rasd:InstanceID>6</rasd:InstanceID>
        <rasd:ResourceSubType>VmxNet3</rasd:ResourceSubType><rasd:ResourceType>10</rasd:ResourceType></Item>
    </VirtualHardwareSection>
  </VirtualSystem>
  <Strings xml:lang="de-DE">
    <Msg ovf:msgid="eula.main">)OVF" + QByteArray(kEulaMainDe) + R"OVF(</Msg>
  </Strings>
</Envelope>
)OVF";
}

// A package that asks nothing: no EULA, no options, no properties, no networks.
QByteArray plainDescriptor(qint64 diskSize)
{
    return QByteArray(R"OVF(<?xml version="1.0" encoding="UTF-8"?>
<Envelope xmlns="http://schemas.dmtf.org/ovf/envelope/1" xmlns:ovf="http://schemas.dmtf.org/ovf/envelope/1"
 xmlns:rasd="http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocationSettingData"
 xmlns:vssd="http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_VirtualSystemSettingData">
  <References><File ovf:id="file1" ovf:href="disk1.vmdk" ovf:size=")OVF") + QByteArray::number(diskSize) + R"OVF("/></References>
  <DiskSection><Info>Disks</Info>
    <Disk ovf:diskId="disk1" ovf:fileRef="file1" ovf:capacity="67108864"
     ovf:format="http://www.vmware.com/interfaces/specifications/vmdk.html#streamOptimized"/>
  </DiskSection>
  <VirtualSystem ovf:id="plain">
    <Info>Nothing to ask</Info>
    <VirtualHardwareSection><Info>Hardware</Info>
      <System><vssd:ElementName>Virtual Hardware Family</vssd:ElementName><vssd:InstanceID>0</vssd:InstanceID>
        <vssd:VirtualSystemType>vmx-07</vssd:VirtualSystemType></System>
      <Item><rasd:ElementName>1 CPU</rasd:ElementName><rasd:InstanceID>1</rasd:InstanceID>
        <rasd:ResourceType>3</rasd:ResourceType><rasd:VirtualQuantity>1</rasd:VirtualQuantity></Item>
      <Item><rasd:AllocationUnits>byte * 2^20</rasd:AllocationUnits><rasd:ElementName>Memory</rasd:ElementName>
        <rasd:InstanceID>2</rasd:InstanceID><rasd:ResourceType>4</rasd:ResourceType><rasd:VirtualQuantity>128</rasd:VirtualQuantity></Item>
      <Item><rasd:ElementName>IDE 0</rasd:ElementName><rasd:InstanceID>3</rasd:InstanceID>
        <rasd:ResourceType>5</rasd:ResourceType></Item>
      <Item><rasd:AddressOnParent>0</rasd:AddressOnParent><rasd:ElementName>Disk 1</rasd:ElementName>
        <rasd:HostResource>ovf:/disk/disk1</rasd:HostResource><rasd:InstanceID>4</rasd:InstanceID>
        <rasd:Parent>3</rasd:Parent><rasd:ResourceType>17</rasd:ResourceType></Item>
    </VirtualHardwareSection>
  </VirtualSystem>
</Envelope>
)OVF";
}

} // namespace
