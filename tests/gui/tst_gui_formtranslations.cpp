// "Translations…" from the form editors (issue 10: the Strings editor "from any translatable
// field of the form editors"): the properties editor (a property's Label and Description, a
// Category), the deployment options editor (an option's Label and Description), the product
// editor (Info, Product, Vendor) and the entity editor (Name, Info) open the workspace's Strings
// editor on that message alone (the search set to its msgid) with its row selected. A text
// without an ovf:msgid is first offered to be made translatable: declining changes nothing,
// accepting gives it a readable msgid in one undo step (undo restores the original bytes); a
// read-only document is never asked about nor changed.
// Screenshots of the editors with their buttons at 1280x800 and 1024x700.

#include "editortestkit.h"

#include "app/gui/documentworkspace.h"
#include "app/gui/mainwindow.h"
#include "model/commands/editsession.h"
#include "model/items/propertytablemodel.h"
#include "model/ovf/descriptor.h"
#include "model/ovf/envelope.h"
#include "model/ovf/ovfelement.h"
#include "views/deploymentoptionseditor.h"
#include "views/entityeditor.h"
#include "views/producteditortabs.h"
#include "views/productsectioneditor.h"
#include "views/propertieseditor.h"
#include "views/stringseditor.h"
#include "views/stringsfiltermodel.h"
#include "views/stringstablemodel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;
using ovf::items::PropertyTableModel;

class TestGuiFormTranslations : public QObject
{
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;

    DocumentWorkspace *workspace() const { return m_window->workspace(); }
    ovf::commands::EditSession *session() const { return m_window->session(); }

    static QString currentMsgid(StringsEditor *e)
    {
        const QModelIndex i = e->table()->currentIndex();
        return i.isValid() ? e->filterModel()->index(i.row(), StringsTableModel::MsgidColumn).data().toString() : QString();
    }

    // The Strings editor shows `msgid` alone, selected, on the Translations tab.
    bool showsOnly(const QString &msgid)
    {
        StringsEditor *strings = workspace()->stringsEditor();
        if (!strings || workspace()->tabs()->currentWidget()->objectName() != u"stringsPage")
            return false;
        bool others = false;
        for (int r = 0; r < strings->filterModel()->rowCount(); ++r) {
            const QString id = strings->filterModel()->index(r, StringsTableModel::MsgidColumn).data().toString();
            others = others || !id.contains(msgid);
        }
        if (currentMsgid(strings) != msgid || strings->searchEdit()->text() != msgid || others)
            qWarning("shown: %s, search '%s', %d rows", qPrintable(currentMsgid(strings)),
                     qPrintable(strings->searchEdit()->text()), strings->filterModel()->rowCount());
        return currentMsgid(strings) == msgid && strings->searchEdit()->text() == msgid && !others;
    }

    // The editor of `element` in the workspace (selected in the tree), back on the Editor tab.
    QWidget *editorOf(ovf::xml::Element *element)
    {
        if (!workspace()->selectElement(element))
            return nullptr;
        workspace()->showEditor();
        return workspace()->editor();
    }

    // Answers the modal "Make Translatable" question once it shows: its accept button or Cancel.
    // The caller keeps the returned poll for as long as `text` lives (a question that never
    // shows leaves it running until then).
    [[nodiscard]] static std::unique_ptr<QTimer> answerQuestion(bool make, QString *text)
    {
        auto poll = std::make_unique<QTimer>();
        poll->setInterval(20);
        QTimer *timer = poll.get();
        QObject::connect(timer, &QTimer::timeout, timer, [timer, make, text] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->objectName() != u"makeTranslatableQuestion")
                return;
            timer->stop();
            *text = box->text();
            for (QAbstractButton *b : box->buttons()) {
                if (box->buttonRole(b) == (make ? QMessageBox::AcceptRole : QMessageBox::RejectRole)) {
                    b->click();
                    return;
                }
            }
        });
        poll->start();
        return poll;
    }

    ovf::xml::Element *productSection() const
    {
        return session()->descriptor().envelope().content().section(ovf::SectionKind::Product).element();
    }

private slots:
    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->setUnsavedChangesPrompt([](const QString &) { return QMessageBox::Discard; });
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy opened(m_window.get(), &MainWindow::documentOpened);
        m_window->openFile(editortest::sample(u"hello-appliance.ovf"_s));
        QVERIFY(opened.wait(20000));
    }

    void cleanup()
    {
        if (m_window)
            QVERIFY(m_window->closeDocument());
        m_window.reset();
    }

    void propertiesEditor()
    {
        auto *tabs = qobject_cast<ProductEditorTabs *>(editorOf(productSection()));
        QVERIFY(tabs);
        PropertiesEditor *editor = tabs->propertiesEditor();
        tabs->setCurrentWidget(editor);
        PropertyTableModel *model = editor->model();
        QPushButton *translate = editor->translateButton();
        QVERIFY(translate);
        int hostname = -1;
        int category = -1;
        for (int r = 0; r < model->rowCount(); ++r) {
            const QString key = model->index(r, PropertyTableModel::KeyColumn).data().toString();
            if (key == u"hostname")
                hostname = r;
            if (model->isCategory(r) && category < 0)
                category = r;
        }
        QVERIFY(hostname >= 0 && category >= 0);

        // Nothing current: nothing to translate.
        editor->table()->setCurrentIndex({});
        QVERIFY(!translate->isEnabled());

        // A property's Label (any cell but the Description), its Description, a Category.
        const std::tuple<int, int, QString> cases[] = {
            {hostname, PropertyTableModel::LabelColumn, u"hostname.label"_s},
            {hostname, PropertyTableModel::KeyColumn, u"hostname.label"_s},
            {hostname, PropertyTableModel::DescriptionColumn, u"hostname.description"_s},
            {category, PropertyTableModel::KeyColumn, u"category.network"_s},
        };
        for (const auto &[row, column, msgid] : cases) {
            workspace()->showEditor();
            editor->table()->setCurrentIndex(model->index(row, column));
            QVERIFY(translate->isEnabled());
            QVERIFY(translate->isVisible());
            QTest::mouseClick(translate, Qt::LeftButton);
            QVERIFY2(showsOnly(msgid), qPrintable(msgid));
        }
        // The translation shown is the message's (the sample has it in German).
        QCOMPARE(workspace()->stringsEditor()->translationEdit()->toPlainText(), u"Netzwerk"_s);

        // A new property has no Label yet: nothing to translate in its row.
        workspace()->showEditor();
        editor->table()->setCurrentIndex(model->index(hostname, PropertyTableModel::KeyColumn));
        editor->addPropertyAction()->trigger();
        QVERIFY(editor->currentRow() >= 0);
        editor->table()->setCurrentIndex(model->index(editor->currentRow(), PropertyTableModel::LabelColumn));
        QVERIFY(!model->isCategory(editor->currentRow()));
        QVERIFY(!translate->isEnabled());
        session()->undoStack()->undo();

        for (const QSize size : {QSize(1280, 800), QSize(1024, 700)}) {
            workspace()->showEditor();
            m_window->resize(size);
            QTest::qWait(50);
            QVERIFY(editortest::saveScreenshot(*m_window, u"formtranslations-properties-%1x%2.png"_s.arg(size.width()).arg(size.height())));
        }
    }

    void deploymentOptionsEditor()
    {
        ovf::xml::Element *section = session()->descriptor().envelope().section(ovf::SectionKind::DeploymentOption).element();
        auto *editor = qobject_cast<DeploymentOptionsEditor *>(editorOf(section));
        QVERIFY(editor);
        auto *label = editor->findChild<QPushButton *>(u"configurationLabelFieldTranslations"_s);
        auto *description = editor->findChild<QPushButton *>(u"configurationDescriptionFieldTranslations"_s);
        QVERIFY(label && description);
        for (int row : {0, 1}) {
            workspace()->showEditor();
            editor->list()->setCurrentRow(row);
            const QString id = row == 0 ? u"small"_s : u"large"_s;
            QVERIFY(label->isEnabled() && description->isEnabled());
            QTest::mouseClick(label, Qt::LeftButton);
            QVERIFY(showsOnly(u"config.%1.label"_s.arg(id)));
            workspace()->showEditor();
            QTest::mouseClick(description, Qt::LeftButton);
            QVERIFY(showsOnly(u"config.%1.description"_s.arg(id)));
        }
        QCOMPARE(workspace()->stringsEditor()->translationEdit()->toPlainText().left(24), u"Für den Produktivbetrieb"_s);
        for (const QSize size : {QSize(1280, 800), QSize(1024, 700)}) {
            workspace()->showEditor();
            m_window->resize(size);
            QTest::qWait(50);
            QVERIFY(editortest::saveScreenshot(*m_window, u"formtranslations-options-%1x%2.png"_s.arg(size.width()).arg(size.height())));
        }
    }

    // The product's Vendor has no msgid in the sample: declined, nothing changes; accepted, it
    // gets "product.vendor" (readable, generated) in one undo step and is shown to translate.
    void offersToMakeTranslatable()
    {
        const QByteArray original = session()->document().save();
        auto *tabs = qobject_cast<ProductEditorTabs *>(editorOf(productSection()));
        QVERIFY(tabs);
        tabs->setCurrentWidget(tabs->productEditor());
        auto *vendor = tabs->productEditor()->findChild<QPushButton *>(u"vendorFieldTranslations"_s);
        QVERIFY(vendor && vendor->isEnabled());
        ovf::xml::Element *vendorElement = ovf::ovfChild(productSection(), u"Vendor");
        QVERIFY(vendorElement && ovf::ovfAttr(vendorElement, u"msgid").isEmpty());
        const int steps = session()->undoStack()->count();

        QString question;
        const auto answering = answerQuestion(false, &question);
        QTest::mouseClick(vendor, Qt::LeftButton);
        QVERIFY2(question.contains(u"Vendor"_s), qPrintable(question)); // names the field
        QCOMPARE(session()->undoStack()->count(), steps);
        QCOMPARE(session()->document().save(), original);

        workspace()->showEditor();
        const auto answering2 = answerQuestion(true, &question);
        QTest::mouseClick(vendor, Qt::LeftButton);
        const QString msgid = ovf::ovfAttr(vendorElement, u"msgid");
        QCOMPARE(msgid, u"product.vendor"_s);
        QCOMPARE(session()->undoStack()->count(), steps + 1);
        QVERIFY(showsOnly(msgid));
        StringsEditor *strings = workspace()->stringsEditor();
        QCOMPARE(strings->sourceEdit()->toPlainText(), u"Example Software Ltd."_s);
        QVERIFY(strings->translationEdit()->toPlainText().isEmpty()); // not translated yet

        // Translated right there, then everything undone: the original bytes.
        strings->translationEdit()->setFocus();
        QTest::keyClicks(strings->translationEdit(), u"Beispiel-Software GmbH"_s);
        QTest::keyClick(strings->translationEdit(), Qt::Key_Return);
        strings->settle();
        const auto made = strings->snapshot()->catalogue.translation(u"de-DE"_s, msgid);
        QVERIFY(made);
        QCOMPARE(made->text, u"Beispiel-Software GmbH"_s);
        editortest::undoAll(session()->undoStack());
        QCOMPARE(session()->document().save(), original);

        // The entity editor's Name (the collection's, no msgid either), accepted.
        ovf::xml::Element *collection = session()->descriptor().envelope().content().element();
        auto *entity = qobject_cast<EntityEditor *>(editorOf(collection));
        QVERIFY(entity);
        auto *name = entity->findChild<QPushButton *>(u"nameFieldTranslations"_s);
        QVERIFY(name && name->isEnabled());
        const auto answering3 = answerQuestion(true, &question);
        QTest::mouseClick(name, Qt::LeftButton);
        const QString nameId = ovf::ovfAttr(ovf::ovfChild(collection, u"Name"), u"msgid");
        QVERIFY2(!nameId.isEmpty(), qPrintable(question));
        QVERIFY(showsOnly(nameId));
        session()->undoStack()->undo();
        QCOMPARE(session()->document().save(), original);
        for (const QSize size : {QSize(1280, 800), QSize(1024, 700)}) {
            workspace()->showEditor();
            m_window->resize(size);
            QTest::qWait(50);
            QVERIFY(editortest::saveScreenshot(*m_window, u"formtranslations-entity-%1x%2.png"_s.arg(size.width()).arg(size.height())));
        }
    }

    // A read-only document: no question, nothing changes, the Strings editor says why.
    void readOnlyDocumentIsNotChanged()
    {
        const QByteArray original = session()->document().save();
        session()->setReadOnly(u"opened read-only for this test"_s);
        auto *tabs = qobject_cast<ProductEditorTabs *>(editorOf(productSection()));
        QVERIFY(tabs);
        tabs->setCurrentWidget(tabs->productEditor());
        auto *info = tabs->productEditor()->findChild<QPushButton *>(u"infoFieldTranslations"_s);
        QVERIFY(info && info->isEnabled());
        QString question;
        const auto answering = answerQuestion(true, &question);
        QTest::mouseClick(info, Qt::LeftButton);
        QTest::qWait(100); // a question would have been answered by now
        QVERIFY2(question.isEmpty(), qPrintable(question));
        QCOMPARE(session()->document().save(), original);
        StringsEditor *strings = workspace()->stringsEditor();
        QVERIFY(strings);
        QVERIFY(strings->messageLabel()->isVisibleTo(strings));
        QVERIFY2(strings->messageLabel()->text().contains(u"read-only"_s), qPrintable(strings->messageLabel()->text()));
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
    QCoreApplication::setApplicationName(u"tst_gui_formtranslations"_s);
    TestGuiFormTranslations test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_gui_formtranslations.moc"
