// The document core: opening every kind of descriptor found in the wild, refusing hostile
// and broken ones with their own message and position, the typed API, and lossless edits.
#include "model/ovf/descriptor.h"
#include "model/ovf/hardware.h"
#include "model/ovf/productsection.h"
#include "model/ovf/sections.h"

#include <QElapsedTimer>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ovf;

namespace {

QString corpus(const QString &rel)
{
    return QStringLiteral(OVFW_CORPUS_DIR) + u'/' + rel;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

std::unique_ptr<Descriptor> open(const QString &rel)
{
    auto d = Descriptor::load(corpus(rel));
    if (!d)
        qFatal("%s", qPrintable(d.error().toString()));
    return std::move(*d);
}

const QByteArray minimalEnvelope = "<?xml version=\"1.0\"?>\n"
    "<Envelope xmlns=\"http://schemas.dmtf.org/ovf/envelope/1\" xmlns:ovf=\"http://schemas.dmtf.org/ovf/envelope/1\">\n"
    "  <References/>\n"
    "  <VirtualSystem ovf:id=\"vm\">\n"
    "    <Info>A system</Info>\n"
    "  </VirtualSystem>\n"
    "</Envelope>\n";
} // namespace

class TestDescriptor : public QObject
{
    Q_OBJECT

private slots:
    void refusals_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("needle");
        using K = LoadError::Kind;
        QTest::addRow("empty") << QByteArray() << int(K::Empty) << 0 << 0 << u"empty"_s;
        QTest::addRow("whitespace only") << QByteArray(" \n\t\n") << int(K::Empty) << 0 << 0 << u"only whitespace"_s;
        QTest::addRow("plain text") << QByteArray("hello world\n") << int(K::NotXml) << 1 << 1 << u"not XML"_s;
        QTest::addRow("binary") << QByteArray("\x1f\x8b\x08\x00", 4) << int(K::Encoding) << 1 << 1 << u"control character"_s;
        QTest::addRow("doctype") << QByteArray("<?xml version=\"1.0\"?>\n<!DOCTYPE Envelope>\n<Envelope/>")
                                 << int(K::Doctype) << 2 << 1 << u"DOCTYPE"_s;
        QTest::addRow("billion laughs")
            << QByteArray("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n <!ENTITY lol2 \"&lol;&lol;\">\n]>\n<lolz>&lol2;</lolz>")
            << int(K::Doctype) << 2 << 1 << u"entit"_s;
        QTest::addRow("html page") << QByteArray("<HTML>\n<BODY>\n<H1>Error 404</H1><br>\n</BODY>\n</HTML>\n")
                                   << int(K::Html) << 4 << 1 << u"HTML page"_s;
        QTest::addRow("html doctype") << QByteArray("<!DOCTYPE html>\n<html><body>Not found</body></html>")
                                      << int(K::Html) << 1 << 1 << u"HTML page"_s;
        QTest::addRow("mismatched tags") << QByteArray("<a>\n  <b></c>\n</a>") << int(K::Malformed) << 2 << 6
                                         << u"does not match"_s;
        QTest::addRow("unclosed") << QByteArray("<a>\n<b>") << int(K::Malformed) << 2 << 4 << u"ends before"_s;
        QTest::addRow("undefined entity") << QByteArray("<a>\n x &nbsp; y</a>") << int(K::Malformed) << 2 << 4
                                          << u"&nbsp;"_s;
        QTest::addRow("bare ampersand") << QByteArray("<a>R&D</a>") << int(K::Malformed) << 1 << 5 << u"'&'"_s;
        QTest::addRow("unbound prefix") << QByteArray("<a>\n <x:b/></a>") << int(K::Malformed) << 2 << 2
                                        << u"prefix 'x'"_s;
        QTest::addRow("duplicate attribute") << QByteArray("<a id=\"1\" id=\"2\"/>") << int(K::Malformed) << 1
                                             << 11 << u"twice"_s;
        QTest::addRow("same expanded name")
            << QByteArray("<a xmlns:p=\"u\" xmlns:q=\"u\" p:x=\"1\" q:x=\"2\"/>") << int(K::Malformed) << 1 << 36
            << u"same namespace"_s;
        QTest::addRow("lt in attribute") << QByteArray("<a b=\"<\"/>") << int(K::Malformed) << 1 << 7 << u"'<'"_s;
        QTest::addRow("two roots") << QByteArray("<a/>\n<b/>") << int(K::Malformed) << 2 << 1 << u"second root"_s;
        QTest::addRow("text after root") << QByteArray("<a/>\ntrailing") << int(K::Malformed) << 2 << 1
                                         << u"after the end"_s;
        QTest::addRow("double dash comment") << QByteArray("<a><!-- x -- y --></a>") << int(K::Malformed) << 1
                                             << 11 << u"'--'"_s;
        QTest::addRow("late xml declaration") << QByteArray("<a/>\n<?xml version=\"1.0\"?>") << int(K::Malformed)
                                              << 2 << 1 << u"declaration"_s;
        QTest::addRow("invalid utf-8") << QByteArray("<a>\n caf\xe9 </a>") << int(K::Encoding) << 2 << 5
                                       << u"UTF-8"_s;
        QTest::addRow("wrong root") << QByteArray("<?xml version=\"1.0\"?>\n<project><name/></project>")
                                    << int(K::WrongRoot) << 2 << 1 << u"<project>"_s;
        QTest::addRow("envelope without namespace") << QByteArray("<Envelope/>") << int(K::WrongRoot) << 1 << 1
                                                    << u"without a namespace"_s;
        QTest::addRow("unknown version")
            << QByteArray("<Envelope xmlns=\"http://schemas.dmtf.org/ovf/envelope/3\"/>") << int(K::UnknownVersion)
            << 1 << 1 << u"envelope/3"_s;
        QTest::addRow("unsupported encoding")
            << QByteArray("<?xml version=\"1.0\" encoding=\"klingon-8\"?><a/>") << int(K::Encoding) << 1 << 1
            << u"klingon-8"_s;
    }
    void refusals()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, kind);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, needle);
        auto d = Descriptor::fromBytes(bytes, u"test.ovf"_s);
        QVERIFY(!d);
        const LoadError &e = d.error();
        QVERIFY2(e.message.contains(needle, Qt::CaseInsensitive), qPrintable(e.message));
        QCOMPARE(LoadError::kindName(LoadError::Kind(e.kind)), LoadError::kindName(LoadError::Kind(kind)));
        QCOMPARE(e.position.line, line);
        QCOMPARE(e.position.column, column);
        QVERIFY(e.toString().startsWith(line ? u"test.ovf:%1:%2: "_s.arg(line).arg(column) : u"test.ovf: "_s));
    }

    void corpusRefusals_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("line");
        using K = LoadError::Kind;
        QTest::addRow("XXE") << u"proxmox/XEE.ovf"_s << int(K::Doctype) << 2;
        QTest::addRow("truncated tag") << u"ganeti/wrong_xml.ovf"_s << int(K::Malformed) << 71; // as xmllint reports it
        QTest::addRow("not xml") << u"glance/illegal-xml.ovf"_s << int(K::Malformed) << 2;
        QTest::addRow("empty") << u"govmomi/empty-descriptor.ovf"_s << int(K::Empty) << 0;
        QTest::addRow("html 404") << u"govmomi/html-404-descriptor.ovf"_s << int(K::Html) << 1;
        QTest::addRow("OVF 3.0") << u"cot/ersatz_ovf_3.0.ovf"_s << int(K::UnknownVersion) << 2;
    }
    void corpusRefusals()
    {
        QFETCH(QString, file);
        QFETCH(int, kind);
        QFETCH(int, line);
        auto d = Descriptor::load(corpus(file));
        QVERIFY(!d);
        QCOMPARE(LoadError::kindName(d.error().kind), LoadError::kindName(LoadError::Kind(kind)));
        QCOMPARE(d.error().position.line, line);
        QVERIFY(d.error().toString().startsWith(corpus(file) + u':'));
    }

    void limits()
    {
        // Nesting: refused as soon as the cap is passed, quickly, whatever the file's length.
        QByteArray deep;
        for (int i = 0; i < 100000; ++i)
            deep += "<a>";
        QElapsedTimer t;
        t.start();
        auto d = Descriptor::fromBytes(deep, u"deep.ovf"_s);
        QVERIFY(!d);
        QCOMPARE(d.error().kind, LoadError::Kind::ResourceLimit);
        QVERIFY(d.error().message.contains(u"256"_s));
        QCOMPARE(d.error().position.column, 256 * 3 + 1);
        QVERIFY(t.elapsed() < 2000);

        // Size: a file larger than the cap is refused before it is read.
        QTemporaryDir dir;
        const QString big = dir.filePath(u"big.ovf"_s);
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(qint64(8) << 30)); // sparse 8 GiB
        f.close();
        xml::ParseLimits limits;
        limits.maxBytes = qint64(1) << 30;
        auto b = Descriptor::load(big, limits);
        QVERIFY(!b);
        QCOMPARE(b.error().kind, LoadError::Kind::TooLarge);

        xml::ParseLimits few;
        few.maxAttributes = 3;
        auto a = Descriptor::fromBytes("<a b='1' c='2' d='3' e='4'/>", u"x"_s, few);
        QVERIFY(!a);
        QCOMPARE(a.error().kind, LoadError::Kind::ResourceLimit);
    }

    void versions_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("version");
        using V = ns::OvfVersion;
        QTest::addRow("0.9 vmware") << u"cot/v0.9.ovf"_s << int(V::V0_9);
        QTest::addRow("0.9 vbox") << u"govmomi/ovftool-pos/vbox1_0.9.ovf"_s << int(V::V0_9);
        QTest::addRow("pre-1.0 draft") << u"open-ovf/ourOVF.ovf"_s << int(V::Draft);
        QTest::addRow("1.0 prefixed") << u"cot/csr1000v.ovf"_s << int(V::V1);
        QTest::addRow("1.0 trailing slash") << u"ovirt/vmOvfData.xml"_s << int(V::V1);
        QTest::addRow("2.0 virtualbox") << u"cot/ubuntu.2.0.ovf"_s << int(V::V2);
        QTest::addRow("2.x example") << u"govmomi/virtualsystemcollection.ovf"_s << int(V::V2);
    }
    void versions()
    {
        QFETCH(QString, file);
        QFETCH(int, version);
        auto d = open(file);
        QCOMPARE(d->kind(), Descriptor::Kind::Envelope);
        QCOMPARE(int(d->version()), version);
        QVERIFY(!d->envelope().allEntities().isEmpty() || !d->envelope().disks().isEmpty());
    }

    void environmentDocument()
    {
        auto d = open(u"cloud-init/ovf-env.xml"_s);
        QCOMPARE(d->kind(), Descriptor::Kind::Environment);
        QCOMPARE(d->versionDescription(), u"OVF environment document"_s);
    }

    void encodings()
    {
        // BOM kept on save; the encoding lie of XenCenter read as UTF-8 with a warning.
        auto bom = open(u"govmomi/sunVHW-DiskTypes-invalid.ovf"_s);
        QVERIFY(bom->xml().hasByteOrderMark());
        QCOMPARE(bom->xml().save(), readFile(corpus(u"govmomi/sunVHW-DiskTypes-invalid.ovf"_s)));
        auto lie = open(u"xenadmin/sample_app.ovf"_s);
        QCOMPARE(lie->xml().warnings().size(), size_t(1));
        QVERIFY(lie->xml().warnings().front().message.contains(u"utf-16"_s));

        // A real UTF-16 file (with BOM) and a Latin-1 file: text decoded, saved back as it was.
        const QString text = QString::fromUtf8(readFile(corpus(u"govmomi/chinese_characters.ovf"_s)));
        QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
        QByteArray u16 = utf16.encode(QString(text).replace(u"encoding=\"UTF-8\""_s, u"encoding=\"UTF-16\""_s));
        auto d16 = Descriptor::fromBytes(u16, u"u16.ovf"_s);
        QVERIFY2(d16, d16 ? "" : qPrintable(d16.error().toString()));
        QCOMPARE((*d16)->xml().encoding(), u"UTF-16LE"_s);
        QVERIFY((*d16)->envelope().content().name().text.contains(u"虚拟机"_s));
        QCOMPARE((*d16)->xml().save(), u16);
        const QString idPath = (*d16)->envelope().content().element()->path();
        (*d16)->xml().swapAttributes((*d16)->envelope().content().element(),
                                     (*d16)->envelope().content().element()->attributes());
        QCOMPARE((*d16)->xml().save(), u16); // rebuilt from parts, re-encoded: identical

        const QByteArray latin1 = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
                                  "<Envelope xmlns=\"http://schemas.dmtf.org/ovf/envelope/1\" xmlns:ovf=\"http://schemas.dmtf.org/ovf/envelope/1\">"
                                  "<VirtualSystem ovf:id=\"caf\xe9\"><Info>Cr\xe8me br\xfbl\xe9\x65</Info></VirtualSystem></Envelope>";
        auto l1 = Descriptor::fromBytes(latin1, u"l1.ovf"_s);
        QVERIFY(l1);
        QCOMPARE((*l1)->envelope().content().id(), u"café"_s);
        QCOMPARE((*l1)->envelope().content().info().text, u"Crème brûlée"_s);
        QCOMPARE((*l1)->xml().save(), latin1);
    }

    void crlfAndReferences()
    {
        const QByteArray src = "<Envelope xmlns=\"http://schemas.dmtf.org/ovf/envelope/1\" xmlns:ovf=\"http://schemas.dmtf.org/ovf/envelope/1\">\r\n"
                               "<VirtualSystem ovf:id=\"a&amp;b&#x41;\">\r\n<Info>line1\r\nline2 &lt;&#233;&gt;</Info>"
                               "<Name><![CDATA[<raw>]]></Name></VirtualSystem></Envelope>";
        auto d = Descriptor::fromBytes(src, u"crlf.ovf"_s);
        QVERIFY(d);
        const Entity vs = (*d)->envelope().content();
        QCOMPARE(vs.id(), u"a&bA"_s);
        QCOMPARE(vs.info().text, u"line1\nline2 <é>"_s);
        QCOMPARE(vs.name().text, u"<raw>"_s);
        QCOMPARE(vs.info().element->position().line, 3);
        QCOMPARE((*d)->xml().save(), src);
    }

    void typedApi()
    {
        auto csr = open(u"cot/csr1000v.ovf"_s);
        const Envelope env = csr->envelope();
        const Entity vs = env.content();
        QCOMPARE(vs.kind(), Entity::Kind::VirtualSystem);
        const QList<ProductSection> products = vs.productSections();
        QVERIFY(!products.isEmpty());
        int properties = 0;
        QSet<QString> categories;
        for (const ProductSection &p : products) {
            properties += int(p.properties().size());
            for (const Property &prop : p.properties())
                if (!prop.category().isNull())
                    categories.insert(prop.category().text);
        }
        QCOMPARE(properties, 27); // grep -c '<ovf:Property ' cot/csr1000v.ovf
        QCOMPARE(categories.size(), 4);
        const QList<Configuration> configs = env.configurations();
        QCOMPARE(configs.size(), 4);
        QCOMPARE(configs.first().id(), u"1CPU-4GB"_s);
        QVERIFY(configs.first().isDefault());
        QVERIFY(!configs.last().isDefault());

        auto sugar = open(u"govmomi/SugarCRM.ovf"_s);
        const Entity top = sugar->envelope().content();
        QVERIFY(top.isCollection());
        QCOMPARE(top.id(), u"SugarCRM"_s);
        QStringList ids;
        for (const Entity &e : sugar->envelope().allEntities())
            ids << e.id();
        QCOMPARE(ids, (QStringList{u"SugarCRM"_s, u"web"_s, u"db"_s}));
        QCOMPARE(top.children().first().parentEntity(), top);

        // OVF 0.9: sections are <Section xsi:type="ovf:DiskSection_Type">.
        auto v09 = open(u"cot/v0.9.ovf"_s);
        const QList<VirtualDisk> disks = v09->envelope().disks();
        QCOMPARE(disks.size(), 1);
        QCOMPARE(disks.first().diskId(), u"vmdisk1"_s);
        QCOMPARE(disks.first().capacityBytes().value(), quint64(1073741824));
        QCOMPARE(v09->envelope().networks().first().name(), u"bridged"_s);
        const VirtualHardwareSection hw(v09->envelope().content().section(SectionKind::VirtualHardware).element());
        QVERIFY(!hw.isNull());
        QVERIFY(!hw.items().isEmpty());

        // Units in a real vSphere export: "byte * 2^30", 64-bit capacities.
        auto two = open(u"virt-v2v/test-i-ova-two-disks.ovf"_s);
        QList<quint64> caps;
        for (const VirtualDisk &d : two->envelope().disks())
            caps << d.capacityBytes().value();
        QCOMPARE(caps, (QList<quint64>{quint64(50) << 30, quint64(450) << 30}));

        // oVirt: Envelope children without a namespace are read as OVF.
        auto ovirt = open(u"ovirt/vmOvfData2.xml"_s);
        QVERIFY(!ovirt->envelope().files().isEmpty());
    }

    void losslessEdits()
    {
        const QByteArray original = readFile(corpus(u"cot/csr1000v.ovf"_s));
        auto d = Descriptor::fromBytes(original, u"csr.ovf"_s);
        QVERIFY(d);
        xml::Document &doc = (*d)->xml();
        xml::Element *vs = (*d)->envelope().content().element();
        const QString oldId = (*d)->envelope().content().id();

        // Change one attribute: exactly that value differs in the output.
        auto before = doc.swapAttributes(vs, doc.withAttribute(vs, ns::Ovf1, u"id", u"renamed & <new>"_s));
        QByteArray expected = original;
        expected.replace(QByteArray("ovf:id=\"" + oldId.toUtf8() + '"'), QByteArray("ovf:id=\"renamed &amp; &lt;new&gt;\""));
        QCOMPARE(doc.save(), expected);
        auto reparsed = Descriptor::fromBytes(doc.save(), u"x"_s);
        QVERIFY(reparsed);
        QCOMPARE((*reparsed)->envelope().content().id(), u"renamed & <new>"_s);

        // Undo: the very same attribute spans come back, byte for byte.
        doc.swapAttributes(vs, std::move(before));
        QCOMPARE(doc.save(), original);

        // Insert an element into an empty-element tag, then remove it again.
        auto small = Descriptor::fromBytes(minimalEnvelope, u"m.ovf"_s);
        QVERIFY(small);
        xml::Document &m = (*small)->xml();
        xml::Element *refs = (*small)->envelope().referencesElement();
        std::vector<std::unique_ptr<xml::Node>> add;
        auto file = m.createElement(refs, ns::Ovf1, u"File");
        xml::Element *fileRaw = file.get();
        add.push_back(std::move(file));
        m.spliceChildren(refs, 0, 0, std::move(add));
        m.swapAttributes(fileRaw, m.withAttribute(fileRaw, ns::Ovf1, u"id", u"f1"_s));
        QVERIFY2(m.save().contains("<References><File ovf:id=\"f1\"/></References>"), m.save().constData());
        auto again = Descriptor::fromBytes(m.save(), u"m2"_s);
        QVERIFY(again);
        QCOMPARE((*again)->envelope().files().size(), 1);
        QCOMPARE((*again)->envelope().files().first().id(), u"f1"_s);
        m.spliceChildren(refs, 0, 1, {});
        QCOMPARE(m.save(), minimalEnvelope);

        // Replace a text: escaped on output, decoded on reading.
        xml::Element *info = (*small)->envelope().content().info().element;
        std::vector<std::unique_ptr<xml::Node>> text;
        text.push_back(m.createText(u"a < b & c"_s));
        auto oldText = m.spliceChildren(info, 0, info->childCount(), std::move(text));
        QVERIFY(m.save().contains("<Info>a &lt; b &amp; c</Info>"));
        QCOMPARE((*small)->envelope().content().info().text, u"a < b & c"_s);
        m.spliceChildren(info, 0, info->childCount(), std::move(oldText));
        QCOMPARE(m.save(), minimalEnvelope);

        // A new element in a namespace not yet declared gets a declaration.
        auto vendor = m.createElement(refs, u"urn:example:vendor", u"Extra", u"ex");
        QCOMPARE(vendor->qualifiedName(), u"ex:Extra"_s);
        QVERIFY(vendor->toXml().contains(u"xmlns:ex=\"urn:example:vendor\""_s));
    }
};

QTEST_GUILESS_MAIN(TestDescriptor)
#include "tst_descriptor.moc"
