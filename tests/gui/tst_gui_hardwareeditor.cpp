// The virtual hardware editor and the disks / networks / files tables driven with QTest:
// CPUs and memory typed into the base row and into a deployment option's row, firmware and
// system type picked, a network adapter added from the Add Device menu and its network, type
// and MAC changed in its fields, a device removed; a disk renamed (the drive's HostResource
// follows) and resized, a network added and renamed, a file's href changed. The document is
// checked after each edit, the models by QAbstractItemModelTester, and undoing everything gives
// the original bytes. Screenshots at 1280x800 and 1024x700.
#include "commandtestkit.h"
#include "editortestkit.h"

#include "model/commands/adddevicecommand.h"
#include "model/commands/hardwareitems.h"
#include "model/commands/setfirmwarecommand.h"
#include "model/items/hardwaredevicemodel.h"
#include "model/items/hardwarequantitymodel.h"
#include "model/items/packageentriesmodel.h"
#include "model/ovf/entity.h"
#include "model/ovf/envelope.h"
#include "views/addnetworkadapterdialog.h"
#include "views/devicedetailspanel.h"
#include "views/packageentrieseditor.h"
#include "views/virtualhardwareeditor.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using ovf::items::HardwareQuantityModel;
namespace cmd = ovf::commands;

namespace {

QList<ovf::HardwareItem> itemsOfType(const ovf::xml::Element *section, int type)
{
    QList<ovf::HardwareItem> out;
    for (const ovf::HardwareItem &i : ovf::hardwareItemsIn(section)) {
        if (i.resourceType() == type)
            out << i;
    }
    return out;
}

// The last VirtualSystem of the session's document (its only one in the files used here).
ovf::xml::Element *lastVirtualSystem(const cmd::EditSession &s)
{
    ovf::xml::Element *vs = nullptr;
    for (const ovf::Entity &e : s.descriptor().envelope().allEntities()) {
        if (!e.isCollection())
            vs = e.element();
    }
    return vs;
}

ovf::HardwareItem baseItem(const ovf::xml::Element *section, int type, const QString &configuration = {})
{
    for (const ovf::HardwareItem &i : itemsOfType(section, type)) {
        if (cmd::hwitems::matches(i, {configuration, {}}))
            return i;
    }
    return {};
}

int rowOf(const HardwareQuantityModel *model, const QString &configuration, const QString &bound = {})
{
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex i = model->index(r, 0);
        if (i.data(HardwareQuantityModel::ConfigurationRole).toString() == configuration
            && i.data(HardwareQuantityModel::BoundRole).toString() == bound)
            return r;
    }
    return -1;
}

// Types into a table cell as a user does: select it, type, Return.
void typeIntoCell(QTableView *table, const QModelIndex &index, const QString &text)
{
    table->setFocus();
    table->setCurrentIndex(index);
    table->edit(index);
    QLineEdit *editor = nullptr;
    for (QLineEdit *e : table->viewport()->findChildren<QLineEdit *>()) {
        if (e->isVisible())
            editor = e; // the delegate's editor, a child of the viewport
    }
    QVERIFY2(editor, "no line edit opened in the cell");
    editor->setFocus();
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits Return through a queued call: let it run.
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

} // namespace

class TestGuiHardwareEditor : public QObject
{
    Q_OBJECT

private slots:
    void hardware()
    {
        auto s = commandtestkit::open(u"govmomi/SugarCRM.ovf"_s);
        const QByteArray original = s->document().save();
        ovf::xml::Element *hw = commandtestkit::at(*s, u"VirtualSystemCollection/VirtualSystem[1]/VirtualHardwareSection"_s);
        QVERIFY(hw);
        auto *editor = new VirtualHardwareEditor(s.get(), hw);
        editortest::Host host(editor);
        host.resize(1280, 800);
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));
        QApplication::setActiveWindow(&host);
        QVERIFY(QTest::qWaitForWindowActive(&host));
        QAbstractItemModelTester quantityTester(editor->quantityModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester deviceTester(editor->deviceModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        HardwareQuantityModel *q = editor->quantityModel();
        // Base values, then each deployment option by its name (SugarCRM has small, medium, large).
        QCOMPARE(q->index(0, HardwareQuantityModel::CpusColumn).data().toString(), u"1"_s);
        QCOMPARE(q->index(0, HardwareQuantityModel::MemoryColumn).data().toString(), u"256 MiB"_s);
        const int large = rowOf(q, u"large"_s);
        QVERIFY(large > 0);
        QVERIFY(q->index(large, 0).data().toString().contains(u"large"));
        QCOMPARE(q->index(large, HardwareQuantityModel::CpusColumn).data().toString(), u"2"_s);
        QCOMPARE(q->index(large, HardwareQuantityModel::MemoryColumn).data().toString(), u"1 GiB"_s);
        const int medium = rowOf(q, u"medium"_s);
        QVERIFY(q->index(medium, HardwareQuantityModel::CpusColumn).data(HardwareQuantityModel::InheritedRole).toBool());

        // Typed into the cells.
        typeIntoCell(editor->quantityTable(), q->index(0, HardwareQuantityModel::CpusColumn), u"4"_s);
        QCOMPARE(baseItem(hw, 3).virtualQuantity(), u"4"_s);
        typeIntoCell(editor->quantityTable(), q->index(0, HardwareQuantityModel::MemoryColumn), u"3 GiB"_s);
        QCOMPARE(q->index(0, HardwareQuantityModel::MemoryColumn).data(HardwareQuantityModel::BytesRole).toULongLong(),
                 quint64(3) << 30);
        // The medium option gets an Item of its own for CPUs; the base stays.
        typeIntoCell(editor->quantityTable(), q->index(rowOf(q, u"medium"_s), HardwareQuantityModel::CpusColumn), u"3"_s);
        QCOMPARE(baseItem(hw, 3, u"medium"_s).virtualQuantity(), u"3"_s);
        QCOMPARE(baseItem(hw, 3).virtualQuantity(), u"4"_s);
        // A refused value says why.
        typeIntoCell(editor->quantityTable(), q->index(0, HardwareQuantityModel::CpusColumn), u"0"_s);
        QVERIFY(!editor->message().isEmpty());
        QCOMPARE(baseItem(hw, 3).virtualQuantity(), u"4"_s);
        // Ranges: min and max rows on request.
        const int rows = q->rowCount();
        editor->boundsCheck()->setChecked(true);
        QVERIFY(q->rowCount() > rows);
        QVERIFY(q->setData(q->index(rowOf(q, {}, u"max"_s), HardwareQuantityModel::CpusColumn), u"8"_s));
        bool foundMax = false;
        for (const ovf::HardwareItem &i : itemsOfType(hw, 3))
            foundMax = foundMax || (i.bound() == u"max" && i.virtualQuantity() == u"8");
        QVERIFY(foundMax);

        // Firmware and system type.
        editor->firmwareCombo()->setCurrentIndex(1);
        emit editor->firmwareCombo()->activated(1);
        QCOMPARE(cmd::SetFirmwareCommand::firmwareOf(hw), u"efi"_s);
        editor->commitSystemType(u"vmx-13"_s);
        QCOMPARE(ovf::VirtualHardwareSection(hw).virtualSystemType(), u"vmx-13"_s);

        // A network adapter from the Add Device menu, then its fields.
        const int nicsBefore = int(itemsOfType(hw, 10).size());
        QAction *addNic = editor->addDeviceButton()->menu()->findChild<QAction *>(
            u"addDevice_%1"_s.arg(int(cmd::DeviceSpec::Kind::NetworkAdapter)));
        QVERIFY(addNic);
        addNic->trigger();
        QCOMPARE(int(itemsOfType(hw, 10).size()), nicsBefore + 1);
        DeviceDetailsPanel *details = editor->details();
        QVERIFY(details->item());
        QCOMPARE(ovf::HardwareItem(details->item()).resourceType(), 10);
        QVERIFY(details->networkCombo()->isVisibleTo(&host));
        ovf::xml::Element *nic = details->item();
        details->typeCombo()->setCurrentText(u"VmxNet3"_s);
        emit details->typeCombo()->activated(details->typeCombo()->currentIndex());
        QCOMPARE(ovf::HardwareItem(nic).resourceSubType(), u"VmxNet3"_s);
        editortest::retype(details->macField(), u"00:50:56:zz:00:01"_s);
        details->nameField()->setFocus();
        QVERIFY(!details->errorText().isEmpty()); // not a MAC address
        editortest::retype(details->macField(), u"00:50:56:00:00:01"_s);
        details->nameField()->setFocus();
        QCOMPARE(ovf::HardwareItem(nic).address(), u"00:50:56:00:00:01"_s);
        editortest::saveScreenshot(host, u"hardware-editor.png"_s);
        host.resize(1024, 700);
        editortest::saveScreenshot(host, u"hardware-editor-1024.png"_s);

        // Remove it again.
        QVERIFY(editor->selectDevice(nic));
        QTest::mouseClick(editor->removeButton(), Qt::LeftButton);
        QCOMPARE(int(itemsOfType(hw, 10).size()), nicsBefore);

        editortest::undoAll(s->undoStack());
        QCOMPARE(s->document().save(), original);
    }

    // Add Network Adapter with a new network: refused (a bad MAC address), the dialog stays
    // open and says why, and nothing is left: no network, no undo step, no redo step. Accepted,
    // the network and the adapter are one undo step.
    void addAdapterOnNewNetwork()
    {
        auto s = commandtestkit::open(u"govmomi/SugarCRM.ovf"_s);
        const QByteArray original = s->document().save();
        ovf::xml::Element *vs = lastVirtualSystem(*s);
        QVERIFY(vs);
        AddNetworkAdapterDialog dialog(s.get(), vs);
        dialog.networkCombo()->setEditText(u"lab-net"_s);
        dialog.macField()->setText(u"52:54:00:zz"_s);
        dialog.accept();
        QVERIFY2(dialog.errorText().contains(u"52:54:00:zz"_s), qPrintable(dialog.errorText()));
        QVERIFY(!dialog.addedItem());
        QCOMPARE(s->document().save(), original);
        QCOMPARE(s->undoStack()->count(), 0);
        QVERIFY(!s->undoStack()->canRedo());
        dialog.macField()->setText(u"52:54:00:12:34:56"_s);
        dialog.accept();
        QVERIFY(dialog.addedItem());
        QCOMPARE(s->undoStack()->count(), 1);
        QCOMPARE(s->undoStack()->undoText(), u"Add a network adapter on lab-net"_s);
        bool added = false;
        for (const ovf::Network &n : s->descriptor().envelope().networks())
            added = added || n.name() == u"lab-net"_s;
        QVERIFY(added);
        s->undoStack()->undo();
        QCOMPARE(s->document().save(), original);
    }

    // An Invalid package opened for inspection: Add Device and Add Network say why nothing is
    // added, and the editors keep no pointer to what the session refused (they used to select
    // an element that was freed with the dropped command).
    void readOnlySession()
    {
        auto s = commandtestkit::open(u"govmomi/SugarCRM.ovf"_s);
        const QByteArray original = s->document().save();
        s->setReadOnly(u"the manifest does not match"_s);
        ovf::xml::Element *vs = lastVirtualSystem(*s);
        ovf::xml::Element *hw = ovf::Entity(vs).section(ovf::SectionKind::VirtualHardware).element();
        auto *editor = new VirtualHardwareEditor(s.get(), hw);
        editortest::Host host(editor);
        host.show();
        QAction *addNic = editor->addDeviceButton()->menu()->findChild<QAction *>(
            u"addDevice_%1"_s.arg(int(cmd::DeviceSpec::Kind::NetworkAdapter)));
        QVERIFY(addNic);
        addNic->trigger();
        QCOMPARE(editor->message(), u"the manifest does not match"_s);
        QVERIFY(!editor->details()->item());
        const ovf::Envelope envelope = s->descriptor().envelope();
        auto *networks = new PackageEntriesEditor(s.get(), envelope.section(ovf::SectionKind::Network).element(),
                                                  PackageEntriesEditor::List::Networks);
        editortest::Host networksHost(networks);
        networksHost.show();
        QVERIFY(!networks->addNetwork());
        QCOMPARE(networks->message(), u"the manifest does not match"_s);
        QCOMPARE(s->document().save(), original);
        QCOMPARE(s->undoStack()->count(), 0);
    }

    void optionsOnly()
    {
        // Only per-option Items (no base): each option's row edits its own Item.
        auto s = commandtestkit::open(u"govmomi/deployment-configs.ovf"_s);
        const QByteArray original = s->document().save();
        ovf::xml::Element *vs = lastVirtualSystem(*s);
        ovf::xml::Element *hw = ovf::Entity(vs).section(ovf::SectionKind::VirtualHardware).element();
        auto *editor = new VirtualHardwareEditor(s.get(), hw);
        editortest::Host host(editor);
        host.show();
        HardwareQuantityModel *q = editor->quantityModel();
        const int small = rowOf(q, u"small"_s);
        QVERIFY(small > 0);
        QVERIFY(q->setData(q->index(small, HardwareQuantityModel::CpusColumn), u"3"_s));
        QCOMPARE(baseItem(hw, 3, u"small"_s).virtualQuantity(), u"3"_s);
        QVERIFY(q->setData(q->index(small, HardwareQuantityModel::MemoryColumn), u"768"_s)); // MiB
        QCOMPARE(q->index(small, HardwareQuantityModel::MemoryColumn).data(HardwareQuantityModel::BytesRole).toULongLong(),
                 quint64(768) << 20);
        editortest::undoAll(s->undoStack());
        QCOMPARE(s->document().save(), original);
    }

    void packageTables()
    {
        auto s = commandtestkit::open(u"govmomi/deployment-configs.ovf"_s);
        const QByteArray original = s->document().save();
        const ovf::Envelope envelope = s->descriptor().envelope();
        ovf::xml::Element *diskSection = envelope.section(ovf::SectionKind::Disk).element();
        auto *disks = new PackageEntriesEditor(s.get(), diskSection, PackageEntriesEditor::List::Disks);
        editortest::Host host(disks);
        host.resize(1280, 800);
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));
        QApplication::setActiveWindow(&host);
        ovf::items::PackageEntriesModel *model = disks->entriesModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        using M = ovf::items::PackageEntriesModel;
        QCOMPARE(model->index(0, M::DiskId).data().toString(), u"vmdisk_small_1"_s);
        QCOMPARE(model->index(0, M::DiskCapacity).data().toString(), u"1.0 GiB"_s);
        QCOMPARE(model->index(0, M::DiskUsers).data().toString(), u"1"_s);
        // Rename: the drive's HostResource follows.
        typeIntoCell(disks->table(), model->index(0, M::DiskId), u"system"_s);
        QCOMPARE(ovf::VirtualDisk(model->element(model->index(0, 0))).diskId(), u"system"_s);
        QVERIFY(QString::fromUtf8(s->document().save()).contains(u"ovf:/disk/system<"));
        QVERIFY(!QString::fromUtf8(s->document().save()).contains(u"ovf:/disk/vmdisk_small_1<"));
        // Capacity with units.
        typeIntoCell(disks->table(), model->index(0, M::DiskCapacity), u"8 GiB"_s);
        const ovf::VirtualDisk d(model->element(model->index(0, 0)));
        QCOMPARE(d.capacityBytes().value_or(0), quint64(8) << 30);
        typeIntoCell(disks->table(), model->index(0, M::DiskCapacity), u"640 MiB"_s);
        QCOMPARE(d.capacityBytes().value_or(0), quint64(640) << 20);
        typeIntoCell(disks->table(), model->index(0, M::DiskCapacity), u"lots"_s);
        QVERIFY(!disks->message().isEmpty());
        editortest::saveScreenshot(host, u"disks-table.png"_s);
        host.resize(1024, 700);
        editortest::saveScreenshot(host, u"disks-table-1024.png"_s);
        // Removing a disk takes its drive along.
        const int drives = int(QString::fromUtf8(s->document().save()).count(u"<rasd:ResourceType>17<"_s));
        QVERIFY(disks->selectEntry(model->element(model->index(0, 0))));
        disks->removeSelected();
        QCOMPARE(int(QString::fromUtf8(s->document().save()).count(u"<rasd:ResourceType>17<"_s)), drives - 1);

        // Networks: add one, rename it.
        ovf::xml::Element *networkSection = envelope.section(ovf::SectionKind::Network).element();
        auto *networks = new PackageEntriesEditor(s.get(), networkSection, PackageEntriesEditor::List::Networks);
        editortest::Host netHost(networks);
        netHost.resize(1280, 800);
        netHost.show();
        const int count = networks->entriesModel()->rowCount();
        QVERIFY(networks->addNetwork());
        QCOMPARE(networks->entriesModel()->rowCount(), count + 1);
        typeIntoCell(networks->table(), networks->entriesModel()->index(count, M::NetworkName), u"Storage"_s);
        QCOMPARE(s->descriptor().envelope().networks().last().name(), u"Storage"_s);
        typeIntoCell(networks->table(), networks->entriesModel()->index(count, M::NetworkDescription), u"iSCSI"_s);
        QCOMPARE(s->descriptor().envelope().networks().last().description().text, u"iSCSI"_s);
        editortest::saveScreenshot(netHost, u"networks-table.png"_s);

        // Files: an href changed; a bad one refused.
        auto *files = new PackageEntriesEditor(s.get(), envelope.referencesElement(), PackageEntriesEditor::List::Files);
        editortest::Host fileHost(files);
        fileHost.resize(1280, 800);
        fileHost.show();
        typeIntoCell(files->table(), files->entriesModel()->index(0, M::FileHref), u"disks/one.vmdk"_s);
        QCOMPARE(s->descriptor().envelope().files().first().href(), u"disks/one.vmdk"_s);
        typeIntoCell(files->table(), files->entriesModel()->index(0, M::FileHref), u"../escape.vmdk"_s);
        QVERIFY(!files->message().isEmpty());
        QCOMPARE(s->descriptor().envelope().files().first().href(), u"disks/one.vmdk"_s);
        editortest::saveScreenshot(fileHost, u"files-table.png"_s);
        fileHost.resize(1024, 700);
        editortest::saveScreenshot(fileHost, u"files-table-1024.png"_s);

        editortest::undoAll(s->undoStack());
        QCOMPARE(s->document().save(), original);
    }
};

QTEST_MAIN(TestGuiHardwareEditor)
#include "tst_gui_hardwareeditor.moc"
