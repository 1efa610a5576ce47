// The German translation in the real widgets: switches the application to German (the
// embedded ovf-workbench_de.qm), shows the form editors and walks the deploy wizard, checks
// that their texts come out German, lists every button and check box whose German text is
// wider than the space it got (clipped), and saves screenshots to
// build/screenshots/german-*.png for a human look at the longer German texts.

#include "editortestkit.h"
#include "app/gui/languagesettings.h"
#include "packagetestkit.h"
#include "tst_gui_deploywizard_packages.h"

#include "model/ovf/productsection.h"
#include "views/editorfactory.h"
#include "views/producteditortabs.h"
#include "wizards/deploysession.h"
#include "wizards/deploywizard.h"
#include "wizards/licensespage.h"
#include "wizards/targetpage.h"
#include "wizards/verificationpage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestGuiGerman : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QStringList m_clipped;

    static QString shotDir()
    {
        const QString dir = QStringLiteral(OVFW_BINARY_DIR "/screenshots");
        QDir().mkpath(dir);
        return dir;
    }

    // Saves the screenshot at 1280x800 and 1024x700 (german-<name>-<size>.png) and notes, at each
    // size, the visible buttons and unwrapped labels whose text does not fit.
    void look(QWidget &w, const QString &name)
    {
        for (const QSize size : {QSize(1280, 800), QSize(1024, 700)}) {
            w.resize(size);
            QApplication::processEvents();
            const QString tag = name + u"-%1x%2"_s.arg(size.width()).arg(size.height());
            QVERIFY(w.grab().save(shotDir() + u"/german-"_s + tag + u".png"_s));
            const auto buttons = w.findChildren<QAbstractButton *>();
            for (QAbstractButton *b : buttons) {
                if (!b->isVisibleTo(&w) || b->text().isEmpty())
                    continue;
                if (b->width() < b->sizeHint().width())
                    m_clipped << u"%1: \"%2\" (%3 of %4 px)"_s.arg(tag, b->text()).arg(b->width()).arg(b->sizeHint().width());
            }
            const auto labels = w.findChildren<QLabel *>();
            for (QLabel *l : labels) {
                if (!l->isVisibleTo(&w) || l->text().isEmpty() || l->wordWrap() || l->textFormat() == Qt::RichText)
                    continue;
                if (l->width() < l->minimumSizeHint().width())
                    m_clipped << u"%1: label \"%2\" (%3 of %4 px)"_s.arg(tag, l->text()).arg(l->width()).arg(l->minimumSizeHint().width());
            }
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(LanguageSettings::available().contains(u"de"_s));
        LanguageSettings::apply(u"de"_s);
        QCOMPARE(QCoreApplication::translate("DeployWizard", "Deploy Appliance"), u"Appliance bereitstellen"_s);
        // Qt's own texts come from Qt's catalogue (qtbase_de.qm of qt6-translations-l10n).
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Abbrechen"_s);
        QCOMPARE(QCoreApplication::translate("QFileDialog", "File &name:"), u"Datei&name:"_s);
    }

    void formEditors()
    {
        auto session = editortest::openSession(editortest::sample(u"hello-appliance.ovf"_s));
        QVERIFY(session);
        const ovf::Envelope env = session->descriptor().envelope();

        auto *tabs = qobject_cast<ProductEditorTabs *>(
            EditorFactory::create(session.get(), env.content().productSections().first().element()));
        QVERIFY(tabs);
        editortest::Host product(tabs);
        product.show();
        QVERIFY(QTest::qWaitForWindowExposed(&product));
        QCOMPARE(tabs->tabText(0), u"Produkt"_s);
        QCOMPARE(tabs->tabText(1), u"Eigenschaften"_s);
        look(product, u"editor-product"_s);
        tabs->setCurrentIndex(1);
        look(product, u"editor-properties"_s);

        editortest::Host options(EditorFactory::create(session.get(), env.section(ovf::SectionKind::DeploymentOption).element()));
        options.show();
        QVERIFY(QTest::qWaitForWindowExposed(&options));
        QVERIFY(options.findChild<QLabel *>() != nullptr);
        look(options, u"editor-deploymentoptions"_s);

        editortest::Host eula(EditorFactory::create(session.get(), env.content().section(ovf::SectionKind::Eula).element()));
        eula.show();
        QVERIFY(QTest::qWaitForWindowExposed(&eula));
        look(eula, u"editor-eula"_s);
    }

    void deployWizard()
    {
        QProcess qemuImg;
        const QString diskPath = m_dir.filePath(u"disk1.vmdk"_s);
        qemuImg.start(u"qemu-img"_s, {u"create"_s, u"-q"_s, u"-f"_s, u"vmdk"_s, u"-o"_s,
                                     u"subformat=streamOptimized"_s, diskPath, u"64M"_s});
        QVERIFY(qemuImg.waitForFinished(30000));
        QCOMPARE(qemuImg.exitCode(), 0);
        const QByteArray disk = testkit::readFile(diskPath);
        const QByteArray ovf = fullDescriptor(disk.size());
        const testkit::Members files{{"disk1.vmdk", disk}};
        testkit::Members members{{"appliance.ovf", ovf}};
        members.append({"appliance.mf", testkit::manifest(testkit::Members{{"appliance.ovf", ovf}} + files)});
        members += files;
        const QString ova = m_dir.filePath(u"web.ova"_s);
        QVERIFY(testkit::writeFile(ova, testkit::tar(members)));

        DeployWizard w(DeployWizard::Options{ova, {}});
        ovf::package::VerifyOptions verify;
        verify.trust.useSystemStore = false;
        w.session()->setVerifyOptions(verify);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.windowTitle(), u"Appliance bereitstellen"_s);
        QCOMPARE(w.button(QWizard::BackButton)->text(), QCoreApplication::translate("QWizard", "< &Back"));
        QVERIFY(w.button(QWizard::BackButton)->text().contains(u"Zurück"_s));
        QVERIFY(w.button(QWizard::CancelButton)->text().contains(u"Abbrechen"_s));
        auto *verification = w.deployPage<VerificationPage>(DeployPageId::Verification);
        QVERIFY(QTest::qWaitFor([&] { return !verification->isRunning() && w.session()->verification(); }, 20000));
        QVERIFY(verification->deployAnywayBox()->text().startsWith(u"&Trotzdem bereitstellen"_s));
        verification->deployAnywayBox()->setChecked(true);
        look(w, u"wizard-verification"_s);
        w.next();
        look(w, u"wizard-details"_s);
        w.next();
        auto *licenses = w.deployPage<LicensesPage>(DeployPageId::Licenses);
        QCOMPARE(DeployPageId(w.currentId()), DeployPageId::Licenses);
        for (QCheckBox *box : licenses->acceptBoxes())
            box->setChecked(true);
        look(w, u"wizard-licenses"_s);
        w.next();
        look(w, u"wizard-configuration"_s);
        w.next();
        QCOMPARE(DeployPageId(w.currentId()), DeployPageId::Target);
        w.deployPage<TargetPage>(DeployPageId::Target)->outputEdit()->setText(m_dir.filePath(u"out"_s));
        look(w, u"wizard-target"_s);
        w.next();
        QTRY_VERIFY(w.button(QWizard::NextButton)->isEnabled());
        look(w, u"wizard-networks"_s);
        w.next();
        look(w, u"wizard-storage"_s);
        w.next();
        look(w, u"wizard-properties"_s);
    }

    void cleanupTestCase()
    {
        // Clipping is reported, not failed: the layouts belong to the widgets' owners.
        for (const QString &c : std::as_const(m_clipped))
            qWarning().noquote() << "clipped German text:" << c;
        LanguageSettings::apply(u"en"_s);
    }
};

QTEST_MAIN(TestGuiGerman)
#include "tst_gui_german.moc"
