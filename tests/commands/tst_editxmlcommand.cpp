// EditXmlCommand, the XML view's Apply: the typed text replaces an element as one undo step,
// touching only what differs (the rest keeps its bytes), refused with line:column when it does
// not parse or would not keep an OVF Envelope; undo gives the original bytes back. Run over
// every corpus descriptor that opens.
#include "commandtestkit.h"

#include "model/commands/editxmlcommand.h"
#include "model/ovf/entity.h"

#include <QDirIterator>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace commandtestkit;
namespace cmd = ovf::commands;

namespace {

// The element's markup as it stands in the document's text, and where.
qsizetype textOffset(const ovf::xml::Element *e)
{
    return QString::fromUtf8(e->document()->source().left(e->sourceOffset())).size();
}

QString replaced(const QString &text, qsizetype at, qsizetype length, const QString &with)
{
    QString out = text;
    out.replace(at, length, with);
    return out;
}

} // namespace

class TestEditXmlCommand : public QObject
{
    Q_OBJECT

private slots:
    void oneAttribute()
    {
        auto s = open(u"govmomi/SugarCRM.ovf"_s);
        const QByteArray original = s->document().save();
        ovf::xml::Element *vs = ovf::Entity(s->descriptor().envelope().allEntities().at(1)).element();
        const QString before = vs->toXml();
        QVERIFY(before.startsWith(u"<VirtualSystem ovf:id=\"web\">"));
        QString edited = before;
        edited.replace(u"<VirtualSystem ovf:id=\"web\">"_s, u"<VirtualSystem ovf:id=\"frontend\" >"_s);
        auto made = cmd::EditXmlCommand::create(s.get(), vs, edited);
        QVERIFY2(made, qPrintable(made ? QString() : made.error().toString()));
        QCOMPARE((*made)->focusElement(), vs);
        QVERIFY(s->push(cmd::Made<cmd::Command>(std::move(*made))));
        // Only the start tag is rewritten; every other byte is the original's.
        const QString expected = QString::fromUtf8(original).replace(u"<VirtualSystem ovf:id=\"web\">"_s,
                                                                     u"<VirtualSystem ovf:id=\"frontend\">"_s);
        QCOMPARE(QString::fromUtf8(s->document().save()), expected);
        QCOMPARE(s->undoStack()->count(), 1);
        s->undoStack()->undo();
        QCOMPARE(s->document().save(), original);
        s->undoStack()->redo();
        QCOMPARE(QString::fromUtf8(s->document().save()), expected);
    }

    void childrenReplacedInPlace()
    {
        auto s = open(u"govmomi/SugarCRM.ovf"_s);
        const QByteArray original = s->document().save();
        ovf::xml::Element *hw = at(*s, u"VirtualSystemCollection/VirtualSystem[1]/VirtualHardwareSection"_s);
        QVERIFY(hw);
        const QString before = hw->toXml();
        // Two edits far apart inside the section, one of them a new comment.
        QString edited = before;
        QVERIFY(edited.contains(u"<rasd:VirtualQuantity>2</rasd:VirtualQuantity>"));
        edited.replace(u"<rasd:VirtualQuantity>2</rasd:VirtualQuantity>"_s,
                       u"<rasd:VirtualQuantity>4</rasd:VirtualQuantity>"_s);
        edited.replace(u"</VirtualHardwareSection>"_s, u"<!-- checked -->\n    </VirtualHardwareSection>"_s);
        auto made = cmd::EditXmlCommand::create(s.get(), hw, edited);
        QVERIFY2(made, qPrintable(made ? QString() : made.error().toString()));
        QVERIFY(s->push(cmd::Made<cmd::Command>(std::move(*made))));
        const QString text = QString::fromUtf8(original);
        const qsizetype at = textOffset(hw);
        QCOMPARE(QString::fromUtf8(s->document().save()), replaced(text, at, before.size(), edited));
        s->undoStack()->undo();
        QCOMPARE(s->document().save(), original);
    }

    void refusedWithPosition_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("contains");
        QTest::newRow("mismatched end tag") << u"<Info>\n  <b>x</c>\n</Info>"_s << 2 << 0 << u""_s;
        QTest::newRow("unclosed") << u"<Info>text"_s << 1 << 0 << u""_s;
        QTest::newRow("two elements") << u"<Info>a</Info>\n<Info>b</Info>"_s << 2 << 1 << u"one element"_s;
        QTest::newRow("text outside") << u"<Info>a</Info> trailing"_s << 1 << 0 << u"whitespace"_s;
        QTest::newRow("unbound prefix") << u"<Info>\n<zz:x/>\n</Info>"_s << 2 << 0 << u""_s;
        QTest::newRow("doctype") << u"<!DOCTYPE x [<!ENTITY a \"b\">]>\n<Info/>"_s << 1 << 0 << u""_s;
    }

    void refusedWithPosition()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, contains);
        auto s = open(u"govmomi/SugarCRM.ovf"_s);
        const QByteArray original = s->document().save();
        ovf::xml::Element *info = at(*s, u"VirtualSystemCollection/Info"_s);
        QVERIFY(info);
        auto made = cmd::EditXmlCommand::create(s.get(), info, text);
        QVERIFY(!made);
        QVERIFY(!made.error().unchanged);
        QVERIFY2(made.error().line == line, qPrintable(made.error().toString()));
        if (column > 0)
            QCOMPARE(made.error().column, column);
        QVERIFY(made.error().column > 0);
        QVERIFY2(made.error().message.contains(contains), qPrintable(made.error().message));
        QCOMPARE(s->document().save(), original);
        QCOMPARE(s->undoStack()->count(), 0);
    }

    void rootKeepsAnEnvelope()
    {
        auto s = open(u"govmomi/SugarCRM.ovf"_s);
        ovf::xml::Element *root = s->document().root();
        QString text = root->toXml();
        QString renamed = text;
        QVERIFY(renamed.startsWith(u"<Envelope"));
        renamed.replace(0, 9, u"<Envelop"_s).replace(u"</Envelope>"_s, u"</Envelop>"_s);
        auto made = cmd::EditXmlCommand::create(s.get(), root, renamed);
        QVERIFY(!made);
        QVERIFY2(made.error().message.contains(u"Envelope"), qPrintable(made.error().message));
        QCOMPARE(made.error().line, 1);
        QString otherVersion = text;
        otherVersion.replace(u"http://schemas.dmtf.org/ovf/envelope/1\""_s, u"http://schemas.dmtf.org/ovf/envelope/2\""_s);
        QVERIFY(otherVersion != text);
        made = cmd::EditXmlCommand::create(s.get(), root, otherVersion);
        QVERIFY(!made);
        auto same = cmd::EditXmlCommand::create(s.get(), root, text);
        QVERIFY(!same);
        QVERIFY(same.error().unchanged);
    }

    void renamedElementReplacedWhole()
    {
        auto s = open(u"govmomi/SugarCRM.ovf"_s);
        const QByteArray original = s->document().save();
        ovf::xml::Element *annotation = at(*s, u"VirtualSystemCollection/AnnotationSection"_s);
        QVERIFY(annotation);
        ovf::xml::Element *parent = annotation->parent();
        const int index = parent->indexOf(annotation);
        auto made = cmd::EditXmlCommand::create(
            s.get(), annotation,
            u"<ovf:AnnotationSection xmlns:ovf=\"http://schemas.dmtf.org/ovf/envelope/1\">\n"
            "  <ovf:Info>Notes</ovf:Info>\n  <ovf:Annotation>Hello &amp; welcome</ovf:Annotation>\n"
            "</ovf:AnnotationSection>"_s);
        QVERIFY2(made, qPrintable(made ? QString() : made.error().toString()));
        ovf::xml::Element *fresh = (*made)->focusElement();
        QVERIFY(fresh && fresh != annotation);
        QVERIFY(s->push(cmd::Made<cmd::Command>(std::move(*made))));
        QCOMPARE(parent->child(index), fresh);
        QCOMPARE(fresh->namespaceUri(), u"http://schemas.dmtf.org/ovf/envelope/1"_s);
        // The document still opens, and says what was typed.
        auto reopened = ovf::Descriptor::fromBytes(s->document().save(), u"x.ovf"_s);
        QVERIFY(reopened);
        const ovf::Section a = (*reopened)->envelope().content().section(ovf::SectionKind::Annotation);
        QVERIFY(!a.isNull());
        QCOMPARE(a.element()->text().contains(u"Hello & welcome"), true);
        s->undoStack()->undo();
        QCOMPARE(s->document().save(), original);
    }

    // Every corpus descriptor: a comment typed right after the root's start tag and a changed
    // Info text give exactly the typed text, and undo gives the original bytes back.
    void corpus_data()
    {
        QTest::addColumn<QString>("path");
        QDirIterator it(QStringLiteral(OVFW_CORPUS_DIR), {u"*.ovf"_s}, QDir::Files, QDirIterator::Subdirectories);
        QStringList paths;
        while (it.hasNext())
            paths << it.next();
        paths.sort();
        for (const QString &p : paths) {
            auto d = ovf::Descriptor::load(p);
            if (d && (*d)->kind() == ovf::Descriptor::Kind::Envelope)
                QTest::newRow(qPrintable(p.mid(int(QStringLiteral(OVFW_CORPUS_DIR).size()) + 1))) << p;
        }
    }

    void corpus()
    {
        QFETCH(QString, path);
        auto d = ovf::Descriptor::load(path);
        QVERIFY(d);
        cmd::EditSession session(std::move(*d));
        const QByteArray original = session.document().save();
        ovf::xml::Element *root = session.document().root();
        const QString rootText = root->toXml();
        const qsizetype startTagEnd = rootText.indexOf(u'>') + 1;
        QVERIFY(startTagEnd > 0);
        if (rootText.at(startTagEnd - 2) == u'/')
            QSKIP("an empty Envelope");
        const QString typed = rootText.left(startTagEnd) + u"<!-- typed -->"_s + rootText.mid(startTagEnd);
        auto made = cmd::EditXmlCommand::create(&session, root, typed);
        QVERIFY2(made, qPrintable(made ? QString() : made.error().toString()));
        QVERIFY(session.push(cmd::Made<cmd::Command>(std::move(*made))));
        const QString text = session.document().toString();
        QCOMPARE(root->toXml(), typed);

        // An Info deep inside (the content's), its text changed in the element's own view.
        const ovf::Entity content = session.descriptor().envelope().content();
        ovf::xml::Element *info = content.isNull() ? nullptr : ovf::ovfChild(content.element(), u"Info");
        if (info && !info->firstChildElement()) {
            const QString before = info->toXml();
            const qsizetype at = textOffset(info) - 0;
            const QString now = session.document().toString();
            const qsizetype pos = now.indexOf(before, std::max<qsizetype>(0, at - 64));
            QVERIFY(pos >= 0);
            const qsizetype close = before.lastIndexOf(u"</"_s);
            const qsizetype open = before.indexOf(u'>') + 1;
            if (open > 0 && close >= open) {
                const QString edited = before.left(open) + u"Edited &lt;here&gt;"_s + before.mid(close);
                auto infoEdit = cmd::EditXmlCommand::create(&session, info, edited);
                QVERIFY2(infoEdit, qPrintable(infoEdit ? QString() : infoEdit.error().toString()));
                QVERIFY(session.push(cmd::Made<cmd::Command>(std::move(*infoEdit))));
                QCOMPARE(session.document().toString(), replaced(now, pos, before.size(), edited));
                QCOMPARE(info->text(), u"Edited <here>"_s);
            }
        }
        Q_UNUSED(text);
        while (session.undoStack()->canUndo())
            session.undoStack()->undo();
        QCOMPARE(session.document().save(), original);
    }
};

QTEST_GUILESS_MAIN(TestEditXmlCommand)
#include "tst_editxmlcommand.moc"
