#include "dialogtestkit.h"

namespace dialogtest {

using namespace Qt::StringLiterals;

bool screenshots(QWidget *window, const QString &name)
{
    const QString dir = QStringLiteral(OVFW_BINARY_DIR "/screenshots");
    if (!QDir().mkpath(dir))
        return false;
    const QSize before = window->size();
    bool ok = true;
    for (const QSize size : {QSize(1280, 800), QSize(1024, 700)}) {
        window->resize(size);
        QTest::qWait(150); // layouts, and a file dialog's folder listing, settle
        ok = window->grab().save(dir + u'/' + name + u"-%1x%2.png"_s.arg(size.width()).arg(size.height())) && ok;
    }
    window->resize(before);
    return ok;
}

void activate(QWidget *window)
{
    window->activateWindow();
    QApplication::setActiveWindow(window);
}

FileChoice chooseFile(const std::function<void()> &open, const QString &path, const QString &screenshotName)
{
    FileChoice choice;
    const QFileInfo target(path);
    choice.shown = driveModal<QFileDialog>(open, [&](QFileDialog *dialog) {
        choice.title = dialog->windowTitle();
        auto *name = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s);
        if (!name) {
            qWarning("the file dialog \"%s\" has no file name field (a native dialog?)", qPrintable(choice.title));
            dialog->reject();
            return;
        }
        // Typing opens the completer's list; without a window manager, the offscreen platform
        // leaves the application's active window where it was, so the field would not have
        // the focus the dialog's completion needs (it keeps stale selections then): the
        // dialog is made the active window first, as a window manager does for a new dialog.
        const auto type = [dialog, name](const QString &text) {
            activate(dialog);
            name->setFocus();
            QTest::keyClick(name, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(name, text);
        };
        type(target.absolutePath());
        QTest::keyClick(name, Qt::Key_Return);
        if (!QTest::qWaitFor([&] { return dialog->directory().absolutePath() == target.absolutePath(); }, 10000)) {
            qWarning("the file dialog did not go to %s (it shows %s)", qPrintable(target.absolutePath()),
                     qPrintable(dialog->directory().absolutePath()));
            dialog->reject();
            return;
        }
        type(target.fileName());
        if (!screenshots(dialog, screenshotName))
            qWarning("cannot save the screenshots %s", qPrintable(screenshotName));
        name->setFocus();
        QTest::keyClick(name, Qt::Key_Return);
        choice.selected = dialog->selectedFiles();
    });
    return choice;
}

void click(QAbstractButton *button)
{
    if (QWidget *list = QApplication::activePopupWidget())
        list->close();
    activate(button->window());
    // A check box or radio button reacts on its indicator and label only, and its layout may
    // make it wider than those: it is clicked on its indicator.
    const bool indicator = button->inherits("QCheckBox") || button->inherits("QRadioButton");
    QTest::mouseClick(button, Qt::LeftButton, {},
                      indicator ? QPoint(qMin(8, button->width() / 2), button->height() / 2) : button->rect().center());
}

} // namespace dialogtest
