// The deploy journal and its cleaner: the journal file is always complete JSON, names what
// is about to be created before it is, and tells a running deployment (locked) from an
// interrupted one; the cleaner removes exactly what an interrupted deployment listed (a
// domain only with the UUID it was given) and then the journal. A "kill" is simulated here by
// abandoning a backend without its destructor (no rollback runs) and dropping the journal
// without finish(); tests/e2e/tst_e2e_deploykill kills real ovfctl processes.

#include "deploytestkit.h"

#include "model/deploy/backend.h"
#include "model/deploy/deploycleaner.h"
#include "model/deploy/deployer.h"
#include "model/deploy/deployjournal.h"
#include "model/deploy/libvirtconnection.h"
#include "model/deploy/planeula.h"
#include "model/ovf/descriptor.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ovf::deploy;
using Entry = DeployJournal::Entry;

namespace {

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

// Backends "killed" mid-deployment: never destroyed (so never rolled back), still reachable.
std::vector<std::unique_ptr<Backend>> &abandoned()
{
    static std::vector<std::unique_ptr<Backend>> backends;
    return backends;
}

void abandon(std::unique_ptr<Backend> backend)
{
    abandoned().push_back(std::move(backend));
}

std::unique_ptr<DeployJournal> beginJournal(const QString &dir, const QString &backend = u"folder"_s,
                                            const QString &uri = {})
{
    DeployJournal::Header header;
    header.package = u"/nonexistent/test.ova"_s;
    header.backend = backend;
    header.uri = uri;
    auto journal = DeployJournal::begin(dir, header);
    return journal ? std::move(*journal) : nullptr;
}

} // namespace

class TestDeployJournal : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void recordsBeforeAndReadsBack()
    {
        QTemporaryDir dir;
        auto journal = beginJournal(dir.path(), u"libvirt"_s, u"qemu:///system"_s);
        QVERIFY(journal);
        QVERIFY(QFileInfo::exists(journal->path()));
        QVERIFY(QFileInfo::exists(DeployJournal::lockPath(journal->path())));
        const QList<Entry> recorded{{Entry::Kind::Folder, dir.filePath(u"a"_s), {}, {}},
                                    {Entry::Kind::File, dir.filePath(u"a/disk.qcow2.part"_s), u"default"_s, {}},
                                    {Entry::Kind::Volume, u"disk.qcow2"_s, u"default"_s, {}},
                                    {Entry::Kind::Domain, u"vm"_s, {}, u"0b9e0c55-77b2-4a5e-9a3e-3a1d3f2c7d10"_s}};
        for (const Entry &e : recorded) {
            QVERIFY(journal->record(e));
            // Every state on disk is a complete journal.
            QVERIFY(!QJsonDocument::fromJson(testkit::readFile(journal->path())).isNull());
        }
        auto read = DeployJournal::read(journal->path());
        QVERIFY2(read, qPrintable(read ? QString() : read.error().toString()));
        QCOMPARE(read->entries, recorded);
        QCOMPARE(read->header.backend, u"libvirt"_s);
        QCOMPARE(read->header.uri, u"qemu:///system"_s);
        QCOMPARE(read->header.pid, QCoreApplication::applicationPid());

        QVERIFY(journal->retract(recorded.last()));
        QCOMPARE(DeployJournal::read(journal->path())->entries, recorded.mid(0, 3));

        journal->finish();
        QVERIFY(entries(dir.path()).isEmpty());
    }

    void refusesJournalsItCannotTrust()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"deploy-bad.json"_s);
        testkit::writeFile(path, "{\"format\":\"ovf-workbench-deploy-journal/1\",\"entries\":"
                                 "[{\"kind\":\"folder\",\"name\":\"relative/path\"}]}");
        auto read = DeployJournal::read(path);
        QVERIFY(!read);
        QVERIFY2(read.error().toString().contains(u"entry 1"_s), qPrintable(read.error().toString()));
        testkit::writeFile(path, "{\"format\":\"ovf-workbench-deploy-journal/1\",\"entries\":"
                                 "[{\"kind\":\"folder\",\"name\":\"/srv/../etc\"}]}");
        QVERIFY(!DeployJournal::read(path));
        testkit::writeFile(path, "{\"format\":\"ovf-workbench-deploy-journal/1\",\"entries\":"
                                 "[{\"kind\":\"domain\",\"name\":\"vm\"}]}"); // a domain without its UUID
        QVERIFY(!DeployJournal::read(path));
        testkit::writeFile(path, "not json");
        const DeployCleaner::Scan scan = DeployCleaner::scan(dir.path());
        QCOMPARE(scan.unreadable.size(), 1);
        QVERIFY(scan.interrupted.isEmpty());
    }

    // The lock tells a deployment that is running from one whose process is gone.
    void runningIsLeftAlone()
    {
        QTemporaryDir dir;
        auto journal = beginJournal(dir.path());
        QVERIFY(journal);
        const QString folder = dir.filePath(u"made"_s);
        QVERIFY(journal->record(Entry{Entry::Kind::Folder, folder, {}, {}}));
        QVERIFY(QDir().mkdir(folder));
        DeployCleaner::Scan scan = DeployCleaner::scan(dir.path());
        QCOMPARE(scan.running, QStringList{journal->path()});
        QVERIFY(scan.interrupted.isEmpty());
        // Even handed the journal, the cleaner does not touch a running deployment.
        auto contents = DeployJournal::read(journal->path());
        QVERIFY(contents);
        const DeployCleaner::Outcome refused = DeployCleaner::cleanUp(*contents);
        QCOMPARE(refused.failures.size(), 1);
        QVERIFY(QFileInfo(folder).isDir());

        const QString path = journal->path();
        journal.reset(); // the process "dies": the lock goes, the journal stays
        scan = DeployCleaner::scan(dir.path());
        QVERIFY(scan.running.isEmpty());
        QCOMPARE(scan.interrupted.size(), 1);
        QCOMPARE(scan.interrupted.constFirst().path, path);
        const DeployCleaner::Outcome outcome = DeployCleaner::cleanUp(scan.interrupted.constFirst());
        QVERIFY2(outcome.failures.isEmpty(), qPrintable(outcome.failures.join(u'\n')));
        QCOMPARE(outcome.removed.size(), 1);
        QVERIFY(outcome.journalRemoved);
        QVERIFY2(entries(dir.path()).isEmpty(), qPrintable(entries(dir.path()).join(u' ')));
    }

    // Killed between taking its lock and writing its first journal (tst_e2e_deploykill hit it
    // at 53 ms): the free lock without a journal goes with the next scan; a held one stays.
    void lockWithoutJournalRemoved()
    {
        QTemporaryDir dir;
        QVERIFY(testkit::writeFile(dir.filePath(u"deploy-0123456789abcdef.lock"_s), {}));
        const int held = DeployJournal::tryLock(dir.filePath(u"deploy-fedcba9876543210.json"_s));
        QVERIFY(held >= 0);
        const DeployCleaner::Scan scan = DeployCleaner::scan(dir.path());
        QVERIFY(scan.interrupted.isEmpty() && scan.running.isEmpty());
        QCOMPARE(entries(dir.path()), QStringList{u"deploy-fedcba9876543210.lock"_s});
        DeployJournal::unlock(held);
    }

    // A folder deployment killed after its temporary folder and scratch space were made:
    // the cleaner removes both, the output never appeared, nothing else is touched.
    void folderBackendKilled()
    {
        QTemporaryDir journals;
        QTemporaryDir parent;
        QTemporaryDir scratch;
        testkit::writeFile(parent.filePath(u"unrelated.txt"_s), "keep me");
        auto journal = beginJournal(journals.path());
        QVERIFY(journal);
        Backend::Config config;
        config.kind = Backend::Kind::Folder;
        config.outputDir = parent.filePath(u"out"_s);
        config.scratchDir = scratch.path();
        config.journal = journal.get();
        auto backend = Backend::create(config);
        QVERIFY2(backend, qPrintable(backend ? QString() : backend.error().toString()));
        QCOMPARE(journal->entries().size(), 2); // the temporary folder and the scratch folder
        for (const Entry &e : journal->entries()) {
            QCOMPARE(e.kind, Entry::Kind::Folder);
            QVERIFY(QFileInfo(e.name).isDir());
            testkit::writeFile(e.name + u"/partial.bin"_s, testkit::payload(4096));
        }
        abandon(std::move(*backend));
        journal.reset();

        const DeployCleaner::Scan scan = DeployCleaner::scan(journals.path());
        QCOMPARE(scan.interrupted.size(), 1);
        const DeployCleaner::Outcome outcome = DeployCleaner::cleanUp(scan.interrupted.constFirst());
        QVERIFY2(outcome.failures.isEmpty(), qPrintable(outcome.failures.join(u'\n')));
        QCOMPARE(outcome.removed.size(), 2);
        QCOMPARE(entries(parent.path()), QStringList{u"unrelated.txt"_s});
        QVERIFY(entries(scratch.path()).isEmpty());
        QVERIFY(entries(journals.path()).isEmpty());
    }

    // libvirt (its test driver, whose state lives while a connection is open in this
    // process): a domain defined and started by a killed deployment is destroyed and
    // undefined; one that has the same name but another UUID is not the deployment's and stays.
    void libvirtDomainsByUuid()
    {
        auto keepAlive = LibvirtConnection::open(u"test:///default"_s);
        QVERIFY(keepAlive);
        QTemporaryDir journals;
        QTemporaryDir folder;
        auto journal = beginJournal(journals.path(), u"libvirt"_s, u"test:///default"_s);
        QVERIFY(journal);
        Backend::Config config;
        config.kind = Backend::Kind::Libvirt;
        config.uri = u"test:///default"_s;
        config.outputDir = folder.path();
        config.journal = journal.get();
        auto backend = Backend::create(config);
        QVERIFY2(backend, qPrintable(backend ? QString() : backend.error().toString()));
        DomainSpec spec;
        spec.name = u"ovfw-journal-vm"_s;
        spec.type = u"test"_s;
        auto iso = (*backend)->addIso(u"ovfw-journal-vm"_s, QStringLiteral(OVFW_TEST_DATA_DIR "/tiny-appliance.ovf"));
        QVERIFY2(iso, qPrintable(iso ? QString() : iso.error().toString()));
        QVERIFY((*backend)->define(spec));
        QVERIFY((*backend)->start(spec.name));
        QVERIFY((*keepAlive)->isDomainActive(spec.name));
        const QList<Entry> recorded = journal->entries();
        QCOMPARE(recorded.size(), 3);
        QCOMPARE(recorded.at(0).kind, Entry::Kind::File);
        QCOMPARE(recorded.at(1).kind, Entry::Kind::Domain);
        QCOMPARE(recorded.at(2).kind, Entry::Kind::Started);
        QCOMPARE((*keepAlive)->domainUuid(spec.name), recorded.at(1).uuid);
        abandon(std::move(*backend));
        journal.reset();

        DeployCleaner::Scan scan = DeployCleaner::scan(journals.path(), u"test:///default"_s);
        QCOMPARE(scan.interrupted.size(), 1);
        QVERIFY(DeployCleaner::scan(journals.path(), u"qemu:///system"_s).interrupted.isEmpty());
        DeployCleaner::Outcome outcome = DeployCleaner::cleanUp(scan.interrupted.constFirst());
        QVERIFY2(outcome.failures.isEmpty(), qPrintable(outcome.failures.join(u'\n')));
        QCOMPARE(outcome.removed.size(), 3);
        QVERIFY(!(*keepAlive)->hasDomain(spec.name));
        QVERIFY(entries(folder.path()).isEmpty());
        QVERIFY(outcome.journalRemoved);

        // Same name, another UUID: someone else's domain. It stays, and so does the journal.
        journal = beginJournal(journals.path(), u"libvirt"_s, u"test:///default"_s);
        QVERIFY(journal);
        QVERIFY(journal->record(Entry{Entry::Kind::Domain, u"ovfw-journal-other"_s, {},
                                      u"6f1c3c8e-2d6b-4f0e-9a51-7b1f7b0d2a11"_s}));
        QVERIFY((*keepAlive)->defineDomain("<domain type='test'><name>ovfw-journal-other</name>"
                                           "<memory>65536</memory><os><type>hvm</type></os></domain>"));
        journal.reset();
        scan = DeployCleaner::scan(journals.path());
        QCOMPARE(scan.interrupted.size(), 1);
        outcome = DeployCleaner::cleanUp(scan.interrupted.constFirst());
        QCOMPARE(outcome.failures.size(), 1);
        QVERIFY2(outcome.failures.constFirst().contains(u"another UUID"_s), qPrintable(outcome.failures.constFirst()));
        QVERIFY((*keepAlive)->hasDomain(u"ovfw-journal-other"_s));
        QVERIFY(!outcome.journalRemoved);
        QVERIFY((*keepAlive)->undefineDomain(u"ovfw-journal-other"_s));
    }

    // A deployment that completes, or is cancelled and rolled back, leaves no journal.
    void deployerRemovesItsJournal()
    {
        QTemporaryDir dir;
        const deploykit::Appliance app = deploykit::makeAppliance(dir.path());
        QVERIFY2(!app.ova.isEmpty(), "qemu-img could not make the test disk");
        Plan plan;
        plan.package = app.ova;
        plan.backend = BackendKind::Folder;
        plan.outputPath = dir.filePath(u"out"_s);
        plan.properties = {{u"hostname"_s, u"tiny-1"_s}, {u"port"_s, u"9000"_s}, {u"debug"_s, u"true"_s}};
        plan.networks = {{u"VM Network"_s, u"default"_s}};
        auto d = ovf::Descriptor::fromBytes(deploykit::applianceDescriptor(1, 1), u"tiny.ovf"_s);
        for (const PackageEula &eula : packageEulas((*d)->envelope()))
            plan.eulaAcceptances.append(acceptEula(eula, QString(), QDateTime::currentDateTimeUtc()));
        DeployOptions options;
        options.journalDirectory = dir.filePath(u"journals"_s);
        QStringList seen; // what the journal held while the conversion ran
        const auto progress = [&](DeployStep step, const QString &, qint64, qint64) {
            if (step == DeployStep::Convert && seen.isEmpty())
                seen = entries(options.journalDirectory);
        };
        auto result = Deployer::deploy(app.ova, plan, options, progress);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
        QCOMPARE(seen.size(), 2); // deploy-ID.json and its lock
        QVERIFY(entries(options.journalDirectory).isEmpty());

        plan.outputPath = dir.filePath(u"cancelled"_s);
        std::atomic<bool> cancel{false};
        const auto cancelling = [&](DeployStep step, const QString &, qint64, qint64) {
            if (step == DeployStep::Convert)
                cancel = true;
        };
        result = Deployer::deploy(app.ova, plan, options, cancelling, &cancel);
        QVERIFY(!result && result.error().cancelled);
        QVERIFY(entries(options.journalDirectory).isEmpty());
        QVERIFY(!QFileInfo::exists(plan.outputPath));

        // A journal that cannot be written stops the deployment before anything is made.
        testkit::writeFile(dir.filePath(u"blocked"_s), "a file where the folder should be");
        options.journalDirectory = dir.filePath(u"blocked/journals"_s);
        plan.outputPath = dir.filePath(u"unjournalled"_s);
        result = Deployer::deploy(app.ova, plan, options);
        QVERIFY(!result);
        QVERIFY2(result.error().message.contains(u"blocked/journals"_s), qPrintable(result.error().message));
        QVERIFY(!QFileInfo::exists(plan.outputPath));
    }
};

QTEST_GUILESS_MAIN(TestDeployJournal)
#include "tst_deployjournal.moc"
