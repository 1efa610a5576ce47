// Runs the real ovfctl binary: `ovfctl deploy` plan checks, dry runs, answer files, usage.

#include "deploytestkit.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include "ovfctltestkit.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Result = testkit::OvfctlResult;
using testkit::ovfctl;

QString dataFile(const QString &name)
{
    return QStringLiteral(OVFW_TEST_DATA_DIR) + u'/' + name;
}

// An OVA of the test appliance (descriptor and manifest).
QString makeOva(const QTemporaryDir &dir)
{
    const QByteArray ovf = testkit::readFile(dataFile(u"deployplan-appliance.ovf"_s));
    const testkit::Members files{{"app.ovf", ovf}};
    const QString path = dir.filePath(u"app.ova"_s);
    testkit::writeFile(path, testkit::tar({{"app.ovf", ovf}, {"app.mf", testkit::manifest(files)}}));
    return path;
}

const QStringList goodChoices{u"--prop"_s, u"hostname=web1"_s, u"--prop"_s, u"secret=correct horse"_s,
                              u"--prop"_s, u"loop=x"_s, u"--net"_s, u"Front=default"_s, u"--net"_s, u"Back=isolated"_s};

} // namespace

class TestOvfctlDeploy : public QObject
{
    Q_OBJECT

private slots:
    void everyProblemAtOnce()
    {
        QTemporaryDir dir;
        const QString ova = makeOva(dir);
        const Result r = ovfctl({u"deploy"_s, ova, u"--target"_s, u"folder"_s, u"--out"_s, dir.filePath(u"out"_s),
                                 u"--prop"_s, u"port=70000"_s, u"--prop"_s, u"mode=c"_s, u"--net"_s, u"Front=default"_s,
                                 u"--dry-run"_s});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
        for (const QString &expected :
             {u"[eula] app#0"_s, u"[eula] db#0"_s, u"[property] hostname:"_s, u"[property] web server #1:port: 70000"_s,
              u"[property] db:port: 70000"_s, u"[property] mode: 'c'"_s, u"[property] secret:"_s,
              u"[network] Back: no target network"_s, u"--accept-eulas"_s, u"problems in the deployment plan"_s})
            QVERIFY2(r.err.contains(expected), qPrintable(expected + u"\n"_s + r.err));
        QVERIFY(!r.err.contains(u"[network] Front"_s));
        QVERIFY(!QFileInfo::exists(dir.filePath(u"out"_s)));
    }

    void dryRun()
    {
        QTemporaryDir dir;
        const QString ova = makeOva(dir);
        const Result r = ovfctl(QStringList{u"deploy"_s, ova, u"--target"_s, u"folder"_s, u"--out"_s, dir.filePath(u"out"_s),
                                            u"--accept-eulas"_s, u"--option"_s, u"large"_s, u"--dry-run"_s}
                                + goodChoices);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"Deployment option  large"_s));
        QVERIFY(r.out.contains(u"EULA app#0"_s));
        QVERIFY(r.out.contains(u"workers = 16"_s)); // the option's value
        QVERIFY(r.out.contains(u"==> ovf-env.xml of web-server-1"_s));
        QVERIFY(r.out.contains(u"==> ovf-env.xml of db"_s));
        QVERIFY(r.out.contains(u"<Property ovfenv:key=\"hostname\" ovfenv:value=\"web1\"/>"_s));
        QVERIFY(r.out.contains(u"<Property ovfenv:key=\"fqdn\" ovfenv:value=\"www.example.org\"/>"_s));
        QVERIFY(r.out.contains(u"<Entity ovfenv:id=\"db\">"_s));
        QVERIFY(r.out.contains(u"<name>web-server-1</name>"_s));
        QVERIFY(r.out.contains(u"<source network=\"isolated\"/>"_s));
        QVERIFY(r.out.contains(u"ovfctl deploy "_s + ova + u" --target folder"_s));
        QVERIFY2(!r.out.contains(u"correct horse"_s), "a password is printed");
        QVERIFY(!QFileInfo::exists(dir.filePath(u"out"_s)));
    }

    void answerFiles()
    {
        QTemporaryDir dir;
        const QString ova = makeOva(dir);
        const QString answers = dir.filePath(u"answers.json"_s);
        const Result first = ovfctl(QStringList{u"deploy"_s, ova, u"--target"_s, u"folder"_s, u"--out"_s,
                                                dir.filePath(u"out"_s), u"--accept-eulas"_s, u"--save-answers"_s,
                                                answers, u"--dry-run"_s}
                                    + goodChoices);
        QVERIFY2(first.code == 0, qPrintable(first.err));
        QVERIFY(QFileInfo::exists(answers));
        QCOMPARE(QFileInfo(answers).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
        // The answer file alone reproduces the run, EULA acceptances (and their time) included.
        const Result again = ovfctl({u"deploy"_s, ova, u"--answers"_s, answers, u"--dry-run"_s});
        QVERIFY2(again.code == 0, qPrintable(again.err));
        QCOMPARE(again.out, first.out);
        // Options override the answers.
        const Result changed = ovfctl({u"deploy"_s, ova, u"--answers"_s, answers, u"--prop"_s, u"port=8080"_s, u"--dry-run"_s});
        QCOMPARE(changed.code, 0);
        QVERIFY(changed.out.contains(u"ovfenv:key=\"port\" ovfenv:value=\"8080\""_s));

        // A tampered acceptance no longer counts.
        const QByteArray json = testkit::readFile(answers);
        QJsonObject root = QJsonDocument::fromJson(json).object();
        QJsonArray eulas = root.value(u"eulas").toArray();
        QJsonObject e0 = eulas.at(0).toObject();
        e0.insert(u"sha256"_s, QString(64, u'0'));
        eulas.replace(0, e0);
        root.insert(u"eulas"_s, eulas);
        root.insert(u"extra"_s, 1);
        testkit::writeFile(answers, QJsonDocument(root).toJson());
        const Result tampered = ovfctl({u"deploy"_s, ova, u"--answers"_s, answers, u"--dry-run"_s});
        QCOMPARE(tampered.code, 1);
        QVERIFY2(tampered.err.contains(u"extra: unknown key"_s), qPrintable(tampered.err));
        QVERIFY2(tampered.err.contains(u"app#0: the license text differs"_s), qPrintable(tampered.err));

        testkit::writeFile(answers, R"({"format":"ovf-workbench-answers","version":1,"networks":{"Front":7}})");
        const Result bad = ovfctl({u"deploy"_s, ova, u"--answers"_s, answers, u"--dry-run"_s});
        QCOMPARE(bad.code, 2);
        QVERIFY2(bad.err.contains(u"networks.Front: not a string"_s), qPrintable(bad.err));
    }

    void petStoreCollection()
    {
        QTemporaryDir dir;
        const Result r = ovfctl({u"deploy"_s, dataFile(u"dsp2017-petstore.ovf"_s), u"--target"_s, u"libvirt"_s,
                                 u"--connect"_s, u"test:///default"_s, u"--prop"_s, u"dbIp=10.20.132.102"_s,
                                 u"--prop"_s, u"db2Ip=10.20.132.103"_s, u"--prop"_s, u"appIp=10.20.132.101"_s,
                                 u"--prop"_s, u"adminEmail=ovf-admin@vmware.com"_s, u"--net"_s, u"VM Network=default"_s,
                                 u"--dry-run"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // DB1 and DB2 start before WebTier (StartupSection order).
        // VM names come from each system's Name.
        QVERIFY2(r.out.indexOf(u"1. Database-Instance-1  (OVF id \"DB1\")"_s) >= 0, qPrintable(r.out));
        QVERIFY(r.out.indexOf(u"3. WebTier"_s) > r.out.indexOf(u"2. Database-Instance-II"_s));
        QVERIFY(r.out.contains(u"<Property ovfenv:key=\"com.mydb.db.ip\" ovfenv:value=\"10.20.132.103\"/>"_s));
        QVERIFY(r.out.contains(u"--connect test:///default"_s));
        QVERIFY(r.out.contains(u"<source pool=\"default\""_s));
    }

    // A real deployment to the folder backend; the answer file records it.
    void deployToFolder()
    {
        QTemporaryDir dir;
        const deploykit::Appliance app = deploykit::makeAppliance(dir.path());
        QVERIFY(!app.ova.isEmpty());
        const QString out = dir.filePath(u"vms"_s);
        const QStringList args{u"deploy"_s, app.ova, u"--target"_s, u"folder"_s, u"--out"_s, out,
                               u"--prop"_s, u"hostname=cli-1"_s, u"--net"_s, u"VM Network=default"_s};
        const Result refused = ovfctl(args);
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(u"[eula] tiny#0"_s), qPrintable(refused.err));
        QVERIFY(!QFileInfo::exists(out));

        const Result r = ovfctl(args + QStringList{u"--accept-eulas"_s, u"--power-on"_s, u"--save-answers"_s,
                                                   dir.filePath(u"answers.json"_s)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"Deployed to "_s + out), qPrintable(r.out));
        QVERIFY(r.out.contains(u"Tiny-Appliance (started)"_s));
        QVERIFY(QFileInfo::exists(out + u"/Tiny-Appliance.xml"_s));
        QVERIFY(QFileInfo::exists(out + u"/disks/Tiny-Appliance-d1.qcow2"_s));
        QVERIFY(QFileInfo::exists(out + u"/Tiny-Appliance-env.iso"_s));

        // The same answers again: the output folder exists now, so the backend refuses and
        // nothing is changed.
        const Result again = ovfctl({u"deploy"_s, app.ova, u"--answers"_s, dir.filePath(u"answers.json"_s)});
        QCOMPARE(again.code, 1);
        QVERIFY2(again.err.contains(u"already exists"_s), qPrintable(again.err));
        QVERIFY(QFileInfo::exists(out + u"/Tiny-Appliance.xml"_s));
    }

    // A package without a manifest, and one whose manifest leaves the descriptor without a
    // digest (OVF Tool 4.0's blank padding): refused unless --allow-unchecked, which the
    // answer file records and a replay honours.
    void allowUnchecked()
    {
        QTemporaryDir dir;
        const deploykit::Appliance app = deploykit::makeAppliance(dir.path(), false);
        QVERIFY(!app.ova.isEmpty());
        const QStringList base{u"deploy"_s, app.ova, u"--target"_s, u"folder"_s, u"--prop"_s, u"hostname=cli-1"_s,
                               u"--net"_s, u"VM Network=none"_s, u"--accept-eulas"_s};
        const Result refused = ovfctl(base + QStringList{u"--out"_s, dir.filePath(u"a"_s)});
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(u"no manifest"_s) && refused.err.contains(u"--allow-unchecked"_s), qPrintable(refused.err));
        QVERIFY(!QFileInfo::exists(dir.filePath(u"a"_s)));

        const QString answers = dir.filePath(u"answers.json"_s);
        const Result r = ovfctl(base + QStringList{u"--out"_s, dir.filePath(u"b"_s), u"--allow-unchecked"_s,
                                                   u"--save-answers"_s, answers});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"Package trust: Unchecked"_s), qPrintable(r.out));
        QVERIFY2(r.err.contains(u"acknowledgement"_s), qPrintable(r.err));
        const QJsonObject json = QJsonDocument::fromJson(testkit::readFile(answers)).object();
        QCOMPARE(json.value(u"allowUnchecked"_s).toBool(), true);
        // The NIC on "none" is present with its link down in the folder's domain XML.
        QVERIFY(testkit::readFile(dir.filePath(u"b/Tiny-Appliance.xml"_s)).contains("<link state=\"down\"/>"));

        // The recorded acknowledgement is honoured on replay.
        const Result replay = ovfctl({u"deploy"_s, app.ova, u"--answers"_s, answers, u"--out"_s, dir.filePath(u"c"_s)});
        QVERIFY2(replay.code == 0, qPrintable(replay.err));

        // OVF Tool 4.0: the manifest's line for the descriptor is blank padding. Incomplete,
        // not Invalid: named, and deployable with the acknowledgement.
        const QString padded = dir.filePath(u"padded.ova"_s);
        QByteArray ovf;
        QByteArray vmdk;
        {
            const QString x = dir.filePath(u"x"_s);
            QDir().mkpath(x);
            QVERIFY(deploykit::runTool(u"tar"_s, {u"-xf"_s, app.ova, u"-C"_s, x}));
            ovf = testkit::readFile(x + u"/tiny.ovf"_s);
            vmdk = testkit::readFile(x + u"/disk1.vmdk"_s);
        }
        QVERIFY(!ovf.isEmpty() && !vmdk.isEmpty());
        const QByteArray mf = QByteArray(64, ' ') + "\n"
            + testkit::manifest({{"disk1.vmdk", vmdk}, {"site.cfg", app.config}});
        QVERIFY(testkit::writeFile(padded, testkit::tar({{"tiny.ovf", ovf}, {"tiny.mf", mf}, {"disk1.vmdk", vmdk},
                                                         {"site.cfg", app.config}})));
        const QStringList paddedArgs{u"deploy"_s, padded, u"--target"_s, u"folder"_s, u"--prop"_s, u"hostname=cli-2"_s,
                                     u"--net"_s, u"VM Network=default"_s, u"--accept-eulas"_s};
        const Result incomplete = ovfctl(paddedArgs + QStringList{u"--out"_s, dir.filePath(u"d"_s)});
        QCOMPARE(incomplete.code, 1);
        QVERIFY2(incomplete.err.contains(u"does not cover the package completely"_s), qPrintable(incomplete.err));
        QVERIFY2(incomplete.err.contains(u"no digest for the descriptor tiny.ovf"_s), qPrintable(incomplete.err));
        const Result acknowledged = ovfctl(paddedArgs + QStringList{u"--out"_s, dir.filePath(u"e"_s), u"--allow-unchecked"_s});
        QVERIFY2(acknowledged.code == 0, qPrintable(acknowledged.err));
        QVERIFY2(acknowledged.out.contains(u"Package trust: Incomplete"_s), qPrintable(acknowledged.out));
        const Result verify = ovfctl({u"verify"_s, padded});
        QCOMPARE(verify.code, 0); // not Invalid
        QVERIFY2(verify.out.contains(u"Incomplete"_s), qPrintable(verify.out));
    }

    // --domain-type reaches the domain XML, the printed command line and the answer file.
    void domainType()
    {
        QTemporaryDir dir;
        const QString ova = makeOva(dir);
        const QString answers = dir.filePath(u"answers.json"_s);
        const Result r = ovfctl(QStringList{u"deploy"_s, ova, u"--target"_s, u"folder"_s, u"--out"_s, dir.filePath(u"out"_s),
                                            u"--accept-eulas"_s, u"--domain-type"_s, u"qemu"_s, u"--save-answers"_s, answers,
                                            u"--dry-run"_s}
                                + goodChoices);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"<domain type=\"qemu\">"_s));
        QVERIFY(!r.out.contains(u"<domain type=\"kvm\">"_s));
        QVERIFY(r.out.contains(u" --domain-type qemu"_s));
        const QJsonObject target = QJsonDocument::fromJson(testkit::readFile(answers)).object().value(u"target").toObject();
        QCOMPARE(target.value(u"domainType").toString(), u"qemu"_s);
        const Result kvm = ovfctl({u"deploy"_s, ova, u"--answers"_s, answers, u"--domain-type"_s, u"kvm"_s, u"--dry-run"_s});
        QVERIFY2(kvm.code == 0, qPrintable(kvm.err));
        QVERIFY(kvm.out.contains(u"<domain type=\"kvm\">"_s));
        const Result fromFile = ovfctl({u"deploy"_s, ova, u"--answers"_s, answers, u"--dry-run"_s});
        QCOMPARE(fromFile.out, r.out);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("target") << QStringList{u"--target"_s, u"vmware"_s} << u"--target must be"_s;
        QTest::newRow("prop") << QStringList{u"--prop"_s, u"novalue"_s} << u"--prop wants KEY=VALUE"_s;
        QTest::newRow("connect") << QStringList{u"--target"_s, u"folder"_s, u"--connect"_s, u"qemu:///system"_s}
                                 << u"--connect needs --target libvirt"_s;
        QTest::newRow("format") << QStringList{u"--format"_s, u"vmdk"_s} << u"--format must be"_s;
        QTest::newRow("domain-type") << QStringList{u"--domain-type"_s, u"xen"_s} << u"--domain-type must be"_s;
        QTest::newRow("answers") << QStringList{u"--answers"_s, u"/nonexistent.json"_s} << u"/nonexistent.json"_s;
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Result r = ovfctl(QStringList{u"deploy"_s, dataFile(u"deployplan-appliance.ovf"_s)} + args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void help()
    {
        const Result list = ovfctl({u"--help"_s});
        QVERIFY(list.out.contains(u"deploy "_s));
        const Result r = ovfctl({u"help"_s, u"deploy"_s});
        QCOMPARE(r.code, 0);
        for (const QString &option : {u"--target"_s, u"--connect"_s, u"--out"_s, u"--option"_s, u"--prop"_s, u"--net"_s,
                                      u"--accept-eulas"_s, u"--answers"_s, u"--save-answers"_s, u"--power-on"_s, u"--dry-run"_s})
            QVERIFY2(r.out.contains(option), qPrintable(option));
    }
};

QTEST_GUILESS_MAIN(TestOvfctlDeploy)
#include "tst_ovfctl_deploy.moc"
