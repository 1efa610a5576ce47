// Numbers in answer files that no integer type holds (found by fuzz_answers: converting such a
// double was undefined behaviour). They are refused with the key named, never wrapped.
#include "model/deploy/answerfile.h"

#include <QTest>

using namespace Qt::StringLiterals;
using ovf::deploy::AnswerFile;

class TestAnswerFileNumbers : public QObject
{
    Q_OBJECT

private:
    static QByteArray withEula(const QByteArray &index)
    {
        return R"({"format":"ovf-workbench-answers","version":1,"eulas":[{"entity":"web","index":)" + index
            + R"(,"sha256":")" + QByteArray(64, 'a') + R"("}]})";
    }

private slots:
    void version_data()
    {
        QTest::addColumn<QByteArray>("version");
        QTest::addColumn<QString>("error");
        QTest::newRow("huge") << QByteArray("5555555555555555555555555555555555551") << u"is newer"_s;
        QTest::newRow("2^63") << QByteArray("9223372036854775808") << u"is newer"_s;
        QTest::newRow("fraction") << QByteArray("1.5") << u"expected a positive integer"_s;
        QTest::newRow("zero") << QByteArray("0") << u"expected a positive integer"_s;
        QTest::newRow("negative huge") << QByteArray("-1e300") << u"expected a positive integer"_s;
        QTest::newRow("string") << QByteArray("\"1\"") << u"expected a positive integer"_s;
    }
    void version()
    {
        QFETCH(QByteArray, version);
        QFETCH(QString, error);
        const auto r = AnswerFile::parse(R"({"format":"ovf-workbench-answers","version":)" + version + "}");
        QVERIFY(!r);
        QVERIFY2(r.error().startsWith(u"version: "_s) && r.error().contains(error), qPrintable(r.error()));
    }
    void versionOne()
    {
        const auto r = AnswerFile::parse(R"({"format":"ovf-workbench-answers","version":1})");
        QVERIFY2(r.has_value(), r ? "" : qPrintable(r.error()));
    }
    void eulaIndex_data()
    {
        QTest::addColumn<QByteArray>("index");
        QTest::addColumn<bool>("ok");
        QTest::newRow("0") << QByteArray("0") << true;
        QTest::newRow("7") << QByteArray("7") << true;
        QTest::newRow("1e300") << QByteArray("1e300") << false;
        QTest::newRow("2^31") << QByteArray("2147483648") << false;
        QTest::newRow("-1") << QByteArray("-1") << false;
        QTest::newRow("0.5") << QByteArray("0.5") << false;
    }
    void eulaIndex()
    {
        QFETCH(QByteArray, index);
        QFETCH(bool, ok);
        const auto r = AnswerFile::parse(withEula(index));
        QCOMPARE(r.has_value(), ok);
        if (ok) {
            QCOMPARE(r->plan.eulaAcceptances.size(), 1);
            QCOMPARE(QByteArray::number(r->plan.eulaAcceptances.first().index), index);
        } else {
            QVERIFY2(r.error().contains(u".index: expected a non-negative integer"_s), qPrintable(r.error()));
        }
    }
};

QTEST_GUILESS_MAIN(TestAnswerFileNumbers)
#include "tst_answerfile_numbers.moc"
