// Drives the deploy wizard offscreen on packages built here: page skipping, verification
// states, EULA gating, typed property editors with live validation, per-configuration
// defaults, the resulting plan and answer file, and a real deployment to the folder backend.
// Saves a screenshot of every page to build/screenshots/wizard-<page>.png.

#include "model/deploy/answerfile.h"
#include "model/deploy/plan.h"
#include "packagetestkit.h"
#include "tst_gui_deploywizard_packages.h"
#include "wizards/configurationpage.h"
#include "wizards/deploysession.h"
#include "wizards/deploywizard.h"
#include "wizards/detailspage.h"
#include "wizards/donepage.h"
#include "wizards/libvirtconnectionhistory.h"
#include "wizards/licensespage.h"
#include "wizards/networkspage.h"
#include "wizards/progresspage.h"
#include "wizards/propertiespage.h"
#include "wizards/propertyfield.h"
#include "wizards/sourcepage.h"
#include "wizards/storagepage.h"
#include "wizards/summarypage.h"
#include "wizards/targetinventory.h"
#include "wizards/targetpage.h"
#include "wizards/verificationpage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QTextBrowser>

using namespace Qt::StringLiterals;
using namespace testkit;

namespace {

enum class Manifest { None, Good, Broken, Signed };

} // namespace

class TestDeployWizard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QByteArray m_disk;
    std::unique_ptr<CertificateAuthority> m_ca;

    QString build(const QString &name, const QByteArray &ovf, Manifest manifest)
    {
        return build(name, ovf, manifest, m_disk);
    }

    QString build(const QString &name, const QByteArray &ovf, Manifest manifest, const QByteArray &disk)
    {
        Members members{{"appliance.ovf", ovf}};
        const Members files{{"disk1.vmdk", disk}};
        QByteArray mf = testkit::manifest(Members{{"appliance.ovf", ovf}} + files);
        if (manifest == Manifest::Broken)
            mf = testkit::manifest(Members{{"appliance.ovf", ovf}, {"disk1.vmdk", disk + "x"}});
        if (manifest != Manifest::None)
            members.append({"appliance.mf", mf});
        if (manifest == Manifest::Signed)
            members.append({"appliance.cert", m_ca->sign(u"leaf"_s, mf, u"appliance.mf"_s)});
        members += files;
        const QString path = m_dir.filePath(name);
        if (!writeFile(path, tar(members)))
            return {};
        return path;
    }

    std::unique_ptr<DeployWizard> open(const QString &package)
    {
        auto w = std::make_unique<DeployWizard>(DeployWizard::Options{package, {}});
        ovf::package::VerifyOptions options;
        options.trust.useSystemStore = false;
        options.trust.extraAnchors = {m_ca->path(u"root.pem"_s)};
        w->session()->setVerifyOptions(options);
        w->resize(1100, 760);
        w->show();
        return w;
    }

    static bool waitVerified(DeployWizard &w)
    {
        auto *page = w.deployPage<VerificationPage>(DeployPageId::Verification);
        return QTest::qWaitFor([&] { return !page->isRunning() && w.session()->verification(); }, 20000);
    }

    static void screenshot(QWidget &w, const QString &page)
    {
        const QString dir = QStringLiteral(OVFW_BINARY_DIR "/screenshots");
        QVERIFY(QDir().mkpath(dir));
        QApplication::processEvents();
        QVERIFY(w.grab().save(dir + u"/wizard-"_s + page + u".png"_s));
    }

    // A streamOptimized disk of `mib` MiB of incompressible data (slow enough to cancel).
    QByteArray bigDisk(int mib)
    {
        const QString raw = m_dir.filePath(u"big.raw"_s);
        const QString vmdk = m_dir.filePath(u"big.vmdk"_s);
        if (!writeFile(raw, payload(qsizetype(mib) << 20, 7)))
            return {};
        QProcess qemuImg;
        qemuImg.start(u"qemu-img"_s, {u"convert"_s, u"-q"_s, u"-f"_s, u"raw"_s, u"-O"_s, u"vmdk"_s, u"-o"_s,
                                     u"subformat=streamOptimized"_s, raw, vmdk});
        if (!qemuImg.waitForFinished(120000) || qemuImg.exitCode() != 0)
            return {};
        return readFile(vmdk);
    }

    static bool nextEnabled(QWizard &w) { return w.button(QWizard::NextButton)->isEnabled(); }
    static DeployPageId current(QWizard &w) { return DeployPageId(w.currentId()); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // remembered connections stay out of the user's settings
        QSettings().remove(u"libvirt/connections"_s);
        QVERIFY(m_dir.isValid());
        QProcess qemuImg;
        const QString disk = m_dir.filePath(u"disk1.vmdk"_s);
        qemuImg.start(u"qemu-img"_s, {u"create"_s, u"-q"_s, u"-f"_s, u"vmdk"_s, u"-o"_s,
                                     u"subformat=streamOptimized"_s, disk, u"64M"_s});
        QVERIFY(qemuImg.waitForFinished(30000));
        QCOMPARE(qemuImg.exitCode(), 0);
        m_disk = readFile(disk);
        QVERIFY(!m_disk.isEmpty());
        m_ca = std::make_unique<CertificateAuthority>(m_dir.filePath(u"ca"_s));
        QVERIFY(QDir().mkpath(m_ca->path({})));
        QVERIFY(m_ca->create());
        QLocale::setDefault(QLocale(u"en_US"_s));
    }

    void sourcePage()
    {
        const QString ova = build(u"source.ova"_s, plainDescriptor(m_disk.size()), Manifest::Good);
        DeployWizard w(DeployWizard::Options{{}, ova});
        w.resize(1100, 760);
        w.show();
        QCOMPARE(current(w), DeployPageId::Source);
        auto *page = w.deployPage<SourcePage>(DeployPageId::Source);
        QCOMPARE(page->pathEdit()->text(), ova); // the open document is offered
        screenshot(w, u"source"_s);
        page->findChild<QRadioButton *>(u"useFile"_s)->setChecked(true);
        page->pathEdit()->setText(m_dir.filePath(u"missing.ova"_s));
        w.next();
        QCOMPARE(current(w), DeployPageId::Source); // refused: the file does not exist
        QVERIFY(page->findChild<QLabel *>(u"sourceError"_s)->text().contains(u"does not exist"_s));
        page->pathEdit()->setText(ova);
        w.next();
        QCOMPARE(current(w), DeployPageId::Verification);
        QCOMPARE(w.session()->packagePath(), ova);
        QVERIFY(waitVerified(w));
    }

    void skipsPagesWithNothingToAsk()
    {
        const QString ova = build(u"plain.ova"_s, plainDescriptor(m_disk.size()), Manifest::Signed);
        auto w = open(ova);
        QVERIFY(waitVerified(*w));
        auto *verification = w->deployPage<VerificationPage>(DeployPageId::Verification);
        QCOMPARE(w->session()->verification()->verdict.state, ovf::package::TrustState::Verified);
        QVERIFY(verification->deployAnywayBox()->isHidden()); // verified: nothing to confirm
        QVERIFY(nextEnabled(*w));
        screenshot(*w, u"verification"_s);
        w->next();
        QCOMPARE(current(*w), DeployPageId::Details);
        w->next(); // no EULA, one configuration: Licenses and Configuration skipped
        QCOMPARE(current(*w), DeployPageId::Target);
        w->deployPage<TargetPage>(DeployPageId::Target)->outputEdit()->setText(m_dir.filePath(u"plain-out"_s));
        QVERIFY(nextEnabled(*w));
        w->next(); // no network: Networks skipped
        QCOMPARE(current(*w), DeployPageId::Storage);
        QTRY_VERIFY(nextEnabled(*w));
        w->next(); // no property: Properties skipped
        QCOMPARE(current(*w), DeployPageId::Summary);
        w->back();
        QCOMPARE(current(*w), DeployPageId::Storage);
    }

    void invalidPackageBlocks()
    {
        const QString ova = build(u"broken.ova"_s, plainDescriptor(m_disk.size()), Manifest::Broken);
        auto w = open(ova);
        QVERIFY(waitVerified(*w));
        auto *page = w->deployPage<VerificationPage>(DeployPageId::Verification);
        QCOMPARE(w->session()->verification()->verdict.state, ovf::package::TrustState::Invalid);
        QVERIFY(page->deployAnywayBox()->isHidden());
        QVERIFY(!nextEnabled(*w));
        QVERIFY(page->stateLabel()->text().contains(u"Invalid"_s));
        screenshot(*w, u"verification-invalid"_s);
    }

    void uncheckedNeedsConfirmation()
    {
        const QString ova = build(u"unchecked.ova"_s, plainDescriptor(m_disk.size()), Manifest::None);
        auto w = open(ova);
        QVERIFY(waitVerified(*w));
        auto *page = w->deployPage<VerificationPage>(DeployPageId::Verification);
        QCOMPARE(w->session()->verification()->verdict.state, ovf::package::TrustState::Unchecked);
        QVERIFY(!page->deployAnywayBox()->isHidden());
        QVERIFY(!nextEnabled(*w));
        page->deployAnywayBox()->setChecked(true);
        QVERIFY(nextEnabled(*w));
    }

    void licenseInUserLocale()
    {
        const QString ova = build(u"de.ova"_s, fullDescriptor(m_disk.size()), Manifest::Good);
        QLocale::setDefault(QLocale(u"de_DE"_s));
        auto w = open(ova);
        QVERIFY(waitVerified(*w));
        QLocale::setDefault(QLocale(u"en_US"_s));
        w->deployPage<VerificationPage>(DeployPageId::Verification)->deployAnywayBox()->setChecked(true);
        w->next();
        w->next();
        QCOMPARE(current(*w), DeployPageId::Licenses);
        auto *page = w->deployPage<LicensesPage>(DeployPageId::Licenses);
        QCOMPARE(page->licenseText(0), QString::fromUtf8(kEulaMainDe));
        QCOMPARE(page->licenseText(1), QString::fromUtf8(kEulaExtra)); // untranslated: default text
        for (QCheckBox *box : page->acceptBoxes())
            box->setChecked(true);
        w->next();
        const QList<ovf::deploy::EulaAcceptance> &records = w->session()->plan().eulaAcceptances;
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(0).locale, u"de-DE"_s);
        QCOMPARE(records.at(0).sha256, ovf::deploy::eulaDigest(QString::fromUtf8(kEulaMainDe)));
    }

    void fullFlowToFolder()
    {
        const QString ova = build(u"web.ova"_s, fullDescriptor(m_disk.size()), Manifest::Good);
        auto w = open(ova);
        QVERIFY(waitVerified(*w));
        auto *verification = w->deployPage<VerificationPage>(DeployPageId::Verification);
        QCOMPARE(w->session()->verification()->verdict.state, ovf::package::TrustState::Intact);
        QVERIFY(!nextEnabled(*w)); // Intact: needs the explicit confirmation
        verification->deployAnywayBox()->setChecked(true);
        screenshot(*w, u"verification-intact"_s);
        w->next();

        // Details.
        QCOMPARE(current(*w), DeployPageId::Details);
        QCOMPARE(w->findChild<QLabel *>(u"product"_s)->text(), u"Example Web Appliance"_s);
        QVERIFY(w->findChild<QLabel *>(u"sizeOnDisk"_s)->text().contains(u"64"_s));
        screenshot(*w, u"details"_s);
        w->next();

        // Licenses: Next only when each one is accepted.
        QCOMPARE(current(*w), DeployPageId::Licenses);
        auto *licenses = w->deployPage<LicensesPage>(DeployPageId::Licenses);
        QCOMPARE(licenses->acceptBoxes().size(), 2);
        QCOMPARE(licenses->licenseText(0), QString::fromUtf8(kEulaMain));
        QVERIFY(!nextEnabled(*w));
        licenses->acceptBoxes().at(0)->setChecked(true);
        QVERIFY(!nextEnabled(*w));
        licenses->acceptBoxes().at(1)->setChecked(true);
        QVERIFY(nextEnabled(*w));
        licenses->acceptBoxes().at(1)->setChecked(false);
        QVERIFY(!nextEnabled(*w));
        licenses->acceptBoxes().at(1)->setChecked(true);
        screenshot(*w, u"licenses"_s);
        w->next();

        // Configuration: the default preselected; choose "large".
        QCOMPARE(current(*w), DeployPageId::Configuration);
        auto *configuration = w->deployPage<ConfigurationPage>(DeployPageId::Configuration);
        QCOMPARE(configuration->optionButtons().size(), 2);
        QVERIFY(configuration->optionButtons().at(0)->isChecked());
        screenshot(*w, u"configuration"_s);
        configuration->optionButtons().at(1)->setChecked(true);
        QCOMPARE(w->session()->effectiveConfiguration(), u"large"_s);
        w->next();

        // Target: folder by default.
        QCOMPARE(current(*w), DeployPageId::Target);
        auto *target = w->deployPage<TargetPage>(DeployPageId::Target);
        QVERIFY(target->folderButton()->isChecked());
        QCOMPARE(target->uriEdit()->text(), u"qemu:///system"_s);
        QVERIFY(!nextEnabled(*w)); // no output folder yet
        const QString out = m_dir.filePath(u"web-out"_s);
        target->outputEdit()->setText(out);
        QVERIFY(nextEnabled(*w));
        QCOMPARE(target->nameEdit(u"web"_s)->text(), u"Web-Appliance"_s); // from the Name, not the id
        target->nameEdit(u"web"_s)->setText(u"bad name!"_s);
        QVERIFY(!nextEnabled(*w));
        target->nameEdit(u"web"_s)->setText(u"web-1"_s);
        QVERIFY(nextEnabled(*w));
        screenshot(*w, u"target"_s);
        w->next();

        // Networks: one combo per OVF network.
        QCOMPARE(current(*w), DeployPageId::Networks);
        auto *networks = w->deployPage<NetworksPage>(DeployPageId::Networks);
        QTRY_VERIFY(w->inventory()->hasResult());
        QCOMPARE(networks->table()->rowCount(), 2);
        QVERIFY(networks->targetCombo(u"Front"_s));
        QVERIFY(networks->targetCombo(u"Back"_s));
        networks->targetCombo(u"Back"_s)->setEditText(u"backnet"_s);
        QTRY_VERIFY(nextEnabled(*w));
        screenshot(*w, u"networks"_s);
        w->next();

        // Storage.
        QCOMPARE(current(*w), DeployPageId::Storage);
        auto *storage = w->deployPage<StoragePage>(DeployPageId::Storage);
        QCOMPARE(storage->requiredBytes(), qint64(64) << 20);
        QVERIFY(storage->spaceLabel()->text().contains(u"free"_s));
        storage->formatCombo()->setCurrentIndex(1); // raw
        QVERIFY(nextEnabled(*w));
        screenshot(*w, u"storage"_s);
        w->next();

        // Properties: typed editors, live validation, per-configuration default.
        QCOMPARE(current(*w), DeployPageId::Properties);
        auto *properties = w->deployPage<PropertiesPage>(DeployPageId::Properties);
        PropertyField *hostname = properties->field(u"web/org.example.web.hostname"_s);
        PropertyField *port = properties->field(u"web/org.example.web.port"_s);
        PropertyField *mode = properties->field(u"web/org.example.web.mode"_s);
        PropertyField *password = properties->field(u"web/org.example.web.password"_s);
        PropertyField *debug = properties->field(u"web/org.example.web.debug"_s);
        PropertyField *quota = properties->field(u"web/org.example.web.quota"_s);
        PropertyField *build = properties->field(u"web/org.example.web.build"_s);
        QVERIFY(hostname && port && mode && password && debug && quota && build);
        QVERIFY(qobject_cast<QLineEdit *>(hostname->editor()));
        auto *portSpin = qobject_cast<QSpinBox *>(port->editor());
        QVERIFY(portSpin);
        QCOMPARE(portSpin->minimum(), 1024);
        QCOMPARE(portSpin->maximum(), 9999);
        QCOMPARE(port->value(), u"8443"_s); // the "large" value, not ovf:value 8080
        QVERIFY(qobject_cast<QComboBox *>(mode->editor()));
        QCOMPARE(qobject_cast<QComboBox *>(mode->editor())->count(), 2);
        QVERIFY(qobject_cast<QCheckBox *>(debug->editor()));
        QCOMPARE(qobject_cast<QLineEdit *>(password->editor())->echoMode(), QLineEdit::Password);
        QVERIFY(password->confirmation());
        QVERIFY(qobject_cast<QLineEdit *>(quota->editor())); // 64-bit: a line edit
        QVERIFY(!build->isVisible()); // not user-configurable: hidden
        properties->showAllBox()->setChecked(true);
        QVERIFY(build->isVisible());
        QVERIFY(!build->editor()->isEnabled());
        properties->showAllBox()->setChecked(false);
        QVERIFY(!build->isVisible());

        QCOMPARE(properties->invalidCount(), 2); // empty host name, empty password (MinLen 8)
        QVERIFY(properties->invalidLabel()->text().contains(u"2 fields still invalid"_s));
        QVERIFY(!nextEnabled(*w));
        screenshot(*w, u"properties"_s);
        QTest::keyClicks(hostname->editor(), u"web01.example.org"_s);
        QCOMPARE(properties->invalidCount(), 1);
        QTest::keyClicks(password->editor(), u"s3cret-pass"_s);
        QCOMPARE(properties->invalidCount(), 1); // the confirmation differs
        QVERIFY(password->reason().contains(u"not the same"_s));
        QTest::keyClicks(password->confirmation(), u"s3cret-pass"_s);
        QCOMPARE(properties->invalidCount(), 0);
        QVERIFY(properties->invalidLabel()->text().contains(u"All values are valid"_s));
        qobject_cast<QLineEdit *>(quota->editor())->setText(u"18446744073709551616"_s); // 2^64
        QVERIFY(!quota->isValid());
        QVERIFY(!quota->reason().isEmpty());
        QVERIFY(!nextEnabled(*w));
        qobject_cast<QLineEdit *>(quota->editor())->setText(u"21474836480"_s);
        qobject_cast<QComboBox *>(mode->editor())->setCurrentText(u"https"_s);
        qobject_cast<QCheckBox *>(debug->editor())->setChecked(true);
        QVERIFY(nextEnabled(*w));

        // Per-configuration defaults follow the option for untouched fields only.
        w->back(); // Storage
        w->back(); // Networks
        w->back(); // Target
        w->back(); // Configuration
        QCOMPARE(current(*w), DeployPageId::Configuration);
        configuration->optionButtons().at(0)->setChecked(true); // small
        QCOMPARE(port->value(), u"8080"_s);
        configuration->optionButtons().at(1)->setChecked(true); // large again
        QCOMPARE(port->value(), u"8443"_s);
        for (int i = 0; i < 4; ++i)
            w->next();
        QCOMPARE(current(*w), DeployPageId::Properties);
        QCOMPARE(hostname->value(), u"web01.example.org"_s); // kept
        screenshot(*w, u"properties-valid"_s);
        w->next();

        // Summary: the plan equals what was entered.
        QCOMPARE(current(*w), DeployPageId::Summary);
        auto *summary = w->deployPage<SummaryPage>(DeployPageId::Summary);
        QVERIFY2(summary->problems().isEmpty(), qPrintable(summary->problems().join(u'\n')));
        const ovf::deploy::Plan &plan = w->session()->plan();
        ovf::deploy::Plan expected;
        expected.package = ova;
        expected.deploymentOption = u"large"_s;
        expected.eulaAcceptances = plan.eulaAcceptances;
        expected.properties = {{u"org.example.web.hostname"_s, u"web01.example.org"_s},
                               {u"org.example.web.port"_s, u"8443"_s},
                               {u"org.example.web.mode"_s, u"https"_s},
                               {u"org.example.web.password"_s, u"s3cret-pass"_s},
                               {u"org.example.web.debug"_s, u"true"_s},
                               {u"org.example.web.quota"_s, u"21474836480"_s}};
        expected.networks = {{u"Front"_s, u"default"_s}, {u"Back"_s, u"backnet"_s}};
        expected.diskFormat = ovf::deploy::DiskFormat::Raw;
        expected.names = {{u"web"_s, u"web-1"_s}};
        expected.backend = ovf::deploy::BackendKind::Folder;
        expected.outputPath = out;
        QCOMPARE(plan.eulaAcceptances.size(), 2);
        QCOMPARE(plan.eulaAcceptances.at(0).sha256, ovf::deploy::eulaDigest(QString::fromUtf8(kEulaMain)));
        QCOMPARE(plan.eulaAcceptances.at(1).sha256, ovf::deploy::eulaDigest(QString::fromUtf8(kEulaExtra)));
        QCOMPARE(plan.properties, expected.properties);
        QCOMPARE(plan.networks, expected.networks);
        QVERIFY(plan == expected);

        const QString env = summary->environmentPreview(u"web"_s);
        QVERIFY(env.contains(u"web01.example.org"_s));
        QVERIFY(env.contains(u"org.example.web.port"_s));
        QVERIFY(!env.contains(u"s3cret-pass"_s)); // masked in the preview
        const QString command = summary->commandLine();
        QVERIFY(command.contains(u"--option large"_s));
        QVERIFY(command.contains(u"org.example.web.hostname=web01.example.org"_s));
        QVERIFY(!command.contains(u"s3cret-pass"_s));
        screenshot(*w, u"summary"_s);
        summary->tabs()->setCurrentIndex(1);
        screenshot(*w, u"summary-environment"_s);
        summary->tabs()->setCurrentIndex(2);
        screenshot(*w, u"summary-command"_s);
        summary->tabs()->setCurrentIndex(0);

        const QString answers = m_dir.filePath(u"answers.json"_s);
        QVERIFY(summary->saveAnswerFile(answers, false));
        const auto read = ovf::deploy::AnswerFile::read(answers);
        QVERIFY2(read, qPrintable(read ? QString() : read.error()));
        QCOMPARE(read->plan.properties, plan.properties);
        QCOMPARE(read->plan.networks, plan.networks);
        QCOMPARE(read->plan.deploymentOption, plan.deploymentOption);
        QCOMPARE(read->plan.eulaAcceptances.size(), 2);
        QCOMPARE(read->plan.eulaAcceptances.at(0).sha256, plan.eulaAcceptances.at(0).sha256);
        QCOMPARE(QFile(answers).permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());

        // Deploy for real into the folder.
        w->next();
        QCOMPARE(current(*w), DeployPageId::Progress);
        auto *progress = w->deployPage<ProgressPage>(DeployPageId::Progress);
        QVERIFY(QTest::qWaitFor([&] { return !progress->isRunning() && nextEnabled(*w); }, 120000));
        screenshot(*w, u"progress"_s);
        const DeployOutcome &outcome = w->session()->outcome();
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        w->next();
        QCOMPARE(current(*w), DeployPageId::Done);
        screenshot(*w, u"done"_s);
        QVERIFY(QFileInfo(out).isDir());
        const QStringList files = QDir(out).entryList(QDir::Files);
        QVERIFY2(files.contains(u"web-1.xml"_s), qPrintable(files.join(u' ')));
        QVERIFY2(files.contains(DonePage::scriptName()), qPrintable(files.join(u' ')));
        QVERIFY(w->findChild<QTextBrowser *>(u"doneDetails"_s)->toPlainText().contains(DonePage::scriptName()));
        const QByteArray domain = readFile(QDir(out).filePath(u"web-1.xml"_s));
        QVERIFY(domain.contains("<name>web-1</name>"));
        QVERIFY(domain.contains("backnet"));
    }

    void libvirtTargetListsNetworksAndPools()
    {
        // libvirt's test driver: the real API, its stock "default" network and "default-pool".
        const QString ova = build(u"web-libvirt.ova"_s, fullDescriptor(m_disk.size()), Manifest::Good);
        auto w = open(ova);
        QVERIFY(waitVerified(*w));
        w->deployPage<VerificationPage>(DeployPageId::Verification)->deployAnywayBox()->setChecked(true);
        w->next(); // Details
        w->next(); // Licenses
        for (QCheckBox *box : w->deployPage<LicensesPage>(DeployPageId::Licenses)->acceptBoxes())
            box->setChecked(true);
        w->next(); // Configuration
        w->next(); // Target
        QCOMPARE(current(*w), DeployPageId::Target);
        auto *target = w->deployPage<TargetPage>(DeployPageId::Target);
        target->libvirtButton()->setChecked(true);
        QVERIFY(!target->outputEdit()->isEnabled());
        // The remembered connections are offered; the local system one always.
        QVERIFY(target->uriCombo()->findText(u"qemu:///system"_s) >= 0);
        target->uriEdit()->setText(u"test:///default"_s);
        // The host's pools and their free space, asked in the background as the URI is chosen.
        QTRY_VERIFY_WITH_TIMEOUT(!target->poolTree()->findItems(u"default-pool"_s, Qt::MatchExactly).isEmpty(), 20000);
        const QTreeWidgetItem *pool = target->poolTree()->findItems(u"default-pool"_s, Qt::MatchExactly).constFirst();
        QVERIFY2(pool->text(2).contains(u"iB"_s), qPrintable(pool->text(2))); // free space with its unit
        QVERIFY(target->poolStatus()->text().contains(u"Storage pools"_s));
        for (const QSize size : {QSize(1280, 800), QSize(1024, 700)}) {
            w->resize(size);
            screenshot(*w, u"target-libvirt-%1x%2"_s.arg(size.width()).arg(size.height()));
        }
        w->resize(1100, 760);
        QVERIFY(nextEnabled(*w));
        w->next();
        QCOMPARE(current(*w), DeployPageId::Networks);
        QCOMPARE(LibvirtConnectionHistory::uris().constFirst(), u"test:///default"_s); // remembered
        QTRY_VERIFY_WITH_TIMEOUT(w->inventory()->hasResult(), 20000);
        QVERIFY2(w->inventory()->result().error.isEmpty(), qPrintable(w->inventory()->result().error));
        auto *networks = w->deployPage<NetworksPage>(DeployPageId::Networks);
        QComboBox *front = networks->targetCombo(u"Front"_s);
        QVERIFY(front);
        QVERIFY(!front->isEditable()); // libvirt: only the networks it has
        QVERIFY(front->findData(u"default"_s) >= 0);
        QCOMPARE(front->currentData().toString(), u"default"_s);
        QTRY_VERIFY(nextEnabled(*w));
        screenshot(*w, u"networks-libvirt"_s);
        w->next();
        QCOMPARE(current(*w), DeployPageId::Storage);
        auto *storage = w->deployPage<StoragePage>(DeployPageId::Storage);
        QVERIFY(storage->poolCombo()->isVisible());
        QVERIFY(storage->folderEdit()->isVisible()); // or an existing folder instead of a pool
        QVERIFY(storage->usesPool());
        QVERIFY(storage->poolCombo()->count() >= 1);
        QVERIFY(storage->poolCombo()->findData(u"default-pool"_s) >= 0);
        storage->poolCombo()->setCurrentIndex(storage->poolCombo()->findData(u"default-pool"_s));
        QVERIFY(storage->freeBytes() > 0);
        QVERIFY(nextEnabled(*w));
        screenshot(*w, u"storage-libvirt"_s);
        w->next();
        const ovf::deploy::Plan &plan = w->session()->plan();
        QCOMPARE(plan.backend, ovf::deploy::BackendKind::Libvirt);
        QCOMPARE(plan.libvirtUri, u"test:///default"_s);
        QCOMPARE(plan.storage, u"default-pool"_s);
        QCOMPARE(plan.networks.value(u"Front"_s), u"default"_s);
    }

    void cancelRollsBack()
    {
        const QByteArray disk = bigDisk(96);
        QVERIFY(!disk.isEmpty());
        QByteArray ovf = plainDescriptor(disk.size());
        ovf.replace("ovf:capacity=\"67108864\"", "ovf:capacity=\"100663296\"");
        const QString ova = build(u"big.ova"_s, ovf, Manifest::Good, disk);
        auto w = open(ova);
        QVERIFY(waitVerified(*w));
        w->deployPage<VerificationPage>(DeployPageId::Verification)->deployAnywayBox()->setChecked(true);
        w->next(); // Details
        w->next(); // Target
        const QString out = m_dir.filePath(u"big-out"_s);
        w->deployPage<TargetPage>(DeployPageId::Target)->outputEdit()->setText(out);
        w->next(); // Storage
        QTRY_VERIFY(nextEnabled(*w));
        w->next(); // Summary
        QCOMPARE(current(*w), DeployPageId::Summary);
        QVERIFY(nextEnabled(*w));
        w->next(); // Deploy
        auto *progress = w->deployPage<ProgressPage>(DeployPageId::Progress);
        QVERIFY(progress->isRunning());
        QVERIFY(!nextEnabled(*w));
        // Cancel while the disk is being converted: the backend has written into its folder.
        auto *step = w->findChild<QLabel *>(u"deployStep"_s);
        QVERIFY(QTest::qWaitFor([&] { return step->text().contains(u"Convert"_s) || !progress->isRunning(); }, 60000));
        QVERIFY2(progress->isRunning(), "the deployment ended before it could be cancelled");
        QTest::mouseClick(progress->cancelButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !progress->isRunning() && nextEnabled(*w); }, 120000));
        const DeployOutcome &outcome = w->session()->outcome();
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.cancelled, qPrintable(outcome.error));
        QVERIFY(outcome.rollbackProblems.isEmpty());
        QVERIFY(!QFileInfo::exists(out)); // nothing left behind
        const QStringList leftovers = QDir(m_dir.path()).entryList({u"big-out*"_s, u".big-out*"_s}, QDir::AllEntries | QDir::Hidden);
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(u' ')));
        w->next();
        QCOMPARE(current(*w), DeployPageId::Done);
        QVERIFY(w->deployPage<DonePage>(DeployPageId::Done)->headline()->text().contains(u"Cancelled"_s));
        screenshot(*w, u"done-cancelled"_s);
    }
};

QTEST_MAIN(TestDeployWizard)
#include "tst_gui_deploywizard.moc"
