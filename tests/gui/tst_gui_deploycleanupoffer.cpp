// The offer at start to remove what an interrupted deployment left: found in the background,
// shown over the window, and "Remove Leftovers" removes exactly what the journal lists (on a
// worker thread), then reports it. "Later" keeps the journal.

#include "app/gui/deploycleanupoffer.h"

#include "editortestkit.h"
#include "packagetestkit.h"

#include "model/deploy/deployjournal.h"

#include <QAbstractButton>
#include <QDir>
#include <QMainWindow>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ovf::deploy;

namespace {

// A journal as a killed deployment leaves it: a folder it made (with a partial file) listed,
// the journal not finished, the lock released.
void leaveInterruptedDeployment(const QString &journals, const QString &folder)
{
    DeployJournal::Header header;
    header.package = u"/srv/appliances/web.ova"_s;
    header.backend = u"folder"_s;
    header.output = QFileInfo(folder).absolutePath() + u"/web"_s;
    auto journal = DeployJournal::begin(journals, header);
    QVERIFY(journal);
    QVERIFY((*journal)->record(DeployJournal::Entry{DeployJournal::Entry::Kind::Folder, folder, {}, {}}));
    QVERIFY(QDir().mkpath(folder + u"/disks"_s));
    QVERIFY(testkit::writeFile(folder + u"/disks/web-vmdisk1.qcow2.part"_s, QByteArray(4096, 'x')));
}

QAbstractButton *button(QMessageBox *box, const QString &text)
{
    for (QAbstractButton *b : box->buttons()) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}

} // namespace

class TestGuiDeployCleanupOffer : public QObject
{
    Q_OBJECT

private slots:
    void offersAndRemoves()
    {
        QTemporaryDir dir;
        const QString journals = dir.filePath(u"journals"_s);
        const QString folder = dir.filePath(u".web-1a2b3c4d"_s);
        leaveInterruptedDeployment(journals, folder);
        QMainWindow window;
        window.resize(1280, 800);
        window.show();
        auto *offer = new DeployCleanupOffer(&window, journals);
        QSignalSpy offered(offer, &DeployCleanupOffer::offered);
        offer->start();
        QVERIFY(offered.wait(10000));
        QCOMPARE(offered.first().first().toInt(), 1);
        QMessageBox *prompt = offer->prompt();
        QVERIFY(prompt && prompt->isVisible());
        QVERIFY(prompt->text().contains(u"did not finish"_s));
        QVERIFY(prompt->informativeText().contains(u"/srv/appliances/web.ova"_s));
        QVERIFY(prompt->detailedText().contains(folder));
        QVERIFY(editortest::saveScreenshot(*prompt, u"deploy-cleanup-offer-1280x800.png"_s));
        window.resize(1024, 700);
        QVERIFY(editortest::saveScreenshot(*prompt, u"deploy-cleanup-offer-1024x700.png"_s));

        QSignalSpy cleaned(offer, &DeployCleanupOffer::cleaned);
        QAbstractButton *remove = button(prompt, u"Remove Leftovers"_s);
        QVERIFY(remove);
        remove->click();
        QVERIFY(cleaned.wait(10000));
        QCOMPARE(cleaned.first().at(0).toStringList().size(), 1);
        QVERIFY(cleaned.first().at(1).toStringList().isEmpty());
        QVERIFY(!QFileInfo::exists(folder));
        QVERIFY(QDir(journals).entryList(QDir::Files).isEmpty());
        QTRY_VERIFY(offer->prompt() && offer->prompt()->isVisible());
        QVERIFY(offer->prompt()->text().contains(u"Removed"_s));
        QVERIFY(editortest::saveScreenshot(*offer->prompt(), u"deploy-cleanup-report.png"_s));
    }

    void laterKeepsTheJournal()
    {
        QTemporaryDir dir;
        const QString journals = dir.filePath(u"journals"_s);
        const QString folder = dir.filePath(u".web-5e6f7a8b"_s);
        leaveInterruptedDeployment(journals, folder);
        QMainWindow window;
        window.show();
        auto *offer = new DeployCleanupOffer(&window, journals);
        QSignalSpy offered(offer, &DeployCleanupOffer::offered);
        offer->start();
        QVERIFY(offered.wait(10000));
        QAbstractButton *later = button(offer->prompt(), u"Later"_s);
        QVERIFY(later);
        later->click();
        QTRY_VERIFY(!offer->prompt());
        QVERIFY(QFileInfo(folder).isDir());
        QCOMPARE(QDir(journals).entryList({u"*.json"_s}, QDir::Files).size(), 1);

        // Nothing interrupted: nothing is shown.
        QTemporaryDir empty;
        auto *none = new DeployCleanupOffer(&window, empty.path());
        QSignalSpy nothing(none, &DeployCleanupOffer::nothingToOffer);
        none->start();
        QVERIFY(nothing.wait(10000));
        QVERIFY(!none->prompt());
    }
};

QTEST_MAIN(TestGuiDeployCleanupOffer)
#include "tst_gui_deploycleanupoffer.moc"
