#include "deploytestkit.h"

#include <QProcess>

namespace deploykit {

using namespace Qt::StringLiterals;

bool runTool(const QString &program, const QStringList &args, QString *output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    const bool ok = p.waitForFinished(120'000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (output)
        *output = QString::fromUtf8(p.readAll());
    return ok;
}

QByteArray applianceDescriptor(qint64 vmdkSize, qint64 configSize)
{
    QByteArray ovf = testkit::readFile(QStringLiteral(OVFW_TEST_DATA_DIR "/tiny-appliance.ovf"));
    ovf.replace("@VMDK_SIZE@", QByteArray::number(vmdkSize));
    ovf.replace("@CFG_SIZE@", QByteArray::number(configSize));
    return ovf;
}

Appliance makeAppliance(const QString &dir, bool withManifest)
{
    Appliance a;
    a.raw = dir + u"/tiny.raw"_s;
    QByteArray raw(2 << 20, '\0');
    raw.replace(0, 1 << 20, testkit::payload(1 << 20, 5));
    testkit::writeFile(a.raw, raw);
    const QString vmdkPath = dir + u"/tiny.vmdk"_s;
    if (!runTool(u"qemu-img"_s, {u"convert"_s, u"-f"_s, u"raw"_s, u"-O"_s, u"vmdk"_s, u"-o"_s,
                                 u"subformat=streamOptimized"_s, a.raw, vmdkPath}))
        return a;
    const QByteArray vmdk = testkit::readFile(vmdkPath);
    a.config = "greeting=hello\n";
    const QByteArray ovf = applianceDescriptor(vmdk.size(), a.config.size());
    testkit::Members members{{"tiny.ovf", ovf}};
    if (withManifest)
        members.append({"tiny.mf", testkit::manifest({{"tiny.ovf", ovf}, {"disk1.vmdk", vmdk}, {"site.cfg", a.config}})});
    members.append({"disk1.vmdk", vmdk});
    members.append({"site.cfg", a.config});
    a.ova = dir + (withManifest ? u"/tiny.ova"_s : u"/tiny-unchecked.ova"_s);
    testkit::writeFile(a.ova, testkit::tar(members));
    return a;
}

} // namespace deploykit
