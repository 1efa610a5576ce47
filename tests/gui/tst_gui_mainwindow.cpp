#include "app/gui/documentworkspace.h"
#include "app/gui/languagesettings.h"
#include "app/gui/mainactions.h"
#include "app/gui/preferencesdialog.h"
#include "app/gui/mainwindow.h"
#include "app/gui/recentfilesmenu.h"
#include "mainwindowtestkit.h"
#include "model/items/envelopetreemodel.h"
#include "views/detailsview.h"
#include "views/producteditortabs.h"
#include "views/propertieseditor.h"
#include "views/emptystatewidget.h"
#include "views/envelopetreeview.h"
#include "views/problemsview.h"
#include "views/xmleditorpane.h"
#include "views/xmlsourceview.h"

#include <QApplication>
#include <QComboBox>
#include <QMenu>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using ovf::items::EnvelopeNodeType;
using ovf::items::EnvelopeTreeModel;

class TestGuiMainWindow : public QObject
{
    Q_OBJECT

private:
    static QString corpus(const QString &relative) { return QStringLiteral(OVFW_CORPUS_DIR) + u'/' + relative; }

    static bool waitForDocument(MainWindow &window, const std::function<void()> &open)
    {
        QSignalSpy opened(&window, &MainWindow::documentOpened);
        QSignalSpy validated(&window, &MainWindow::validationFinished);
        open();
        return opened.wait(10000) && (validated.size() > 0 || validated.wait(30000));
    }

    // The first node (depth first) whose first column reads `name`, of `type` if given.
    static QModelIndex find(const QAbstractItemModel *model, const QString &name, const QModelIndex &parent = {},
                            std::optional<EnvelopeNodeType> type = std::nullopt)
    {
        for (int r = 0; r < model->rowCount(parent); ++r) {
            const QModelIndex i = model->index(r, 0, parent);
            if (i.data().toString() == name
                && (!type || EnvelopeNodeType(i.data(EnvelopeTreeModel::NodeTypeRole).toInt()) == *type))
                return i;
            if (const QModelIndex hit = find(model, name, i, type); hit.isValid())
                return hit;
        }
        return {};
    }
    static QModelIndex findSystem(const QAbstractItemModel *model, const QString &name)
    {
        return find(model, name, {}, EnvelopeNodeType::VirtualSystem);
    }

    static QModelIndex child(const QModelIndex &parent, EnvelopeNodeType type)
    {
        const QAbstractItemModel *model = parent.model();
        for (int r = 0; r < model->rowCount(parent); ++r) {
            const QModelIndex i = model->index(r, 0, parent);
            if (EnvelopeNodeType(i.data(EnvelopeTreeModel::NodeTypeRole).toInt()) == type)
                return i;
        }
        return {};
    }

    // The title as the window manager shows it ("[*]" replaced by the modified marker).
    static QString shownTitle(const QWidget &w)
    {
        QString title = w.windowTitle();
        return title.replace(u"[*]"_s, w.isWindowModified() ? u"*"_s : QString());
    }

    static void saveScreenshot(QWidget &window, const QString &name)
    {
        const QString dir = QStringLiteral(OVFW_BINARY_DIR "/screenshots");
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(window.grab().save(dir + u'/' + name));
    }

    std::unique_ptr<MainWindow> m_window;

private slots:
    void init()
    {
        QSettings().clear();
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanup() { m_window.reset(); }

    void emptyState()
    {
        MainWindow &w = *m_window;
        QCOMPARE(shownTitle(w), u"OVF Workbench"_s);
        QVERIFY(!w.descriptor());
        QCOMPARE(w.workspace()->currentWidget(), w.workspace()->emptyState());
        QCOMPARE(w.workspace()->emptyState()->text(),
                 u"Create a new appliance, or open an OVF descriptor or package (or drop one here)"_s);
        saveScreenshot(w, u"mainwindow-empty.png"_s);
    }

    void openSelectAndShow()
    {
        MainWindow &w = *m_window;
        QVERIFY(waitForDocument(w, [&] { w.openFile(corpus(u"govmomi/SugarCRM.ovf"_s)); }));
        QCOMPARE(shownTitle(w), u"SugarCRM.ovf — OVF Workbench"_s);
        QCOMPARE(w.statusBar()->currentMessage(), u"Opened SugarCRM.ovf: 2 virtual systems, 14 properties"_s);
        QCOMPARE(w.workspace()->currentWidget() == w.workspace()->emptyState(), false);

        // The tree shows the package and the content; the collection is selected and expanded.
        EnvelopeTreeView *tree = w.workspace()->treeView();
        const QAbstractItemModel *model = tree->model();
        QCOMPARE(model->rowCount(), 7);
        const QModelIndex vsc = find(model, u"SugarCRM"_s);
        QVERIFY(vsc.isValid());
        QCOMPARE(tree->currentIndex(), vsc);
        QVERIFY(tree->isExpanded(vsc));
        const QModelIndex web = findSystem(model, u"web"_s);
        const QModelIndex db = findSystem(model, u"db"_s);
        QVERIFY(web.isValid() && db.isValid());
        QVERIFY(tree->isExpanded(web));
        QVERIFY(!tree->isExpanded(model->index(0, 0))); // Files stays collapsed
        QVERIFY(!model->index(0, 0, web).data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(w.workspace()->detailsView()->value(u"ovf:id"_s), u"SugarCRM"_s);

        // Selecting a hardware item shows its XML (with its source line numbers) and fields.
        const QModelIndex nic = find(model, u"Network Adapter 1"_s, web);
        QVERIFY(nic.isValid());
        tree->setCurrentIndex(nic);
        auto *item = nic.data(EnvelopeTreeModel::ElementRole).value<ovf::xml::Element *>();
        QVERIFY(item);
        w.workspace()->showXml(); // the XML is laid out when its tab shows
        const QString xml = w.workspace()->xmlView()->toPlainText();
        QVERIFY2(xml.startsWith(u"<Item>"), qPrintable(xml.left(80)));
        QVERIFY(xml.contains(u"<rasd:ElementName>Network Adapter 1</rasd:ElementName>"));
        QVERIFY(xml.trimmed().endsWith(u"</Item>"));
        QCOMPARE(xml.count(u'\n'), item->toXml().count(u'\n'));
        QCOMPARE(w.workspace()->xmlView()->firstLineNumber(), item->position().line);
        DetailsView *details = w.workspace()->detailsView();
        w.workspace()->showDetails();
        QCOMPARE(details->value(u"rasd:ElementName"_s), u"Network Adapter 1"_s);
        QCOMPARE(details->value(u"rasd:ResourceType"_s), u"10"_s);
        QCOMPARE(details->value(u"rasd:Connection"_s), u"Network"_s);

        // A node with attributes: the default-less Configuration "medium".
        const QModelIndex medium = find(model, u"medium"_s);
        tree->setCurrentIndex(medium);
        QCOMPARE(details->value(u"ovf:id"_s), u"medium"_s);
        // A Configuration has a form editor: it is shown in its tab, the XML one click away.
        QVERIFY(w.workspace()->editor());
        QCOMPARE(w.workspace()->tabs()->currentIndex(), 0);
        w.workspace()->showXml();
        QVERIFY(w.workspace()->xmlView()->toPlainText().startsWith(u"<Configuration ovf:id=\"medium\">"));

        // The XML is one click away: the last tab (Editor, Details, XML).
        w.workspace()->showEditor();
        w.workspace()->tabs()->setCurrentIndex(2);
        QCOMPARE(w.workspace()->tabs()->currentWidget(), w.workspace()->xmlPane());
    }

    void problemsDock()
    {
        MainWindow &w = *m_window;
        QSignalSpy validated(&w, &MainWindow::validationFinished);
        QVERIFY(waitForDocument(w, [&] { w.openFile(corpus(u"cot/invalid.ovf"_s)); }));
        ProblemsView *problems = w.problemsView();
        QVERIFY(w.problemsDock()->isVisible());
        QVERIFY(problems->topLevelItemCount() > 0);
        if (problems->problemCount() == 0)
            QSKIP("the validator reported nothing for cot/invalid.ovf");
        QCOMPARE(problems->topLevelItemCount(), problems->problemCount());
        QCOMPARE(w.problemsDock()->windowTitle(), u"Problems (%1)"_s.arg(problems->problemCount()));

        // Activating a problem selects its element's node in the tree.
        for (int i = 0; i < problems->topLevelItemCount(); ++i) {
            QTreeWidgetItem *row = problems->topLevelItem(i);
            const auto *element =
                reinterpret_cast<const ovf::xml::Element *>(row->data(0, ProblemsView::ElementRole).value<quintptr>());
            auto *model = w.workspace()->treeView()->envelopeModel();
            if (!element || !model->indexOf(element).isValid())
                continue;
            emit problems->itemActivated(row, 0);
            QCOMPARE(w.workspace()->treeView()->currentElement(), model->element(model->indexOf(element)));
            return;
        }
    }

    void loadErrorLeavesWindowAlone()
    {
        MainWindow &w = *m_window;
        QVERIFY(waitForDocument(w, [&] { w.openFile(corpus(u"govmomi/SugarCRM.ovf"_s)); }));
        const ovf::Descriptor *before = w.descriptor();
        const ovf::xml::Element *selected = w.workspace()->treeView()->currentElement();

        QTemporaryDir dir;
        const QString broken = dir.filePath(u"broken.ovf"_s);
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<?xml version=\"1.0\"?>\n<Envelope xmlns=\"http://schemas.dmtf.org/ovf/envelope/1\">\n  <References>\n");
        f.close();

        QString shownText;
        QString shownDetails;
        std::function<void()> closeBox = [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box) {
                QTimer::singleShot(20, closeBox);
                return;
            }
            shownText = box->text();
            shownDetails = box->informativeText();
            box->accept();
        };
        QTimer::singleShot(0, closeBox);
        QSignalSpy failed(&w, &MainWindow::loadFailed);
        w.openFile(broken);
        QVERIFY(failed.wait(10000));
        QTRY_VERIFY(!shownText.isEmpty());
        QCOMPARE(shownText, u"“broken.ovf” could not be opened."_s);
        QCOMPARE(shownDetails, failed.first().first().toString());
        QVERIFY2(shownDetails.startsWith(broken + u':'), qPrintable(shownDetails));

        QCOMPARE(w.descriptor(), before);
        QCOMPARE(shownTitle(w), u"SugarCRM.ovf — OVF Workbench"_s);
        QCOMPARE(w.workspace()->treeView()->currentElement(), selected);
        QCOMPARE(w.currentFile(), corpus(u"govmomi/SugarCRM.ovf"_s));
        QTRY_VERIFY(!QApplication::activeModalWidget());
    }

    void dropAndRecentFiles()
    {
        MainWindow &w = *m_window;
        QMimeData text;
        text.setUrls({QUrl::fromLocalFile(QStringLiteral(OVFW_SOURCE_DIR "/README.md"))});
        QDragEnterEvent refused(QPoint(400, 300), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        refused.setAccepted(false);
        QApplication::sendEvent(&w, &refused);
        QVERIFY(!refused.isAccepted());

        const QString path = corpus(u"cot/v0.9.ovf"_s);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(400, 300), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(400, 300), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QVERIFY(waitForDocument(w, [&] { QApplication::sendEvent(&w, &drop); }));
        QCOMPARE(shownTitle(w), u"v0.9.ovf — OVF Workbench"_s);
        QVERIFY(find(w.workspace()->treeView()->model(), u"v0.9"_s).isValid());

        QVERIFY(waitForDocument(w, [&] { w.openFile(corpus(u"cot/csr1000v.ovf"_s)); }));
        const QStringList expected{QFileInfo(corpus(u"cot/csr1000v.ovf"_s)).absoluteFilePath(),
                                   QFileInfo(path).absoluteFilePath()};
        QCOMPARE(QSettings().value(u"recentFiles"_s).toStringList(), expected);
        auto *recent = w.findChild<RecentFilesMenu *>();
        QVERIFY(recent);
        QCOMPARE(recent->files(), expected);
        for (int i = 0; i < 12; ++i)
            recent->addFile(u"/tmp/file%1.ovf"_s.arg(i));
        QCOMPARE(recent->files().size(), RecentFilesMenu::MaxEntries);
        QCOMPARE(recent->files().first(), u"/tmp/file11.ovf"_s);
    }

    // Packages open by drag and drop too: an OVA (verified while it loads) and an OVF folder.
    void dropPackages()
    {
        MainWindow &w = *m_window;
        const QString ova = corpus(u"glance/testserver.ova"_s);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(ova)});
        QDragEnterEvent enter(QPoint(400, 300), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(400, 300), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QVERIFY(waitForDocument(w, [&] { QApplication::sendEvent(&w, &drop); }));
        QCOMPARE(shownTitle(w), u"testserver.ova — OVF Workbench"_s);
        QCOMPARE(w.origin().kind, DocumentOrigin::Kind::Package);
        QCOMPARE(w.origin().format, DocumentOrigin::Format::Ova);
        QCOMPARE(w.origin().members, QStringList{u"testserver-disk1.vmdk"_s});
        QVERIFY(findSystem(w.workspace()->treeView()->model(), u"testserver"_s).isValid());

        QTemporaryDir dir;
        QProcess tar;
        tar.start(u"tar"_s, {u"-xf"_s, ova, u"-C"_s, dir.path()});
        QVERIFY(tar.waitForFinished(10000) && tar.exitCode() == 0);
        QMimeData folder;
        folder.setUrls({QUrl::fromLocalFile(dir.path())});
        QDragEnterEvent enterFolder(QPoint(400, 300), Qt::CopyAction, &folder, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &enterFolder);
        QVERIFY(enterFolder.isAccepted());
        QDropEvent dropFolder(QPointF(400, 300), Qt::CopyAction, &folder, Qt::LeftButton, Qt::NoModifier);
        QSignalSpy failed(&w, &MainWindow::loadFailed);
        QSignalSpy opened(&w, &MainWindow::documentOpened);
        QApplication::sendEvent(&w, &dropFolder);
        QVERIFY(opened.wait(10000) || !failed.isEmpty());
        if (!failed.isEmpty())
            QFAIL(qPrintable(failed.first().first().toString()));
        QCOMPARE(w.origin().format, DocumentOrigin::Format::Folder);
        QCOMPARE(w.origin().descriptorName, u"testserver.ovf"_s);
        QCOMPARE(w.origin().path, QFileInfo(dir.path()).absoluteFilePath());
    }

    // Preferences: the manifest algorithm and the language are kept in QSettings; switching
    // the language retranslates the open window.
    void preferencesAndLanguage()
    {
        MainWindow &w = *m_window;
        QVERIFY(LanguageSettings::available().contains(u"de"_s));
        QCOMPARE(PreferencesDialog::manifestAlgorithm(), ovf::package::DigestAlgorithm::Sha256);
        QCOMPARE(w.actions()->fileMenu->title(), u"&File"_s);
        {
            PreferencesDialog dialog(&w);
            dialog.algorithmCombo()->setCurrentIndex(dialog.algorithmCombo()->findText(u"SHA512"_s));
            dialog.languageCombo()->setCurrentIndex(dialog.languageCombo()->findData(u"de"_s));
            QCOMPARE(dialog.languageCombo()->currentText(), u"Deutsch"_s);
            QVERIFY(mainwindowtest::acceptPreferences(dialog));
        }
        QCOMPARE(PreferencesDialog::manifestAlgorithm(), ovf::package::DigestAlgorithm::Sha512);
        QCOMPARE(QSettings().value(u"language"_s).toString(), u"de"_s);
        QTRY_COMPARE(w.actions()->fileMenu->title(), u"&Datei"_s);
        QCOMPARE(w.actions()->saveAs->text(), u"Speichern &unter…"_s);
        QCOMPARE(w.undoDock()->windowTitle(), u"Bearbeitungsverlauf"_s);
        saveScreenshot(w, u"mainwindow-german.png"_s);

        LanguageSettings::setCurrent(u"en"_s);
        LanguageSettings::apply(u"en"_s);
        QTRY_COMPARE(w.actions()->fileMenu->title(), u"&File"_s);
    }

    void sampleAndClose()
    {
        MainWindow &w = *m_window;
        QVERIFY(waitForDocument(w, [&] { w.openSample(); }));
        QCOMPARE(shownTitle(w), u"hello-appliance.ovf — OVF Workbench"_s);
        QVERIFY(w.currentFile().isEmpty());
        const QAbstractItemModel *model = w.workspace()->treeView()->model();
        const QModelIndex vsc = find(model, u"hello-appliance"_s);
        QVERIFY(vsc.isValid());
        QVERIFY(findSystem(model, u"web"_s).parent() == vsc);
        QVERIFY(findSystem(model, u"db"_s).parent() == vsc);
        QCOMPARE(w.statusBar()->currentMessage(), u"Opened hello-appliance.ovf: 2 virtual systems, 11 properties"_s);

        w.closeDocument();
        QCOMPARE(shownTitle(w), u"OVF Workbench"_s);
        QVERIFY(!w.descriptor());
        QCOMPARE(w.workspace()->currentWidget(), w.workspace()->emptyState());
        QCOMPARE(w.problemsView()->problemCount(), 0);
        QCOMPARE(w.problemsDock()->windowTitle(), u"Problems"_s);
        QCOMPARE(w.workspace()->treeView()->model()->rowCount(), 0);
    }

    void largeDescriptor()
    {
        MainWindow &w = *m_window;
        QVERIFY(waitForDocument(w, [&] { w.openFile(corpus(u"govmomi/vcsa65.ovf"_s)); }));
        EnvelopeTreeView *tree = w.workspace()->treeView();
        const QModelIndex vs = findSystem(tree->model(), u"VMware_vCenter_Server_Appliance"_s);
        QVERIFY(vs.isValid());
        QCOMPARE(tree->currentIndex(), vs);
        auto *element = vs.data(EnvelopeTreeModel::ElementRole).value<ovf::xml::Element *>();
        w.workspace()->showXml();
        XmlSourceView *xml = w.workspace()->xmlView();
        QCOMPARE(xml->blockCount(), int(element->toXml().count(u'\n')) + 1);
        QCOMPARE(xml->firstLineNumber(), element->position().line);
        const QModelIndex hardware = child(vs, EnvelopeNodeType::VirtualHardwareSection);
        QVERIFY(tree->model()->rowCount(hardware) > 100);
    }

    // The screenshot: a corpus appliance open, a virtual system's properties editor
    // shown, at 1280x800.
    // At 1024x700 the tree keeps names readable: a hardware item three levels deep shows at
    // least "Network Adapt" of its name; Kind gives way (elided) rather than Name.
    void narrowWindowKeepsNames()
    {
        MainWindow &w = *m_window;
        w.resize(1024, 700);
        QVERIFY(waitForDocument(w, [&] { w.openFile(corpus(u"govmomi/SugarCRM.ovf"_s)); }));
        EnvelopeTreeView *tree = w.workspace()->treeView();
        const QModelIndex web = findSystem(tree->model(), u"web"_s);
        const QModelIndex hardware = child(web, EnvelopeNodeType::VirtualHardwareSection);
        tree->expand(hardware);
        const QModelIndex nic = find(tree->model(), u"Network Adapter 1"_s, web);
        QVERIFY(nic.isValid());
        tree->setCurrentIndex(nic);
        QTest::qWait(50);
        int depth = 0;
        for (QModelIndex p = nic.parent(); p.isValid(); p = p.parent())
            ++depth;
        const int textRoom = tree->columnWidth(EnvelopeTreeModel::NameColumn) - (depth + 1) * tree->indentation()
            - tree->iconSize().width() - 8;
        QVERIFY2(textRoom >= tree->fontMetrics().horizontalAdvance(u"Network Adapt"_s),
                 qPrintable(u"%1 px for the name"_s.arg(textRoom)));
        QVERIFY(tree->columnWidth(EnvelopeTreeModel::NameColumn) + tree->columnWidth(EnvelopeTreeModel::KindColumn)
                <= tree->viewport()->width());
        saveScreenshot(w, u"mainwindow-1024.png"_s);
    }

    void propertiesEditorScreenshot()
    {
        MainWindow &w = *m_window;
        QCOMPARE(w.size(), QSize(1280, 800));
        QVERIFY(waitForDocument(w, [&] { w.openFile(corpus(u"cot/csr1000v.ovf"_s)); }));
        EnvelopeTreeView *tree = w.workspace()->treeView();
        const QModelIndex csr = findSystem(tree->model(), u"com.cisco.csr1000v"_s);
        const QModelIndex product = child(csr, EnvelopeNodeType::ProductSection);
        QVERIFY(product.isValid());
        tree->setCurrentIndex(product);
        auto *tabs = qobject_cast<ProductEditorTabs *>(w.workspace()->editor());
        QVERIFY(tabs);
        QCOMPARE(w.workspace()->tabs()->currentWidget(), w.workspace()->editor()->parentWidget());
        tabs->setCurrentWidget(tabs->propertiesEditor());
        QVERIFY(tabs->propertiesEditor()->isVisible());
        QTest::qWait(50);
        // Kind shows the longest section names in full and stays in view; Name gives way.
        const int kind = tree->columnWidth(EnvelopeTreeModel::KindColumn);
        QVERIFY2(kind > tree->fontMetrics().horizontalAdvance(u"DeploymentOptionSection"_s), qPrintable(QString::number(kind)));
        QVERIFY(tree->columnWidth(EnvelopeTreeModel::NameColumn) + kind <= tree->viewport()->width());
        saveScreenshot(w, u"properties-editor.png"_s);
    }

    void screenshot()
    {
        MainWindow &w = *m_window;
        QVERIFY(waitForDocument(w, [&] { w.openFile(corpus(u"govmomi/SugarCRM.ovf"_s)); }));
        EnvelopeTreeView *tree = w.workspace()->treeView();
        const QModelIndex web = findSystem(tree->model(), u"web"_s);
        const QModelIndex product = child(web, EnvelopeNodeType::ProductSection);
        QVERIFY(product.isValid());
        tree->setCurrentIndex(product);
        tree->expand(product);
        QTest::qWait(50);
        saveScreenshot(w, u"mainwindow.png"_s);

        // A real appliance's ProductSection with its categories of properties.
        QVERIFY(waitForDocument(w, [&] { w.openFile(corpus(u"cot/csr1000v.ovf"_s)); }));
        const QModelIndex csr = findSystem(tree->model(), u"com.cisco.csr1000v"_s);
        const QModelIndex csrProduct = child(csr, EnvelopeNodeType::ProductSection);
        QVERIFY(csrProduct.isValid());
        tree->setCurrentIndex(csrProduct);
        tree->expandRecursively(csrProduct);
        QCOMPARE(w.workspace()->detailsView()->value(u"ovf:class"_s), u"com.cisco.csr1000v"_s);
        QTest::qWait(50);
        saveScreenshot(w, u"mainwindow-csr1000v.png"_s);

        // The same system's hardware, with the XML tab, on the bundled sample.
        QVERIFY(waitForDocument(w, [&] { w.openSample(); }));
        const QModelIndex sampleWeb = findSystem(tree->model(), u"web"_s);
        const QModelIndex sampleProduct = child(sampleWeb, EnvelopeNodeType::ProductSection);
        tree->setCurrentIndex(sampleProduct);
        tree->expand(sampleProduct);
        QCOMPARE(w.workspace()->detailsView()->value(u"ovf:class"_s), u"com.example.hello.web"_s);
        saveScreenshot(w, u"mainwindow-sample.png"_s);
        w.workspace()->showXml();
        QTest::qWait(50);
        saveScreenshot(w, u"mainwindow-xml.png"_s);
    }
};

int main(int argc, char **argv)
{
    // Settings go to a private folder; text renders with the fonts every machine here has.
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
    if (qEnvironmentVariableIsEmpty("QT_QPA_FONTDIR"))
        qputenv("QT_QPA_FONTDIR", "/usr/share/fonts/truetype/dejavu");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"OVF Workbench Tests"_s);
    QCoreApplication::setApplicationName(u"tst_gui_mainwindow"_s);
    TestGuiMainWindow test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_gui_mainwindow.moc"
