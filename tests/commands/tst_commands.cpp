#include "commandtestkit.h"

#include "model/commands/addentitycommand.h"
#include "model/commands/addsectioncommand.h"
#include "model/commands/duplicateentitycommand.h"
#include "model/commands/formedits.h"
#include "model/commands/insertelementcommand.h"
#include "model/commands/licensetext.h"
#include "model/commands/removeentitycommand.h"
#include "model/commands/removesectioncommand.h"
#include "model/commands/renamedeploymentoptioncommand.h"
#include "model/commands/renameentityidcommand.h"
#include "model/commands/sectionrules.h"
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
    void licenseTextDecoding()
    {
        const QString text = u"Lizenz für Bäume – § 1\r\nZeile 2"_s;
        auto utf8 = LicenseTextFile::decode(text.toUtf8());
        QVERIFY(utf8);
        QCOMPARE(utf8->encoding, u"UTF-8"_s);
        QCOMPARE(utf8->text, u"Lizenz für Bäume – § 1\nZeile 2"_s);
        QVERIFY(utf8->warning.isEmpty());

        QByteArray utf16 = QByteArray("\xff\xfe", 2);
        for (QChar c : text)
            utf16.append(char(c.unicode() & 0xff)).append(char(c.unicode() >> 8));
        auto fromUtf16 = LicenseTextFile::decode(utf16);
        QVERIFY(fromUtf16);
        QCOMPARE(fromUtf16->encoding, u"UTF-16LE"_s);
        QCOMPARE(fromUtf16->text, utf8->text);

        auto latin1 = LicenseTextFile::decode(QByteArray("Lizenz f\xfcr B\xe4ume"));
        QVERIFY(latin1);
        QCOMPARE(latin1->encoding, u"ISO-8859-1"_s);
        QCOMPARE(latin1->text, u"Lizenz für Bäume"_s);
        QVERIFY(!latin1->warning.isEmpty());

        auto binary = LicenseTextFile::decode(QByteArray("PK\x03\x04\x00\x00", 6));
        QVERIFY(!binary);
        QVERIFY2(binary.error().contains(u"U+0003"_s), qPrintable(binary.error()));

        // A form feed (old GNU licence files have them) is not XML text: refused with where.
        auto formFeed = LicenseTextFile::decode(QByteArray("Terms\n\fSection 2\n"));
        QVERIFY(!formFeed);
        QVERIFY2(formFeed.error().contains(u"U+000C"_s) && formFeed.error().contains(u"character 7"_s),
                 qPrintable(formFeed.error()));
        // Characters beyond the BMP are text.
        auto astral = LicenseTextFile::decode(QByteArray("Clef \xF0\x9D\x84\x9E"));
        QVERIFY(astral);
        QCOMPARE(astral->text, u"Clef \U0001D11E"_s);
        QVERIFY(!LicenseTextFile::decode(QByteArray(LicenseTextFile::MaxBytes + 1, 'x')));
    }

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

    // Text a descriptor cannot hold is refused with where it is, never written as U+FFFD.
    void unwritableTextRefused()
    {
        auto s = commandtestkit::open(u"govmomi/complete_vsc.ovf"_s);
        const QByteArray original = s->document().save();
        ovf::xml::Element *label = at(*s, u"DeploymentOptionSection/Configuration[2]/Label"_s);
        QVERIFY(label);
        const auto control = SetElementTextCommand::create(s.get(), label, u"Bad\x01name"_s);
        QVERIFY(!control);
        QVERIFY2(control.error().contains(u"U+0001 at character 4"_s) && control.error().contains(label->path()),
                 qPrintable(control.error()));
        const auto attribute = SetAttributeCommand::createOvf(s.get(), label->parent(), u"id", u"a\uFFFEb"_s);
        QVERIFY(!attribute);
        QVERIFY2(attribute.error().contains(u"U+FFFE at character 2"_s), qPrintable(attribute.error()));
        QVERIFY(!SetElementTextCommand::create(s.get(), label, QString(QChar(0xD800)) + u"x"_s)); // unpaired
        QCOMPARE(s->document().save(), original);
        // Tab, line feed and characters beyond the BMP are text.
        QVERIFY(s->push(SetElementTextCommand::create(s.get(), label, u"a\tb\nc \U0001D11E"_s)));
        QCOMPARE(label->text(), u"a\tb\nc \U0001D11E"_s);
    }

    // A compound edit is one undo entry; each step sees the ones before it done.
    void compoundIsOneStep()
    {
        auto s = commandtestkit::open(u"govmomi/complete_vsc.ovf"_s);
        const QByteArray original = s->document().save();
        ovf::xml::Element *label = at(*s, u"DeploymentOptionSection/Configuration[2]/Label"_s);
        ovf::xml::Element *configuration = label->parent();
        QSignalSpy changed(s.get(), &EditSession::documentChanged);
        const auto done = s->compound(u"Rename and relabel"_s, [&]() -> EditSession::Outcome {
            if (auto r = s->push(SetElementTextCommand::create(s.get(), label, u"First"_s)); !r)
                return r;
            if (label->text() != u"First"_s) // done when pushed
                return std::unexpected(u"not done"_s);
            if (auto r = s->push(SetElementTextCommand::create(s.get(), label, u"Second"_s)); !r)
                return r;
            return s->push(SetAttributeCommand::createOvf(s.get(), configuration, u"id", u"grown"_s));
        });
        QVERIFY2(done, qPrintable(done.error()));
        QCOMPARE(changed.size(), 3);
        QCOMPARE(s->undoStack()->count(), 1);
        QCOMPARE(s->undoStack()->undoText(), u"Rename and relabel"_s);
        QCOMPARE(label->text(), u"Second"_s);
        const QByteArray edited = s->document().save();
        s->undoStack()->undo();
        QCOMPARE(s->document().save(), original);
        QVERIFY(!s->isModified());
        s->undoStack()->redo();
        QCOMPARE(s->document().save(), edited);
        // An edit that pushes nothing records nothing.
        QVERIFY(s->compound(u"Nothing"_s, [] { return EditSession::Outcome(); }));
        QCOMPARE(s->undoStack()->count(), 1);
        QCOMPARE(s->undoStack()->undoText(), u"Rename and relabel"_s);
    }

    // A refused step takes back the steps before it: the document is byte for byte as it was,
    // no undo entry is made and the redo history is kept.
    void refusedCompoundIsTakenBack()
    {
        auto s = commandtestkit::open(u"govmomi/complete_vsc.ovf"_s);
        ovf::xml::Element *section = at(*s, u"DeploymentOptionSection"_s);
        ovf::xml::Element *label = at(*s, u"DeploymentOptionSection/Configuration[2]/Label"_s);
        QVERIFY(s->push(SetElementTextCommand::create(s.get(), label, u"Earlier"_s)));
        s->undoStack()->undo();
        const QByteArray original = s->document().save();
        auto &doc = s->document();
        auto config = fragment::element(doc, section, nullptr, ovf::ns::Ovf1, u"Configuration");
        fragment::setAttribute(doc, config.get(), section, ovf::ns::Ovf1, u"id", u"tiny"_s);
        const auto done = s->compound(u"Add and label"_s, [&]() -> EditSession::Outcome {
            if (auto r = s->push(InsertElementCommand::create(s.get(), section, -1, std::move(config))); !r)
                return r;
            if (auto r = s->push(SetElementTextCommand::create(s.get(), label, u"Changed"_s)); !r)
                return r;
            return s->push(SetElementTextCommand::create(s.get(), label, u"Bad\x01"_s));
        });
        QVERIFY(!done);
        QVERIFY2(done.error().contains(u"U+0001"_s), qPrintable(done.error()));
        QCOMPARE(s->document().save(), original);
        QCOMPARE(s->undoStack()->count(), 1);
        QVERIFY(s->undoStack()->canRedo()); // a refused edit is no edit: the redo entry stays
        QVERIFY(!s->isModified());
        s->undoStack()->redo(); // and it still applies
        QCOMPARE(label->text(), u"Earlier"_s);
    }

    // An inner compound that is refused takes back its own steps only; the outer one goes on,
    // and undo and redo replay what was kept.
    void nestedCompound()
    {
        auto s = commandtestkit::open(u"govmomi/complete_vsc.ovf"_s);
        const QByteArray original = s->document().save();
        ovf::xml::Element *small = at(*s, u"DeploymentOptionSection/Configuration[1]/Label"_s);
        ovf::xml::Element *large = at(*s, u"DeploymentOptionSection/Configuration[2]/Label"_s);
        const QString largeBefore = large->text();
        const auto done = s->compound(u"Outer"_s, [&]() -> EditSession::Outcome {
            if (auto r = s->push(SetElementTextCommand::create(s.get(), small, u"S"_s)); !r)
                return r;
            const auto refused = s->compound(u"Inner refused"_s, [&]() -> EditSession::Outcome {
                if (auto r = s->push(SetElementTextCommand::create(s.get(), large, u"L"_s)); !r)
                    return r;
                return std::unexpected(u"no"_s);
            });
            if (refused || large->text() != largeBefore)
                return std::unexpected(u"the inner edit was not taken back"_s);
            return s->compound(u"Inner kept"_s, [&]() -> EditSession::Outcome {
                return s->push(SetElementTextCommand::create(s.get(), large, u"L2"_s));
            });
        });
        QVERIFY2(done, qPrintable(done.error()));
        QCOMPARE(small->text(), u"S"_s);
        QCOMPARE(large->text(), u"L2"_s);
        QCOMPARE(s->undoStack()->count(), 1);
        roundTrip(*s, original);
        QCOMPARE(large->text(), u"L2"_s);
    }

    // A read-only session refuses every step of a compound edit; nothing is recorded.
    void compoundInReadOnlySession()
    {
        auto s = commandtestkit::open(u"govmomi/complete_vsc.ovf"_s);
        const QByteArray original = s->document().save();
        s->setReadOnly(u"opened for inspection"_s);
        ovf::xml::Element *section = at(*s, u"DeploymentOptionSection"_s);
        const auto added = FormEdits::addConfiguration(s.get(), section, u"big"_s, u"Big"_s, u"Big"_s, u"Add"_s);
        QVERIFY(!added);
        QCOMPARE(added.error(), u"opened for inspection"_s);
        QCOMPARE(s->document().save(), original);
        QCOMPARE(s->undoStack()->count(), 0);
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

    void renameEntity()
    {
        auto s = commandtestkit::open(u"govmomi/complete_vsc.ovf"_s);
        const QByteArray original = s->document().save();
        ovf::xml::Element *vs1 = at(*s, u"VirtualSystemCollection/VirtualSystem[1]"_s);
        QVERIFY(vs1);
        QVERIFY(!RenameEntityIdCommand::create(s.get(), vs1, u"vs2"_s));      // taken
        QVERIFY(!RenameEntityIdCommand::create(s.get(), vs1, u"a b"_s));      // space
        QVERIFY(!RenameEntityIdCommand::create(s.get(), vs1, QString()));     // empty
        QVERIFY(!RenameEntityIdCommand::create(s.get(), vs1->parent()->parent(), u"x"_s)); // Envelope
        auto cmd = RenameEntityIdCommand::create(s.get(), vs1, u"db"_s);
        QVERIFY(cmd);
        QCOMPARE((*cmd)->text(), u"Rename virtual system 'vs1' to 'db'"_s);
        QVERIFY(s->push(std::move(cmd)));
        const QString saved = QString::fromUtf8(s->document().save());
        QVERIFY(saved.contains(u"<VirtualSystem ovf:id=\"db\">"_s));
        QVERIFY(saved.contains(u"<Item ovf:id=\"db\" ovf:order=\"1\""_s));
        QVERIFY(!saved.contains(u"\"vs1\""_s));
        QCOMPARE(s->undoStack()->count(), 1);
        roundTrip(*s, original);
    }

    void renameDeploymentOption()
    {
        auto s = commandtestkit::open(u"govmomi/deployment-configs.ovf"_s);
        const QByteArray original = s->document().save();
        ovf::xml::Element *small = at(*s, u"DeploymentOptionSection/Configuration[1]"_s);
        QVERIFY(small);
        QCOMPARE(ovf::ovfAttr(small, u"id"), u"small"_s);
        QVERIFY(!RenameDeploymentOptionCommand::create(s.get(), small, u"large"_s));
        const int before = QString::fromUtf8(original).count(u"\"small\""_s);
        QVERIFY(before > 3);
        auto cmd = RenameDeploymentOptionCommand::create(s.get(), small, u"tiny"_s);
        QVERIFY(cmd);
        QCOMPARE((*cmd)->text(), u"Rename deployment option 'small' to 'tiny'"_s);
        // Every configuration reference plus the id itself; ovf:value="small" is data, not a reference.
        QCOMPARE((*cmd)->childCount(), before - 1);
        QVERIFY(s->push(std::move(cmd)));
        const QString saved = QString::fromUtf8(s->document().save());
        QCOMPARE(saved.count(u"\"small\""_s), 1);
        QVERIFY(saved.contains(u"ovf:value=\"small\""_s));
        QCOMPARE(saved.count(u"\"tiny\""_s), before - 1);
        roundTrip(*s, original);
    }

    void tokensInLists()
    {
        auto s = commandtestkit::fromText(
            u"<Envelope xmlns=\"http://schemas.dmtf.org/ovf/envelope/1\" xmlns:ovf=\"http://schemas.dmtf.org/ovf/envelope/1\">"
            "<DeploymentOptionSection><Configuration ovf:id=\"a\"/><Configuration ovf:id=\"ab\"/></DeploymentOptionSection>"
            "<VirtualSystem ovf:id=\"v\"><ProductSection><Property ovf:key=\"k\" ovf:configuration=\"ab a\">"
            "<Value ovf:value=\"1\" configuration=\"a\"/></Property></ProductSection></VirtualSystem></Envelope>"_s);
        const QByteArray original = s->document().save();
        QVERIFY(s->push(RenameDeploymentOptionCommand::create(s.get(), at(*s, u"DeploymentOptionSection/Configuration"_s), u"z"_s)));
        const QString saved = QString::fromUtf8(s->document().save());
        QVERIFY(saved.contains(u"ovf:configuration=\"ab z\""_s));
        QVERIFY(saved.contains(u"<Value ovf:value=\"1\" configuration=\"z\"/>"_s));
        roundTrip(*s, original);
    }

    void addDuplicateRemoveEntities()
    {
        auto s = commandtestkit::open(u"govmomi/complete_vsc.ovf"_s);
        const QByteArray original = s->document().save();
        ovf::xml::Element *vsc = at(*s, u"VirtualSystemCollection"_s);
        ovf::xml::Element *vs1 = at(*s, u"VirtualSystemCollection/VirtualSystem[1]"_s);
        // The Envelope already has its content; a virtual system holds no entities.
        QVERIFY(!AddEntityCommand::create(s.get(), s->document().root(), ovf::Entity::Kind::VirtualSystem));
        QVERIFY(!AddEntityCommand::create(s.get(), vs1, ovf::Entity::Kind::VirtualSystem));
        QVERIFY(!DuplicateEntityCommand::create(s.get(), vsc));
        QVERIFY(!RemoveEntityCommand::create(s.get(), vsc));

        auto add = AddEntityCommand::create(s.get(), vsc, ovf::Entity::Kind::VirtualSystemCollection);
        QVERIFY(add);
        ovf::xml::Element *added = (*add)->entity();
        QCOMPARE((*add)->text(), u"Add collection 'collection'"_s);
        QVERIFY(s->push(std::move(add)));
        QCOMPARE(ovf::Entity(vsc).children().size(), 3);
        QCOMPARE(ovf::Entity(added).children().first().id(), u"vm"_s);
        QVERIFY(s->document().save().contains(
            "        <VirtualSystemCollection ovf:id=\"collection\">\n"
            "            <Info>A collection of virtual systems</Info>\n"
            "            <VirtualSystem ovf:id=\"vm\">\n"
            "                <Info>A virtual machine</Info>\n"));

        auto dup = DuplicateEntityCommand::create(s.get(), vs1);
        QVERIFY(dup);
        QCOMPARE((*dup)->text(), u"Duplicate virtual system 'vs1' as 'vs1-copy'"_s);
        ovf::xml::Element *copy = (*dup)->copy();
        QVERIFY(s->push(std::move(dup)));
        QCOMPARE(copy->previousSibling()->previousSibling(), vs1);
        QCOMPARE(ovf::Entity(copy).id(), u"vs1-copy"_s);
        QCOMPARE(ovf::Entity(copy).sections().size(), ovf::Entity(vs1).sections().size());
        // The duplicate of the new collection renames the inner virtual system too.
        QVERIFY(s->push(DuplicateEntityCommand::create(s.get(), added)));
        QVERIFY(s->document().save().contains("ovf:id=\"vm-copy\""));

        // Removing vs1 drops its StartupSection item.
        auto remove = RemoveEntityCommand::create(s.get(), vs1);
        QVERIFY(remove);
        QCOMPARE((*remove)->childCount(), 2);
        QVERIFY(s->push(std::move(remove)));
        QVERIFY(!s->document().save().contains("ovf:id=\"vs1\""));
        roundTrip(*s, original);
    }

    void sections()
    {
        auto s = commandtestkit::open(u"govmomi/complete_vsc.ovf"_s);
        const QByteArray original = s->document().save();
        ovf::xml::Element *root = s->document().root();
        ovf::xml::Element *vsc = at(*s, u"VirtualSystemCollection"_s);
        ovf::xml::Element *vs1 = at(*s, u"VirtualSystemCollection/VirtualSystem[1]"_s);
        using ovf::SectionKind;
        // Placement rules.
        QVERIFY(!SectionRules::canAdd(root, SectionKind::Product));
        QVERIFY(!SectionRules::canAdd(root, SectionKind::Disk)); // already there
        QVERIFY(!SectionRules::canAdd(vsc, SectionKind::OperatingSystem));
        QVERIFY(!SectionRules::canAdd(vs1, SectionKind::Startup));
        QVERIFY(SectionRules::canAdd(vs1, SectionKind::Product)); // several allowed
        QVERIFY(!SectionRules::addableIn(vs1).contains(SectionKind::ResourceAllocation));
        QVERIFY(SectionRules::addableIn(vsc).contains(SectionKind::ResourceAllocation) ||
                !ovf::Entity(vsc).section(SectionKind::ResourceAllocation).isNull());
        QVERIFY(!AddSectionCommand::create(s.get(), root, SectionKind::Eula));

        // Remove the OperatingSystemSection of vs1 (written after VirtualHardwareSection, as
        // VMware does) and add it back: it lands in the spec's order, before the hardware.
        ovf::xml::Element *os = ovf::Entity(vs1).section(SectionKind::OperatingSystem).element();
        QVERIFY(os);
        const int osIndex = fragment::elementIndex(ovf::Entity(vs1).section(SectionKind::VirtualHardware).element());
        auto remove = RemoveSectionCommand::create(s.get(), os);
        QVERIFY(remove);
        QVERIFY((*remove)->text().startsWith(u"Remove OperatingSystemSection from 'vs1'"_s));
        QVERIFY(s->push(std::move(remove)));
        auto add = AddSectionCommand::create(s.get(), vs1, SectionKind::OperatingSystem);
        QVERIFY(add);
        ovf::xml::Element *added = (*add)->section();
        QVERIFY(s->push(std::move(add)));
        QCOMPARE(fragment::elementIndex(added), osIndex);
        QVERIFY(!AddSectionCommand::create(s.get(), vs1, SectionKind::OperatingSystem));
        // The last VirtualHardwareSection stays; referenced configurations stay.
        QVERIFY(!RemoveSectionCommand::create(s.get(), ovf::Entity(vs1).section(SectionKind::VirtualHardware).element()));
        // A DeploymentOptionSection is added with one default configuration (after removing it).
        ovf::xml::Element *dos = at(*s, u"DeploymentOptionSection"_s);
        auto rm = RemoveSectionCommand::create(s.get(), dos);
        if (rm) {
            QVERIFY(s->push(std::move(rm)));
            auto addDos = AddSectionCommand::create(s.get(), root, SectionKind::DeploymentOption);
            QVERIFY(addDos);
            QVERIFY(s->push(std::move(addDos)));
            QVERIFY(s->document().save().contains("<Configuration ovf:id=\"default\" ovf:default=\"true\">"));
        }
        roundTrip(*s, original);
    }
};

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
