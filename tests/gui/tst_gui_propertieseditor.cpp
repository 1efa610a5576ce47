// PropertiesEditor and PropertyTableModel driven through the real table offscreen: cell
// editors, the type combo, check boxes, toolbar actions and the two dialogs.

#include "editortestkit.h"

#include "model/items/propertytablemodel.h"
#include "model/ovf/productsection.h"
#include "views/configurationvaluesdialog.h"
#include "views/propertieseditor.h"
#include "views/qualifiersdialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace editortest;
using ovf::items::PropertyTableModel;

class TestGuiPropertiesEditor : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        std::unique_ptr<ovf::commands::EditSession> session;
        PropertiesEditor *editor = nullptr;
        std::unique_ptr<Host> host;
        std::unique_ptr<QAbstractItemModelTester> tester;
        QByteArray original;
    };

    // The editor over the `productIndex`-th ProductSection of the entity with `entityIndex`
    // (depth first) in `path`, shown in a 900x600 window, its model under the tester.
    static Fixture open(const QString &path, int entityIndex = 0, int productIndex = 0)
    {
        Fixture f;
        f.session = openSession(path);
        if (!f.session)
            return f;
        f.original = f.session->document().save();
        const ovf::Entity entity = f.session->descriptor().envelope().allEntities().at(entityIndex);
        f.editor = new PropertiesEditor(f.session.get(), entity.productSections().at(productIndex).element());
        f.host = std::make_unique<Host>(f.editor);
        f.tester = std::make_unique<QAbstractItemModelTester>(f.editor->model(),
                                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
        f.host->show();
        (void)QTest::qWaitForWindowExposed(f.host.get());
        return f;
    }

    static ovf::Property property(const Fixture &f, const QString &key)
    {
        for (const ovf::Property &p : ovf::ProductSection(f.editor->element()).properties()) {
            if (p.key() == key)
                return p;
        }
        return {};
    }

    static int rowOf(const Fixture &f, const QString &key)
    {
        PropertyTableModel *m = f.editor->model();
        for (int r = 0; r < m->rowCount(); ++r) {
            if (!m->isCategory(r) && m->index(r, PropertyTableModel::KeyColumn).data().toString() == key)
                return r;
        }
        return -1;
    }

    // Edits a cell the way a user does: make it current, F2, select all, type, Return.
    static void editCell(const Fixture &f, int row, int column, const QString &text)
    {
        QTableView *table = f.editor->table();
        table->setFocus();
        table->setCurrentIndex(f.editor->model()->index(row, column));
        QTest::keyClick(table, Qt::Key_F2);
        QWidget *editor = QApplication::focusWidget();
        QVERIFY(editor && editor != table);
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents(); // the delegate commits through a queued call
    }

    static void chooseType(const Fixture &f, int row, const QString &type)
    {
        QTableView *table = f.editor->table();
        table->setFocus();
        table->setCurrentIndex(f.editor->model()->index(row, PropertyTableModel::TypeColumn));
        QTest::keyClick(table, Qt::Key_F2);
        auto *combo = table->findChild<QComboBox *>(u"propertyTypeCombo"_s);
        QVERIFY(combo);
        const int at = combo->findText(type);
        QVERIFY(at >= 0);
        combo->setCurrentIndex(at);
        emit combo->activated(at);
    }

private slots:
    void rowsFollowTheSection()
    {
        Fixture f = open(sample(u"hello-appliance.ovf"_s));
        QVERIFY(f.editor);
        PropertyTableModel *m = f.editor->model();
        QCOMPARE(m->rowCount(), 8); // two categories, six properties
        QVERIFY(m->isCategory(0));
        QCOMPARE(m->index(0, 0).data().toString(), u"Network"_s);
        QCOMPARE(m->index(4, PropertyTableModel::KeyColumn).data().toString(), u"http_port"_s);
        QCOMPARE(m->index(4, PropertyTableModel::TypeColumn).data().toString(), u"uint16"_s);
        QCOMPARE(m->index(4, PropertyTableModel::QualifiersColumn).data().toString(),
                 u"MinValue(1024) MaxValue(65535)"_s);
        QCOMPARE(m->index(7, PropertyTableModel::PasswordColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(m->index(4, PropertyTableModel::LabelColumn).data().toString(), u"HTTP port"_s);
        QCOMPARE(m->data(m->index(4, 0), PropertyTableModel::CategoryRole).toString(), u"Application"_s);
        QCOMPARE(f.editor->table()->columnSpan(0, 0), int(PropertyTableModel::ColumnCount));
        QVERIFY(f.editor->problemLabel()->isHidden());
        QVERIFY(!f.editor->table()->isColumnHidden(PropertyTableModel::ConfigurationValuesColumn));
    }

    void perOptionColumnHiddenWithoutDeploymentOptions()
    {
        // vic-product/builder.ovf: properties, no DeploymentOptionSection.
        Fixture f = open(corpus(u"vic-product/builder.ovf"_s), 0, 2); // ProductSection ovf:class="network"
        QVERIFY(f.editor);
        QVERIFY(f.session->descriptor().envelope().configurations().isEmpty());
        QVERIFY(f.editor->model()->rowCount() > 0);
        QVERIFY(f.editor->table()->isColumnHidden(PropertyTableModel::ConfigurationValuesColumn));
        QVERIFY(!f.editor->configurationValuesAction()->isVisible());
    }

    void defaultValueIsValidatedLive()
    {
        Fixture f = open(sample(u"hello-appliance.ovf"_s));
        QVERIFY(f.editor);
        PropertyTableModel *m = f.editor->model();
        const int port = rowOf(f, u"http_port"_s);

        editCell(f, port, PropertyTableModel::ValueColumn, u"abc"_s);
        QCOMPARE(property(f, u"http_port"_s).value(), u"abc"_s);
        const QString reason = m->problem(port);
        QVERIFY2(reason.contains(u"abc"_s), qPrintable(reason));
        QVERIFY(f.editor->problemLabel()->isVisibleTo(f.host.get()));
        QVERIFY(f.editor->problemLabel()->text().contains(reason));
        QCOMPARE(m->index(port, PropertyTableModel::ValueColumn).data(Qt::ToolTipRole).toString(), reason);
        QVERIFY(m->index(port, PropertyTableModel::ValueColumn).data(Qt::ForegroundRole).isValid());

        editCell(f, port, PropertyTableModel::ValueColumn, u"80"_s);
        QVERIFY2(m->problem(port).contains(u"1024"_s), qPrintable(m->problem(port))); // MinValue(1024)
        editCell(f, port, PropertyTableModel::ValueColumn, u"8443"_s);
        QVERIFY(m->problem(port).isEmpty());
        QVERIFY(!m->index(port, PropertyTableModel::ValueColumn).data(Qt::ForegroundRole).isValid());

        // ValueMap{"error","warning","info","debug"}
        const int log = rowOf(f, u"log_level"_s);
        editCell(f, log, PropertyTableModel::ValueColumn, u"verbose"_s);
        QVERIFY2(m->problem(log).contains(u"verbose"_s), qPrintable(m->problem(log)));
        editCell(f, log, PropertyTableModel::ValueColumn, u"debug"_s);
        QVERIFY(m->problem(log).isEmpty());

        // A boolean turned into uint8 through the type combo: "true" and 300 are refused.
        const int tls = rowOf(f, u"enable_tls"_s);
        chooseType(f, tls, u"uint8"_s);
        QCOMPARE(property(f, u"enable_tls"_s).type(), u"uint8"_s);
        QVERIFY(!m->problem(tls).isEmpty());
        editCell(f, tls, PropertyTableModel::ValueColumn, u"300"_s);
        QVERIFY2(m->problem(tls).contains(u"255"_s), qPrintable(m->problem(tls)));
        QVERIFY(f.editor->problemLabel()->text().contains(u"enable_tls"_s));
        QVERIFY(saveScreenshot(*f.host, u"propertieseditor.png"_s));
        editCell(f, tls, PropertyTableModel::ValueColumn, u"1"_s);
        QVERIFY(m->problem(tls).isEmpty());

        // Each cell edit is one undo step; undo all gives the original bytes back.
        const QByteArray edited = f.session->document().save();
        QCOMPARE(f.session->undoStack()->count(), 8);
        undoAll(f.session->undoStack());
        QCOMPARE(f.session->document().save(), f.original);
        QCOMPARE(m->index(port, PropertyTableModel::ValueColumn).data().toString(), u"8080"_s);
        redoAll(f.session->undoStack());
        QCOMPARE(f.session->document().save(), edited);
    }

    void addRemoveAndReorder()
    {
        Fixture f = open(sample(u"hello-appliance.ovf"_s));
        QVERIFY(f.editor);
        PropertyTableModel *m = f.editor->model();
        const int domain = rowOf(f, u"domain"_s);
        f.editor->table()->setCurrentIndex(m->index(domain, 0));
        f.editor->addPropertyAction()->trigger();
        QCOMPARE(m->rowCount(), 9);
        QCOMPARE(f.editor->currentRow(), domain + 1);
        QCOMPARE(m->index(domain + 1, 0).data().toString(), u"property1"_s);
        editCell(f, domain + 1, PropertyTableModel::KeyColumn, u"ntp_server"_s);
        editCell(f, domain + 1, PropertyTableModel::LabelColumn, u"NTP server"_s);
        const ovf::Property ntp = property(f, u"ntp_server"_s);
        QVERIFY(!ntp.isNull());
        QCOMPARE(ntp.label().text, u"NTP server"_s);
        QCOMPARE(ntp.type(), u"string"_s);
        QCOMPARE(ntp.category().text, u"Network"_s);
        QVERIFY(f.session->document().save().contains("NTP server</"));

        // Moving it up past nothing else of its category, then down across "Application".
        f.editor->table()->setCurrentIndex(m->index(rowOf(f, u"ntp_server"_s), 0));
        f.editor->moveDownAction()->trigger();
        QCOMPARE(property(f, u"ntp_server"_s).category().text, u"Application"_s);
        QCOMPARE(rowOf(f, u"ntp_server"_s), domain + 2);
        QCOMPARE(f.editor->currentRow(), domain + 2);
        f.editor->moveUpAction()->trigger();
        QCOMPARE(property(f, u"ntp_server"_s).category().text, u"Network"_s);

        // A new category after the last row; remove a property.
        f.editor->table()->setCurrentIndex(m->index(m->rowCount() - 1, 0));
        f.editor->addCategoryAction()->trigger();
        QVERIFY(m->isCategory(m->rowCount() - 1));
        QCOMPARE(f.editor->table()->columnSpan(m->rowCount() - 1, 0), int(PropertyTableModel::ColumnCount));
        f.editor->table()->setCurrentIndex(m->index(rowOf(f, u"hostname"_s), 0));
        f.editor->removeAction()->trigger();
        QCOMPARE(rowOf(f, u"hostname"_s), -1);
        QVERIFY(property(f, u"hostname"_s).isNull());
        const QByteArray edited = f.session->document().save();

        undoAll(f.session->undoStack());
        QCOMPARE(m->rowCount(), 8);
        QCOMPARE(f.session->document().save(), f.original);
        redoAll(f.session->undoStack());
        QCOMPARE(f.session->document().save(), edited);
        QCOMPARE(m->rowCount(), 9);
    }

    void checkBoxesAndQualifiersDialog()
    {
        Fixture f = open(sample(u"hello-appliance.ovf"_s));
        QVERIFY(f.editor);
        PropertyTableModel *m = f.editor->model();
        const int host = rowOf(f, u"hostname"_s);
        QTableView *table = f.editor->table();
        table->setFocus();
        table->setCurrentIndex(m->index(host, PropertyTableModel::PasswordColumn));
        QTest::keyClick(table, Qt::Key_Space);
        QVERIFY(property(f, u"hostname"_s).isPassword());
        QCOMPARE(m->index(host, PropertyTableModel::ValueColumn).data().toString(), u"•••••"_s);
        table->setCurrentIndex(m->index(host, PropertyTableModel::UserConfigurableColumn));
        QTest::keyClick(table, Qt::Key_Space);
        QVERIFY(!property(f, u"hostname"_s).isUserConfigurable());

        // Qualifiers: MaxLen(63) becomes MinLen(3) MaxLen(4), and "hello" is now too long.
        table->setCurrentIndex(m->index(host, 0));
        f.editor->dialogHook = [](QDialog *d) {
            auto *dialog = qobject_cast<QualifiersDialog *>(d);
            QVERIFY(dialog);
            QCOMPARE(dialog->field(u"maxLen"_s)->text(), u"63"_s);
            retype(dialog->field(u"minLen"_s), u"3"_s);
            retype(dialog->field(u"maxLen"_s), u"4"_s);
            QCOMPARE(dialog->qualifiers(), u"MinLen(3) MaxLen(4)"_s);
            QVERIFY(dialog->problemsLabel()->text().isEmpty());
            // A MinValue on a string is reported while typing.
            retype(dialog->field(u"minValue"_s), u"1"_s);
            QVERIFY(!dialog->problemsLabel()->text().isEmpty());
            retype(dialog->field(u"minValue"_s), QString());
            retype(dialog->field(u"valueMap"_s), u"web-1, web-2"_s);
            QTimer::singleShot(0, dialog, [dialog] {
                QVERIFY(saveScreenshot(*dialog, u"qualifiersdialog.png"_s));
                retype(dialog->field(u"valueMap"_s), QString());
                dialog->accept();
            });
        };
        f.editor->qualifiersAction()->trigger();
        QCOMPARE(property(f, u"hostname"_s).qualifiers(), u"MinLen(3) MaxLen(4)"_s);
        QVERIFY(!m->problem(host).isEmpty());

        undoAll(f.session->undoStack());
        QCOMPARE(f.session->document().save(), f.original);
    }

    void perConfigurationValues()
    {
        // The web system's section: worker_count (uint8, MinValue(1) MaxValue(64)) has 8 for "large".
        Fixture f = open(sample(u"hello-appliance.ovf"_s), 1);
        QVERIFY(f.editor);
        PropertyTableModel *m = f.editor->model();
        const int workers = rowOf(f, u"worker_count"_s);
        QCOMPARE(m->index(workers, PropertyTableModel::ConfigurationValuesColumn).data().toString(), u"large = 8"_s);
        f.editor->table()->setCurrentIndex(m->index(workers, 0));
        f.editor->dialogHook = [](QDialog *d) {
            auto *dialog = qobject_cast<ConfigurationValuesDialog *>(d);
            QVERIFY(dialog);
            QTableWidget *t = dialog->table();
            QCOMPARE(t->rowCount(), 2);
            QCOMPARE(t->item(0, 0)->text(), u"small"_s);
            QCOMPARE(t->item(1, 2)->text(), u"8"_s);
            t->item(0, 2)->setText(u"4"_s);
            t->item(1, 2)->setText(u"300"_s);
            QVERIFY(t->item(1, 3)->text().contains(u"255"_s) || t->item(1, 3)->text().contains(u"64"_s));
            QVERIFY(t->item(0, 3)->text().isEmpty());
            QTimer::singleShot(0, dialog, [dialog] {
                QVERIFY(saveScreenshot(*dialog, u"configurationvaluesdialog.png"_s));
                dialog->accept();
            });
        };
        f.editor->configurationValuesAction()->trigger();
        const QList<ovf::ConfigurationValue> values = property(f, u"worker_count"_s).configurationValues();
        QCOMPARE(values.size(), 2);
        QCOMPARE(values[0].value, u"300"_s);
        QCOMPARE(values[0].configurations, QStringList{u"large"_s});
        QCOMPARE(values[1].value, u"4"_s);
        QCOMPARE(values[1].configurations, QStringList{u"small"_s});
        QVERIFY(m->problem(workers).contains(u"large"_s));
        QCOMPARE(f.session->undoStack()->count(), 1); // one macro
        QCOMPARE(f.session->undoStack()->undoText(), u"Set per-configuration values of worker_count"_s);
        f.session->undoStack()->undo();
        QCOMPARE(f.session->document().save(), f.original);
    }

    void largeCorpusSection()
    {
        // Cisco CSR 1000V (COT fixture): 27 properties in four categories.
        Fixture f = open(corpus(u"cot/csr1000v.ovf"_s));
        QVERIFY(f.editor);
        PropertyTableModel *m = f.editor->model();
        const ovf::ProductSection section(f.editor->element());
        QCOMPARE(m->rowCount(), section.properties().size() + section.categories().size());
        QVERIFY(m->rowCount() > 25);
        // Deployment options exist, so the per-option column is offered.
        QCOMPARE(f.editor->table()->isColumnHidden(PropertyTableModel::ConfigurationValuesColumn),
                 f.session->descriptor().envelope().configurations().isEmpty());
        QCOMPARE(m->index(0, PropertyTableModel::KeyColumn).data().toString(), u"config-version"_s);
        QVERIFY(m->isCategory(1));
        QCOMPARE(m->data(m->index(2, 0), PropertyTableModel::CategoryRole).toString(), u"1. Bootstrap Properties"_s);
        f.editor->table()->setCurrentIndex(m->index(2, PropertyTableModel::KeyColumn));
        QVERIFY(saveScreenshot(*f.host, u"propertieseditor-csr1000v.png"_s));
        editCell(f, 2, PropertyTableModel::ValueColumn, QString(64, u'x'));
        QVERIFY2(m->problem(2).contains(u"63"_s), qPrintable(m->problem(2))); // MaxLen(63)
        undoAll(f.session->undoStack());
        QCOMPARE(f.session->document().save(), f.original);
    }
};

QTEST_MAIN(TestGuiPropertiesEditor)
#include "tst_gui_propertieseditor.moc"
