// ProductSectionEditor and the editor factory, driven offscreen like a user would.

#include "editortestkit.h"

#include "model/commands/formedits.h"
#include "model/items/propertytablemodel.h"
#include "model/ovf/productsection.h"
#include "views/editorfactory.h"
#include "views/entityeditor.h"
#include "views/producteditortabs.h"
#include "views/productsectioneditor.h"
#include "views/propertieseditor.h"

#include <QApplication>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QTableView>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace editortest;

class TestGuiProductEditor : public QObject
{
    Q_OBJECT

private:
    // hello-appliance.ovf next to a 48x48 PNG that References names "icon-file".
    QString prepare(QTemporaryDir &dir)
    {
        QByteArray bytes = readAll(sample(u"hello-appliance.ovf"_s));
        const QByteArray anchor = "  </References>";
        const QByteArray file = "    <File ovf:id=\"icon-file\" ovf:href=\"hello-icon.png\" ovf:size=\"1234\"/>\n";
        bytes.replace(anchor, QByteArray(file + anchor));
        QImage icon(48, 48, QImage::Format_ARGB32);
        icon.fill(QColor(0x1e, 0x88, 0xe5));
        icon.save(dir.filePath(u"hello-icon.png"_s));
        QFile f(dir.filePath(u"hello.ovf"_s));
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return f.fileName();
    }

    static ovf::ProductSection collectionProduct(ovf::commands::EditSession &s)
    {
        return s.descriptor().envelope().content().productSections().first();
    }

private slots:
    void typingEditsTheDocumentWithOneUndoStepPerField()
    {
        QTemporaryDir dir;
        auto session = openSession(prepare(dir));
        QVERIFY(session);
        const QByteArray original = session->document().save();
        auto *editor = new ProductSectionEditor(session.get(), collectionProduct(*session).element());
        Host host(editor);
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));

        QCOMPARE(editor->field(u"Vendor"_s)->text(), u"Example Software Ltd."_s);
        QCOMPARE(editor->field(u"class"_s)->text(), u"com.example.hello"_s);

        retype(editor->field(u"Vendor"_s), u"Acme Corp"_s);
        QCOMPARE(collectionProduct(*session).vendor().text, u"Acme Corp"_s);
        // Select-all + typing nine characters is one undo step.
        QCOMPARE(session->undoStack()->count(), 1);

        // A field whose element is missing: AppUrl is created after VendorUrl.
        retype(editor->field(u"AppUrl"_s), u"https://hello.local/"_s);
        const ovf::ProductSection product = collectionProduct(*session);
        QCOMPARE(product.appUrl().text, u"https://hello.local/"_s);
        QCOMPARE(product.appUrl().element->previousSibling()->nextSibling(), product.appUrl().element);
        QCOMPARE(product.appUrl().element->parent(), product.element());
        const QList<ovf::xml::Element *> children = product.element()->childElements();
        QCOMPARE(children.indexOf(product.appUrl().element), children.indexOf(product.vendorUrl().element) + 1);
        QVERIFY(session->document().save().contains("https://hello.local/</"));

        // Attributes: ovf:instance is new, ovf:class changed in place.
        retype(editor->field(u"instance"_s), u"2"_s);
        retype(editor->field(u"class"_s), u"org.acme"_s);
        QCOMPARE(collectionProduct(*session).instance(), u"2"_s);
        QCOMPARE(collectionProduct(*session).fullKey(collectionProduct(*session).properties().first()),
                 u"org.acme.hostname.2"_s);
        const QByteArray edited = session->document().save();

        // Undo: the fields follow the document, and the bytes come back exactly.
        undoAll(session->undoStack());
        QCOMPARE(editor->field(u"Vendor"_s)->text(), u"Example Software Ltd."_s);
        QCOMPARE(editor->field(u"AppUrl"_s)->text(), QString());
        QCOMPARE(editor->field(u"class"_s)->text(), u"com.example.hello"_s);
        QCOMPARE(session->document().save(), original);
        redoAll(session->undoStack());
        QCOMPARE(session->document().save(), edited);
        QCOMPARE(editor->field(u"Vendor"_s)->text(), u"Acme Corp"_s);

        // Retranslation keeps the labels and the document's values.
        QEvent languageChange(QEvent::LanguageChange);
        QCoreApplication::sendEvent(editor, &languageChange);
        QCOMPARE(editor->field(u"Vendor"_s)->text(), u"Acme Corp"_s);
        QLabel *vendorLabel = nullptr;
        for (QLabel *l : editor->findChildren<QLabel *>()) {
            if (l->buddy() == editor->field(u"Vendor"_s))
                vendorLabel = l;
        }
        QVERIFY(vendorLabel);
        QCOMPARE(vendorLabel->text(), u"Vendor:"_s);

        // Clearing an optional field removes its element.
        retype(editor->field(u"AppUrl"_s), QString());
        QVERIFY(collectionProduct(*session).appUrl().isNull());
    }

    void fieldsFollowEditsFromElsewhere()
    {
        QTemporaryDir dir;
        auto session = openSession(prepare(dir));
        QVERIFY(session);
        auto *editor = new ProductSectionEditor(session.get(), collectionProduct(*session).element());
        Host host(editor);
        host.show();
        QVERIFY(ovf::commands::FormEdits::setChildText(session.get(), collectionProduct(*session).element(), u"Version",
                                                       u"2.0"_s, ovf::ContentModel::ProductSection, false, u"test"_s));
        QCOMPARE(editor->field(u"Version"_s)->text(), u"2.0"_s);
        // The section removed (from the tree, say): the editor disables itself until undo.
        QVERIFY(ovf::commands::FormEdits::removeElement(session.get(), collectionProduct(*session).element(), u"test"_s));
        QVERIFY(!editor->isEnabled());
        session->undoStack()->undo();
        QVERIFY(editor->isEnabled());
        QCOMPARE(editor->field(u"Version"_s)->text(), u"2.0"_s);
    }

    void iconPreviewFromTheFileNextToTheDescriptor()
    {
        QTemporaryDir dir;
        auto session = openSession(prepare(dir));
        QVERIFY(session);
        auto *editor = new ProductSectionEditor(session.get(), collectionProduct(*session).element());
        Host host(editor);
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));
        QVERIFY(editor->iconPreview()->pixmap().isNull());

        QComboBox *combo = editor->iconFileCombo();
        const int at = combo->findText(u"icon-file"_s);
        QVERIFY(at > 0);
        combo->setFocus();
        combo->setCurrentIndex(at);
        emit combo->activated(at);
        const QList<ovf::ProductIcon> icons = collectionProduct(*session).icons();
        QCOMPARE(icons.size(), 1);
        QCOMPARE(icons.first().fileRef, u"icon-file"_s);
        // Icon comes after the URLs and before the first Category (DSP0243 ProductSection_Type).
        QCOMPARE(icons.first().element->nextSiblingElement()->localName(), u"Category"_s);
        QVERIFY(!editor->iconPreview()->pixmap().isNull());
        QVERIFY2(editor->iconInfo()->text().contains(u"hello-icon.png"_s), qPrintable(editor->iconInfo()->text()));
        QVERIFY(editor->iconInfo()->text().contains(QLocale().toString(1234)));

        retype(editor->findChild<QLineEdit *>(u"iconMimeTypeField"_s), u"image/png"_s);
        QCOMPARE(collectionProduct(*session).icons().first().mimeType, u"image/png"_s);
        QVERIFY(saveScreenshot(host, u"producteditor.png"_s));

        session->undoStack()->undo();
        session->undoStack()->undo();
        QVERIFY(collectionProduct(*session).icons().isEmpty());
        QVERIFY(editor->iconPreview()->pixmap().isNull());
    }

    void focusElementThroughTheMetaObject()
    {
        // DocumentWorkspace calls focusElement(const ovf::xml::Element*) by name on whatever
        // the factory made, to take the user from a problem to its field.
        auto session = openSession(sample(u"hello-appliance.ovf"_s));
        QVERIFY(session);
        const ovf::Envelope env = session->descriptor().envelope();
        const ovf::ProductSection product = env.content().productSections().first();
        QWidget *widget = EditorFactory::create(session.get(), product.element()); // owned by host
        Host host(widget);
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));
        const auto focus = [&](QWidget *w, const ovf::xml::Element *e) {
            const int method = w->metaObject()->indexOfMethod("focusElement(const ovf::xml::Element*)");
            bool focused = false;
            if (method < 0 || !QMetaObject::invokeMethod(w, "focusElement", Q_RETURN_ARG(bool, focused),
                                                         Q_ARG(const ovf::xml::Element *, e)))
                return false;
            return focused;
        };
        auto *tabs = qobject_cast<ProductEditorTabs *>(widget);
        QVERIFY(tabs);
        const ovf::Property logLevel = product.properties().at(4);
        QVERIFY(focus(tabs, logLevel.label().element));
        QCOMPARE(tabs->currentWidget(), tabs->propertiesEditor());
        QCOMPARE(tabs->propertiesEditor()->table()->currentIndex().row(), 6);
        QCOMPARE(tabs->propertiesEditor()->table()->currentIndex().column(), int(ovf::items::PropertyTableModel::LabelColumn));
        QVERIFY(focus(tabs, product.vendor().element));
        QCOMPARE(tabs->currentWidget(), tabs->productEditor());
        QCOMPARE(QApplication::focusWidget(), tabs->productEditor()->field(u"Vendor"_s));
        QVERIFY(!focus(tabs, env.content().element()));

        const ovf::Configuration large = env.configurations().at(1);
        QWidget *options = EditorFactory::create(session.get(), large.element());
        Host optionsHost(options);
        optionsHost.show();
        QVERIFY(QTest::qWaitForWindowExposed(&optionsHost));
        QVERIFY(focus(options, large.description().element));
        QCOMPARE(QApplication::focusWidget()->objectName(), u"configurationDescriptionField"_s);

        for (ovf::SectionKind kind : {ovf::SectionKind::Eula, ovf::SectionKind::Annotation}) {
            const ovf::Section section = env.content().section(kind);
            QWidget *w = EditorFactory::create(session.get(), section.element());
            Host h(w);
            h.show();
            QVERIFY(QTest::qWaitForWindowExposed(&h));
            QVERIFY(focus(w, section.info().element));
            QCOMPARE(QApplication::focusWidget()->objectName(), u"infoField"_s);
        }
    }

    void factoryPicksTheEditorForEachNode()
    {
        auto session = openSession(sample(u"hello-appliance.ovf"_s));
        QVERIFY(session);
        const ovf::Envelope env = session->descriptor().envelope();
        const ovf::ProductSection product = env.content().productSections().first();
        std::unique_ptr<QWidget> tabs(EditorFactory::create(session.get(), product.element()));
        QVERIFY(qobject_cast<ProductEditorTabs *>(tabs.get()));

        ovf::xml::Element *logLevel = product.properties().at(4).element();
        std::unique_ptr<QWidget> forProperty(EditorFactory::create(session.get(), logLevel));
        auto *propertyTabs = qobject_cast<ProductEditorTabs *>(forProperty.get());
        QVERIFY(propertyTabs);
        QCOMPARE(propertyTabs->currentWidget(), propertyTabs->propertiesEditor());
        QCOMPARE(propertyTabs->propertiesEditor()->currentRow(), 6); // after two categories

        // The Envelope itself has no form of its own; an entity gets the Name/Info/id form.
        QVERIFY(!EditorFactory::hasEditor(env.element()));
        QVERIFY(EditorFactory::create(session.get(), env.element()) == nullptr);
        std::unique_ptr<QWidget> entity(EditorFactory::create(session.get(), env.content().element()));
        QVERIFY(qobject_cast<EntityEditor *>(entity.get()));
        QVERIFY(EditorFactory::hasEditor(env.section(ovf::SectionKind::DeploymentOption).element()));
        QVERIFY(EditorFactory::hasEditor(env.configurations().first().element()));
        for (ovf::SectionKind kind :
             {ovf::SectionKind::Eula, ovf::SectionKind::Annotation}) {
            std::unique_ptr<QWidget> w(EditorFactory::create(session.get(), env.content().section(kind).element()));
            QVERIFY(w);
        }
    }
};

QTEST_MAIN(TestGuiProductEditor)
#include "tst_gui_producteditor.moc"
