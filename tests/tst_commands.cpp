#include "commandtestkit.h"

#include "model/commands/insertelementcommand.h"
#include "model/commands/moveelementcommand.h"
#include "model/commands/removeelementcommand.h"
#include "model/commands/setattributecommand.h"
#include "model/commands/setelementtextcommand.h"
#include "model/commands/xmlfragment.h"
#include "model/ovf/namespaces.h"

#include <QSignalSpy>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace ovf::commands;
using commandtestkit::at;

class TestCommands : public QObject
{
    Q_OBJECT

private:
    // Undo all, compare with the original bytes, redo all, compare with the edited bytes.
    static void roundTrip(EditSession &s, const QByteArray &original)
    {
        const QByteArray edited = s.document().save();
        QVERIFY(edited != original);
        QVERIFY(s.isModified());
        while (s.undoStack()->canUndo())
            s.undoStack()->undo();
        QCOMPARE(s.document().save(), original);
        QVERIFY(!s.isModified());
        while (s.undoStack()->canRedo())
            s.undoStack()->redo();
        QCOMPARE(s.document().save(), edited);
    }

private slots:
    void setAttribute()
    {
        auto s = commandtestkit::open(u"govmomi/complete_vsc.ovf"_s);
        const QByteArray original = s->document().save();
        ovf::xml::Element *config = at(*s, u"DeploymentOptionSection/Configuration[1]"_s);
        QVERIFY(config);
        QSignalSpy attrs(s.get(), &EditSession::attributesChanged);
        QSignalSpy changed(s.get(), &EditSession::documentChanged);
        QSignalSpy modified(s.get(), &EditSession::modifiedChanged);
        auto cmd = SetAttributeCommand::createOvf(s.get(), config, u"default", u"true"_s);
        QVERIFY(cmd);
        QCOMPARE((*cmd)->text(), u"Change ovf:default"_s);
        QVERIFY(s->push(std::move(cmd)));
        QCOMPARE(attrs.size(), 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(modified.size(), 1);
        QCOMPARE(config->attributeValue(ovf::ns::Ovf1, u"default"), u"true"_s);
        QVERIFY(s->document().save().contains(R"(<Configuration ovf:id="small" ovf:default="true">)"));
        // Remove an existing attribute; refuse unchanged values and missing attributes.
        QVERIFY(s->push(SetAttributeCommand::createOvf(s.get(), config, u"id", std::nullopt)));
        QCOMPARE(s->undoStack()->undoText(), u"Remove ovf:id"_s);
        QVERIFY(!SetAttributeCommand::createOvf(s.get(), config, u"id", std::nullopt));
        QVERIFY(!SetAttributeCommand::createOvf(s.get(), config, u"default", u"true"_s));
        QCOMPARE(s->undoStack()->count(), 2);
        roundTrip(*s, original);
        QCOMPARE(modified.last().first().toBool(), true);
    }

    void setAttributeNewPrefix()
    {
        auto s = commandtestkit::fromText(
            u"<Envelope xmlns=\"http://schemas.dmtf.org/ovf/envelope/1\"><VirtualSystem/></Envelope>"_s);
        const QByteArray original = s->document().save();
        ovf::xml::Element *vs = at(*s, u"VirtualSystem"_s);
        QVERIFY(s->push(SetAttributeCommand::createOvf(s.get(), vs, u"id", u"vm"_s)));
        QCOMPARE(QString::fromUtf8(s->document().save()),
                 u"<Envelope xmlns=\"http://schemas.dmtf.org/ovf/envelope/1\"><VirtualSystem "
                 "xmlns:ovf=\"http://schemas.dmtf.org/ovf/envelope/1\" ovf:id=\"vm\"/></Envelope>"_s);
        roundTrip(*s, original);
    }

    void typingMerges()
    {
        auto s = commandtestkit::open(u"govmomi/complete_vsc.ovf"_s);
        const QByteArray original = s->document().save();
        ovf::xml::Element *label = at(*s, u"DeploymentOptionSection/Configuration[2]/Label"_s);
        QVERIFY(label);
        QSignalSpy text(s.get(), &EditSession::textChanged);
        const QString typed = u"Prod & <more>"_s;
        for (qsizetype i = 1; i <= typed.size(); ++i)
            QVERIFY(s->push(SetElementTextCommand::create(s.get(), label, typed.left(i), true, u"Change label"_s)));
        QCOMPARE(s->undoStack()->count(), 1);
        QCOMPARE(s->undoStack()->undoText(), u"Change label"_s);
        QCOMPARE(text.size(), typed.size());
        QCOMPARE(label->text(), typed);
        QVERIFY(s->document().save().contains("<Label>Prod &amp; &lt;more&gt;</Label>"));
        // A different element starts a new step; so does a non-merging edit.
        ovf::xml::Element *desc = at(*s, u"DeploymentOptionSection/Configuration[2]/Description"_s);
        QVERIFY(s->push(SetElementTextCommand::create(s.get(), desc, u"x"_s, true)));
        QVERIFY(s->push(SetElementTextCommand::create(s.get(), desc, u""_s, false)));
        QCOMPARE(s->undoStack()->count(), 3);
        QVERIFY(s->document().save().contains("<Description></Description>"));
        // Not a leaf: refused.
        QVERIFY(!SetElementTextCommand::create(s.get(), label->parent(), u"x"_s));
        roundTrip(*s, original);
    }

    void insertRemoveMove()
    {
        auto s = commandtestkit::open(u"govmomi/complete_vsc.ovf"_s);
        const QByteArray original = s->document().save();
        ovf::xml::Element *section = at(*s, u"DeploymentOptionSection"_s);
        auto &doc = s->document();
        auto config = fragment::element(doc, section, nullptr, ovf::ns::Ovf1, u"Configuration");
        fragment::setAttribute(doc, config.get(), section, ovf::ns::Ovf1, u"id", u"tiny"_s);
        fragment::appendTextElement(doc, config.get(), section, ovf::ns::Ovf1, u"Label", u"Tiny"_s);
        fragment::indent(doc, config.get(), u"        "_s, u"    "_s);
        ovf::xml::Element *raw = config.get();
        QSignalSpy inserted(s.get(), &EditSession::childrenInserted);
        QVERIFY(s->push(InsertElementCommand::create(s.get(), section, 1, std::move(config))));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(at(*s, u"DeploymentOptionSection/Configuration[1]"_s), raw);
        QVERIFY(doc.save().contains("<Configuration ovf:id=\"tiny\">\n            <Label>Tiny</Label>\n"
                                    "        </Configuration>\n        <Configuration ovf:id=\"small\">"));
        // Move it to the end, then remove another one.
        QVERIFY(s->push(MoveElementCommand::create(s.get(), raw, section, -1)));
        QCOMPARE(at(*s, u"DeploymentOptionSection/Configuration[4]"_s), raw);
        QVERIFY(!MoveElementCommand::create(s.get(), raw, section, -1)); // already there
        QVERIFY(!MoveElementCommand::create(s.get(), section, raw, 0));  // into a descendant
        ovf::xml::Element *small = at(*s, u"DeploymentOptionSection/Configuration[1]"_s);
        QSignalSpy removed(s.get(), &EditSession::childrenRemoved);
        QVERIFY(s->push(RemoveElementCommand::create(s.get(), small)));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().at(3).value<QList<ovf::xml::Node *>>().last(), small);
        QVERIFY(!RemoveElementCommand::create(s.get(), doc.root()));
        roundTrip(*s, original);
        // Undo gave back the same nodes.
        s->undoStack()->undo();
        QCOMPARE(at(*s, u"DeploymentOptionSection/Configuration[1]"_s), small);
    }
};

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
