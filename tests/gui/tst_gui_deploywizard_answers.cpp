// Answer files in the deploy wizard: the choices saved from one wizard, loaded into a fresh
// one, fill in every page so that the resulting Plan is the same; a EULA whose text differs
// from the accepted one must be accepted again (and the page says why); a malformed file is
// reported with its key and changes nothing.

#include "model/deploy/answerfile.h"
#include "model/deploy/plan.h"
#include "packagetestkit.h"
#include "tst_gui_deploywizard_packages.h"
#include "wizards/configurationpage.h"
#include "wizards/deploysession.h"
#include "wizards/deploywizard.h"
#include "wizards/licensespage.h"
#include "wizards/networkspage.h"
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
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace testkit;

class TestDeployWizardAnswers : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QByteArray m_disk;
    QString m_ova;
    QString m_answers;
    ovf::deploy::Plan m_saved; // the plan of the first wizard, as saved

    QString build(const QString &name, const QByteArray &ovf)
    {
        const Members files{{"disk1.vmdk", m_disk}};
        Members members{{"appliance.ovf", ovf}, {"appliance.mf", manifest(Members{{"appliance.ovf", ovf}} + files)}};
        members += files;
        const QString path = m_dir.filePath(name);
        return writeFile(path, tar(members)) ? path : QString();
    }

    static std::unique_ptr<DeployWizard> open(const DeployWizard::Options &options)
    {
        auto w = std::make_unique<DeployWizard>(options);
        ovf::package::VerifyOptions verify;
        verify.trust.useSystemStore = false;
        w->session()->setVerifyOptions(verify);
        w->resize(1100, 760);
        w->show();
        return w;
    }

    static bool waitVerified(DeployWizard &w)
    {
        auto *page = w.deployPage<VerificationPage>(DeployPageId::Verification);
        return QTest::qWaitFor([&] { return !page->isRunning() && w.session()->verification(); }, 20000);
    }

    static bool nextEnabled(QWizard &w) { return w.button(QWizard::NextButton)->isEnabled(); }
    static DeployPageId current(QWizard &w) { return DeployPageId(w.currentId()); }

    // Confirms the Intact package and presses Next until the Summary, touching nothing else.
    static bool nextToSummary(DeployWizard &w)
    {
        w.deployPage<VerificationPage>(DeployPageId::Verification)->deployAnywayBox()->setChecked(true);
        for (int i = 0; i < 12 && current(w) != DeployPageId::Summary; ++i) {
            if (!QTest::qWaitFor([&] { return nextEnabled(w); }, 10000)) {
                qWarning("Next stays disabled on page %d", w.currentId());
                return false;
            }
            w.next();
        }
        return current(w) == DeployPageId::Summary;
    }

    static void screenshot(QWidget &w, const QString &name)
    {
        const QString dir = QStringLiteral(OVFW_BINARY_DIR "/screenshots");
        QVERIFY(QDir().mkpath(dir));
        QApplication::processEvents();
        QVERIFY(w.grab().save(dir + u"/wizard-"_s + name + u".png"_s));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QLocale::setDefault(QLocale(u"en_US"_s));
        QProcess qemuImg;
        const QString disk = m_dir.filePath(u"disk1.vmdk"_s);
        qemuImg.start(u"qemu-img"_s, {u"create"_s, u"-q"_s, u"-f"_s, u"vmdk"_s, u"-o"_s,
                                     u"subformat=streamOptimized"_s, disk, u"64M"_s});
        QVERIFY(qemuImg.waitForFinished(30000));
        QCOMPARE(qemuImg.exitCode(), 0);
        m_disk = readFile(disk);
        m_ova = build(u"web.ova"_s, fullDescriptor(m_disk.size()));
        QVERIFY(!m_ova.isEmpty());

        // The first wizard: every page answered by hand, then saved as an answer file.
        auto w = open({m_ova, {}});
        QVERIFY(waitVerified(*w));
        w->deployPage<VerificationPage>(DeployPageId::Verification)->deployAnywayBox()->setChecked(true);
        w->next(); // Details
        w->next();
        QCOMPARE(current(*w), DeployPageId::Licenses);
        for (QCheckBox *box : w->deployPage<LicensesPage>(DeployPageId::Licenses)->acceptBoxes())
            box->setChecked(true);
        w->next();
        w->deployPage<ConfigurationPage>(DeployPageId::Configuration)->optionButtons().at(1)->setChecked(true);
        w->next();
        auto *target = w->deployPage<TargetPage>(DeployPageId::Target);
        target->outputEdit()->setText(m_dir.filePath(u"web-out"_s));
        target->nameEdit(u"web"_s)->setText(u"web-1"_s);
        target->findChild<QCheckBox *>(u"powerOn"_s)->setChecked(true);
        w->next();
        QCOMPARE(current(*w), DeployPageId::Networks);
        QTRY_VERIFY(w->inventory()->hasResult());
        w->deployPage<NetworksPage>(DeployPageId::Networks)->targetCombo(u"Back"_s)->setEditText(u"backnet"_s);
        QTRY_VERIFY(nextEnabled(*w));
        w->next();
        w->deployPage<StoragePage>(DeployPageId::Storage)->formatCombo()->setCurrentIndex(1); // raw
        QTRY_VERIFY(nextEnabled(*w));
        w->next();
        QCOMPARE(current(*w), DeployPageId::Properties);
        auto *properties = w->deployPage<PropertiesPage>(DeployPageId::Properties);
        QTest::keyClicks(properties->field(u"web/org.example.web.hostname"_s)->editor(), u"web01.example.org"_s);
        PropertyField *password = properties->field(u"web/org.example.web.password"_s);
        QTest::keyClicks(password->editor(), u"s3cret-pass"_s);
        QTest::keyClicks(password->confirmation(), u"s3cret-pass"_s);
        qobject_cast<QComboBox *>(properties->field(u"web/org.example.web.mode"_s)->editor())->setCurrentText(u"https"_s);
        QVERIFY(nextEnabled(*w));
        w->next();
        QCOMPARE(current(*w), DeployPageId::Summary);
        auto *summary = w->deployPage<SummaryPage>(DeployPageId::Summary);
        QVERIFY2(summary->problems().isEmpty(), qPrintable(summary->problems().join(u'\n')));
        m_answers = m_dir.filePath(u"answers.json"_s);
        QVERIFY(summary->saveAnswerFile(m_answers, false));
        m_saved = w->session()->plan();
        QCOMPARE(m_saved.eulaAcceptances.size(), 2);
        QCOMPARE(m_saved.deploymentOption, u"large"_s);
        QVERIFY(m_saved.powerOn);
    }

    // Loaded after the verification: every page shows the saved choices, Next alone reaches
    // the Summary, and the plan is the saved one.
    void loadAfterVerification()
    {
        auto w = open({m_ova, {}});
        QVERIFY(waitVerified(*w));
        QVERIFY(w->button(QWizard::CustomButton1)->isVisible()); // "Load Answers…" on the early pages
        const auto loaded = w->loadAnswerFile(m_answers, false);
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error()));
        QVERIFY(loaded->isEmpty()); // no warnings
        QVERIFY(w->windowTitle().contains(u"answers.json"_s));

        w->deployPage<VerificationPage>(DeployPageId::Verification)->deployAnywayBox()->setChecked(true);
        w->next();
        w->next();
        QCOMPARE(current(*w), DeployPageId::Licenses);
        QVERIFY(!w->button(QWizard::CustomButton1)->isVisible());
        auto *licenses = w->deployPage<LicensesPage>(DeployPageId::Licenses);
        for (QCheckBox *box : licenses->acceptBoxes())
            QVERIFY(box->isChecked()); // the digests match the package's texts
        QVERIFY(licenses->findChild<QLabel *>(u"licenseAnswerNotes"_s)->isHidden());
        w->next();
        QCOMPARE(current(*w), DeployPageId::Configuration);
        QVERIFY(w->deployPage<ConfigurationPage>(DeployPageId::Configuration)->optionButtons().at(1)->isChecked());
        w->next();
        auto *target = w->deployPage<TargetPage>(DeployPageId::Target);
        QCOMPARE(target->outputEdit()->text(), m_dir.filePath(u"web-out"_s));
        QCOMPARE(target->nameEdit(u"web"_s)->text(), u"web-1"_s);
        QVERIFY(target->findChild<QCheckBox *>(u"powerOn"_s)->isChecked());
        screenshot(*w, u"target-from-answers"_s);
        w->next();
        QTRY_VERIFY(w->inventory()->hasResult());
        QCOMPARE(w->deployPage<NetworksPage>(DeployPageId::Networks)->targetCombo(u"Back"_s)->currentText(), u"backnet"_s);
        QTRY_VERIFY(nextEnabled(*w));
        w->next();
        QCOMPARE(w->deployPage<StoragePage>(DeployPageId::Storage)->formatCombo()->currentIndex(), 1);
        QTRY_VERIFY(nextEnabled(*w));
        w->next();
        auto *properties = w->deployPage<PropertiesPage>(DeployPageId::Properties);
        QCOMPARE(properties->field(u"web/org.example.web.hostname"_s)->value(), u"web01.example.org"_s);
        QCOMPARE(properties->field(u"web/org.example.web.password"_s)->value(), u"s3cret-pass"_s);
        QCOMPARE(properties->invalidCount(), 0);
        screenshot(*w, u"properties-from-answers"_s);
        w->next();
        QCOMPARE(current(*w), DeployPageId::Summary);
        const ovf::deploy::Plan &plan = w->session()->plan();
        QCOMPARE(plan.properties, m_saved.properties);
        QCOMPARE(plan.networks, m_saved.networks);
        QCOMPARE(plan.eulaAcceptances, m_saved.eulaAcceptances); // kept as recorded, not re-stamped
        QVERIFY(plan == m_saved);
    }

    // Loaded on the Source page before any package is chosen: the file's package is proposed,
    // and the choices are applied once it is verified.
    void loadBeforeChoosingThePackage()
    {
        auto w = open({});
        QCOMPARE(current(*w), DeployPageId::Source);
        QVERIFY(!nextEnabled(*w)); // no package yet
        QVERIFY(w->loadAnswerFile(m_answers, false));
        QCOMPARE(w->deployPage<SourcePage>(DeployPageId::Source)->pathEdit()->text(), m_ova);
        QVERIFY(nextEnabled(*w)); // a path filled in for the operator is enough
        w->next();
        QVERIFY(waitVerified(*w));
        QVERIFY(nextToSummary(*w));
        QVERIFY(w->session()->plan() == m_saved);
    }

    // A EULA text that is not the one accepted: that EULA must be accepted again, and the
    // page says why; the other one stays accepted.
    void changedEulaMustBeAcceptedAgain()
    {
        QByteArray ovf = fullDescriptor(m_disk.size());
        ovf.replace(kEulaExtra, "THIRD-PARTY NOTICES, revised.");
        const QString changed = build(u"web-changed.ova"_s, ovf);
        auto w = open({changed, {}});
        QVERIFY(waitVerified(*w));
        QVERIFY(w->loadAnswerFile(m_answers, false));
        QCOMPARE(w->session()->plan().eulaAcceptances.size(), 1);
        QCOMPARE(w->session()->answerNotes().size(), 1);
        w->deployPage<VerificationPage>(DeployPageId::Verification)->deployAnywayBox()->setChecked(true);
        w->next();
        w->next();
        QCOMPARE(current(*w), DeployPageId::Licenses);
        auto *licenses = w->deployPage<LicensesPage>(DeployPageId::Licenses);
        QVERIFY(licenses->acceptBoxes().at(0)->isChecked());
        QVERIFY(!licenses->acceptBoxes().at(1)->isChecked());
        QVERIFY(!nextEnabled(*w));
        const QLabel *notes = licenses->findChild<QLabel *>(u"licenseAnswerNotes"_s);
        QVERIFY(notes->isVisible());
        QVERIFY2(notes->text().contains(u"License 2 of web"_s) && notes->text().contains(u"accepted again"_s),
                 qPrintable(notes->text()));
        screenshot(*w, u"licenses-from-answers"_s);
        licenses->acceptBoxes().at(1)->setChecked(true);
        QVERIFY(nextEnabled(*w));
        w->next();
        const QList<ovf::deploy::EulaAcceptance> &records = w->session()->plan().eulaAcceptances;
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(0), m_saved.eulaAcceptances.at(0));
        QCOMPARE(records.at(1).sha256, ovf::deploy::eulaDigest(u"THIRD-PARTY NOTICES, revised."_s));
    }

    // A malformed file: the error names the key and is shown; nothing changes.
    void malformedFileChangesNothing()
    {
        auto w = open({m_ova, {}});
        QVERIFY(waitVerified(*w));
        const ovf::deploy::Plan before = w->session()->plan();
        const QString title = w->windowTitle();
        QByteArray json = ovf::deploy::AnswerFile::toJson(m_saved);
        json.replace("\"powerOn\": true", "\"powerOn\": \"yes\"");
        QVERIFY(json.contains("\"powerOn\": \"yes\""));
        const QString bad = m_dir.filePath(u"bad.json"_s);
        QVERIFY(writeFile(bad, json));

        const auto loaded = w->loadAnswerFile(bad, false);
        QVERIFY(!loaded);
        QVERIFY2(loaded.error().contains(u"powerOn"_s), qPrintable(loaded.error()));
        QVERIFY(w->session()->plan() == before);
        QVERIFY(!w->session()->hasAnswers());
        QCOMPARE(w->windowTitle(), title);

        QVERIFY(!w->loadAnswerFile(bad)); // interactive: a message box names the key
        auto *box = w->findChild<QMessageBox *>(u"answersMessage"_s);
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QVERIFY(box->text().contains(u"powerOn"_s));
        QVERIFY(box->text().contains(u"nothing was changed"_s));
        screenshot(*box, u"answers-error"_s);
        box->accept();
        QVERIFY(w->session()->plan() == before);
    }

    // Unknown keys are warnings that name the key; the rest is loaded.
    void unknownKeysAreWarnings()
    {
        auto w = open({m_ova, {}});
        QVERIFY(waitVerified(*w));
        QByteArray json = ovf::deploy::AnswerFile::toJson(m_saved);
        json.replace("\"powerOn\"", "\"colour\": \"blue\", \"powerOn\"");
        const QString odd = m_dir.filePath(u"odd.json"_s);
        QVERIFY(writeFile(odd, json));
        const auto loaded = w->loadAnswerFile(odd);
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error()));
        QCOMPARE(loaded->size(), 1);
        QVERIFY(loaded->first().contains(u"colour"_s));
        auto *box = w->findChild<QMessageBox *>(u"answersMessage"_s);
        QVERIFY(box && box->text().contains(u"colour"_s));
        box->accept();
        QCOMPARE(w->session()->plan().deploymentOption, u"large"_s);
    }
};

QTEST_MAIN(TestDeployWizardAnswers)
#include "tst_gui_deploywizard_answers.moc"
