// ExportPlanner and the libvirt wrapper's export calls against libvirt's in-process test driver
// (test:///default: real libvirt API and XML parsing, no daemon).
#include "model/deploy/domainxml.h"
#include "model/deploy/libvirtconnection.h"
#include "model/vmexport/exportplan.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ovf::deploy;
using namespace ovf::vmexport;

class TestExportPlan : public QObject
{
    Q_OBJECT

    std::unique_ptr<LibvirtConnection> m_conn;

private slots:
    void initTestCase()
    {
        auto conn = LibvirtConnection::open(u"test:///default"_s);
        QVERIFY2(conn, qPrintable(conn ? QString() : conn.error().toString()));
        m_conn = std::move(*conn);
    }

    void remoteUris_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<bool>("remote");
        QTest::newRow("system") << u"qemu:///system"_s << false;
        QTest::newRow("session") << u"qemu:///session"_s << false;
        QTest::newRow("unix") << u"qemu+unix:///system"_s << false;
        QTest::newRow("test") << u"test:///default"_s << false;
        QTest::newRow("tcp loopback") << u"qemu+tcp://127.0.0.1:16509/system"_s << true;
        QTest::newRow("ssh") << u"qemu+ssh://root@host.example/system"_s << true;
        QTest::newRow("tls") << u"qemu+tls://host.example/system"_s << true;
        QTest::newRow("host, no transport") << u"qemu://host.example/system"_s << true;
        QTest::newRow("libssh2") << u"qemu+libssh2://u@h/system?known_hosts=/x"_s << true;
    }
    void remoteUris()
    {
        QFETCH(QString, uri);
        QFETCH(bool, remote);
        QCOMPARE(LibvirtConnection::isRemoteUri(uri), remote);
    }

    void listsDomainsWithState()
    {
        auto domains = m_conn->domains();
        QVERIFY2(domains, qPrintable(domains ? QString() : domains.error().toString()));
        const auto test = std::find_if(domains->cbegin(), domains->cend(), [](const auto &d) { return d.name == u"test"; });
        QVERIFY(test != domains->cend());
        QCOMPARE(test->state, LibvirtConnection::DomainInfo::State::Running);
        QVERIFY(test->memoryBytes > 0);
        QVERIFY(test->vcpus > 0);
    }

    void refusesRunningAndUnknownDomains()
    {
        ExportPlanner::Request request;
        request.domains = {u"test"_s};
        auto plan = ExportPlanner::plan(*m_conn, request);
        QVERIFY(!plan);
        QVERIFY2(plan.error().contains(u"shut it down first"_s), qPrintable(plan.error()));
        QVERIFY2(plan.error().contains(u"virsh -c test:///default shutdown test"_s), qPrintable(plan.error()));

        request.domains = {u"no-such-domain"_s};
        plan = ExportPlanner::plan(*m_conn, request);
        QVERIFY(!plan);
        QVERIFY2(plan.error().contains(u"no-such-domain: no such domain"_s), qPrintable(plan.error()));

        request.domains.clear();
        QVERIFY(!ExportPlanner::plan(*m_conn, request));
    }

    void plansAShutOffDomainWithoutDisks()
    {
        DomainSpec spec;
        spec.name = u"ovfw-export-plan"_s;
        spec.type = u"test"_s;
        spec.memoryBytes = quint64(300) << 20;
        spec.vcpus = 2;
        spec.nics << DomainSpec::Nic{u"virtio"_s, u"default"_s, {}, u"52:54:00:aa:bb:cc"_s};
        spec.serials << DomainSpec::Serial{};
        spec.graphics = true;
        auto name = m_conn->defineDomain(DomainXml::write(spec));
        QVERIFY2(name, qPrintable(name ? QString() : name.error().toString()));
        ExportPlanner::Request request;
        request.domains = {spec.name};
        auto plan = ExportPlanner::plan(*m_conn, request);
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error()));
        QCOMPARE(plan->descriptorName, u"ovfw-export-plan.ovf"_s);
        QCOMPARE(plan->systems.size(), 1);
        QCOMPARE(plan->systems.first().domain.vcpus, 2);
        QVERIFY(plan->disks.isEmpty());
        QVERIFY2(plan->dropped.join(u'\n').contains(u"ovfw-export-plan: graphics (vnc)"_s), qPrintable(plan->dropped.join(u'\n')));
        const QByteArray descriptor = plan->descriptor();
        QVERIFY(descriptor.contains("<rasd:ResourceSubType>virtio</rasd:ResourceSubType>"));
        QVERIFY(!descriptor.contains("52:54:00:aa:bb:cc"));
        QVERIFY(m_conn->undefineDomain(spec.name));
    }
};

QTEST_GUILESS_MAIN(TestExportPlan)
#include "tst_exportplan.moc"
