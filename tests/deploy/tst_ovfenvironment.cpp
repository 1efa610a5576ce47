// The OVF environment document (DSP0243 §11) of each virtual system, checked against the
// white paper's Annex B.5 environments of its Annex B.4 Pet Store descriptor.

#include "model/deploy/environmentdocument.h"
#include "model/ovf/descriptor.h"

#include <QDirIterator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ovf;
using namespace ovf::deploy;

namespace {

using Pairs = QList<std::pair<QString, QString>>;

Pairs propertiesOf(const xml::Element *scope)
{
    Pairs out;
    const xml::Element *section = scope->firstChildElement(ns::OvfEnvironment, u"PropertySection");
    if (!section)
        return out;
    for (const xml::Element *p : section->childElements(ns::OvfEnvironment, u"Property"))
        out.append({p->attributeValue(ns::OvfEnvironment, u"key"), p->attributeValue(ns::OvfEnvironment, u"value")});
    return out;
}

std::unique_ptr<Descriptor> petStore()
{
    auto d = Descriptor::load(QStringLiteral(OVFW_TEST_DATA_DIR "/dsp2017-petstore.ovf"));
    if (!d)
        qFatal("%s", qPrintable(d.error().toString()));
    return std::move(*d);
}

Plan petStorePlan()
{
    Plan plan;
    plan.outputPath = u"/tmp/out"_s;
    plan.properties = {{u"adminEmail"_s, u"ovf-admin@vmware.com"_s}, {u"appIp"_s, u"10.20.132.101"_s},
                       {u"dbIp"_s, u"10.20.132.102"_s}, {u"db2Ip"_s, u"10.20.132.103"_s}, {u"logLevel"_s, u"warning"_s}};
    plan.networks = {{u"VM Network"_s, u"default"_s}};
    return plan;
}

const PlatformInfo platform{u"KVM"_s, u"9.0.0"_s, u"QEMU"_s, u"en_US"_s, u"60"_s};

} // namespace

class TestOvfEnvironment : public QObject
{
    Q_OBJECT

private slots:
    void annexB5WebTier()
    {
        auto d = petStore();
        const PlanCheck check = checkPlan(d->envelope(), petStorePlan());
        for (const ResolvedProperty &p : check.properties)
            QVERIFY2(p.valid, qPrintable(p.fullKey + u": "_s + p.reason));
        // Startup order of the annex: DBTier (order 1) before WebTier (order 2).
        QStringList order;
        for (const EffectiveSystem &s : check.effective.systems())
            order.append(s.id);
        QCOMPARE(order, (QStringList{u"DB1"_s, u"DB2"_s, u"WebTier"_s}));

        const QByteArray bytes = EnvironmentDocument::build(check, u"WebTier"_s, platform);
        QVERIFY(bytes.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
        auto env = Descriptor::fromBytes(bytes, u"ovf-env.xml"_s);
        QVERIFY2(env, qPrintable(env ? QString() : env.error().toString()));
        QCOMPARE((*env)->kind(), Descriptor::Kind::Environment);
        const xml::Element *root = (*env)->xml().root();
        QCOMPARE(root->localName(), u"Environment"_s);
        QCOMPARE(root->namespaceUri(), ns::OvfEnvironment.toString());
        QCOMPARE(root->attributeValue(ns::OvfEnvironment, u"id"), u"WebTier"_s);

        const xml::Element *platformSection = root->firstChildElement(ns::OvfEnvironment, u"PlatformSection");
        QVERIFY(platformSection);
        QStringList platformFields;
        for (const xml::Element *e : platformSection->childElements())
            platformFields.append(e->localName() + u'=' + e->text());
        QCOMPARE(platformFields, (QStringList{u"Kind=KVM"_s, u"Version=9.0.0"_s, u"Vendor=QEMU"_s, u"Locale=en_US"_s,
                                              u"TimeZone=60"_s}));

        const Pairs collection{{u"adminEmail"_s, u"ovf-admin@vmware.com"_s}, {u"appIp"_s, u"10.20.132.101"_s},
                               {u"dbIp"_s, u"10.20.132.102"_s}, {u"db2Ip"_s, u"10.20.132.103"_s},
                               {u"logLevel"_s, u"warning"_s}};
        QCOMPARE(propertiesOf(root), collection);
        const QList<xml::Element *> entities = root->childElements(ns::OvfEnvironment, u"Entity");
        QCOMPARE(entities.size(), 1);
        QCOMPARE(entities.constFirst()->attributeValue(ns::OvfEnvironment, u"id"), u"DBTier"_s);
        QCOMPARE(propertiesOf(entities.constFirst()),
                 (collection + Pairs{{u"com.mydb.db.vm1"_s, u"10.20.132.102"_s}, {u"com.mydb.db.vm2"_s, u"10.20.132.103"_s},
                                     {u"com.mydb.db.log"_s, u"warning"_s}}));
    }

    void annexB5Db1()
    {
        auto d = petStore();
        const PlanCheck check = checkPlan(d->envelope(), petStorePlan());
        auto env = Descriptor::fromBytes(EnvironmentDocument::build(check, u"DB1"_s, platform), u"ovf-env.xml"_s);
        QVERIFY(env);
        const xml::Element *root = (*env)->xml().root();
        QCOMPARE(root->attributeValue(ns::OvfEnvironment, u"id"), u"DB1"_s);
        const Pairs tier{{u"com.mydb.db.vm1"_s, u"10.20.132.102"_s}, {u"com.mydb.db.vm2"_s, u"10.20.132.103"_s},
                         {u"com.mydb.db.log"_s, u"warning"_s}};
        QCOMPARE(propertiesOf(root), (tier + Pairs{{u"com.mydb.db.ip"_s, u"10.20.132.102"_s},
                                                   {u"com.mydb.db.ip2"_s, u"10.20.132.103"_s},
                                                   {u"com.mydb.db.primaryAtBoot"_s, u"yes"_s}}));
        const QList<xml::Element *> entities = root->childElements(ns::OvfEnvironment, u"Entity");
        QCOMPARE(entities.size(), 1);
        QCOMPARE(entities.constFirst()->attributeValue(ns::OvfEnvironment, u"id"), u"DB2"_s);
        QCOMPARE(propertiesOf(entities.constFirst()), (tier + Pairs{{u"com.mydb.db.ip"_s, u"10.20.132.103"_s},
                                                                    {u"com.mydb.db.ip2"_s, u"10.20.132.102"_s},
                                                                    {u"com.mydb.db.primaryAtBoot"_s, u"no"_s}}));
    }

    void escapingAndEmptyParts()
    {
        // class/instance omitted when empty; values with markup characters survive.

        auto d = Descriptor::load(QStringLiteral(OVFW_TEST_DATA_DIR "/environment-escaping.ovf"));
        QVERIFY(d);
        Plan plan;
        plan.properties = {{u"motd.1"_s, u"<b>\"hi\" & 'bye'\n"_s}};
        const PlanCheck check = checkPlan((*d)->envelope(), plan);
        const QByteArray bytes = EnvironmentDocument::build(check, u"a&b"_s, PlatformInfo{u"KVM"_s, {}, {}, {}, {}});
        auto env = Descriptor::fromBytes(bytes, u"ovf-env.xml"_s);
        QVERIFY2(env, bytes.constData());
        const xml::Element *root = (*env)->xml().root();
        QCOMPARE(root->attributeValue(ns::OvfEnvironment, u"id"), u"a&b"_s);
        QCOMPARE(propertiesOf(root), (Pairs{{u"motd.1"_s, u"<b>\"hi\" & 'bye'\n"_s}, {u"org.x.k.2"_s, u"v"_s}}));
        // Empty platform fields are left out; a system alone has no Entity.
        QCOMPARE(root->firstChildElement(ns::OvfEnvironment, u"PlatformSection")->childElements().size(), 1);
        QVERIFY(root->childElements(ns::OvfEnvironment, u"Entity").isEmpty());
    }

    // Every system of every corpus descriptor gets an environment document that opens as one,
    // with one Property per visible property and one Entity per sibling.
    void wholeCorpus()
    {
        QDirIterator it(QStringLiteral(OVFW_CORPUS_DIR), {u"*.ovf"_s}, QDir::Files, QDirIterator::Subdirectories);
        int documents = 0;
        int properties = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            auto d = Descriptor::load(path);
            if (!d || (*d)->kind() != Descriptor::Kind::Envelope)
                continue;
            const PlanCheck check = checkPlan((*d)->envelope(), Plan{});
            for (const EffectiveSystem &s : check.effective.systems()) {
                const QByteArray bytes = EnvironmentDocument::build(check, s.id, platform);
                auto env = Descriptor::fromBytes(bytes, u"ovf-env.xml"_s);
                QVERIFY2(env, qPrintable(path + u": "_s + (env ? QString() : env.error().toString())));
                QCOMPARE((*env)->kind(), Descriptor::Kind::Environment);
                const xml::Element *root = (*env)->xml().root();
                QCOMPARE(root->attributeValue(ns::OvfEnvironment, u"id"), s.id);
                qsizetype visible = check.propertiesOf(s.id).size();
                if (const Entity parent = s.entity.parentEntity())
                    visible += check.propertiesOf(parent.id()).size();
                QCOMPARE(propertiesOf(root).size(), visible);
                const qsizetype siblings = s.entity.parentEntity() ? s.entity.parentEntity().children().size() - 1 : 0;
                QCOMPARE(root->childElements(ns::OvfEnvironment, u"Entity").size(), siblings);
                ++documents;
                properties += int(visible);
            }
        }
        qInfo("%d environment documents, %d properties", documents, properties);
        QVERIFY(documents >= 80);
        QVERIFY(properties >= 200);
    }
};

QTEST_GUILESS_MAIN(TestOvfEnvironment)
#include "tst_ovfenvironment.moc"
