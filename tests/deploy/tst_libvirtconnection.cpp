// The libvirt wrapper against libvirt's in-process test driver (test:///default): real
// libvirt API and XML parsing, no daemon.
#include "model/deploy/domainxml.h"
#include "model/deploy/libvirtconnection.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ovf::deploy;

class TestLibvirtConnection : public QObject
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

    void badUri()
    {
        auto conn = LibvirtConnection::open(u"nosuchdriver:///nowhere"_s);
        QVERIFY(!conn);
        QCOMPARE(conn.error().kind, BackendError::Kind::Libvirt);
        QCOMPARE(conn.error().where, u"nosuchdriver:///nowhere"_s);
        QVERIFY(!conn.error().message.isEmpty());
    }

    void listNetworksAndPools()
    {
        auto networks = m_conn->networks();
        QVERIFY(networks);
        QVERIFY(!networks->isEmpty());
        QCOMPARE(networks->at(0).name, u"default"_s);
        QVERIFY(networks->at(0).active);
        auto pools = m_conn->storagePools();
        QVERIFY(pools);
        QVERIFY(!pools->isEmpty());
        const StorageTarget &pool = pools->at(0);
        QCOMPARE(pool.name, u"default-pool"_s);
        QCOMPARE(pool.kind, u"dir"_s);
        QVERIFY(pool.capacityBytes > 0);
        QVERIFY(pool.freeBytes > 0 && pool.freeBytes <= pool.capacityBytes);
        QVERIFY(!pool.path.isEmpty());
        QVERIFY(!m_conn->hasKvm()); // the test driver offers type "test" only
    }

    void defineStartUndefine()
    {
        DomainSpec spec;
        spec.name = u"ovfw-define-test"_s;
        spec.memoryBytes = quint64(256) << 20;
        DomainSpec::Disk disk;
        disk.file = u"/var/lib/ovfw/x.qcow2"_s;
        spec.disks << disk;
        spec.serials << DomainSpec::Serial{};
        spec.nics << DomainSpec::Nic{u"e1000"_s, u"default"_s, {}, {}};
        spec.type = u"test"_s;
        auto name = m_conn->defineDomain(DomainXml::write(spec));
        QVERIFY2(name, qPrintable(name ? QString() : name.error().toString()));
        QCOMPARE(*name, spec.name);
        QVERIFY(m_conn->hasDomain(spec.name));
        auto xml = m_conn->domainXml(spec.name);
        QVERIFY(xml && xml->contains("/var/lib/ovfw/x.qcow2"));
        QVERIFY(m_conn->startDomain(spec.name));
        QVERIFY(m_conn->isDomainActive(spec.name));
        QVERIFY(m_conn->destroyDomain(spec.name));
        QVERIFY(!m_conn->isDomainActive(spec.name));
        QVERIFY(m_conn->undefineDomain(spec.name));
        QVERIFY(!m_conn->hasDomain(spec.name));
        auto again = m_conn->undefineDomain(spec.name);
        QVERIFY(!again);
        QCOMPARE(again.error().where, spec.name);
    }

    void badXmlNamesTheProblem()
    {
        auto name = m_conn->defineDomain("<domain type='test'><name>x</name></domain>");
        QVERIFY(!name);
        QCOMPARE(name.error().kind, BackendError::Kind::Libvirt);
        QVERIFY2(name.error().message.contains(u"os <type>"_s, Qt::CaseInsensitive), qPrintable(name.error().message));
    }

    void volumes()
    {
        auto path = m_conn->createVolume(u"default-pool"_s, u"ovfw-vol.qcow2"_s, quint64(64) << 20, DiskFormat::Qcow2);
        QVERIFY2(path, qPrintable(path ? QString() : path.error().toString()));
        QVERIFY(path->endsWith(u"ovfw-vol.qcow2"_s));
        QVERIFY(m_conn->hasVolume(u"default-pool"_s, u"ovfw-vol.qcow2"_s));
        auto dup = m_conn->createVolume(u"default-pool"_s, u"ovfw-vol.qcow2"_s, 1024, DiskFormat::Raw);
        QVERIFY(!dup);
        QVERIFY(m_conn->deleteVolume(u"default-pool"_s, u"ovfw-vol.qcow2"_s));
        QVERIFY(!m_conn->hasVolume(u"default-pool"_s, u"ovfw-vol.qcow2"_s));
        auto missing = m_conn->deleteVolume(u"no-such-pool"_s, u"x"_s);
        QVERIFY(!missing);
        QCOMPARE(missing.error().where, u"no-such-pool"_s);
    }

    void uploadIsRefusedCleanlyByTheTestDriver()
    {
        // The test driver has no virStorageVolUpload; the error must come back, not hang.
        // (Uploads into a real pool run in the end-to-end test.)
        QTemporaryDir dir;
        QFile f(dir.filePath(u"data"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        QVERIFY(m_conn->createVolume(u"default-pool"_s, u"up.raw"_s, 4096, DiskFormat::Raw));
        auto up = m_conn->uploadVolume(u"default-pool"_s, u"up.raw"_s, f.fileName());
        if (up)
            qWarning("the test driver accepted an upload");
        else
            QCOMPARE(up.error().kind, BackendError::Kind::Libvirt);
        QVERIFY(m_conn->deleteVolume(u"default-pool"_s, u"up.raw"_s));
    }
};

QTEST_GUILESS_MAIN(TestLibvirtConnection)
#include "tst_libvirtconnection.moc"
