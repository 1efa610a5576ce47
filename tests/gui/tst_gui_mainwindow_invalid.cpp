// An Invalid package (a disk whose digest does not match the manifest) opens read-only in the
// main window for inspection, with a banner that says why; it cannot be edited (the session
// refuses every command), saved or deployed. Closing it and opening a good package clears
// the state. Screenshots: build/screenshots/mainwindow-invalid-*.png.

#include "app/gui/mainactions.h"
#include "app/gui/mainwindow.h"
#include "model/commands/editsession.h"
#include "model/commands/setelementtextcommand.h"
#include "model/ovf/descriptor.h"
#include "packagetestkit.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMainWindowInvalid : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static bool waitForDocument(MainWindow &window, const std::function<void()> &open)
    {
        QSignalSpy opened(&window, &MainWindow::documentOpened);
        open();
        return opened.wait(20000);
    }

    QString package(const QString &name, bool broken)
    {
        const QByteArray disk = testkit::payload(4096, 3);
        const QByteArray ovf = testkit::descriptor({{u"file1"_s, u"disk1.vmdk"_s, 4096}});
        const QByteArray mf = testkit::manifest({{"app.ovf", ovf}, {"disk1.vmdk", broken ? disk + "x" : disk}});
        const QString path = m_dir.filePath(name);
        testkit::writeFile(path, testkit::tar({{"app.ovf", ovf}, {"app.mf", mf}, {"disk1.vmdk", disk}}));
        return path;
    }

private slots:
    void invalidOpensReadOnly()
    {
        QVERIFY(m_dir.isValid());
        MainWindow w;
        w.show();
        QVERIFY(waitForDocument(w, [&] { w.openFile(package(u"broken.ova"_s, true)); }));
        auto *banner = w.findChild<QLabel *>(u"readOnlyBanner"_s);
        QVERIFY(banner);
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(u"Read-only"_s) && banner->text().contains(u"Invalid"_s), qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(u"disk1.vmdk does not match"_s), qPrintable(banner->text()));
        QVERIFY(!w.actions()->save->isEnabled());
        QVERIFY(!w.actions()->saveAs->isEnabled());
        QVERIFY(!w.actions()->deploy->isEnabled());
        QVERIFY(w.session()->isReadOnly());
        // Any edit is refused with the reason, nothing reaches the undo stack.
        ovf::xml::Element *leaf = w.session()->descriptor().xml().root();
        while (!leaf->childElements().isEmpty())
            leaf = leaf->childElements().constLast();
        auto refused = w.session()->push(ovf::commands::SetElementTextCommand::create(w.session(), leaf, u"changed"_s));
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(u"does not match"_s));
        QVERIFY(!w.session()->isModified());

        const QString dir = QStringLiteral(OVFW_BINARY_DIR "/screenshots");
        QVERIFY(QDir().mkpath(dir));
        for (const QSize size : {QSize(1280, 800), QSize(1024, 700)}) {
            w.resize(size);
            QApplication::processEvents();
            QVERIFY(w.grab().save(u"%1/mainwindow-invalid-%2x%3.png"_s.arg(dir).arg(size.width()).arg(size.height())));
        }

        // A good package afterwards: editable, no banner.
        QVERIFY(waitForDocument(w, [&] { w.openFile(package(u"good.ova"_s, false)); }));
        QVERIFY(!banner->isVisible());
        QVERIFY(!w.session()->isReadOnly());
        QVERIFY(w.actions()->save->isEnabled());
    }
};

QTEST_MAIN(TestMainWindowInvalid)
#include "tst_gui_mainwindow_invalid.moc"
