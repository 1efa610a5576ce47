// The deploy wizard's texts in one locale (TextResolver: fallback de-AT → de → default text,
// external bundles read too), the Details page's "Texts in:" switch, File > Preview Deployment
// in ▸ LOCALE on the document being edited (German UI and texts; French UI and texts on every
// page, screenshots), and ovfctl deploy --locale (the environment's PlatformSection Locale). A
// verified package's external bundles are read on a worker, not on the GUI thread.

#include "deploypreviewdata.h"
#include "editortestkit.h"
#include "ovfctltestkit.h"

#include "app/gui/deploylauncher.h"
#include "app/gui/languagesettings.h"
#include "app/gui/mainwindow.h"
#include "model/ovf/descriptor.h"
#include "wizards/deploysession.h"
#include "wizards/deploywizard.h"
#include "wizards/detailspage.h"
#include "wizards/licensespage.h"
#include "wizards/targetpage.h"
#include "wizards/textresolver.h"
#include "wizards/verificationpage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;

namespace {

ovf::LocalizedText text(const QString &msgid, const QString &fallback)
{
    ovf::LocalizedText t;
    t.msgid = msgid;
    t.text = fallback;
    return t;
}

} // namespace

class TestGuiDeployPreview : public QObject
{
    Q_OBJECT

private slots:
    void resolverFallsBackAlongTheChain()
    {
        auto d = ovf::Descriptor::fromBytes(localizedDescriptor(), u"t.ovf"_s);
        QVERIFY(d);
        TextResolver r;
        const QByteArray french = localizedFrenchBundle();
        r.load((*d)->envelope(), u"de-AT"_s, [french](const QString &href) -> std::expected<QByteArray, QString> {
            if (href == u"fr.xml")
                return french;
            return std::unexpected(href);
        });
        QCOMPARE(r.locales(), (QStringList{u"de"_s, u"de-AT"_s, u"fr-FR"_s}));
        QCOMPARE(r.language(), u"de-AT"_s);
        QCOMPARE(r.text(text(u"web.info"_s, u"A web server"_s)), u"A Webserver"_s);      // de-AT
        QCOMPARE(r.text(text(u"product.product"_s, u"Web Appliance"_s)), u"Web-Appliance"_s); // de
        QCOMPARE(r.text(text(u"product.vendor"_s, u"Example Inc."_s)), u"Example Inc."_s);   // default
        r.setLocale(u"fr-FR"_s); // an external bundle
        QCOMPARE(r.text(text(u"product.vendor"_s, u"Example Inc."_s)), u"Exemple SA"_s);
        QVERIFY(r.isTranslated());
        r.setLocale(u"fr-CA"_s); // lookup: fr-CA, fr; fr-FR is not on the chain
        QCOMPARE(r.text(text(u"product.vendor"_s, u"Example Inc."_s)), u"Example Inc."_s);
        QVERIFY(!r.isTranslated());
        QCOMPARE(r.bestLocale({u"fr-CA"_s}), u"fr-FR"_s); // the same language, for the default choice
        QCOMPARE(r.bestLocale({u"de-CH"_s, u"de"_s}), u"de"_s);
        QCOMPARE(r.bestLocale({u"en-GB"_s}), QString()); // the default texts are English
        QCOMPARE(r.bestLocale({u"ja"_s}), QString());
        r.setLocale({});
        QCOMPARE(r.text(text(u"web.info"_s, u"A web server"_s)), u"A web server"_s);

        // Without a reader the external bundle translates nothing and says why.
        r.load((*d)->envelope(), u"fr-FR"_s);
        QCOMPARE(r.text(text(u"product.vendor"_s, u"Example Inc."_s)), u"Example Inc."_s);
        QCOMPARE(r.bundleErrors().size(), 1);
    }

    void previewInGerman()
    {
        LanguageSettings::apply(u"de"_s);
        MainWindow w;
        w.setUnsavedChangesPrompt([](const QString &) { return QMessageBox::Discard; });
        w.show();
        QSignalSpy opened(&w, &MainWindow::documentOpened);
        w.openFile(editortest::sample(u"hello-appliance.ovf"_s));
        QVERIFY(opened.wait(20000));

        w.deployLauncher()->preview(u"de-DE"_s);
        DeployWizard *wizard = w.deployLauncher()->wizard();
        QVERIFY(wizard);
        QVERIFY(wizard->isPreview());
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        QCOMPARE(wizard->currentId(), int(DeployPageId::Details));
        QCOMPARE(wizard->session()->textLocale(), u"de-DE"_s);
        QCOMPARE(wizard->session()->plan().locale, u"de-DE"_s);
        auto *details = wizard->deployPage<DetailsPage>(DeployPageId::Details);
        QCOMPARE(details->textLocaleCombo()->currentData().toString(), u"de-DE"_s);
        auto *annotation = details->findChild<QTextBrowser *>(u"annotation"_s);
        QVERIFY2(annotation->toPlainText().startsWith(u"Auf einem Host"_s), qPrintable(annotation->toPlainText()));
        // Sizes follow the UI language: a decimal comma.
        const QString onDisk = details->findChild<QLabel *>(u"sizeOnDisk"_s)->text();
        QVERIFY2(onDisk.contains(u','), qPrintable(onDisk));
        for (const QSize size : {QSize(1280, 800), QSize(1024, 700)}) {
            wizard->resize(size);
            QTest::qWait(50);
            QVERIFY(editortest::saveScreenshot(*wizard, u"deploypreview-de-%1x%2.png"_s.arg(size.width()).arg(size.height())));
        }

        // Switched to the default texts on the Details page, and back.
        const int english = details->textLocaleCombo()->findData(QString());
        details->textLocaleCombo()->setCurrentIndex(english);
        emit details->textLocaleCombo()->activated(english);
        QVERIFY(annotation->toPlainText().startsWith(u"Deploy on a host"_s));
        QCOMPARE(wizard->session()->textLocale(), QString());
        const int german = details->textLocaleCombo()->findData(u"de-DE"_s);
        details->textLocaleCombo()->setCurrentIndex(german);
        emit details->textLocaleCombo()->activated(german);

        // The license in German, accepted as German.
        wizard->next();
        QCOMPARE(wizard->currentId(), int(DeployPageId::Licenses));
        const QList<QTextBrowser *> licenses = wizard->currentPage()->findChildren<QTextBrowser *>();
        QVERIFY(!licenses.isEmpty());
        QVERIFY2(licenses.first()->toPlainText().startsWith(u"Endbenutzer-Lizenzvertrag"_s), qPrintable(licenses.first()->toPlainText()));
        QVERIFY(wizard->close());
        LanguageSettings::apply(u"en"_s);
    }

    // The French UI (translations/ovf-workbench_fr.ts) and the sample's texts in fr-FR (a French
    // section a localizer added): every page of the previewed wizard in French, saved at
    // 1280x800 and 1024x700 (deploypreview-fr-<page>-<size>.png) and checked for buttons and
    // one-line labels narrower than their text; sizes with a decimal comma and French units.
    void previewInFrench()
    {
        QTemporaryDir dir;
        QByteArray bytes = editortest::readAll(editortest::sample(u"hello-appliance.ovf"_s));
        QVERIFY(bytes.contains("</Envelope>"));
        bytes.replace("</Envelope>", QByteArray(helloFrenchStrings() + "</Envelope>"));
        const QString path = dir.filePath(u"hello-appliance-fr.ovf"_s);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QCOMPARE(f.write(bytes), bytes.size());
        }
        LanguageSettings::apply(u"fr"_s);
        const auto english = qScopeGuard([] { LanguageSettings::apply(u"en"_s); });
        MainWindow w;
        w.setUnsavedChangesPrompt([](const QString &) { return QMessageBox::Discard; });
        w.show();
        QSignalSpy opened(&w, &MainWindow::documentOpened);
        w.openFile(path);
        QVERIFY(opened.wait(20000));
        w.deployLauncher()->preview(u"fr-FR"_s);
        DeployWizard *wizard = w.deployLauncher()->wizard();
        QVERIFY(wizard);
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        QCOMPARE(wizard->session()->textLocale(), u"fr-FR"_s);
        QCOMPARE(wizard->windowTitle(), QCoreApplication::translate("DeployWizard", "Preview Deployment"));
        QVERIFY(wizard->windowTitle() != u"Preview Deployment"_s); // the French catalogue is loaded

        auto *details = wizard->deployPage<DetailsPage>(DeployPageId::Details);
        auto *annotation = details->findChild<QTextBrowser *>(u"annotation"_s);
        QVERIFY2(annotation->toPlainText().startsWith(u"Déployez sur un hôte"_s), qPrintable(annotation->toPlainText()));
        // "jusqu’à 36,0 Gio (3 disques)": the decimal comma and the French unit.
        const QString onDisk = details->findChild<QLabel *>(u"sizeOnDisk"_s)->text();
        QVERIFY2(onDisk.contains(u"36,0"_s) && onDisk.contains(u"Gio"_s), qPrintable(onDisk));

        QStringList clipped;
        const auto look = [&](const QString &page) {
            for (const QSize size : {QSize(1280, 800), QSize(1024, 700)}) {
                wizard->resize(size);
                QTest::qWait(50);
                const QString tag = u"deploypreview-fr-%1-%2x%3"_s.arg(page).arg(size.width()).arg(size.height());
                QVERIFY(editortest::saveScreenshot(*wizard, tag + u".png"_s));
                for (QAbstractButton *b : wizard->findChildren<QAbstractButton *>()) {
                    if (b->isVisibleTo(wizard) && !b->text().isEmpty() && b->width() < b->sizeHint().width())
                        clipped << u"%1: \"%2\" (%3 of %4 px)"_s.arg(tag, b->text()).arg(b->width()).arg(b->sizeHint().width());
                }
                for (QLabel *l : wizard->findChildren<QLabel *>()) {
                    if (l->isVisibleTo(wizard) && !l->text().isEmpty() && !l->wordWrap()
                        && l->textFormat() != Qt::RichText && l->width() < l->minimumSizeHint().width())
                        clipped << u"%1: label \"%2\" (%3 of %4 px)"_s.arg(tag, l->text()).arg(l->width()).arg(l->minimumSizeHint().width());
                }
            }
        };
        look(u"details"_s);
        QVERIFY(wizard->validateCurrentPage());
        wizard->next();
        QCOMPARE(DeployPageId(wizard->currentId()), DeployPageId::Licenses);
        const QList<QTextBrowser *> licenses = wizard->currentPage()->findChildren<QTextBrowser *>();
        QVERIFY(!licenses.isEmpty());
        QVERIFY2(licenses.first()->toPlainText().startsWith(u"Contrat de licence"_s), qPrintable(licenses.first()->toPlainText()));
        for (QCheckBox *box : wizard->deployPage<LicensesPage>(DeployPageId::Licenses)->acceptBoxes())
            box->setChecked(true);
        look(u"licenses"_s);
        wizard->next();
        QCOMPARE(DeployPageId(wizard->currentId()), DeployPageId::Configuration);
        QVERIFY2(wizard->currentPage()->findChildren<QAbstractButton *>().size() > 0, "options");
        bool petite = false;
        for (QAbstractButton *b : wizard->currentPage()->findChildren<QAbstractButton *>())
            petite = petite || b->text().contains(u"Petite"_s);
        QVERIFY(petite); // the option's label in French
        look(u"configuration"_s);
        wizard->next();
        QCOMPARE(DeployPageId(wizard->currentId()), DeployPageId::Target);
        wizard->deployPage<TargetPage>(DeployPageId::Target)->outputEdit()->setText(dir.filePath(u"out"_s));
        // Numbers in the language's format too: 2048 MiB is "2 048" (a narrow no-break space).
        auto *memory = wizard->currentPage()->findChild<QSpinBox *>(u"memory_web"_s);
        QVERIFY(memory);
        QVERIFY2(memory->toolTip().contains(QLocale().toString(2048)) && !memory->toolTip().contains(u"2048"_s),
                 qPrintable(memory->toolTip()));
        look(u"target"_s);
        wizard->next();
        QCOMPARE(DeployPageId(wizard->currentId()), DeployPageId::Networks);
        QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        look(u"networks"_s);
        wizard->next();
        QCOMPARE(DeployPageId(wizard->currentId()), DeployPageId::Storage);
        look(u"storage"_s);
        wizard->next();
        QCOMPARE(DeployPageId(wizard->currentId()), DeployPageId::Properties);
        bool frenchLabel = false;
        for (QLabel *l : wizard->currentPage()->findChildren<QLabel *>())
            frenchLabel = frenchLabel || l->text().startsWith(u"Nom d’hôte"_s);
        QVERIFY(frenchLabel);
        for (QLineEdit *e : wizard->currentPage()->findChildren<QLineEdit *>()) {
            if (e->echoMode() == QLineEdit::Password)
                e->setText(u"Mot-de-passe-secret-1"_s);
        }
        look(u"properties"_s);
        QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        wizard->next();
        QCOMPARE(DeployPageId(wizard->currentId()), DeployPageId::Summary);
        // The package row names the edited document instead of staying empty.
        const QTextBrowser *choices = wizard->currentPage()->findChild<QTextBrowser *>();
        QVERIFY(choices);
        QVERIFY2(choices->toPlainText().contains(u"hello-appliance-fr.ovf, tel qu’il est en cours de modification (aperçu)"_s),
                 qPrintable(choices->toPlainText()));
        look(u"summary"_s);
        // Reported, not failed (like tst_gui_languages): the screenshots are looked at.
        for (const QString &c : std::as_const(clipped))
            qWarning().noquote() << "clipped text:" << c;
        QVERIFY(wizard->close());
    }

    void previewFollowsUnsavedTranslations()
    {
        MainWindow w;
        w.setUnsavedChangesPrompt([](const QString &) { return QMessageBox::Discard; });
        QSignalSpy opened(&w, &MainWindow::documentOpened);
        w.openFile(editortest::sample(u"hello-appliance.ovf"_s));
        QVERIFY(opened.wait(20000));
        // An edit not saved yet: the preview shows it (no file is written).
        const QByteArray before = editortest::readAll(editortest::sample(u"hello-appliance.ovf"_s));
        w.deployLauncher()->preview(u"fr"_s); // no French: the default texts
        DeployWizard *wizard = w.deployLauncher()->wizard();
        QVERIFY(wizard);
        QCOMPARE(wizard->session()->textLocale(), QString());
        QCOMPARE(wizard->session()->plan().locale, u"fr"_s);
        auto *annotation = wizard->deployPage<DetailsPage>(DeployPageId::Details)->findChild<QTextBrowser *>(u"annotation"_s);
        QVERIFY(annotation->toPlainText().startsWith(u"Deploy on a host"_s));
        QVERIFY(wizard->close());
        QCOMPARE(editortest::readAll(editortest::sample(u"hello-appliance.ovf"_s)), before);
    }

    void verifiedPackageBundlesReadOnAWorker()
    {
        // An OVF folder: the descriptor and its French bundle beside it.
        QTemporaryDir dir;
        for (const auto &[name, bytes] : {std::pair{u"t.ovf"_s, localizedDescriptor()},
                                          std::pair{u"fr.xml"_s, localizedFrenchBundle()}}) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        for (const bool ownReader : {false, true}) {
            DeployWizard w(DeployWizard::Options{dir.filePath(u"t.ovf"_s), {}});
            std::atomic<QThread *> readBy = nullptr;
            if (ownReader) { // records the thread the bundle is read on
                w.session()->setBundleReader([&readBy](const QString &href) -> std::expected<QByteArray, QString> {
                    readBy = QThread::currentThread();
                    if (href == u"fr.xml")
                        return localizedFrenchBundle();
                    return std::unexpected(href);
                });
            }
            w.show();
            auto *page = w.deployPage<VerificationPage>(DeployPageId::Verification);
            QVERIFY(QTest::qWaitFor([&] { return !page->isRunning() && w.session()->verification(); }, 20000));
            if (ownReader) {
                QVERIFY(readBy.load());
                QVERIFY(readBy.load() != QThread::currentThread());
            }
            QVERIFY2(w.session()->texts().bundleErrors().isEmpty(), qPrintable(w.session()->texts().bundleErrors().join(u'\n')));
            w.session()->setTextLocale(u"fr-FR"_s);
            QCOMPARE(w.session()->texts().text(text(u"product.vendor"_s, u"Example Inc."_s)), u"Exemple SA"_s);
        }
    }

    void ovfctlDeployLocale()
    {
        QTemporaryDir dir;
        const QString sample = editortest::sample(u"hello-appliance.ovf"_s);
        const auto r = testkit::ovfctl({u"deploy"_s, sample, u"--dry-run"_s, u"--target"_s, u"folder"_s, u"--out"_s,
                                        dir.filePath(u"out"_s), u"--accept-eulas"_s, u"--locale"_s, u"de-AT"_s,
                                        u"--prop"_s, u"com.example.hello.admin_password=Secret-Password-1"_s,
                                        u"--prop"_s, u"com.example.hello.db.db_password=Secret-Password-2"_s,
                                        u"--net"_s, u"frontend=user"_s, u"--net"_s, u"backend=user"_s,
                                        u"--save-answers"_s, dir.filePath(u"answers.json"_s)});
        QVERIFY2(r.out.contains(u"<Locale>de-AT</Locale>"_s) || r.out.contains(u"Locale>de-AT<"_s), qPrintable(r.out + r.err));
        // The licence is accepted as a de-AT reader sees it, as the wizard shows it: the package's
        // de-DE translation (same language), not the en-US default text.
        const QByteArray answers = editortest::readAll(dir.filePath(u"answers.json"_s));
        QVERIFY2(answers.contains("\"locale\": \"de-DE\""), answers.constData());
        const auto bad = testkit::ovfctl({u"deploy"_s, sample, u"--dry-run"_s, u"--locale"_s, u"de_AT"_s});
        QCOMPARE(bad.code, 2);
        QVERIFY2(bad.err.contains(u"de-AT"_s), qPrintable(bad.err)); // the hint names the right form
    }
};

int main(int argc, char **argv)
{
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
    if (qEnvironmentVariableIsEmpty("QT_QPA_FONTDIR"))
        qputenv("QT_QPA_FONTDIR", "/usr/share/fonts/truetype/dejavu");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"OVF Workbench Tests"_s);
    QCoreApplication::setApplicationName(u"tst_gui_deploypreview"_s);
    TestGuiDeployPreview test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_gui_deploypreview.moc"
