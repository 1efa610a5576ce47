#include "e2etestkit.h"

#include "packagetestkit.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QThread>

#include <cstdio>
#include <cstdlib>

namespace e2ekit {

using namespace Qt::StringLiterals;

const QString kState = QStringLiteral(OVFW_BINARY_DIR "/e2e/libvirt-state");
const QString kAppliance = QStringLiteral(OVFW_BINARY_DIR "/e2e/appliance");
const QString kScripts = QStringLiteral(OVFW_SOURCE_DIR "/tests/e2e");

int runScript(const QString &script, const QStringList &args, QString *output, int timeoutMs)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(u"bash"_s, QStringList{kScripts + u'/' + script} + args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        *output = u"timed out"_s;
        return -1;
    }
    *output = QString::fromUtf8(p.readAll());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

Run run(const QString &program, const QStringList &args, const QString &consoleDir, int timeoutMs)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"OVFW_DOMAIN_TYPE"_s, u"qemu"_s);
    if (!consoleDir.isEmpty())
        env.insert(u"OVFW_CONSOLE_LOG_DIR"_s, consoleDir);
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs))
        return {-1, program + u" did not finish"_s};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAll())};
}

Run ovfctl(const QStringList &args, const QString &consoleDir)
{
    return run(QStringLiteral(OVFCTL_PATH), args, consoleDir);
}

bool virsh(const QStringList &args)
{
    QProcess p;
    p.start(u"virsh"_s, QStringList{u"-c"_s, u"qemu:///system"_s} + args);
    return p.waitForFinished(60000) && p.exitCode() == 0;
}

std::expected<bool, QString> setUp()
{
    QDir().mkpath(QStringLiteral(OVFW_BINARY_DIR "/e2e"));
    QString output;
    if (runScript(u"build-test-appliance.sh"_s, {kAppliance}, &output) != 0)
        return std::unexpected(u"cannot build the test appliance:\n"_s + output);
    if (runScript(u"libvirtd-up.sh"_s, {kState}, &output, 300000) != 0) {
        std::fprintf(stderr, "SKIP: libvirtd cannot be started here, so the end-to-end deploy is not run:\n%s\n",
                     qPrintable(output));
        std::exit(77);
    }
    return !QFileInfo::exists(kState + u"/external"_s);
}

void tearDown(bool startedDaemon)
{
    if (startedDaemon) {
        QString output;
        runScript(u"libvirtd-down.sh"_s, {kState}, &output);
    }
}

std::expected<QByteArray, QByteArray> waitForEnvironment(const QString &log, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    QByteArray serial;
    while (clock.elapsed() < timeoutMs) {
        serial = testkit::readFile(log);
        if (serial.contains("===OVF-ENV-END===") || serial.contains("===OVF-ENV-NO-CDROM==="))
            break;
        QThread::msleep(500);
    }
    const qsizetype begin = serial.indexOf("===OVF-ENV-BEGIN===");
    const qsizetype end = serial.indexOf("===OVF-ENV-END===");
    if (begin < 0 || end < begin)
        return std::unexpected("no environment on the console; its tail:\n" + serial.right(2000));
    return serial.mid(begin, end - begin);
}

QByteArray applianceDescriptor(qint64 vmdkSize, const QByteArray &product)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<Envelope xmlns=\"http://schemas.dmtf.org/ovf/envelope/1\" xmlns:ovf=\"http://schemas.dmtf.org/ovf/envelope/1\"\n"
           " xmlns:rasd=\"http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocationSettingData\"\n"
           " xmlns:vssd=\"http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_VirtualSystemSettingData\">\n"
           " <References><File ovf:id=\"file1\" ovf:href=\"disk1.vmdk\" ovf:size=\"" + QByteArray::number(vmdkSize) + "\"/></References>\n"
           " <DiskSection><Info>Disks</Info>\n"
           "  <Disk ovf:diskId=\"vmdisk1\" ovf:fileRef=\"file1\" ovf:capacity=\"64\" ovf:capacityAllocationUnits=\"byte * 2^20\"\n"
           "   ovf:format=\"http://www.vmware.com/interfaces/specifications/vmdk.html#streamOptimized\"/>\n"
           " </DiskSection>\n"
           " <VirtualSystem ovf:id=\"tiny\"><Info>The test appliance</Info>\n" + product +
           "  <VirtualHardwareSection ovf:transport=\"iso\"><Info>hw</Info>\n"
           "   <System><vssd:ElementName>hw</vssd:ElementName><vssd:InstanceID>0</vssd:InstanceID><vssd:VirtualSystemType>vmx-07</vssd:VirtualSystemType></System>\n"
           "   <Item><rasd:ElementName>cpu</rasd:ElementName><rasd:InstanceID>1</rasd:InstanceID><rasd:ResourceType>3</rasd:ResourceType><rasd:VirtualQuantity>1</rasd:VirtualQuantity></Item>\n"
           "   <Item><rasd:AllocationUnits>byte * 2^20</rasd:AllocationUnits><rasd:ElementName>mem</rasd:ElementName><rasd:InstanceID>2</rasd:InstanceID><rasd:ResourceType>4</rasd:ResourceType><rasd:VirtualQuantity>256</rasd:VirtualQuantity></Item>\n"
           "   <Item><rasd:Address>0</rasd:Address><rasd:ElementName>ide0</rasd:ElementName><rasd:InstanceID>3</rasd:InstanceID><rasd:ResourceType>5</rasd:ResourceType></Item>\n"
           "   <Item><rasd:Address>1</rasd:Address><rasd:ElementName>ide1</rasd:ElementName><rasd:InstanceID>4</rasd:InstanceID><rasd:ResourceType>5</rasd:ResourceType></Item>\n"
           "   <Item><rasd:AddressOnParent>0</rasd:AddressOnParent><rasd:ElementName>disk</rasd:ElementName><rasd:HostResource>ovf:/disk/vmdisk1</rasd:HostResource><rasd:InstanceID>5</rasd:InstanceID><rasd:Parent>3</rasd:Parent><rasd:ResourceType>17</rasd:ResourceType></Item>\n"
           "   <Item><rasd:AddressOnParent>0</rasd:AddressOnParent><rasd:ElementName>cd</rasd:ElementName><rasd:InstanceID>6</rasd:InstanceID><rasd:Parent>4</rasd:Parent><rasd:ResourceType>15</rasd:ResourceType></Item>\n"
           "   <Item><rasd:ElementName>serial</rasd:ElementName><rasd:InstanceID>7</rasd:InstanceID><rasd:ResourceType>21</rasd:ResourceType></Item>\n"
           "  </VirtualHardwareSection>\n"
           " </VirtualSystem>\n"
           "</Envelope>\n";
}

bool writeApplianceOva(const QString &path, const QByteArray &product)
{
    const QByteArray vmdk = testkit::readFile(kAppliance + u"/disk1.vmdk"_s);
    if (vmdk.isEmpty())
        return false;
    const QByteArray ovf = applianceDescriptor(vmdk.size(), product);
    return testkit::writeFile(path, testkit::tar({{"tiny.ovf", ovf},
                                                  {"tiny.mf", testkit::manifest({{"tiny.ovf", ovf}, {"disk1.vmdk", vmdk}})},
                                                  {"disk1.vmdk", vmdk}}));
}

std::expected<void, QString> checkPackagedDisk(const QString &ova, const QString &source,
                                                      const QString &sourceFormat, const QString &workDir)
{
    if (!QDir().mkpath(workDir))
        return std::unexpected(u"cannot create "_s + workDir);
    Run r = run(u"tar"_s, {u"-xf"_s, ova, u"-C"_s, workDir});
    if (r.exitCode != 0)
        return std::unexpected(u"tar -xf "_s + ova + u":\n"_s + r.out);
    const QStringList vmdks = QDir(workDir).entryList({u"*.vmdk"_s}, QDir::Files);
    if (vmdks.size() != 1)
        return std::unexpected(u"%1 VMDK members in %2: %3"_s.arg(vmdks.size()).arg(ova, vmdks.join(u", "_s)));
    const QString vmdk = QDir(workDir).filePath(vmdks.first());
    r = run(u"qemu-img"_s, {u"check"_s, u"-f"_s, u"vmdk"_s, vmdk});
    if (r.exitCode != 0)
        return std::unexpected(u"qemu-img check:\n"_s + r.out);
    r = run(u"qemu-img"_s, {u"compare"_s, u"-f"_s, sourceFormat, u"-F"_s, u"vmdk"_s, source, vmdk});
    if (r.exitCode != 0)
        return std::unexpected(u"qemu-img compare:\n"_s + r.out);
    return {};
}

std::expected<QByteArray, QString> bootOnLibvirt(ovf::deploy::LibvirtConnection &conn, const QString &ova,
                                                       const QString &systemId, const QString &vm, const QString &dir,
                                                       const QStringList &args)
{
    const QString disks = QDir(dir).filePath(u"disks"_s);
    if (!QDir().mkpath(disks))
        return std::unexpected(u"cannot create "_s + disks);
    struct Cleanup
    {
        ovf::deploy::LibvirtConnection &conn;
        QString vm;
        ~Cleanup()
        {
            if (conn.isDomainActive(vm))
                conn.destroyDomain(vm);
            if (conn.hasDomain(vm))
                conn.undefineDomain(vm);
        }
    } cleanup{conn, vm};
    const Run deployed = ovfctl(QStringList{u"deploy"_s, ova, u"--target"_s, u"libvirt"_s, u"--connect"_s,
                                            u"qemu:///system"_s, u"--storage"_s, disks, u"--name"_s,
                                            systemId + u'=' + vm, u"--power-on"_s}
                                    + args,
                                dir);
    if (deployed.exitCode != 0)
        return std::unexpected(u"ovfctl deploy:\n"_s + deployed.out);
    auto printed = waitForEnvironment(QDir(dir).filePath(vm + u"-console.log"_s));
    if (!printed)
        return std::unexpected(QString::fromUtf8(printed.error()));
    return *printed;
}

} // namespace e2ekit
