// End to end through the deploy wizard, driven offscreen as an operator would: an OVA of the
// tiny appliance with a EULA and typed properties is verified, its EULA accepted, values typed
// into the property editors, and deployed to a real libvirtd running QEMU (TCG), powered on;
// the guest prints the ovf-env.xml it received on its serial console, which must carry the
// values entered in the wizard.
//
// Exits 77 (ctest: skipped) with the reason when libvirtd cannot be started here.
#include "model/deploy/libvirtconnection.h"
#include "wizards/deploysession.h"
#include "wizards/deploywizard.h"
#include "wizards/licensespage.h"
#include "wizards/progresspage.h"
#include "wizards/propertiespage.h"
#include "wizards/propertyfield.h"
#include "wizards/storagepage.h"
#include "wizards/summarypage.h"
#include "wizards/targetinventory.h"
#include "wizards/targetpage.h"
#include "wizards/verificationpage.h"

#include "e2etestkit.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ovf::deploy;

namespace {

const QByteArray kProduct =
    "  <EulaSection><Info>License</Info><License>You may test this appliance.</License></EulaSection>\n"
    "  <ProductSection><Info>p</Info><Product>Tiny</Product><Version>1.0</Version>\n"
    "   <Property ovf:key=\"hostname\" ovf:type=\"string\" ovf:userConfigurable=\"true\" ovf:value=\"tiny\"/>\n"
    "   <Property ovf:key=\"port\" ovf:type=\"uint16\" ovf:userConfigurable=\"true\" ovf:value=\"80\"/>\n"
    "   <Property ovf:key=\"debug\" ovf:type=\"boolean\" ovf:userConfigurable=\"true\" ovf:value=\"false\"/>\n"
    "  </ProductSection>\n";

} // namespace

class TestDeployWizardE2e : public QObject
{
    Q_OBJECT

    bool m_startedDaemon = false;
    std::optional<QTemporaryDir> m_dir;
    QString m_ova;
    QString m_vm;
    std::unique_ptr<LibvirtConnection> m_conn;

    static DeployPageId current(QWizard &w) { return DeployPageId(w.currentId()); }
    static bool nextEnabled(QWizard &w) { return w.button(QWizard::NextButton)->isEnabled(); }

private slots:
    void initTestCase()
    {
        auto up = e2ekit::setUp();
        QVERIFY2(up, qPrintable(up ? QString() : up.error()));
        m_startedDaemon = *up;
        m_dir.emplace(QStringLiteral(OVFW_BINARY_DIR "/e2e/wizard-XXXXXX"));
        QVERIFY(m_dir->isValid());
        m_ova = m_dir->filePath(u"tiny.ova"_s);
        QVERIFY(e2ekit::writeApplianceOva(m_ova, kProduct));
        m_vm = u"ovfw-wizard-%1"_s.arg(QCoreApplication::applicationPid());
        // TCG, and the console to a file so the test can read what the guest prints.
        qputenv("OVFW_DOMAIN_TYPE", "qemu");
        qputenv("OVFW_CONSOLE_LOG_DIR", QFile::encodeName(m_dir->path()));
        auto conn = LibvirtConnection::open(u"qemu:///system"_s);
        QVERIFY2(conn, qPrintable(conn ? QString() : conn.error().toString()));
        m_conn = std::move(*conn);
    }

    void deployBootAndReadEnvironment()
    {
        const QString disks = m_dir->filePath(u"disks"_s);
        QVERIFY(QDir().mkpath(disks));
        const QString hostname = u"wizard-host-%1"_s.arg(QCoreApplication::applicationPid());
        const auto cleanup = qScopeGuard([&] {
            if (m_conn->isDomainActive(m_vm))
                m_conn->destroyDomain(m_vm);
            if (m_conn->hasDomain(m_vm))
                m_conn->undefineDomain(m_vm);
        });

        DeployWizard w(DeployWizard::Options{m_ova, {}});
        w.resize(1100, 760);
        w.show();
        auto *verification = w.deployPage<VerificationPage>(DeployPageId::Verification);
        QVERIFY(QTest::qWaitFor([&] { return !verification->isRunning() && w.session()->verification(); }, 60000));
        QCOMPARE(w.session()->verification()->verdict.state, ovf::package::TrustState::Intact); // unsigned
        verification->deployAnywayBox()->setChecked(true);
        w.next();
        QCOMPARE(current(w), DeployPageId::Details);
        w.next();
        QCOMPARE(current(w), DeployPageId::Licenses);
        QVERIFY(!nextEnabled(w));
        for (QCheckBox *box : w.deployPage<LicensesPage>(DeployPageId::Licenses)->acceptBoxes())
            box->setChecked(true);
        w.next();
        QCOMPARE(current(w), DeployPageId::Target); // one configuration: nothing to choose
        auto *target = w.deployPage<TargetPage>(DeployPageId::Target);
        target->libvirtButton()->setChecked(true);
        QCOMPARE(target->uriEdit()->text(), u"qemu:///system"_s);
        target->nameEdit(u"tiny"_s)->setText(m_vm);
        target->powerOnBox()->setChecked(true);
        QVERIFY(nextEnabled(w));
        w.next();
        if (current(w) == DeployPageId::Networks) {
            QVERIFY(QTest::qWaitFor([&] { return w.inventory()->hasResult(); }, 60000));
            QVERIFY(QTest::qWaitFor([&] { return nextEnabled(w); }, 5000));
            w.next();
        }
        QCOMPARE(current(w), DeployPageId::Storage);
        auto *storage = w.deployPage<StoragePage>(DeployPageId::Storage);
        storage->folderEdit()->setText(disks);
        QVERIFY(QTest::qWaitFor([&] { return nextEnabled(w); }, 60000));
        w.next();
        QCOMPARE(current(w), DeployPageId::Properties);
        auto *properties = w.deployPage<PropertiesPage>(DeployPageId::Properties);
        PropertyField *host = properties->field(u"tiny/hostname"_s);
        PropertyField *port = properties->field(u"tiny/port"_s);
        PropertyField *debug = properties->field(u"tiny/debug"_s);
        QVERIFY(host && port && debug);
        auto *hostEdit = qobject_cast<QLineEdit *>(host->editor());
        hostEdit->selectAll();
        QTest::keyClicks(hostEdit, hostname);
        qobject_cast<QSpinBox *>(port->editor())->setValue(8443);
        qobject_cast<QCheckBox *>(debug->editor())->setChecked(true);
        QCOMPARE(properties->invalidCount(), 0);
        w.next();
        QCOMPARE(current(w), DeployPageId::Summary);
        auto *summary = w.deployPage<SummaryPage>(DeployPageId::Summary);
        QVERIFY2(summary->problems().isEmpty(), qPrintable(summary->problems().join(u'\n')));
        QElapsedTimer clock;
        clock.start();
        w.next();
        QCOMPARE(current(w), DeployPageId::Progress);
        auto *progress = w.deployPage<ProgressPage>(DeployPageId::Progress);
        QVERIFY(QTest::qWaitFor([&] { return !progress->isRunning() && nextEnabled(w); }, 600000));
        const DeployOutcome &outcome = w.session()->outcome();
        QVERIFY2(outcome.ok, qPrintable(outcome.error + u'\n' + outcome.log.join(u'\n')));
        qInfo("the wizard's deployment took %.1f s", double(clock.elapsed()) / 1000);
        QVERIFY(m_conn->hasDomain(m_vm));
        w.next();
        QCOMPARE(current(w), DeployPageId::Done);

        auto printed = e2ekit::waitForEnvironment(m_dir->filePath(m_vm + u"-console.log"_s));
        qInfo("guest printed its environment %.1f s after Deploy was pressed", double(clock.elapsed()) / 1000);
        QVERIFY2(printed, printed ? "" : printed.error().constData());
        for (const QByteArray &value : {hostname.toUtf8(), QByteArray("8443"), QByteArray("true")})
            QVERIFY2(printed->contains(QByteArray(QByteArray("value=\"") + value + QByteArray("\""))), printed->constData());
        QVERIFY2(printed->contains("key=\"hostname\""), printed->constData());
    }

    void cleanupTestCase()
    {
        m_conn.reset();
        e2ekit::tearDown(m_startedDaemon);
    }
};

QTEST_MAIN(TestDeployWizardE2e)
#include "tst_gui_deploywizard_e2e.moc"
