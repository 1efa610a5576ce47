// Every language the application offers (English and each shipped translation) in the real
// widgets, one data row per language: switches the application to it (the embedded
// ovf-workbench_<code>.qm plus Qt's own qtbase_<code>), shows the main window with the sample
// and its menus, Preferences, the User Guide, the form and table editors, the New Appliance,
// New from VM and deploy wizards, checks that their texts come out in that language, fails
// when two controls of one window, page or menu share an accelerator (&-letter), lists every
// button and label whose text is wider than the space it got (clipped), and saves screenshots
// to build/screenshots/<code>-<name>-<width>x<height>.png for a human look. A language that
// ships (translations/ovf-workbench_<code>.ts) without a row here fails.

#include "editortestkit.h"
#include "app/gui/languagesettings.h"
#include "app/gui/mainactions.h"
#include "app/gui/mainwindow.h"
#include "app/gui/documentworkspace.h"
#include "app/gui/preferencesdialog.h"
#include "app/gui/userguidewindow.h"
#include "packagetestkit.h"
#include "tst_gui_deploywizard_packages.h"

#include "model/l10n/messagestatus.h"
#include "model/ovf/productsection.h"
#include "model/ovf/units.h"
#include "app/gui/autosaverestoredialog.h"
#include "views/adddiskdialog.h"
#include "views/addnetworkadapterdialog.h"
#include "views/configurationvaluesdialog.h"
#include "views/editorfactory.h"
#include "views/qualifiersdialog.h"
#include "views/stringseditor.h"
#include "views/envelopetreeview.h"
#include "views/producteditortabs.h"
#include "wizards/appliancenamepage.h"
#include "wizards/appliancetemplatepage.h"
#include "wizards/deploysession.h"
#include "wizards/exportwizard.h"
#include "wizards/deploywizard.h"
#include "wizards/licensespage.h"
#include "wizards/newappliancewizard.h"
#include "wizards/targetpage.h"
#include "wizards/verificationpage.h"
#include "wizards/vmexportsession.h"
#include "wizards/vmexportwizard.h"
#include "wizards/vmoutputpage.h"
#include "wizards/vmsourcepage.h"
#include "model/deploy/libvirtconnection.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace Qt::StringLiterals;

namespace {

// What a few well-known texts read in each shipped language: the application's own catalogue
// and Qt's (qt6-translations-l10n). One row per language; "en" is the source language.
struct Expected {
    QString nativeName;     // Preferences > Language lists it so
    QString deployTitle;    // DeployWizard "Deploy Appliance"
    QString fileMenu;       // MainActions "&File"
    QString saveAs;         // MainActions "Save &As…"
    QString productTab;     // ProductEditorTabs "Product"
    QString propertiesTab;  // ProductEditorTabs "Properties"
    QString deployAnyway;   // VerificationPage "Deploy &anyway, …" (its start)
    QString newAppliance;   // NewApplianceWizard "New Appliance"
    QString treeKind;       // ovf::items::EnvelopeTreeModel's column "Kind"
    QString size64MiB;      // ovf::formatByteSize(64 MiB) in the default QLocale
    bool guideTranslated;   // resources/guide/<code>/ has the User Guide's pages
    QString statusTranslated; // ovf::l10n::MessageStatusText::label(Translated) (Q_DECLARE_TR_FUNCTIONS)
    QString qtCancel;       // qtbase: QPlatformTheme "Cancel"
    QString qtFileName;     // qtbase: QFileDialog "File &name:"
    QString qtBack;         // qtbase: QWizard "< &Back" (a word of it)
};

const std::map<QString, Expected> &expectations()
{
    static const std::map<QString, Expected> table{
        {u"en"_s,
         {u"American English"_s, u"Deploy Appliance"_s, u"&File"_s, u"Save &As…"_s, u"Product"_s, u"Properties"_s,
          u"Deploy &anyway"_s, u"New Appliance"_s, u"Kind"_s, u"64.0 MiB"_s, true, u"translated"_s, u"Cancel"_s, u"File &name:"_s,
          u"Back"_s}},
        {u"de"_s,
         {u"Deutsch"_s, u"Appliance bereitstellen"_s, u"&Datei"_s, u"Speichern &unter…"_s, u"Produkt"_s,
          u"Eigenschaften"_s, u"&Trotzdem bereitstellen"_s, u"Neue Appliance"_s, u"Art"_s, u"64,0 MiB"_s, true, u"übersetzt"_s, u"Abbrechen"_s, u"Datei&name:"_s,
          u"Zurück"_s}},
        {u"fr"_s,
         {u"Français"_s, u"Déployer l’appliance virtuelle"_s, u"&Fichier"_s, u"Enregistrer &sous…"_s, u"Produit"_s,
          u"Propriétés"_s, u"Déployer &quand même"_s, u"Nouvelle appliance virtuelle"_s, u"Type"_s, u"64,0 Mio"_s, true, u"traduit"_s, u"Annuler"_s,
          u"&Nom de fichier :"_s, u"Précédent"_s}},
    };
    return table;
}

// Every language the application offers, English (the source texts) included: its accelerators
// and layouts are checked like the translations'.
QStringList shippedLanguages()
{
    return LanguageSettings::available();
}

} // namespace

class TestGuiLanguages : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QStringList m_clipped;
    std::unique_ptr<ovf::deploy::LibvirtConnection> m_testDriver; // keeps test:///default's machine

    static QString shotDir()
    {
        const QString dir = QStringLiteral(OVFW_BINARY_DIR "/screenshots");
        QDir().mkpath(dir);
        return dir;
    }

    // The row's language, applied; the test's expectations for it.
    static const Expected &useLanguage()
    {
        QFETCH(QString, code);
        LanguageSettings::apply(code);
        return expectations().at(code);
    }

    static void languageRows()
    {
        QTest::addColumn<QString>("code");
        for (const QString &code : shippedLanguages())
            QTest::newRow(qPrintable(code)) << code;
    }

    static QString code() { return QString::fromLatin1(QTest::currentDataTag()); }

    // The &-letters that collide among `texts` (each "text" names its control in the report).
    static QStringList collisions(const QStringList &texts)
    {
        QMultiMap<QString, QString> byKey;
        for (const QString &text : texts) {
            const QKeySequence key = QKeySequence::mnemonic(text);
            if (!key.isEmpty())
                byKey.insert(key.toString(), text);
        }
        QStringList out;
        for (const QString &key : byKey.uniqueKeys()) {
            if (byKey.count(key) > 1)
                out << u"%1: %2"_s.arg(key, QStringList(byKey.values(key)).join(u" | "_s));
        }
        return out;
    }

    // The accelerators of the controls a user sees at once in `scope`: buttons (check boxes,
    // radio buttons, the wizard's own buttons), labels that lead to a buddy and group boxes.
    static QStringList visibleMnemonics(QWidget &scope)
    {
        QStringList texts;
        for (QAbstractButton *b : scope.findChildren<QAbstractButton *>())
            if (b->isVisibleTo(&scope) && !b->text().isEmpty())
                texts << b->text();
        for (QLabel *l : scope.findChildren<QLabel *>())
            if (l->isVisibleTo(&scope) && l->buddy())
                texts << l->text();
        for (QGroupBox *g : scope.findChildren<QGroupBox *>())
            if (g->isVisibleTo(&scope))
                texts << g->title();
        return texts;
    }

    // Saves the screenshot at 1280x800 and 1024x700 (<code>-<name>-<size>.png; at `fixed`, a
    // dialog's own size, when given), notes the visible buttons and unwrapped labels whose text
    // does not fit, and fails on an accelerator used twice on what is shown.
    void look(QWidget &w, const QString &name, std::optional<QSize> fixed = std::nullopt)
    {
        const QList<QSize> sizes = fixed ? QList<QSize>{*fixed} : QList<QSize>{QSize(1280, 800), QSize(1024, 700)};
        for (const QSize size : sizes) {
            w.resize(size);
            QApplication::processEvents();
            const QString tag = code() + u'-' + name + u"-%1x%2"_s.arg(size.width()).arg(size.height());
            QVERIFY(w.grab().save(shotDir() + u'/' + tag + u".png"_s));
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
        const QStringList clash = collisions(visibleMnemonics(w));
        QVERIFY2(clash.isEmpty(), qPrintable(u"%1-%2: accelerators used twice: %3"_s.arg(code(), name, clash.join(u"; "_s))));
    }

    // A menu's entries (and the menu bar's titles) with their accelerators: shown, saved and
    // checked for a letter used twice.
    void lookAtMenus(QMenuBar *bar)
    {
        QStringList titles;
        int n = 0;
        for (QAction *top : bar->actions()) {
            QMenu *menu = top->menu();
            if (!menu || !top->isVisible())
                continue;
            titles << top->text();
            QStringList entries;
            for (QAction *a : menu->actions())
                if (a->isVisible() && !a->isSeparator() && !a->text().isEmpty())
                    entries << a->text();
            const QStringList clash = collisions(entries);
            QVERIFY2(clash.isEmpty(), qPrintable(u"%1: menu %2: accelerators used twice: %3"_s.arg(code(), top->text(), clash.join(u"; "_s))));
            menu->popup(bar->mapToGlobal(QPoint(0, bar->height())));
            QApplication::processEvents();
            QVERIFY(menu->grab().save(shotDir() + u"/%1-menu-%2.png"_s.arg(code()).arg(++n)));
            menu->hide();
        }
        const QStringList clash = collisions(titles);
        QVERIFY2(clash.isEmpty(), qPrintable(u"%1: menu bar: accelerators used twice: %2"_s.arg(code(), clash.join(u"; "_s))));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        // Every shipped catalogue has a row here, and every row a shipped catalogue.
        QStringList rows;
        for (const auto &[c, e] : expectations())
            rows << c;
        QStringList shipped = shippedLanguages();
        shipped.sort();
        QCOMPARE(shipped, rows);
    }

    void catalogues_data() { languageRows(); }
    void catalogues()
    {
        const Expected &e = useLanguage();
        QCOMPARE(LanguageSettings::displayName(code()), e.nativeName);
        QCOMPARE(QCoreApplication::translate("DeployWizard", "Deploy Appliance"), e.deployTitle);
        // A model class's texts, under its Q_DECLARE_TR_FUNCTIONS context (ovf::l10n::MessageStatus):
        // lupdate files them there only when it reads the class's header (-I, app/CMakeLists.txt).
        QCOMPARE(ovf::l10n::MessageStatusText::label(ovf::l10n::MessageStatus::Translated), e.statusTranslated);
        // Numbers and sizes follow the language (LanguageSettings::apply sets the default QLocale).
        QCOMPARE(ovf::formatByteSize(64 << 20, QLocale()), e.size64MiB);
        // Qt's own texts come from Qt's catalogue (qtbase_<code>.qm of qt6-translations-l10n).
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), e.qtCancel);
        QCOMPARE(QCoreApplication::translate("QFileDialog", "File &name:"), e.qtFileName);
    }

    void mainWindow_data() { languageRows(); }
    void mainWindow()
    {
        const Expected &e = useLanguage();
        MainWindow w;
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.actions()->fileMenu->title(), e.fileMenu);
        QCOMPARE(w.actions()->saveAs->text(), e.saveAs);
        // A model in a namespace: its tr() context is "ovf::items::EnvelopeTreeModel".
        const QVariant kind = w.workspace()->treeView()->model()->headerData(1, Qt::Horizontal);
        QCOMPARE(kind.toString(), e.treeKind);
        look(w, u"mainwindow-empty"_s);
        QSignalSpy opened(&w, &MainWindow::documentOpened);
        QSignalSpy validated(&w, &MainWindow::validationFinished);
        w.openSample();
        QVERIFY(opened.wait(10000));
        QVERIFY(validated.size() > 0 || validated.wait(30000));
        look(w, u"mainwindow-sample"_s);
        lookAtMenus(w.menuBar());
        // Edit > Translations…: the Strings editor on the sample's de-DE bundle.
        w.actions()->translations->trigger();
        StringsEditor *strings = w.workspace()->stringsEditor();
        QVERIFY(strings);
        strings->settle();
        look(w, u"mainwindow-translations"_s);
    }

    void preferences_data() { languageRows(); }
    void preferences()
    {
        const Expected &e = useLanguage();
        PreferencesDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.languageCombo()->findText(e.nativeName) >= 0);
        look(dialog, u"preferences"_s, dialog.sizeHint());
    }

    // Help > User Guide: the page titles in the list, and each page itself where the guide is
    // translated (its heading is the page's title); a link between pages stays in the language.
    void userGuide_data() { languageRows(); }
    void userGuide()
    {
        const Expected &e = useLanguage();
        UserGuideWindow guide;
        guide.show();
        QVERIFY(QTest::qWaitForWindowExposed(&guide));
        const QStringList englishTitles{u"Author an appliance"_s, u"Deploy an OVA"_s, u"Translate a package"_s,
                                        u"Check compatibility"_s};
        const QStringList ids = UserGuideWindow::pageIds();
        for (qsizetype i = 0; i < ids.size(); ++i) {
            QVERIFY(guide.showPage(ids.at(i)));
            const QString title = guide.pageList()->item(int(i))->text();
            QVERIFY2((code() == u"en") == (title == englishTitles.at(i)), qPrintable(title));
            const QString text = guide.browser()->toPlainText();
            const QString heading = e.guideTranslated ? title : englishTitles.at(i);
            QVERIFY2(text.startsWith(heading), qPrintable(ids.at(i) + u": "_s + text.left(80)));
            QVERIFY2(!text.contains(u"**"_s), qPrintable(ids.at(i) + u": Markdown not rendered"_s));
            look(guide, u"guide-"_s + ids.at(i));
        }
        QVERIFY(guide.showPage(u"author"_s));
        guide.browser()->setSource(QUrl(u"compatibility.md"_s), QTextDocument::MarkdownResource);
        QCOMPARE(guide.currentPage(), u"compatibility"_s);
        QVERIFY(guide.browser()->toPlainText().startsWith(e.guideTranslated ? guide.pageList()->item(3)->text()
                                                                            : englishTitles.at(3)));
    }

    void formEditors_data() { languageRows(); }
    void formEditors()
    {
        const Expected &e = useLanguage();
        auto session = editortest::openSession(editortest::sample(u"hello-appliance.ovf"_s));
        QVERIFY(session);
        const ovf::Envelope env = session->descriptor().envelope();

        auto *tabs = qobject_cast<ProductEditorTabs *>(
            EditorFactory::create(session.get(), env.content().productSections().first().element()));
        QVERIFY(tabs);
        editortest::Host product(tabs);
        product.show();
        QVERIFY(QTest::qWaitForWindowExposed(&product));
        QCOMPARE(tabs->tabText(0), e.productTab);
        QCOMPARE(tabs->tabText(1), e.propertiesTab);
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

        // The table editors over the namespaced item models (ovf::items::*).
        const ovf::Entity web = env.content().children().first();
        editortest::Host hardware(EditorFactory::create(session.get(), web.section(ovf::SectionKind::VirtualHardware).element()));
        hardware.show();
        QVERIFY(QTest::qWaitForWindowExposed(&hardware));
        look(hardware, u"editor-hardware"_s);
        for (const auto &[kind, name] : {std::pair{ovf::SectionKind::Disk, u"editor-disks"_s},
                                         std::pair{ovf::SectionKind::Network, u"editor-networks"_s}}) {
            editortest::Host table(EditorFactory::create(session.get(), env.section(kind).element()));
            table.show();
            QVERIFY(QTest::qWaitForWindowExposed(&table));
            look(table, name);
        }
        editortest::Host files(EditorFactory::create(session.get(), env.referencesElement()));
        files.show();
        QVERIFY(QTest::qWaitForWindowExposed(&files));
        look(files, u"editor-files"_s);
    }

    // The small dialogs, each at the size it asks for: Add Disk, Add Network Adapter, a
    // property's qualifiers and per-configuration values, the autosave restore prompt.
    void dialogs_data() { languageRows(); }
    void dialogs()
    {
        useLanguage();
        auto session = editortest::openSession(editortest::sample(u"hello-appliance.ovf"_s));
        QVERIFY(session);
        const ovf::Envelope env = session->descriptor().envelope();
        const ovf::Entity web = env.content().children().first();
        const auto show = [this](QDialog &d, const QString &name) {
            d.show();
            QVERIFY(QTest::qWaitForWindowExposed(&d));
            look(d, name, d.sizeHint().expandedTo(d.minimumSizeHint()));
        };
        AddDiskDialog disk(session.get(), web.element());
        show(disk, u"dialog-adddisk"_s);
        AddNetworkAdapterDialog adapter(session.get(), web.element());
        show(adapter, u"dialog-addnetworkadapter"_s);
        QualifiersDialog qualifiers(u"string"_s, u"MinLen(1),MaxLen(63)"_s);
        show(qualifiers, u"dialog-qualifiers"_s);
        const ovf::ProductSection product(env.content().productSections().first().element());
        QVERIFY(!product.properties().isEmpty());
        ConfigurationValuesDialog values(session.get(), product.properties().first().element());
        show(values, u"dialog-configurationvalues"_s);
        AutosaveManager::Entry entry;
        entry.origin.displayName = u"hello-appliance.ova"_s;
        entry.origin.path = m_dir.filePath(u"hello-appliance.ova"_s);
        entry.savedAt = QDateTime::currentDateTime();
        AutosaveRestoreDialog restore({entry});
        show(restore, u"dialog-autosaverestore"_s);
    }

    void newApplianceWizard_data() { languageRows(); }
    void newApplianceWizard()
    {
        const Expected &e = useLanguage();
        NewApplianceWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.windowTitle(), e.newAppliance);
        auto *name = qobject_cast<ApplianceNamePage *>(wizard.page(NewApplianceWizard::NameId));
        QTest::keyClicks(name->nameField(), u"Web"_s);
        name->templateChoice()->setChecked(true);
        look(wizard, u"newappliance-name"_s);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(NewApplianceWizard::TemplateId));
        qobject_cast<ApplianceTemplatePage *>(wizard.currentPage())->list()->setCurrentRow(0);
        look(wizard, u"newappliance-template"_s);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(NewApplianceWizard::GuestOsId));
        look(wizard, u"newappliance-guestos"_s);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(NewApplianceWizard::HardwareId));
        look(wizard, u"newappliance-hardware"_s);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(NewApplianceWizard::FormatId));
        look(wizard, u"newappliance-format"_s);
    }

    // File > New Appliance from VM, on libvirt's test driver (test:///default, in this process):
    // a shut-off machine with one disk, its source, name, guest OS, hardware and output pages.
    void vmExportWizard_data() { languageRows(); }
    void vmExportWizard()
    {
        useLanguage();
        if (!m_testDriver) {
            const QString disk = m_dir.filePath(u"vm.qcow2"_s);
            QProcess qemuImg;
            qemuImg.start(u"qemu-img"_s, {u"create"_s, u"-q"_s, u"-f"_s, u"qcow2"_s, disk, u"64M"_s});
            QVERIFY(qemuImg.waitForFinished(30000));
            QCOMPARE(qemuImg.exitCode(), 0);
            auto conn = ovf::deploy::LibvirtConnection::open(u"test:///default"_s);
            QVERIFY2(conn, qPrintable(conn ? QString() : conn.error().toString()));
            m_testDriver = std::move(*conn);
            const QByteArray xml = "<domain type='test'><name>web-off</name><title>Web Frontend</title>"
                                   "<memory unit='MiB'>768</memory><vcpu>2</vcpu><os><type arch='x86_64'>hvm</type></os>"
                                   "<devices><disk type='file' device='disk'><driver name='qemu' type='qcow2'/><source file='"
                + QFile::encodeName(disk)
                + "'/><target dev='vda' bus='virtio'/></disk><interface type='network'><source network='default'/>"
                  "<model type='virtio'/></interface></devices></domain>";
            auto defined = m_testDriver->defineDomain(xml);
            QVERIFY2(defined, qPrintable(defined ? QString() : defined.error().toString()));
        }
        VmExportWizard w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        VmSourcePage *source = w.sourcePage();
        source->connectionCombo()->setCurrentText(u"test:///default"_s);
        source->listButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!w.session()->isListing(), 20000);
        QVERIFY2(w.session()->listError().isEmpty(), qPrintable(w.session()->listError()));
        source->selectDomains({u"web-off"_s});
        QTRY_VERIFY_WITH_TIMEOUT(!w.session()->isPlanning(), 20000);
        QVERIFY2(w.session()->planError().isEmpty(), qPrintable(w.session()->planError()));
        look(w, u"vmexport-source"_s);
        w.next();
        QCOMPARE(w.currentId(), int(VmExportWizard::NameId));
        look(w, u"vmexport-name"_s);
        w.next();
        look(w, u"vmexport-guestos"_s);
        w.next();
        QCOMPARE(w.currentId(), int(VmExportWizard::HardwareId));
        look(w, u"vmexport-hardware"_s);
        w.next();
        QCOMPARE(w.currentId(), int(VmExportWizard::OutputId));
        w.outputPage()->destinationEdit()->setText(m_dir.filePath(code() + u"-vm.ova"_s));
        look(w, u"vmexport-output"_s);
    }

    // File > Export…: the format, target platform, signing and destination pages (not run).
    void exportWizard_data() { languageRows(); }
    void exportWizard()
    {
        useLanguage();
        auto session = editortest::openSession(editortest::sample(u"hello-appliance.ovf"_s));
        QVERIFY(session);
        ovf::package::VerifyOptions verify;
        verify.trust.useSystemStore = false;
        ExportWizard w(session.get(), u"hello-appliance"_s, verify);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.currentId(), int(ExportWizard::FormatId));
        look(w, u"export-format"_s);
        w.next();
        QCOMPARE(w.currentId(), int(ExportWizard::ProfileId));
        look(w, u"export-profile"_s);
        w.next();
        QCOMPARE(w.currentId(), int(ExportWizard::SigningId));
        look(w, u"export-signing"_s);
        w.next();
        QCOMPARE(w.currentId(), int(ExportWizard::DestinationId));
        look(w, u"export-destination"_s);
    }

    void deployWizard_data() { languageRows(); }
    void deployWizard()
    {
        const Expected &e = useLanguage();
        QProcess qemuImg;
        const QString diskPath = m_dir.filePath(code() + u"-disk1.vmdk"_s);
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
        const QString ova = m_dir.filePath(code() + u"-web.ova"_s);
        QVERIFY(testkit::writeFile(ova, testkit::tar(members)));

        DeployWizard w(DeployWizard::Options{ova, {}});
        ovf::package::VerifyOptions verify;
        verify.trust.useSystemStore = false;
        w.session()->setVerifyOptions(verify);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.windowTitle(), e.deployTitle);
        QCOMPARE(w.button(QWizard::BackButton)->text(), QCoreApplication::translate("QWizard", "< &Back"));
        QVERIFY(w.button(QWizard::BackButton)->text().contains(e.qtBack));
        QVERIFY(w.button(QWizard::CancelButton)->text().contains(e.qtCancel));
        auto *verification = w.deployPage<VerificationPage>(DeployPageId::Verification);
        QVERIFY(QTest::qWaitFor([&] { return !verification->isRunning() && w.session()->verification(); }, 20000));
        QVERIFY(verification->deployAnywayBox()->text().startsWith(e.deployAnyway));
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
        w.deployPage<TargetPage>(DeployPageId::Target)->outputEdit()->setText(m_dir.filePath(code() + u"-out"_s));
        look(w, u"wizard-target"_s);
        w.next();
        QTRY_VERIFY(w.button(QWizard::NextButton)->isEnabled());
        look(w, u"wizard-networks"_s);
        w.next();
        look(w, u"wizard-storage"_s);
        w.next();
        look(w, u"wizard-properties"_s);
        w.next();
        look(w, u"wizard-summary"_s);
    }

    void cleanupTestCase()
    {
        // Clipping is reported, not failed: the layouts belong to the widgets' owners.
        for (const QString &c : std::as_const(m_clipped))
            qWarning().noquote() << "clipped text:" << c;
        LanguageSettings::apply(u"en"_s);
    }
};

QTEST_MAIN(TestGuiLanguages)
#include "tst_gui_languages.moc"
