// Validator rules about complete hardware and licences: missing-processor-item,
// missing-memory-item, disk-without-controller, address-conflict, nic-without-network,
// empty-eula; and the one rule for authored property values (the properties editor agrees).
#include "model/commands/editsession.h"
#include "model/items/propertytablemodel.h"
#include "model/ovf/descriptor.h"
#include "model/validation/validator.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString envelope(const QString &hardware, const QString &extra = {})
{
    return u"<Envelope xmlns=\"http://schemas.dmtf.org/ovf/envelope/1\" xmlns:ovf=\"http://schemas.dmtf.org/ovf/envelope/1\" xmlns:rasd=\"http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocationSettingData\">\n"
    "  <References/>\n"
    "  <DiskSection><Info>Disks</Info><Disk ovf:diskId=\"d1\" ovf:capacity=\"1\" ovf:capacityAllocationUnits=\"byte * 2^30\"/><Disk ovf:diskId=\"d2\" ovf:capacity=\"1\" ovf:capacityAllocationUnits=\"byte * 2^30\"/></DiskSection>\n"
    "  <NetworkSection><Info>Networks</Info><Network ovf:name=\"lan\"><Description>LAN</Description></Network></NetworkSection>\n"
    "  <DeploymentOptionSection><Info>Options</Info>\n"
    "    <Configuration ovf:id=\"a\"><Label>A</Label><Description>A</Description></Configuration>\n"
    "    <Configuration ovf:id=\"b\"><Label>B</Label><Description>B</Description></Configuration>\n"
    "  </DeploymentOptionSection>\n"
    "  <VirtualSystem ovf:id=\"vm\"><Info>VM</Info>"_s
        + extra + u"<VirtualHardwareSection><Info>HW</Info>"_s + hardware + u"</VirtualHardwareSection></VirtualSystem></Envelope>"_s;
}

QString item(const QString &fields, const QString &attributes = {})
{
    return u"<Item"_s + attributes + u'>' + fields + u"</Item>"_s;
}

const QString cpu = item(u"<rasd:InstanceID>1</rasd:InstanceID><rasd:ResourceType>3</rasd:ResourceType><rasd:VirtualQuantity>1</rasd:VirtualQuantity>"_s);
const QString memory = item(u"<rasd:AllocationUnits>byte * 2^20</rasd:AllocationUnits><rasd:InstanceID>2</rasd:InstanceID><rasd:ResourceType>4</rasd:ResourceType><rasd:VirtualQuantity>512</rasd:VirtualQuantity>"_s);
const QString ide = item(u"<rasd:Address>0</rasd:Address><rasd:InstanceID>3</rasd:InstanceID><rasd:ResourceType>5</rasd:ResourceType>"_s);

QString disk(const QString &id, const QString &disk, const QString &address, const QString &attributes = {})
{
    return item(u"<rasd:AddressOnParent>"_s + address + u"</rasd:AddressOnParent><rasd:HostResource>ovf:/disk/"_s + disk
                    + u"</rasd:HostResource><rasd:InstanceID>"_s + id + u"</rasd:InstanceID><rasd:Parent>3</rasd:Parent><rasd:ResourceType>17</rasd:ResourceType>"_s,
                attributes);
}

QStringList rules(const QString &xml)
{
    auto d = ovf::Descriptor::fromBytes(xml.toUtf8(), u"t.ovf"_s);
    if (!d)
        return {d.error().toString()};
    QStringList out;
    for (const auto &p : ovf::validation::validate(**d).problems) {
        if (p.severity != ovf::validation::Severity::Info)
            out << p.ruleId;
    }
    return out;
}

} // namespace

class TestValidatorDevices : public QObject
{
    Q_OBJECT

private slots:
    void completeHardwareIsClean()
    {
        const QStringList r = rules(envelope(cpu + memory + ide + disk(u"4"_s, u"d1"_s, u"0"_s) + disk(u"5"_s, u"d2"_s, u"1"_s)));
        QVERIFY2(r.isEmpty(), qPrintable(r.join(u", "_s)));
    }

    void missingCpuAndMemory()
    {
        const QStringList r = rules(envelope(ide + disk(u"4"_s, u"d1"_s, u"0"_s) + disk(u"5"_s, u"d2"_s, u"1"_s)));
        QVERIFY(r.contains(u"missing-processor-item"_s));
        QVERIFY(r.contains(u"missing-memory-item"_s));
        // A per-option override without ResourceType counts as its device.
        const QString overridden = item(u"<rasd:InstanceID>1</rasd:InstanceID><rasd:VirtualQuantity>2</rasd:VirtualQuantity>"_s, u" ovf:configuration=\"b\""_s);
        QVERIFY(!rules(envelope(cpu + overridden + memory)).contains(u"missing-processor-item"_s));
    }

    void addressConflicts()
    {
        QVERIFY(rules(envelope(cpu + memory + ide + disk(u"4"_s, u"d1"_s, u"0"_s) + disk(u"5"_s, u"d2"_s, u"0"_s)))
                    .contains(u"address-conflict"_s));
        // Devices of options that exclude each other may share an address...
        QVERIFY(!rules(envelope(cpu + memory + ide + disk(u"4"_s, u"d1"_s, u"0"_s, u" ovf:configuration=\"a\""_s)
                                + disk(u"5"_s, u"d2"_s, u"0"_s, u" ovf:configuration=\"b\""_s)))
                     .contains(u"address-conflict"_s));
        // ...a device and its own override too, but not a general device and an option's one.
        QVERIFY(!rules(envelope(cpu + memory + ide + disk(u"4"_s, u"d1"_s, u"0"_s) + disk(u"4"_s, u"d1"_s, u"0"_s, u" ovf:configuration=\"a\""_s)))
                     .contains(u"address-conflict"_s));
        QVERIFY(rules(envelope(cpu + memory + ide + disk(u"4"_s, u"d1"_s, u"0"_s) + disk(u"5"_s, u"d2"_s, u"0"_s, u" ovf:configuration=\"a\""_s)))
                    .contains(u"address-conflict"_s));
    }

    void diskWithoutControllerAndNicWithoutNetwork()
    {
        const QString loose = item(u"<rasd:HostResource>ovf:/disk/d1</rasd:HostResource><rasd:InstanceID>4</rasd:InstanceID><rasd:ResourceType>17</rasd:ResourceType>"_s);
        const QString nic = item(u"<rasd:InstanceID>6</rasd:InstanceID><rasd:ResourceSubType>E1000</rasd:ResourceSubType><rasd:ResourceType>10</rasd:ResourceType>"_s);
        const QStringList r = rules(envelope(cpu + memory + loose + nic));
        QVERIFY(r.contains(u"disk-without-controller"_s));
        QVERIFY(r.contains(u"nic-without-network"_s));
    }

    void emptyEula()
    {
        const QString hw = cpu + memory;
        QVERIFY(rules(envelope(hw, u"<EulaSection><Info>L</Info><License>  </License></EulaSection>"_s)).contains(u"empty-eula"_s));
        QVERIFY(!rules(envelope(hw, u"<EulaSection><Info>L</Info><License>Terms</License></EulaSection>"_s)).contains(u"empty-eula"_s));
    }

    // The properties editor and the validator agree on a value (one rule: checkAuthoredValue).
    void editorAndValidatorAgree_data()
    {
        QTest::addColumn<QString>("attributes");
        QTest::addColumn<bool>("error");
        QTest::newRow("password MinLen, no default, user-configurable")
            << u"ovf:type=\"string\" ovf:qualifiers=\"MinLen(12)\" ovf:password=\"true\" ovf:userConfigurable=\"true\""_s << false;
        QTest::newRow("password MinLen, empty default, user-configurable")
            << u"ovf:type=\"string\" ovf:qualifiers=\"MinLen(12)\" ovf:password=\"true\" ovf:userConfigurable=\"true\" ovf:value=\"\""_s << false;
        QTest::newRow("fixed empty string below MinLen")
            << u"ovf:type=\"string\" ovf:qualifiers=\"MinLen(12)\" ovf:value=\"\""_s << true;
        QTest::newRow("placeholder") << u"ovf:type=\"uint8\" ovf:value=\"${other}\""_s << false;
        QTest::newRow("out of range") << u"ovf:type=\"uint8\" ovf:value=\"300\""_s << true;
        QTest::newRow("fine") << u"ovf:type=\"uint8\" ovf:value=\"3\""_s << false;
    }

    void editorAndValidatorAgree()
    {
        QFETCH(QString, attributes);
        QFETCH(bool, error);
        const QString xml = envelope(cpu + memory, u"<ProductSection><Info>P</Info><Property ovf:key=\"p\" "_s + attributes
                                                       + u"/><Property ovf:key=\"other\" ovf:type=\"uint8\" ovf:value=\"1\"/></ProductSection>"_s);
        const bool validatorError = rules(xml).contains(u"invalid-property-value"_s);
        auto d = ovf::Descriptor::fromBytes(xml.toUtf8(), u"t.ovf"_s);
        QVERIFY(d);
        ovf::commands::EditSession session(std::move(*d));
        ovf::items::PropertyTableModel model(&session);
        model.setSection(session.descriptor().envelope().content().productSections().constFirst().element());
        const bool editorError = !model.problem(0).isEmpty();
        QCOMPARE(validatorError, error);
        QCOMPARE(editorError, error);
    }
};

QTEST_GUILESS_MAIN(TestValidatorDevices)
#include "tst_validator_devices.moc"
