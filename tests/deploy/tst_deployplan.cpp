// The deployment plan: property values (defaults, per-configuration values, ${...}
// references, validation), networks, EULA acceptances, VM names, targets; the answer file;
// the equivalent command line.

#include "model/deploy/answerfile.h"
#include "model/deploy/plancheck.h"
#include "model/ovf/descriptor.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ovf;
using namespace ovf::deploy;

namespace {



std::unique_ptr<Descriptor> load()
{
    auto d = Descriptor::load(QStringLiteral(OVFW_TEST_DATA_DIR "/deployplan-appliance.ovf"));
    if (!d)
        qFatal("%s", qPrintable(d.error().toString()));
    return std::move(*d);
}

const ResolvedProperty *find(const PlanCheck &c, const QString &entity, const QString &key)
{
    for (const ResolvedProperty &p : c.properties) {
        if (p.entityId == entity && p.fullKey == key)
            return &p;
    }
    return nullptr;
}

QStringList subjects(const PlanCheck &c, PlanProblem::Kind kind)
{
    QStringList out;
    for (const PlanProblem &p : c.problems) {
        if (p.kind == kind)
            out.append(p.subject);
    }
    return out;
}

// A plan that satisfies the appliance.
Plan goodPlan(const Envelope &e)
{
    Plan plan;
    plan.package = u"/tmp/app.ova"_s;
    plan.backend = BackendKind::Folder;
    plan.outputPath = u"/tmp/out"_s;
    plan.properties = {{u"hostname"_s, u"web1"_s}, {u"secret"_s, u"correct horse"_s}, {u"loop"_s, u"x"_s}};
    plan.networks = {{u"Front"_s, u"default"_s}, {u"Back"_s, u"isolated"_s}};
    const QDateTime when = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    for (const PackageEula &eula : packageEulas(e))
        plan.eulaAcceptances.append(acceptEula(eula, u"de-DE"_s, when));
    return plan;
}

} // namespace

class TestDeployPlan : public QObject
{
    Q_OBJECT

private slots:
    void goodPlanPasses()
    {
        auto d = load();
        const Plan plan = goodPlan(d->envelope());
        const PlanCheck c = checkPlan(d->envelope(), plan);
        QStringList all;
        for (const PlanProblem &p : c.problems)
            all.append(p.toString());
        QVERIFY2(c.ok(), qPrintable(all.join(u"; "_s)));
        QCOMPARE(c.effective.configuration(), u"small"_s);
        QCOMPARE(c.effective.systems().size(), 2);
        // Defaults, per-configuration values, references into the collection.
        QCOMPARE(find(c, u"web server #1"_s, u"port"_s)->value, u"80"_s);
        QCOMPARE(find(c, u"web server #1"_s, u"port"_s)->source, ResolvedProperty::Source::Default);
        QCOMPARE(find(c, u"db"_s, u"port"_s)->value, u"5432"_s);
        QCOMPARE(find(c, u"web server #1"_s, u"workers"_s)->value, u"2"_s);
        QCOMPARE(find(c, u"web server #1"_s, u"fqdn"_s)->value, u"www.example.org"_s);
        QCOMPARE(find(c, u"web server #1"_s, u"fqdn"_s)->rawValue, u"www.${com.example.domain}"_s);
        QCOMPARE(find(c, u"web server #1"_s, u"loop2"_s)->value, u"x"_s); // the cycle is broken by the plan
        QCOMPARE(find(c, u"app"_s, u"com.example.domain"_s)->value, u"example.org"_s);
        // Names generated from the ids.
        QCOMPARE(c.vmNames.value(u"web server #1"_s), u"web-server-1"_s);
        QCOMPARE(c.vmNames.value(u"db"_s), u"db"_s);
        QCOMPARE(c.networks.value(u"Back"_s), u"isolated"_s);
        QCOMPARE(c.ovfNetworks, (QStringList{u"Front"_s, u"Back"_s}));
        QCOMPARE(c.storage, u"/tmp/out/disks"_s);

        Plan large = plan;
        large.deploymentOption = u"large"_s;
        large.properties.insert(u"com.example.domain"_s, u"corp.test"_s);
        const PlanCheck l = checkPlan(d->envelope(), large);
        QVERIFY(l.ok());
        QCOMPARE(find(l, u"web server #1"_s, u"workers"_s)->value, u"16"_s);
        QCOMPARE(find(l, u"web server #1"_s, u"workers"_s)->source, ResolvedProperty::Source::ConfigurationValue);
        QCOMPARE(find(l, u"web server #1"_s, u"fqdn"_s)->value, u"www.corp.test"_s);
    }

    void everyProblemAtOnce()
    {
        auto d = load();
        Plan plan;
        plan.backend = BackendKind::Folder; // no output folder
        plan.deploymentOption = u"huge"_s;
        plan.properties = {
            {u"port"_s, u"70000"_s},                  // both entities: above uint16
            {u"db:port"_s, u"5433"_s},                // entity-qualified wins for db
            {u"mode"_s, u"c"_s},                      // not in the ValueMap
            {u"secret"_s, u"short"_s},                // MinLen(8), a password
            {u"build"_s, u"43"_s},                    // not user-configurable
            {u"nosuch"_s, u"1"_s},                    // no such property
            {u"ghost:port"_s, u"1"_s},                // no such entity
            {u"fqdn"_s, u"${nowhere}"_s},             // a reference to nothing
        };
        plan.networks = {{u"Front"_s, u"default"_s}, {u"Elsewhere"_s, u"x"_s}};
        plan.names = {{u"db"_s, u"bad name!"_s}, {u"nosys"_s, u"x"_s}};
        const PlanCheck c = checkPlan(d->envelope(), plan);
        QVERIFY(!c.ok());
        QCOMPARE(subjects(c, PlanProblem::Kind::Option), QStringList{u"huge"_s});
        QCOMPARE(subjects(c, PlanProblem::Kind::Eula), (QStringList{u"app#0"_s, u"db#0"_s}));
        QStringList props = subjects(c, PlanProblem::Kind::Property);
        props.sort();
        QCOMPARE(props, (QStringList{u"build"_s, u"fqdn"_s, u"ghost:port"_s, u"hostname"_s, u"loop"_s, u"loop2"_s,
                                     u"mode"_s, u"nosuch"_s, u"secret"_s, u"web server #1:port"_s}));
        for (const PlanProblem &p : c.problems) {
            QVERIFY2(!p.message.isEmpty(), qPrintable(p.subject));
            QVERIFY2(!p.message.contains(u"short"_s), qPrintable(p.message)); // a password is never quoted
        }
        QCOMPARE(find(c, u"db"_s, u"port"_s)->value, u"5433"_s);
        QVERIFY(find(c, u"db"_s, u"port"_s)->valid);
        QVERIFY(find(c, u"web server #1"_s, u"port"_s)->reason.contains(u"70000"_s));
        QVERIFY(find(c, u"web server #1"_s, u"fqdn"_s)->reason.contains(u"nowhere"_s));
        QVERIFY(find(c, u"web server #1"_s, u"build"_s)->reason.contains(u"not user-configurable"_s));
        QVERIFY(find(c, u"web server #1"_s, u"hostname"_s)->reason.contains(u"required"_s)
                || find(c, u"web server #1"_s, u"hostname"_s)->reason.contains(u"MinLen"_s)
                || !find(c, u"web server #1"_s, u"hostname"_s)->valid);
        QVERIFY(find(c, u"web server #1"_s, u"loop"_s)->reason.contains(u"itself"_s));
        QCOMPARE(subjects(c, PlanProblem::Kind::Network), (QStringList{u"Back"_s, u"Elsewhere"_s}));
        QCOMPARE(subjects(c, PlanProblem::Kind::Name), (QStringList{u"db"_s, u"nosys"_s}));
        QCOMPARE(subjects(c, PlanProblem::Kind::Target), QStringList{u"out"_s});
    }

    void eulaAcceptances()
    {
        auto d = load();
        const QList<PackageEula> eulas = packageEulas(d->envelope());
        QCOMPARE(eulas.size(), 2);
        QCOMPARE(eulas.at(0).entityId, u"app"_s);
        QCOMPARE(eulas.at(0).texts.value(u"de-DE"_s), u"Sie stimmen zu."_s);
        const QDateTime when = QDateTime(QDate(2026, 5, 1), QTime(12, 0), Qt::OffsetFromUTC, 7200);
        const EulaAcceptance de = acceptEula(eulas.at(0), u"de-DE"_s, when);
        QCOMPARE(de.sha256, eulaDigest(u"Sie stimmen zu."_s));
        QCOMPARE(de.sha256.size(), 64);
        QCOMPARE(de.locale, u"de-DE"_s);
        // No French text: the default text was shown, in the Envelope's xml:lang.
        const EulaAcceptance fr = acceptEula(eulas.at(0), u"fr-FR"_s, when);
        QCOMPARE(fr.locale, u"en-US"_s);
        QCOMPARE(fr.sha256, eulaDigest(u"You agree."_s));
        QCOMPARE(de.acceptedAt.timeSpec(), Qt::UTC);
        QCOMPARE(de.acceptedAt.time(), QTime(10, 0));
        QVERIFY(acceptanceMatches(de, eulas.at(0)));
        QVERIFY(!acceptanceMatches(de, eulas.at(1)));
        EulaAcceptance tampered = de;
        tampered.sha256 = eulaDigest(u"Something else"_s);
        QVERIFY(!acceptanceMatches(tampered, eulas.at(0)));

        Plan plan = goodPlan(d->envelope());
        plan.eulaAcceptances[0] = tampered;
        const PlanCheck c = checkPlan(d->envelope(), plan);
        QCOMPARE(c.problems.size(), 1);
        QCOMPARE(c.problems.constFirst().subject, u"app#0"_s);
        QVERIFY(c.problems.constFirst().message.contains(u"differs"_s));
    }

    void names()
    {
        QCOMPARE(sanitizeVmName(u"web server #1"_s), u"web-server-1"_s);
        QCOMPARE(sanitizeVmName(u"../../etc/passwd"_s), u"etc-passwd"_s);
        QCOMPARE(sanitizeVmName(u"<>"_s), u"vm"_s);
        QCOMPARE(sanitizeVmName(QString(100, u'a')).size(), 63);
        QCOMPARE(sanitizeVmName(u"Grüße"_s), u"Gr-e"_s);
        QVERIFY(isValidVmName(u"db-1.test_x"_s));
        QVERIFY(!isValidVmName(u"-db"_s));
        QVERIFY(!isValidVmName(u""_s));

        // Two systems whose ids sanitise alike get distinct names; a given name is kept.
        auto d = load();
        Plan plan = goodPlan(d->envelope());
        plan.names = {{u"db"_s, u"web-server-1"_s}};
        const PlanCheck c = checkPlan(d->envelope(), plan);
        QVERIFY(c.ok());
        QCOMPARE(c.vmNames.value(u"db"_s), u"web-server-1"_s);
        QCOMPARE(c.vmNames.value(u"web server #1"_s), u"web-server-1-2"_s);
    }

    void libvirtTarget()
    {
        auto d = load();
        Plan plan = goodPlan(d->envelope());
        plan.backend = BackendKind::Libvirt;
        plan.outputPath.clear();
        PlanCheck c = checkPlan(d->envelope(), plan);
        QVERIFY(c.ok());
        QCOMPARE(c.storage, u"default"_s);
        plan.storage = u"../pool"_s;
        plan.libvirtUri.clear();
        c = checkPlan(d->envelope(), plan);
        QCOMPARE(subjects(c, PlanProblem::Kind::Storage), QStringList{u"../pool"_s});
        QCOMPARE(subjects(c, PlanProblem::Kind::Target), QStringList{u"connect"_s});
    }

    void commandLine()
    {
        QCOMPARE(shellQuote(u"abc-1.2/x:y=z"_s), u"abc-1.2/x:y=z"_s);
        QCOMPARE(shellQuote(u""_s), u"''"_s);
        QCOMPARE(shellQuote(u"a b"_s), u"'a b'"_s);
        QCOMPARE(shellQuote(u"it's"_s), u"'it'\\''s'"_s);
        QCOMPARE(shellQuote(u"$HOME"_s), u"'$HOME'"_s);

        Plan plan;
        plan.package = u"my app.ova"_s;
        plan.backend = BackendKind::Libvirt;
        plan.libvirtUri = u"qemu:///session"_s;
        plan.deploymentOption = u"large"_s;
        plan.properties = {{u"hostname"_s, u"web 1"_s}, {u"secret"_s, u"p'w"_s}};
        plan.networks = {{u"VM Network"_s, u"default"_s}};
        plan.names = {{u"vm"_s, u"web1"_s}};
        plan.storage = u"fast"_s;
        plan.diskFormat = DiskFormat::Raw;
        plan.powerOn = true;
        plan.eulaAcceptances.append(EulaAcceptance{});
        QCOMPARE(plan.toCommandLine(),
                 u"ovfctl deploy 'my app.ova' --target libvirt --connect qemu:///session --option large "
                 "--prop 'hostname=web 1' --prop 'secret=p'\\''w' --net 'VM Network=default' --name vm=web1 "
                 "--storage fast --format raw --accept-eulas --power-on"_s);
        QVERIFY(plan.toCommandLine({u"secret"_s}).contains(u"secret=********"_s));

        Plan folder;
        folder.package = u"a.ova"_s;
        folder.outputPath = u"/srv/vms"_s;
        QCOMPARE(folder.toCommandLine(), u"ovfctl deploy a.ova --target folder --out /srv/vms"_s);
    }

    void answerFileRoundTrip()
    {
        auto d = load();
        Plan plan = goodPlan(d->envelope());
        plan.deploymentOption = u"large"_s;
        plan.names = {{u"db"_s, u"db-1"_s}};
        plan.storage = u"/srv/disks"_s;
        plan.diskFormat = DiskFormat::Raw;
        plan.powerOn = true;
        plan.locale = u"de-AT"_s; // the environment's PlatformSection Locale
        plan.properties.insert(u"db:port"_s, u"6000"_s);

        QTemporaryDir dir;
        const QString path = dir.filePath(u"answers.json"_s);
        QVERIFY(AnswerFile::write(path, plan));
        QCOMPARE(QFileInfo(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"answers.json"_s});
        const auto read = AnswerFile::read(path);
        QVERIFY2(read, qPrintable(read.error()));
        QVERIFY(read->warnings.isEmpty());
        QCOMPARE(read->plan, plan);

        Plan libvirt = plan;
        libvirt.backend = BackendKind::Libvirt;
        libvirt.libvirtUri = u"qemu+ssh://host/system"_s;
        libvirt.outputPath.clear();
        libvirt.storage = u"fast"_s;
        const auto again = AnswerFile::parse(AnswerFile::toJson(libvirt));
        QVERIFY(again);
        QCOMPARE(again->plan, libvirt);
        QVERIFY(checkPlan(d->envelope(), again->plan).ok());
    }

    void answerFileErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("not json") << QByteArray("{") << u"not valid JSON"_s;
        QTest::newRow("array") << QByteArray("[]") << u"not a JSON object"_s;
        QTest::newRow("format") << QByteArray(R"({"format":"other","version":1})") << u"format"_s;
        QTest::newRow("newer") << QByteArray(R"({"format":"ovf-workbench-answers","version":2})") << u"version: 2 is newer"_s;
        QTest::newRow("no version") << QByteArray(R"({"format":"ovf-workbench-answers"})") << u"version"_s;
        QTest::newRow("property") << QByteArray(R"({"format":"ovf-workbench-answers","version":1,"properties":{"a":1}})")
                                  << u"properties.a: not a string"_s;
        QTest::newRow("backend") << QByteArray(R"({"format":"ovf-workbench-answers","version":1,"target":{"backend":"vmware"}})")
                                 << u"target.backend"_s;
        QTest::newRow("format value") << QByteArray(R"({"format":"ovf-workbench-answers","version":1,"diskFormat":"vmdk"})")
                                      << u"diskFormat"_s;
        QTest::newRow("powerOn") << QByteArray(R"({"format":"ovf-workbench-answers","version":1,"powerOn":"yes"})")
                                 << u"powerOn: not a boolean"_s;
        QTest::newRow("locale") << QByteArray(R"({"format":"ovf-workbench-answers","version":1,"locale":"de_AT"})")
                                << u"locale:"_s;
        QTest::newRow("eula digest") << QByteArray(R"({"format":"ovf-workbench-answers","version":1,"eulas":[{"entity":"a","index":0,"sha256":"xyz","acceptedAt":"2026-01-01T00:00:00Z"}]})")
                                     << u"eulas[0].sha256"_s;
        QTest::newRow("eula time") << QByteArray(R"({"format":"ovf-workbench-answers","version":1,"eulas":[{"entity":"a","index":0,"sha256":"0000000000000000000000000000000000000000000000000000000000000000","acceptedAt":"yesterday"}]})")
                                   << u"eulas[0].acceptedAt"_s;
    }

    void answerFileErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const auto parsed = AnswerFile::parse(json);
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().contains(error), qPrintable(parsed.error()));
    }

    void answerFileWarnings()
    {
        const auto parsed = AnswerFile::parse(
            R"({"format":"ovf-workbench-answers","version":1,"colour":"blue","target":{"backend":"folder","out":"/x","speed":1}})");
        QVERIFY(parsed);
        QCOMPARE(parsed->warnings.size(), 2);
        QVERIFY(parsed->warnings.at(0).startsWith(u"colour"_s));
        QVERIFY(parsed->warnings.at(1).startsWith(u"target.speed"_s));
        QCOMPARE(parsed->plan.outputPath, u"/x"_s);
        QCOMPARE(AnswerFile::read(u"/nonexistent/answers.json"_s).error().left(27), u"/nonexistent/answers.json: "_s);
    }
};

QTEST_GUILESS_MAIN(TestDeployPlan)
#include "tst_deployplan.moc"
