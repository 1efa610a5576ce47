// The property test of issue 4: a few hundred random edits through the commands on corpus
// descriptors; undoing all gives back the original bytes, redoing all the edited ones. The
// envelope tree model follows every step incrementally (QAbstractItemModelTester attached)
// and must always equal a model built from scratch.
#include "commandtestkit.h"

#include "model/commands/addentitycommand.h"
#include "model/commands/addsectioncommand.h"
#include "model/commands/duplicateentitycommand.h"
#include "model/commands/insertelementcommand.h"
#include "model/commands/moveelementcommand.h"
#include "model/commands/removeelementcommand.h"
#include "model/commands/removeentitycommand.h"
#include "model/commands/removesectioncommand.h"
#include "model/commands/renamedeploymentoptioncommand.h"
#include "model/commands/renameentityidcommand.h"
#include "model/commands/sectionrules.h"
#include "model/commands/setattributecommand.h"
#include "model/commands/setelementtextcommand.h"
#include "model/commands/xmlfragment.h"
#include "model/items/envelopetreemodel.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace ovf::commands;
using ovf::items::EnvelopeTreeModel;

class TestCommandsRandom : public QObject
{
    Q_OBJECT

private:
    static void collect(ovf::xml::Element *e, QList<ovf::xml::Element *> &out)
    {
        out << e;
        for (ovf::xml::Element *c : e->childElements())
            collect(c, out);
    }

    // Same rows, texts, elements and flags at every level.
    static bool sameModel(const EnvelopeTreeModel &a, const EnvelopeTreeModel &b, const QModelIndex &pa,
                          const QModelIndex &pb, QString &why)
    {
        if (a.rowCount(pa) != b.rowCount(pb)) {
            why = u"row count %1 vs %2 under %3"_s.arg(a.rowCount(pa)).arg(b.rowCount(pb)).arg(pa.data().toString());
            return false;
        }
        for (int r = 0; r < a.rowCount(pa); ++r) {
            for (int c = 0; c < EnvelopeTreeModel::ColumnCount; ++c) {
                const QModelIndex ia = a.index(r, c, pa), ib = b.index(r, c, pb);
                if (ia.data() != ib.data() || ia.data(Qt::FontRole) != ib.data(Qt::FontRole)
                    || a.element(ia) != b.element(ib)) {
                    why = u"row %1 column %2: \"%3\" vs \"%4\""_s.arg(r).arg(c).arg(ia.data().toString(),
                                                                              ib.data().toString());
                    return false;
                }
            }
            if (!sameModel(a, b, a.index(r, 0, pa), b.index(r, 0, pb), why))
                return false;
        }
        return true;
    }

    static void checkModel(const EnvelopeTreeModel &live, EditSession &s, int step, quint32 seed)
    {
        EnvelopeTreeModel fresh;
        fresh.setDescriptor(&s.descriptor());
        QString why;
        if (!sameModel(live, fresh, {}, {}, why))
            QFAIL(qPrintable(u"seed %1, step %2: live model differs from a fresh one: %3"_s.arg(seed).arg(step).arg(why)));
    }

    // One random edit; false when the chosen edit was refused (nothing pushed).
    static bool randomEdit(EditSession &s, QRandomGenerator &rng, int &counter, int &kind)
    {
        QList<ovf::xml::Element *> all;
        collect(s.document().root(), all);
        auto pick = [&]() { return all[rng.bounded(int(all.size()))]; };
        QList<ovf::xml::Element *> entities;
        QList<ovf::xml::Element *> configurations;
        for (ovf::xml::Element *e : all) {
            if (ovf::Entity::isEntity(e))
                entities << e;
            if (e->localName() == u"Configuration" && e->parent()->localName() == u"DeploymentOptionSection")
                configurations << e;
        }
        const QString fresh = u"r"_s + QString::number(++counter);
        kind = int(rng.bounded(12));
        switch (kind) {
        case 0: { // set, add or remove an attribute
            ovf::xml::Element *e = pick();
            std::vector<const ovf::xml::Attribute *> attrs;
            for (const auto &a : e->attributes()) {
                if (!a.isNamespaceDeclaration())
                    attrs.push_back(&a);
            }
            if (!attrs.empty() && rng.bounded(3) != 0) {
                const auto *a = attrs[rng.bounded(int(attrs.size()))];
                const QString ns = a->namespaceUri, local = a->name->local;
                std::optional<QString> value;
                if (rng.bounded(3) != 0)
                    value = a->value + u" & \"x\" <"_s + fresh;
                return bool(s.push(SetAttributeCommand::create(&s, e, ns, local, value)));
            }
            return bool(s.push(SetAttributeCommand::createOvf(&s, e, fresh, fresh)));
        }
        case 1: { // type into a leaf element, character by character
            QList<ovf::xml::Element *> leaves;
            for (ovf::xml::Element *e : all) {
                if (!e->firstChildElement() && e->parent())
                    leaves << e;
            }
            if (leaves.isEmpty())
                return false;
            ovf::xml::Element *e = leaves[rng.bounded(int(leaves.size()))];
            const QString base = rng.bounded(2) ? e->text() : QString();
            const QString typed = u"é<&>"_s + fresh;
            bool any = false;
            for (qsizetype i = 1; i <= typed.size(); ++i)
                any = bool(s.push(SetElementTextCommand::create(&s, e, base + typed.left(i), true))) || any;
            return any;
        }
        case 2: { // insert a new element
            ovf::xml::Element *parent = pick();
            auto e = fragment::element(s.document(), parent, nullptr, s.descriptor().envelopeNamespace(), u"Annotation");
            fragment::append(s.document(), e.get(), s.document().createText(fresh));
            const int n = int(parent->childElements().size());
            return bool(s.push(InsertElementCommand::create(&s, parent, rng.bounded(n + 2) - 1, std::move(e))));
        }
        case 3: { // remove an element
            return bool(s.push(RemoveElementCommand::create(&s, pick())));
        }
        case 4: { // move an element, often among its siblings, sometimes elsewhere
            ovf::xml::Element *e = pick();
            ovf::xml::Element *to = (rng.bounded(2) && e->parent()) ? e->parent() : pick();
            const int n = int(to->childElements().size());
            return bool(s.push(MoveElementCommand::create(&s, e, to, rng.bounded(n + 1))));
        }
        case 5:
            if (entities.isEmpty())
                return false;
            return bool(s.push(RenameEntityIdCommand::create(&s, entities[rng.bounded(int(entities.size()))], fresh)));
        case 6:
            if (configurations.isEmpty())
                return false;
            return bool(s.push(RenameDeploymentOptionCommand::create(
                &s, configurations[rng.bounded(int(configurations.size()))], fresh)));
        case 7: {
            if (entities.isEmpty())
                return false;
            ovf::xml::Element *e = entities[rng.bounded(int(entities.size()))];
            return bool(s.push(AddEntityCommand::create(&s, e, rng.bounded(2) ? ovf::Entity::Kind::VirtualSystem
                                                                            : ovf::Entity::Kind::VirtualSystemCollection)));
        }
        case 8:
            if (entities.isEmpty())
                return false;
            return bool(s.push(DuplicateEntityCommand::create(&s, entities[rng.bounded(int(entities.size()))])));
        case 9:
            if (entities.isEmpty())
                return false;
            return bool(s.push(RemoveEntityCommand::create(&s, entities[rng.bounded(int(entities.size()))])));
        case 10: {
            QList<ovf::xml::Element *> places = entities;
            places << s.document().root();
            ovf::xml::Element *c = places[rng.bounded(int(places.size()))];
            const QList<ovf::SectionKind> kinds = SectionRules::addableIn(c);
            if (kinds.isEmpty())
                return false;
            return bool(s.push(AddSectionCommand::create(&s, c, kinds[rng.bounded(int(kinds.size()))])));
        }
        default: {
            ovf::xml::Element *e = pick();
            return ovf::isSectionElement(e) && bool(s.push(RemoveSectionCommand::create(&s, e)));
        }
        }
    }

private slots:
    void randomEdits_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *f : {"govmomi/complete_vsc.ovf", "govmomi/deployment-configs.ovf", "govmomi/vcsa65.ovf",
                              "govmomi/VM_OVF09.ovf", "cot/csr1000v.ovf", "ganeti/virtualbox.ovf",
                              "govmomi/nested-vapp.ovf", "govmomi/StudioVappEulaVmEulaOvf.ovf"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }

    void randomEdits()
    {
        QFETCH(QString, file);
        const quint32 seed = qEnvironmentVariableIsSet("OVFW_SEED") ? qEnvironmentVariableIntValue("OVFW_SEED")
                                                                     : quint32(20261122 + qHash(file) % 1000);
        QRandomGenerator rng(seed);
        auto s = commandtestkit::open(file);
        const QByteArray original = commandtestkit::fileBytes(commandtestkit::corpusPath(file));
        QCOMPARE(s->document().save(), original);
        EnvelopeTreeModel model;
        model.setSession(s.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int target = file.contains(u"vcsa65"_s) ? 120 : 300;
        int counter = 0, pushed = 0;
        QList<int> perKind(12, 0);
        for (int step = 0; pushed < target && step < target * 20; ++step) {
            int kind = 0;
            if (randomEdit(*s, rng, counter, kind)) {
                ++pushed;
                ++perKind[kind];
            }
            if (step % 10 == 0 || file.contains(u"complete_vsc"_s)) {
                checkModel(model, *s, step, seed);
                if (QTest::currentTestFailed())
                    return;
            }
        }
        QVERIFY2(pushed == target, qPrintable(u"seed %1: only %2 edits were accepted"_s.arg(seed).arg(pushed)));
        const QByteArray edited = s->document().save();
        QVERIFY(edited != original);
        // The edited document is still well-formed XML and an OVF descriptor.
        QVERIFY2(ovf::Descriptor::fromBytes(edited, file).has_value(), qPrintable(u"seed %1"_s.arg(seed)));
        const int steps = s->undoStack()->count();
        while (s->undoStack()->canUndo())
            s->undoStack()->undo();
        QVERIFY2(s->document().save() == original, qPrintable(u"seed %1: undo all differs from the file"_s.arg(seed)));
        QVERIFY(!s->isModified());
        checkModel(model, *s, -1, seed);
        while (s->undoStack()->canRedo())
            s->undoStack()->redo();
        QVERIFY2(s->document().save() == edited, qPrintable(u"seed %1: redo all differs from the edit"_s.arg(seed)));
        checkModel(model, *s, -2, seed);
        QStringList kinds;
        for (int k : perKind)
            kinds << QString::number(k);
        qInfo("%s: seed %u, %d edits accepted (per kind: attribute, typing, insert, remove, move, rename entity, "
              "rename option, add entity, duplicate, remove entity, add section, remove section = %s), %d undo steps",
              qPrintable(file), seed, pushed, qPrintable(kinds.join(u' ')), steps);
        QVERIFY(perKind[0] > 0 && perKind[1] > 0 && perKind[2] > 0 && perKind[3] > 0 && perKind[4] > 0);
    }
};

QTEST_GUILESS_MAIN(TestCommandsRandom)
#include "tst_commands_random.moc"
