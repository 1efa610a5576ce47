// Edit logic that lives in model/commands, tested without widgets: FormEdits returns the
// commands' refusals (and succeeds without an undo step when nothing changes), compound
// edits are one undo step that is dropped whole when a step is refused, and the envelope
// tree's edit policy (TreeEditPolicy).
#include "commandtestkit.h"
#include "model/commands/formedits.h"
#include "model/commands/treeeditpolicy.h"
#include "model/ovf/envelope.h"
#include "model/ovf/ovfelement.h"
#include "model/ovf/productsection.h"

#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace ovf;
using commands::FormEdits;
using commands::TreeEditPolicy;
using commandtestkit::at;

namespace {

const QString kDescriptor = u"<?xml version=\"1.0\"?>\n"
    "<Envelope xmlns=\"http://schemas.dmtf.org/ovf/envelope/2\" xmlns:ovf=\"http://schemas.dmtf.org/ovf/envelope/2\" "
    "ovf:version=\"2.0\">\n"
    "  <References/>\n"
    "  <DeploymentOptionSection>\n"
    "    <Info>Sizes</Info>\n"
    "    <Configuration ovf:id=\"small\" ovf:default=\"true\"><Label>Small</Label><Description>S</Description></Configuration>\n"
    "    <Configuration ovf:id=\"large\"><Label>Large</Label><Description>L</Description></Configuration>\n"
    "  </DeploymentOptionSection>\n"
    "  <VirtualSystemCollection ovf:id=\"app\">\n"
    "    <Info>App</Info>\n"
    "    <VirtualSystem ovf:id=\"vm1\">\n"
    "      <Info>VM</Info>\n"
    "      <ProductSection>\n"
    "        <Info>P</Info>\n"
    "        <Property ovf:key=\"k\" ovf:type=\"string\" ovf:value=\"d\">\n"
    "          <Value ovf:value=\"shared\" ovf:configuration=\"small large\"/>\n"
    "        </Property>\n"
    "      </ProductSection>\n"
    "      <VirtualHardwareSection><Info>HW</Info></VirtualHardwareSection>\n"
    "    </VirtualSystem>\n"
    "    <VirtualSystem ovf:id=\"vm2\">\n"
    "      <Info>VM</Info>\n"
    "      <VirtualHardwareSection><Info>HW</Info></VirtualHardwareSection>\n"
    "    </VirtualSystem>\n"
    "  </VirtualSystemCollection>\n"
    "</Envelope>\n"_s;

} // namespace

class TestFormEdits : public QObject
{
    Q_OBJECT

private slots:
    // No change: success, nothing on the stack. A refusal: the reason, nothing on the stack.
    void noChangeAndRefusal()
    {
        auto s = commandtestkit::fromText(kDescriptor);
        xml::Element *small = at(*s, u"DeploymentOptionSection/Configuration[1]"_s);
        QVERIFY(FormEdits::setAttribute(s.get(), small, u"id", u"small"_s, {}));
        QVERIFY(FormEdits::removeAttribute(s.get(), small, u"nonexistent", {}));
        QVERIFY(FormEdits::setChildText(s.get(), small, u"Label", u"Small"_s, ContentModel::Configuration, false, {}));
        QVERIFY(FormEdits::renameConfiguration(s.get(), small, u"small"_s));
        QCOMPARE(s->undoStack()->count(), 0);

        const auto taken = FormEdits::renameConfiguration(s.get(), small, u"large"_s);
        QVERIFY(!taken);
        QVERIFY2(taken.error().contains(u"large"_s), qPrintable(taken.error()));
        const auto spaced = FormEdits::renameConfiguration(s.get(), small, u"two words"_s);
        QVERIFY(!spaced);
        QVERIFY(spaced.error().contains(u"spaces"_s));
        QCOMPARE(s->undoStack()->count(), 0);
        QCOMPARE(ovfAttr(small, u"id"), u"small"_s);

        // The live check says the same as the command, and accepts the current id.
        QCOMPARE(FormEdits::checkConfigurationId(small, u"large"_s).error(), taken.error());
        QVERIFY(FormEdits::checkConfigurationId(small, u"small"_s));
        QVERIFY(FormEdits::checkConfigurationId(small, u"medium"_s));

        QVERIFY(FormEdits::renameConfiguration(s.get(), small, u"tiny"_s));
        QCOMPARE(s->undoStack()->count(), 1);
        QCOMPARE(ovfAttr(at(*s, u"VirtualSystemCollection/VirtualSystem/ProductSection/Property/Value"_s),
                         u"configuration"),
                 u"tiny large"_s);

        xml::Element *vs2 = at(*s, u"VirtualSystemCollection/VirtualSystem[2]"_s);
        QVERIFY(!FormEdits::moveElement(s.get(), vs2, false, {})); // already the last
        QVERIFY(FormEdits::moveElement(s.get(), vs2, true, {}));
    }

    // Adding a deployment option is one undo step with Label and Description in schema order.
    void addConfigurationIsOneStep()
    {
        auto s = commandtestkit::fromText(kDescriptor);
        xml::Element *section = at(*s, u"DeploymentOptionSection"_s);
        const QByteArray before = s->document().save();
        const auto added = FormEdits::addConfiguration(s.get(), section, u"medium"_s, u"Medium"_s, u"M"_s, u"Add"_s);
        QVERIFY2(added.has_value(), qPrintable(added ? QString() : added.error()));
        QCOMPARE(s->undoStack()->count(), 1);
        QCOMPARE(s->undoStack()->undoText(), u"Add"_s);
        QStringList children;
        for (const xml::Element *c : (*added)->childElements())
            children << c->localName();
        QCOMPARE(children, (QStringList{u"Label"_s, u"Description"_s}));
        s->undoStack()->undo();
        QCOMPARE(s->document().save(), before);
    }

    // A field's first text creates its element: what XML cannot hold is refused there too, and
    // the compound edit leaves nothing behind.
    void unwritableTextInNewElementsRefused()
    {
        auto s = commandtestkit::fromText(kDescriptor);
        const QByteArray before = s->document().save();
        xml::Element *section = at(*s, u"DeploymentOptionSection"_s);
        const auto added = FormEdits::addConfiguration(s.get(), section, u"big"_s, u"Big\x0B"_s, u"Big"_s, u"Add"_s);
        QVERIFY(!added);
        QVERIFY2(added.error().contains(u"Label holds the character U+000B at character 4"_s), qPrintable(added.error()));
        QCOMPARE(s->document().save(), before);
        QCOMPARE(s->undoStack()->count(), 0);
    }

    // A description the author never wrote follows the label; a written one stays.
    void descriptionFollowsTheLabel()
    {
        auto s = commandtestkit::fromText(kDescriptor);
        xml::Element *section = at(*s, u"DeploymentOptionSection"_s);
        const auto added = FormEdits::addConfiguration(s.get(), section, u"option3"_s, u"option3"_s, u"option3"_s, u"Add"_s);
        QVERIFY(added);
        QVERIFY(FormEdits::setChildText(s.get(), *added, u"Label", u"Huge"_s, ContentModel::Configuration, false, u"Label"_s));
        QVERIFY(FormEdits::followLabel(s.get(), *added, u"option3"_s, u"Follow"_s));
        QCOMPARE(Configuration(*added).description().text, u"Huge"_s);
        QCOMPARE(s->undoStack()->undoText(), u"Follow"_s);
        const int steps = s->undoStack()->count();
        QVERIFY(FormEdits::setChildText(s.get(), *added, u"Description", u"For big sites"_s, ContentModel::Configuration,
                                        false, u"Description"_s));
        QVERIFY(FormEdits::setChildText(s.get(), *added, u"Label", u"Giant"_s, ContentModel::Configuration, false, u"Label"_s));
        const int before = s->undoStack()->count();
        QVERIFY(FormEdits::followLabel(s.get(), *added, u"Huge"_s, u"Follow"_s)); // written: nothing to do
        QCOMPARE(s->undoStack()->count(), before);
        QCOMPARE(Configuration(*added).description().text, u"For big sites"_s);
        QVERIFY(steps < before);
    }

    // A compound edit whose first step is refused leaves no trace: no undo step, no redo.
    void refusedCompoundLeavesNothing()
    {
        auto s = commandtestkit::fromText(kDescriptor);
        xml::Element *section = at(*s, u"DeploymentOptionSection"_s);
        QVERIFY(FormEdits::removeElement(s.get(), section, {}));
        QCOMPARE(s->undoStack()->count(), 1);
        const auto added = FormEdits::addConfiguration(s.get(), section, u"x"_s, u"X"_s, u"X"_s, u"Add"_s);
        QVERIFY(!added); // the section is no longer in the document
        QCOMPARE(s->undoStack()->count(), 1);
        QVERIFY(!s->undoStack()->canRedo());
    }

    // One default: set on one option, removed from the others, one undo step.
    void defaultConfiguration()
    {
        auto s = commandtestkit::fromText(kDescriptor);
        xml::Element *large = at(*s, u"DeploymentOptionSection/Configuration[2]"_s);
        xml::Element *small = at(*s, u"DeploymentOptionSection/Configuration[1]"_s);
        QVERIFY(FormEdits::setDefaultConfiguration(s.get(), large, true, u"Default"_s));
        QCOMPARE(s->undoStack()->count(), 1);
        QVERIFY(Configuration(large).isDefault());
        QVERIFY(!Configuration(small).isDefault());
        QVERIFY(!hasOvfAttr(small, u"default"));
        QVERIFY(FormEdits::setDefaultConfiguration(s.get(), large, true, u"Again"_s)); // nothing to change
        QCOMPARE(s->undoStack()->count(), 1);
        s->undoStack()->undo();
        QVERIFY(Configuration(small).isDefault());
    }

    // Per-configuration values: a shared Value is split, an emptied one removed, all in one
    // undo step; nothing to change pushes nothing.
    void configurationValues()
    {
        auto s = commandtestkit::fromText(kDescriptor);
        xml::Element *property = at(*s, u"VirtualSystemCollection/VirtualSystem/ProductSection/Property"_s);
        const QByteArray before = s->document().save();
        QVERIFY(FormEdits::setConfigurationValues(s.get(), property, {{u"small"_s, u"shared"_s}, {u"large"_s, u"shared"_s}},
                                                  u"Values"_s));
        QCOMPARE(s->undoStack()->count(), 0);
        QVERIFY(FormEdits::setConfigurationValues(s.get(), property, {{u"small"_s, u"one"_s}, {u"large"_s, QString()}},
                                                  u"Values"_s));
        QCOMPARE(s->undoStack()->count(), 1);
        const QList<ConfigurationValue> values = Property(property).configurationValues();
        QCOMPARE(values.size(), 1);
        QCOMPARE(values.first().value, u"one"_s);
        QCOMPARE(values.first().configurations, QStringList{u"small"_s});
        s->undoStack()->undo();
        QCOMPARE(s->document().save(), before);
    }

    // The tree's edit policy.
    void treePolicy()
    {
        auto s = commandtestkit::fromText(kDescriptor);
        xml::Element *root = s->document().root();
        xml::Element *vsc = at(*s, u"VirtualSystemCollection"_s);
        xml::Element *vm1 = at(*s, u"VirtualSystemCollection/VirtualSystem"_s);
        xml::Element *product = at(*s, u"VirtualSystemCollection/VirtualSystem/ProductSection"_s);
        xml::Element *hardware = at(*s, u"VirtualSystemCollection/VirtualSystem/VirtualHardwareSection"_s);
        xml::Element *options = at(*s, u"DeploymentOptionSection"_s);
        xml::Element *large = at(*s, u"DeploymentOptionSection/Configuration[2]"_s);

        QVERIFY(TreeEditPolicy::isRenamable(vm1));
        QVERIFY(TreeEditPolicy::isRenamable(large));
        QVERIFY(!TreeEditPolicy::isRenamable(product));
        {
            // Both the option and its section must be OVF's: a vendor's element of the same name
            // holds no deployment options.
            auto foreign = commandtestkit::fromText(
                u"<Envelope xmlns=\"http://schemas.dmtf.org/ovf/envelope/2\" xmlns:v=\"urn:vendor\">"
                "<References/><v:DeploymentOptionSection><Configuration/></v:DeploymentOptionSection>"
                "<DeploymentOptionSection><v:Configuration/></DeploymentOptionSection></Envelope>"_s);
            const QList<xml::Element *> sections = foreign->document().root()->childElements();
            QCOMPARE(sections.size(), 3);
            QVERIFY(!TreeEditPolicy::isRenamable(sections.at(1)->childElements().first()));
            QVERIFY(!TreeEditPolicy::isRenamable(sections.at(2)->childElements().first()));
        }
        QVERIFY(TreeEditPolicy::isDraggable(vm1));
        QVERIFY(!TreeEditPolicy::isDraggable(vsc)); // the Envelope's content stays
        QVERIFY(TreeEditPolicy::isDropTarget(vsc));
        QVERIFY(!TreeEditPolicy::isDropTarget(vm1));

        QCOMPARE(TreeEditPolicy::targetCollection(s.get(), vm1), vsc);
        QCOMPARE(TreeEditPolicy::targetCollection(s.get(), product), vsc);
        QVERIFY(!TreeEditPolicy::targetCollection(s.get(), options)); // the Envelope has content
        QCOMPARE(TreeEditPolicy::sectionContainer(s.get(), product), vm1);
        QCOMPARE(TreeEditPolicy::sectionContainer(s.get(), options), root);
        QCOMPARE(TreeEditPolicy::sectionOf(product), product);
        QVERIFY(!TreeEditPolicy::sectionOf(at(*s, u"VirtualSystemCollection/VirtualSystem/ProductSection/Property"_s)));

        TreeEditPolicy::Actions a = TreeEditPolicy::actions(s.get(), vm1, nullptr);
        QVERIFY(a.addEntity && a.duplicate && a.rename && a.cut && a.remove && a.addSection);
        QVERIFY(!a.paste && !a.removeSection);
        a = TreeEditPolicy::actions(s.get(), hardware, nullptr);
        QVERIFY(!a.removeSection); // the only VirtualHardwareSection of vm1
        a = TreeEditPolicy::actions(s.get(), product, nullptr);
        QVERIFY(a.removeSection && a.remove && !a.rename);
        xml::Element *vm2 = at(*s, u"VirtualSystemCollection/VirtualSystem[2]"_s);
        a = TreeEditPolicy::actions(s.get(), vsc, vm2);
        QVERIFY(!a.paste); // already the last entity there
        a = TreeEditPolicy::actions(s.get(), vsc, vm1);
        QVERIFY(a.paste); // moves it last
        QVERIFY(!a.duplicate && !a.cut); // the content entity
        a = TreeEditPolicy::actions(nullptr, vm1, nullptr);
        QVERIFY(!a.addEntity && !a.rename && !a.remove);
    }
};

QTEST_GUILESS_MAIN(TestFormEdits)
#include "tst_formedits.moc"
