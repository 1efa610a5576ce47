// Every descriptor of the real-world corpus (../shared/corpus/real, described by its
// SOURCES.md) is opened and either round-tripped losslessly or refused with the expected
// kind of error, and the validator's verdict matches the SOURCES.md "Expect" column.
// Manifests, certificates and OVAs of the corpus belong to the package tests.
#include "model/ovf/descriptor.h"
#include "model/validation/validator.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ovf;

namespace {

enum class Verdict { Clean, Errors, Refused, Environment };

struct Expectation
{
    Verdict verdict;
    LoadError::Kind refusal = LoadError::Kind::Malformed; // for Verdict::Refused
    bool anyRefusal = false;                              // Errors: a load refusal also counts
};

// Our reading of the rows whose Expect text is not plainly "valid" or "invalid".
const QHash<QString, Expectation> &decisions()
{
    static const QHash<QString, Expectation> d = {
        // XML 1.0 allows a BOM; VMware's suite calls it invalid, the corpus calls it edge.
        {u"govmomi/sunVHW-DiskTypes-invalid.ovf"_s, {Verdict::Clean}},
        // Declared UTF-16 over 8-bit bytes: read as UTF-8 with a load warning, not refused.
        {u"xenadmin/sample_app.ovf"_s, {Verdict::Clean}},
        // DSP0243 2.1.1 Example 3: a namespace URI with a space is still a namespace name
        // to an XML parser; the document is otherwise a correct OVF 2.x collection.
        {u"govmomi/virtualsystemcollection.ovf"_s, {Verdict::Clean}},
        // An unknown section without ovf:required is required: not deployable here.
        {u"govmomi/unsupportedSection.ovf"_s, {Verdict::Errors}},
        // A bogus envelope namespace: not an OVF descriptor at all.
        {u"govmomi/ovftool-neg/invalid_namespace.ovf"_s, {Verdict::Refused, LoadError::Kind::WrongRoot}},
        // Legacy and vendor dialects: opened and round-tripped, but not deployable as written.
        // IBM's pre-1.0 sample has sections and no VirtualSystem at all.
        {u"open-ovf/ourOVF.ovf"_s, {Verdict::Errors}},
        // oVirt's internal OVF: Disk ovf:fileRef holds an href instead of a File id, and
        // the VirtualSystem has no Info.
        {u"ovirt/vmOvfData.xml"_s, {Verdict::Errors}},
        {u"ovirt/vmOvfData2.xml"_s, {Verdict::Errors}},

        // SOURCES.md says "valid"; each of these has a defect we can point at, so the
        // validator reports errors and we keep it that way.
        // Disk drive with <rasd:Parent>3</rasd:Parent>; no Item has InstanceID 3.
        {u"ganeti/ganeti.ovf"_s, {Verdict::Errors}},
        // A ResourceAllocationSection without the Info every section must have (line 123).
        {u"glance/testserver.ovf"_s, {Verdict::Errors}},
        // vmw:StorageGroupSection, vmw:BootOrderSection, ... with Info and no
        // ovf:required="false": required extensions (DSP0243: ovf:required defaults to
        // true) that this program cannot honour, as for unsupportedSection.ovf.
        {u"govmomi/complete_vsc.ovf"_s, {Verdict::Errors}},
        // Hand-written govmomi parser fixtures: sections without Info, and an empty
        // DeploymentOptionSection (a Configuration is required).
        {u"govmomi/deployment-configs.ovf"_s, {Verdict::Errors}},
        {u"govmomi/property-types.ovf"_s, {Verdict::Errors}},
        // <Strings ovf:fileRef="eula"/> with an empty References: the defect for which the
        // corpus calls its sibling nvapp001.ovf invalid.
        {u"govmomi/ovftool-pos/nvapp00n.ovf"_s, {Verdict::Errors}},
        // Property key 'waitTimeout' twice in one ProductSection (lines 118 and 121).
        {u"open-ovf/someOVF.ovf"_s, {Verdict::Errors}},
        // A disk item that is its own Parent, and a required xci:ApplianceSection.
        {u"openxt/uivm.ovf"_s, {Verdict::Errors}},
    };
    return d;
}

std::optional<Expectation> fromExpectColumn(const QString &expect)
{
    static const QList<std::pair<QString, LoadError::Kind>> refusals = {
        {u"invalid (not well-formed)"_s, LoadError::Kind::Malformed},
        {u"invalid (not XML)"_s, LoadError::Kind::Malformed},
        {u"invalid (empty)"_s, LoadError::Kind::Empty},
        {u"invalid (not OVF)"_s, LoadError::Kind::Html},
        {u"invalid/security"_s, LoadError::Kind::Doctype},
        {u"invalid/unknown version"_s, LoadError::Kind::UnknownVersion},
    };
    for (const auto &[text, kind] : refusals) {
        if (expect.startsWith(text))
            return Expectation{Verdict::Refused, kind};
    }
    if (expect.startsWith(u"valid (OVF environment"))
        return Expectation{Verdict::Environment};
    if (expect.startsWith(u"valid"))
        return Expectation{Verdict::Clean};
    if (expect.startsWith(u"invalid") || expect.startsWith(u"template (invalid"))
        return Expectation{Verdict::Errors, LoadError::Kind::Malformed, true};
    return std::nullopt;
}

} // namespace

class TestCorpus : public QObject
{
    Q_OBJECT

private slots:
    void corpus_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expect");
        QFile sources(QStringLiteral(OVFW_CORPUS_DIR "/SOURCES.md"));
        QVERIFY2(sources.open(QIODevice::ReadOnly), "the corpus is missing: ../shared/corpus/real/SOURCES.md");
        static const QRegularExpression row(u"^\\| `([^`]+)` \\|[^|]*\\|[^|]*\\|[^|]*\\|[^|]*\\|[^|]*\\| ([^|]+) \\|"_s);
        int rows = 0;
        while (!sources.atEnd()) {
            const QString line = QString::fromUtf8(sources.readLine());
            const auto m = row.match(line);
            if (!m.hasMatch())
                continue;
            const QString file = m.captured(1);
            if (!file.endsWith(u".ovf") && !file.endsWith(u".xml"))
                continue;
            QTest::addRow("%s", qPrintable(file)) << file << m.captured(2).trimmed();
            ++rows;
        }
        QVERIFY2(rows >= 80, "SOURCES.md lists fewer descriptors than expected: is the table format unchanged?");
    }

    void corpus()
    {
        QFETCH(QString, file);
        QFETCH(QString, expect);
        const QString path = QStringLiteral(OVFW_CORPUS_DIR) + u'/' + file;
        std::optional<Expectation> e = decisions().contains(file) ? decisions().value(file) : fromExpectColumn(expect);
        QVERIFY2(e.has_value(), qPrintable(u"no decision for Expect '%1': add one to decisions()"_s.arg(expect)));

        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray original = f.readAll();
        auto d = Descriptor::load(path);

        if (e->verdict == Verdict::Refused) {
            QVERIFY2(!d, "expected a refusal, but the file was opened");
            QCOMPARE(LoadError::kindName(d.error().kind), LoadError::kindName(e->refusal));
            QVERIFY(!d.error().message.isEmpty());
            return;
        }
        if (!d) {
            QVERIFY2(e->anyRefusal, qPrintable(d.error().toString()));
            return;
        }
        // Lossless: unedited, the same bytes come back.
        QCOMPARE((*d)->xml().save(), original);

        if (e->verdict == Verdict::Environment) {
            QCOMPARE((*d)->kind(), Descriptor::Kind::Environment);
            return;
        }
        QCOMPARE((*d)->kind(), Descriptor::Kind::Envelope);
        const validation::Report report = validation::validate(**d);
        QStringList errors;
        for (const validation::Problem &p : report.problems) {
            if (p.severity == validation::Severity::Error)
                errors << p.toString();
        }
        if (e->verdict == Verdict::Clean)
            QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        else
            QVERIFY2(!errors.isEmpty(), "expected validation errors, found none");
    }
};

QTEST_GUILESS_MAIN(TestCorpus)
#include "tst_corpus.moc"
