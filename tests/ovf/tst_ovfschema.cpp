// The OVF schema table (model/ovf/ovfschema) walked against its users: every section in
// every container through the real validator (allowed placements draw no placement problem,
// forbidden ones are reported; a second section is reported exactly when the table says
// "zero or one"), the editor's section rules (what can be added where), and the insertion
// order of added sections and of form fields.
#include "model/commands/addsectioncommand.h"
#include "model/commands/editsession.h"
#include "model/commands/formedits.h"
#include "model/commands/sectionrules.h"
#include "model/ovf/descriptor.h"
#include "model/ovf/ovfschema.h"
#include "model/validation/validator.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ovf;

namespace {

constexpr Container AllContainers[] = {Container::Envelope, Container::VirtualSystemCollection,
                                       Container::VirtualSystem};

// An OVF 2.0 envelope holding a collection with one virtual system; `placed` goes into
// `where`, `count` times, each tagged with its own Info text ("placed-1", ...).
QByteArray envelope(Container where, QStringView element, int count)
{
    QString placed;
    for (int i = 1; i <= count; ++i)
        placed += u"<%1><Info>placed-%2</Info></%1>\n"_s.arg(element.toString()).arg(i);
    const auto at = [&](Container c) { return c == where ? placed : QString(); };
    return (u"<?xml version=\"1.0\"?>\n"
            "<Envelope xmlns=\"http://schemas.dmtf.org/ovf/envelope/2\" "
            "xmlns:ovf=\"http://schemas.dmtf.org/ovf/envelope/2\" ovf:version=\"2.0\">\n"
            "<References/>\n"_s
            + at(Container::Envelope)
            + u"<VirtualSystemCollection ovf:id=\"app\"><Info>App</Info>\n"_s + at(Container::VirtualSystemCollection)
            + u"<VirtualSystem ovf:id=\"vm1\"><Info>VM</Info>\n"_s + at(Container::VirtualSystem)
            + u"<VirtualHardwareSection><Info>HW</Info></VirtualHardwareSection>\n"
              "</VirtualSystem>\n</VirtualSystemCollection>\n</Envelope>\n"_s)
        .toUtf8();
}

const xml::Element *containerElement(const Descriptor &d, Container c)
{
    const xml::Element *root = d.xml().root();
    if (c == Container::Envelope)
        return root;
    const xml::Element *vsc = root->firstChildElement(root->namespaceUri(), u"VirtualSystemCollection");
    return c == Container::VirtualSystemCollection ? vsc
                                                   : vsc->firstChildElement(root->namespaceUri(), u"VirtualSystem");
}

// The placed sections, in document order.
QList<const xml::Element *> placedIn(const xml::Element *container)
{
    QList<const xml::Element *> out;
    for (const xml::Element *c : container->childElements()) {
        const xml::Element *info = c->firstChildElement(c->namespaceUri(), u"Info");
        if (info && info->text().startsWith(u"placed-"))
            out << c;
    }
    return out;
}

bool reported(const validation::Report &r, QStringView rule, const xml::Element *at)
{
    for (const validation::Problem &p : r.problems) {
        if (p.ruleId == rule && p.location.element == at)
            return true;
    }
    return false;
}

QString dump(const validation::Report &r)
{
    QStringList lines;
    for (const validation::Problem &p : r.problems)
        lines << p.toString();
    return lines.join(u'\n');
}

} // namespace

class TestOvfSchema : public QObject
{
    Q_OBJECT

private slots:
    // The table itself: every kind but Unknown has exactly one row, the rows are in order,
    // every row has a container, and the names round-trip.
    void tableIsComplete()
    {
        int previous = -1;
        QSet<int> kinds;
        for (const SectionSchema &s : OvfSchema::sections()) {
            QVERIFY2(s.order > previous, qPrintable(s.element.toString()));
            previous = s.order;
            QVERIFY(s.containers != 0);
            QVERIFY(!kinds.contains(int(s.kind)));
            kinds.insert(int(s.kind));
            QCOMPARE(OvfSchema::kindOfElement(s.element), s.kind);
            QCOMPARE(sectionKindName(s.kind), s.element.toString());
            QVERIFY(QByteArray(s.reference).contains("DSP0243"));
        }
        QCOMPARE(kinds.size(), int(SectionKind::Unknown));
        QVERIFY(!OvfSchema::section(SectionKind::Unknown));
    }

    // The disagreements the table settled (see ovfschema.cpp).
    void settledRows()
    {
        const SectionSchema *encryption = OvfSchema::section(SectionKind::Encryption);
        QCOMPARE(encryption->containers, unsigned(Container::Envelope));
        QVERIFY(!encryption->repeatable());
        const SectionSchema *group = OvfSchema::section(SectionKind::PlacementGroup);
        QCOMPARE(group->containers, unsigned(Container::Envelope));
        QVERIFY(group->repeatable());
        const SectionSchema *boot = OvfSchema::section(SectionKind::BootDevice);
        QCOMPARE(boot->containers, unsigned(Container::VirtualSystem));
        QVERIFY(boot->repeatable());
        const SectionSchema *scale = OvfSchema::section(SectionKind::ScaleOut);
        QCOMPARE(scale->containers, unsigned(Container::VirtualSystemCollection));
        QVERIFY(scale->repeatable());
    }

    // Every section in every container, once and twice, through the validator.
    void validatorFollowsTable_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("container");
        for (const SectionSchema &s : OvfSchema::sections()) {
            for (const Container c : AllContainers) {
                QTest::addRow("%s in %s", qPrintable(s.element.toString()),
                              qPrintable(OvfSchema::containerElement(c).toString()))
                    << int(s.kind) << int(c);
            }
        }
    }
    void validatorFollowsTable()
    {
        QFETCH(int, kind);
        QFETCH(int, container);
        const SectionSchema *s = OvfSchema::section(SectionKind(kind));
        const Container where = Container(container);
        const bool allowed = s->allowedIn(where);
        for (const int count : {1, 2}) {
            const QByteArray xml = envelope(where, s->element, count);
            auto d = Descriptor::fromBytes(xml, u"schema.ovf"_s);
            QVERIFY2(d.has_value(), xml.constData());
            const validation::Report r = validation::validate(**d);
            const QList<const xml::Element *> placed = placedIn(containerElement(**d, where));
            QCOMPARE(placed.size(), count);
            for (const xml::Element *e : placed)
                QVERIFY2(reported(r, u"section-placement", e) == !allowed, qPrintable(dump(r)));
            if (count == 2 && allowed) {
                QVERIFY2(!reported(r, u"duplicate-section", placed.first()), qPrintable(dump(r)));
                QVERIFY2(reported(r, u"duplicate-section", placed.last()) == !s->repeatable(), qPrintable(dump(r)));
            }
        }
    }

    // The editor offers a section exactly where the table allows it (for the sections it can
    // build), and not a second one of a "zero or one" section.
    void sectionRulesFollowTable()
    {
        auto d = Descriptor::fromBytes(envelope(Container::Envelope, u"Unused", 0), u"schema.ovf"_s);
        QVERIFY(d.has_value());
        for (const Container c : AllContainers) {
            const xml::Element *container = containerElement(**d, c);
            QCOMPARE(OvfSchema::containerOf(container), std::optional(c));
            for (const SectionSchema &s : OvfSchema::sections()) {
                const bool present = s.kind == SectionKind::VirtualHardware && c == Container::VirtualSystem;
                const bool expected = s.allowedIn(c) && commands::SectionRules::isAddable(s.kind)
                    && (s.repeatable() || !present);
                QVERIFY2(bool(commands::SectionRules::canAdd(container, s.kind)) == expected,
                         qPrintable(s.element.toString() + u" in "_s + OvfSchema::containerElement(c).toString()));
            }
        }
    }

    // Sections added in reverse order land in the table's order, before child entities,
    // and the result draws no placement or multiplicity problem.
    void addedSectionsFollowOrder()
    {
        auto d = Descriptor::fromBytes(envelope(Container::Envelope, u"Unused", 0), u"schema.ovf"_s);
        QVERIFY(d.has_value());
        commands::EditSession session(std::move(*d));
        for (const Container c : AllContainers) {
            xml::Element *container = const_cast<xml::Element *>(containerElement(session.descriptor(), c));
            QList<SectionKind> kinds = commands::SectionRules::addableIn(container);
            QVERIFY(!kinds.isEmpty());
            std::reverse(kinds.begin(), kinds.end());
            for (const SectionKind kind : kinds) {
                auto command = commands::AddSectionCommand::create(&session, container, kind);
                QVERIFY2(command.has_value(), qPrintable(command ? QString() : command.error()));
                QVERIFY(session.push(std::move(command)).has_value());
            }
            const ContentModel model = OvfSchema::contentModelOf(c);
            int last = -1;
            for (const xml::Element *child : container->childElements()) {
                const int rank = OvfSchema::rank(model, child);
                QVERIFY2(rank >= last, qPrintable(child->localName()));
                last = rank;
            }
        }
        const validation::Report r = validation::validate(session.descriptor());
        for (const validation::Problem &p : r.problems) {
            QVERIFY2(p.ruleId != u"section-placement" && p.ruleId != u"duplicate-section",
                     qPrintable(p.toString()));
        }
    }

    // Form fields create missing children at their schema position.
    void childTextFollowsContentModel()
    {
        const QByteArray xml = "<?xml version=\"1.0\"?>\n<Envelope xmlns=\"http://schemas.dmtf.org/ovf/envelope/2\" "
                               "xmlns:ovf=\"http://schemas.dmtf.org/ovf/envelope/2\" ovf:version=\"2.0\">\n"
                               "<References/>\n<VirtualSystem ovf:id=\"vm1\"><Info>VM</Info>\n"
                               "<ProductSection><Info>P</Info><Property ovf:key=\"k\" ovf:type=\"string\"/></ProductSection>\n"
                               "<VirtualHardwareSection><Info>HW</Info></VirtualHardwareSection>\n"
                               "</VirtualSystem>\n</Envelope>\n";
        auto d = Descriptor::fromBytes(xml, u"order.ovf"_s);
        QVERIFY(d.has_value());
        commands::EditSession session(std::move(*d));
        xml::Element *vs = session.document().root()->firstChildElement(
            session.document().root()->namespaceUri(), u"VirtualSystem");
        xml::Element *product = vs->firstChildElement(vs->namespaceUri(), u"ProductSection");
        for (const QString &local : {u"Version"_s, u"AppUrl"_s, u"Product"_s, u"Vendor"_s, u"Icon"_s})
            QVERIFY(commands::FormEdits::setChildText(&session, product, local, u"x"_s, ContentModel::ProductSection,
                                                      true, {}, false));
        QStringList names;
        for (const xml::Element *c : product->childElements())
            names << c->localName();
        QCOMPARE(names, (QStringList{u"Info"_s, u"Product"_s, u"Vendor"_s, u"Version"_s, u"AppUrl"_s, u"Icon"_s,
                                     u"Property"_s}));
    }
};

QTEST_GUILESS_MAIN(TestOvfSchema)
#include "tst_ovfschema.moc"
