#include "model/ovf/xmldocument.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ovf::xml;

class TestXmlDocument : public QObject
{
    Q_OBJECT

private:
    static QByteArray read(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot open %s", qPrintable(path));
        return f.readAll();
    }
    static void touchAll(Document &doc, Element *e)
    {
        doc.swapAttributes(e, e->attributes());
        for (Element *c : e->childElements())
            touchAll(doc, c);
    }

private slots:
    void corpusRoundTrip_data()
    {
        QTest::addColumn<QString>("path");
        QDirIterator it(QStringLiteral(OVFW_CORPUS_DIR), {u"*.ovf"_s, u"*.xml"_s}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString p = it.next();
            QTest::addRow("%s", qPrintable(p.mid(qsizetype(strlen(OVFW_CORPUS_DIR)) + 1))) << p;
        }
    }
    void corpusRoundTrip()
    {
        QFETCH(QString, path);
        const QByteArray original = read(path);
        auto doc = Document::parse(original);
        if (!doc) {
            const QStringList refused = {u"wrong_xml.ovf"_s, u"empty-descriptor.ovf"_s, u"illegal-xml.ovf"_s, u"XEE.ovf"_s};
            QVERIFY2(refused.contains(QFileInfo(path).fileName()), qPrintable(doc.error().message));
            return;
        }
        QCOMPARE((*doc)->save(), original);
        // Rebuild every start tag from its parts: still the same bytes.
        touchAll(**doc, (*doc)->root());
        QVERIFY((*doc)->isModified());
        QCOMPARE((*doc)->save(), original);
    }
};

QTEST_GUILESS_MAIN(TestXmlDocument)
#include "tst_xmldocument.moc"
