// Edits through the document API always give well-formed XML that reads back as written,
// whatever the content, the prefixes in scope or the document's encoding; and the parser's
// stricter corners (declaration, references, qualified names, encodings, positions).
#include "model/ovf/descriptor.h"
#include "model/ovf/xmldocument.h"

#include <QStringEncoder>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ovf::xml;

namespace {

std::unique_ptr<Document> parse(const QByteArray &bytes)
{
    auto d = Document::parse(bytes);
    if (!d)
        qFatal("%s", qPrintable(d.error().message));
    return std::move(*d);
}

// Saves, parses the result again and returns it (failing the test when it does not parse).
std::unique_ptr<Document> reparse(const Document &doc)
{
    auto d = Document::parse(doc.save());
    if (!d) {
        QTest::qFail(qPrintable(u"saved output does not parse: "_s + d.error().message + u"\n"_s
                                + QString::fromUtf8(doc.save())),
                     __FILE__, __LINE__);
        return nullptr;
    }
    return std::move(*d);
}

void setAttr(Document &doc, Element *e, QStringView ns, QStringView local, const QString &value,
             QStringView prefix = {})
{
    doc.swapAttributes(e, doc.withAttribute(e, ns, local, value, prefix));
}

void setText(Document &doc, Element *e, std::unique_ptr<CharacterData> node)
{
    std::vector<std::unique_ptr<Node>> nodes;
    nodes.push_back(std::move(node));
    doc.spliceChildren(e, 0, e->childCount(), std::move(nodes));
}

} // namespace

class TestXmlWriter : public QObject
{
    Q_OBJECT

private slots:
    void newPrefixNeverShadows()
    {
        // Same element, twice, with the same wanted prefix and a prefix already in use.
        auto doc = parse("<r xmlns:p=\"urn:a\" p:x=\"1\"><p:c/></r>");
        Element *r = doc->root();
        setAttr(*doc, r, u"urn:b", u"y", u"2"_s, u"p");
        setAttr(*doc, r, u"urn:c", u"z", u"3"_s, u"p");
        auto back = reparse(*doc);
        QVERIFY(back);
        QCOMPARE(back->root()->attributeValue(u"urn:a", u"x"), u"1"_s);
        QCOMPARE(back->root()->attributeValue(u"urn:b", u"y"), u"2"_s);
        QCOMPARE(back->root()->attributeValue(u"urn:c", u"z"), u"3"_s);
        QCOMPARE(back->root()->firstChildElement()->namespaceUri(), u"urn:a"_s);

        // On a child: the descendants keep their namespace.
        auto nested = parse("<p:r xmlns:p=\"urn:a\"><p:c><p:g/></p:c></p:r>");
        Element *c = nested->root()->firstChildElement();
        setAttr(*nested, c, u"urn:b", u"y", u"2"_s, u"p");
        auto again = reparse(*nested);
        QVERIFY(again);
        const Element *c2 = again->root()->firstChildElement();
        QCOMPARE(c2->namespaceUri(), u"urn:a"_s);
        QCOMPARE(c2->firstChildElement()->namespaceUri(), u"urn:a"_s);
        QCOMPARE(c2->attributeValue(u"urn:b", u"y"), u"2"_s);
    }

    void unqualifiedElementUnderDefaultNamespace()
    {
        auto doc = parse("<r xmlns=\"urn:a\"/>");
        auto plain = doc->createElement(doc->root(), u"", u"plain");
        std::vector<std::unique_ptr<Node>> add;
        add.push_back(std::move(plain));
        doc->spliceChildren(doc->root(), 0, 0, std::move(add));
        auto back = reparse(*doc);
        QVERIFY(back);
        QCOMPARE(back->root()->firstChildElement()->namespaceUri(), QString());
    }

    void awkwardContentStaysWellFormed()
    {
        auto doc = parse("<r><t>x</t><c/><d/></r>");
        Element *t = doc->root()->firstChildElement();
        setText(*doc, t, doc->createText(u"a\u0001b ]]> <&> \"q\""_s));
        auto comment = doc->createComment(u"x -- y-"_s);
        std::vector<std::unique_ptr<Node>> add;
        add.push_back(std::move(comment));
        doc->spliceChildren(doc->root(), 0, 0, std::move(add));
        setAttr(*doc, t, u"", u"a", u"tab\there\nnew \"quoted\" <&> \u0002"_s);
        auto back = reparse(*doc);
        QVERIFY(back);
        const Element *t2 = back->root()->firstChildElement();
        QCOMPARE(t2->text(), u"a\uFFFDb ]]> <&> \"q\""_s);
        QCOMPARE(t2->attributeValue(u"", u"a"), u"tab\there\nnew \"quoted\" <&> \uFFFD"_s);
    }

    void legacyEncodingKeepsEveryCharacter()
    {
        const QByteArray latin1 = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><r a=\"\xe9\"><t>caf\xe9</t></r>";
        auto doc = parse(latin1);
        QCOMPARE(doc->encoding(), u"ISO-8859-1"_s);
        setAttr(*doc, doc->root(), u"", u"b", u"€ 中 é"_s);
        setText(*doc, doc->root()->firstChildElement(), doc->createText(u"ünïcödé € 𝄞"_s));
        const QByteArray saved = doc->save();
        QVERIFY(!saved.contains('?') || saved.indexOf('?') < saved.indexOf("?>") + 2);
        auto back = reparse(*doc);
        QVERIFY(back);
        QCOMPARE(back->encoding(), u"ISO-8859-1"_s);
        QCOMPARE(back->root()->attributeValue(u"", u"a"), u"é"_s);
        QCOMPARE(back->root()->attributeValue(u"", u"b"), u"€ 中 é"_s);
        QCOMPARE(back->root()->firstChildElement()->text(), u"ünïcödé € 𝄞"_s);
    }

    void refusedInput_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("needle");
        QTest::addRow("declaration junk") << QByteArray("<?xml version=\"1.0\" foo?><r/>") << u"declaration"_s;
        QTest::addRow("declaration glued") << QByteArray("<?xml version=\"1.0\"oding=\"UTF-8\"?><r/>") << u"declaration"_s;
        QTest::addRow("declaration runs into body") << QByteArray("<?xml version='1.0' enc<x/>oding='utf-8'?><r/>")
                                                    << u"declaration"_s;
        QTest::addRow("declaration bad version") << QByteArray("<?xml version=\"\".0\"?><r/>") << u"version"_s;
        QTest::addRow("declaration bad encoding") << QByteArray("<?xml version=\"1.0\" encoding=\"UTF-?\"?><r/>")
                                                  << u"encoding"_s;
        QTest::addRow("declaration order") << QByteArray("<?xml encoding=\"UTF-8\" version=\"1.0\"?><r/>") << u"version"_s;
        QTest::addRow("PI target glued") << QByteArray("<r><?abc!def?></r>") << u"target"_s;
        QTest::addRow("hex reference with 0x") << QByteArray("<r>&#x0x41;</r>") << u"&#x0x41;"_s;
        QTest::addRow("reference with space") << QByteArray("<r>&# 65;</r>") << u"reference"_s;
        QTest::addRow("attribute with two colons") << QByteArray("<r a:b:c=\"1\"/>") << u"qualified name"_s;
        QTest::addRow("attribute starting with colon") << QByteArray("<r :c=\"1\"/>") << u"qualified name"_s;
        QTest::addRow("control character message") << QByteArray("<r>\x01</r>") << u"control character U+0001"_s;
    }
    void refusedInput()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, needle);
        auto d = Document::parse(bytes);
        QVERIFY2(!d, bytes.constData());
        QVERIFY2(d.error().message.contains(needle), qPrintable(d.error().message));
    }

    void utf16Defects()
    {
        QStringEncoder enc(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
        QByteArray good = enc.encode(u"<r a=\"v\"/>"_s);
        QVERIFY(Document::parse(good));
        QByteArray lone = good;
        const qsizetype v = lone.indexOf(QByteArray("v\0", 2));
        lone[v] = char(0x00);
        lone[v + 1] = char(0xD8); // U+D800, an unpaired surrogate
        auto d = Document::parse(lone);
        QVERIFY(!d);
        QCOMPARE(d.error().kind, ParseError::Kind::Encoding);
        auto odd = Document::parse(good + 'x');
        QVERIFY(!odd);
        QCOMPARE(odd.error().kind, ParseError::Kind::Encoding);
        // No BOM and no declaration: still recognised as UTF-16.
        QStringEncoder bare(QStringEncoder::Utf16LE);
        auto noBom = Document::parse(bare.encode(u"<r>ü</r>"_s));
        QVERIFY(noBom);
        QCOMPARE((*noBom)->root()->text(), u"ü"_s);
    }

    void positionsOnOneLongLine()
    {
        // XenCenter writes a whole descriptor on one line: positions stay right and cheap.
        QByteArray one = "<r>";
        for (int i = 0; i < 40000; ++i)
            one += "<é a=\"x\"/>";
        one += "<last/></r>";
        auto doc = parse(one);
        const Element *last = doc->root()->childElements().last();
        QCOMPARE(last->position().line, 1);
        QCOMPARE(last->position().column, 4 + 40000 * 10);
        // Every element's column against a plain count (with a linear scan per lookup this
        // loop would take minutes).
        int expected = 4;
        for (const Element *e : doc->root()->childElements()) {
            if (e->position().column != expected)
                QFAIL(qPrintable(u"wrong column for element at offset %1"_s.arg(e->sourceOffset())));
            expected += 10;
        }
    }

    void positionsEverywhere()
    {
        // Lines of around the 4 KiB checkpoint step and far beyond it, in bytes, of one-, two-
        // and three-byte characters (so a checkpoint's offset can fall inside a character), and
        // an empty last line: positionOf() of every offset against a plain count.
        QByteArray text = "<r>\n\n";
        const QByteArray characters[] = { "x", "\xc3\xa9", "\xe2\x82\xac" }; // x, é, €
        for (const int bytes : { 1, 4095, 4096, 4097, 4098, 8192, 13000, 3, 20000 }) {
            QByteArray line;
            for (int i = 0; line.size() < bytes; ++i) {
                const QByteArray &c = characters[i % 3];
                line += line.size() + c.size() <= bytes ? c : QByteArray("x");
            }
            QCOMPARE(line.size(), bytes);
            text += line + '\n';
        }
        text += "</r>\n";
        auto doc = parse(text);
        int line = 1;
        int column = 1;
        for (qint64 offset = 0; offset < text.size(); ++offset) {
            const ovf::xml::SourcePos position = doc->positionOf(offset);
            const bool continuation = (static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80;
            if (!continuation && (position.line != line || position.column != column))
                QFAIL(qPrintable(u"offset %1: %2:%3, expected %4:%5"_s.arg(offset).arg(position.line)
                                     .arg(position.column).arg(line).arg(column)));
            if (text[offset] == '\n') {
                ++line;
                column = 1;
            } else if (!continuation) {
                ++column;
            }
        }
        QCOMPARE(doc->positionOf(text.size()).line, line);
    }

    void notARegularFile()
    {
        // /dev/zero never ends: refused before reading.
        auto d = ovf::Descriptor::load(u"/dev/zero"_s);
        QVERIFY(!d);
        QCOMPARE(d.error().kind, ovf::LoadError::Kind::Io);
        QVERIFY(d.error().message.contains(u"regular file"_s));
    }
};

QTEST_GUILESS_MAIN(TestXmlWriter)
#include "tst_xmlwriter.moc"
