// Lint results on every descriptor of the shared corpus, checked against an expectations
// table: for each file, the worst verdict per target in allProfiles() order
// (R refused, D degraded, I only ignored parts, . compatible), and the rules behind each R.
// Run with OVFW_PRINT_COMPAT_TABLE=1 to print the current results in the table's format.
#include "model/compat/linter.h"
#include "model/ovf/descriptor.h"

#include <QDirIterator>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using ovf::compat::Linter;
using ovf::compat::Verdict;

namespace {

struct Expectation
{
    const char *file;
    const char *verdicts; // one character per profile
};

// clang-format off
// Targets: vsphere7 vsphere8 workstation virtualbox7 proxmox8 xcpng8 ovirt libvirt
constexpr Expectation expectations[] = {
#include "tst_compat_corpus_table.inc"
};
// clang-format on

QString code(const QList<ovf::compat::Finding> &findings)
{
    const auto worst = Linter::worst(findings);
    if (!worst)
        return u"."_s;
    switch (*worst) {
    case Verdict::Refused: return u"R"_s;
    case Verdict::Degraded: return u"D"_s;
    case Verdict::Ignored: return u"I"_s;
    }
    return u"?"_s;
}

} // namespace

class TestCompatCorpus : public QObject
{
    Q_OBJECT

private slots:
    void corpus_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QHash<QString, QString> table;
        for (const Expectation &e : expectations)
            table.insert(QString::fromUtf8(e.file), QString::fromUtf8(e.verdicts));
        const QString root = QStringLiteral(OVFW_CORPUS_DIR);
        QStringList files;
        QDirIterator it(root, {u"*.ovf"_s, u"*.xml"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << QDir(root).relativeFilePath(it.next());
        files.sort();
        QVERIFY(files.size() > 60);
        for (const QString &f : std::as_const(files))
            QTest::newRow(qPrintable(f)) << f << table.value(f, u"(not loaded)"_s);
    }

    void corpus()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        if (std::size(expectations) <= 1 && !qEnvironmentVariableIsSet("OVFW_PRINT_COMPAT_TABLE"))
            QSKIP("The expectations table is not generated yet (run with OVFW_PRINT_COMPAT_TABLE=1 and review)");
        const auto d = ovf::Descriptor::load(QStringLiteral(OVFW_CORPUS_DIR) + u'/' + file);
        QString actual;
        QStringList refusals;
        if (!d || (*d)->kind() != ovf::Descriptor::Kind::Envelope) {
            actual = u"(not loaded)"_s;
        } else {
            for (const ovf::compat::Profile &p : ovf::compat::allProfiles()) {
                const QList<ovf::compat::Finding> findings = Linter::lint(**d, p);
                actual += code(findings);
                for (const ovf::compat::Finding &f : findings) {
                    if (f.verdict == Verdict::Refused && !refusals.contains(f.ruleId))
                        refusals << f.ruleId;
                }
            }
        }
        if (qEnvironmentVariableIsSet("OVFW_PRINT_COMPAT_TABLE") && actual != u"(not loaded)")
            qInfo().noquote() << u"    {\"%1\", \"%2\"}, // %3"_s.arg(file, actual, refusals.join(u' '));
        QCOMPARE(actual, expected);
    }
};

QTEST_GUILESS_MAIN(TestCompatCorpus)
#include "tst_compat_corpus.moc"
