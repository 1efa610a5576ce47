#pragma once

// Driving modal dialogs the way a user does, for GUI tests. A dialog run with exec() (and the
// static QFileDialog functions behind every Browse… and Add… button) blocks the test inside
// its own event loop, so what the user does in it is scheduled before the click that opens
// it: a timer polls QApplication::activeModalWidget() until a dialog of the wanted type is the
// active modal window, then runs the steps there. Under the offscreen platform there is no
// native file dialog: the dialog found is Qt's own QFileDialog, with a file name field to type
// into. Screenshots at the two sizes every GUI test saves (build/screenshots). Header-only.

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QPointer>
#include <QTest>
#include <QTimer>

#include <functional>

namespace dialogtest {

using namespace Qt::StringLiterals;

// Saves `window` as build/screenshots/NAME-1280x800.png and NAME-1024x700.png (resized to
// each), then gives it its size back.
inline bool screenshots(QWidget *window, const QString &name)
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

// Makes `window` the active window, as a window manager does when it is shown or clicked
// (the offscreen platform has none).
inline void activate(QWidget *window)
{
    window->activateWindow();
    QApplication::setActiveWindow(window);
}

// Runs `open` (a click that opens a modal dialog of type T and blocks until it closes) and,
// once that dialog is the active modal window, `steps` on it; `steps` must close it (accept
// or reject). Returns whether the dialog showed up. When no such dialog shows up within
// `timeoutMs`, whatever modal dialog is active then is rejected so that the test goes on and
// fails instead of hanging. `open` may also return at once (a dialog shown with open()):
// then this waits for the dialog and its steps.
template <class T>
bool driveModal(const std::function<void()> &open, const std::function<void(T *)> &steps, int timeoutMs = 60000)
{
    bool seen = false;
    bool gaveUp = false;
    QElapsedTimer clock;
    clock.start();
    QTimer poll;
    poll.setInterval(25);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (QPointer<T> dialog = qobject_cast<T *>(QApplication::activeModalWidget()); dialog && dialog->isVisible()) {
            poll.stop();
            seen = true;
            steps(dialog);
            if (dialog && dialog->isVisible()) {
                qWarning("%s: the steps left the dialog open; rejected", dialog->metaObject()->className());
                dialog->reject();
            }
            return;
        }
        if (clock.elapsed() > timeoutMs) {
            poll.stop();
            gaveUp = true;
            if (auto *other = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
                other->reject();
        }
    });
    poll.start();
    open();
    while (!seen && !gaveUp)
        QTest::qWait(25);
    if (!seen)
        qWarning("no %s showed up within %d ms", T::staticMetaObject.className(), timeoutMs);
    return seen;
}

// What happened in a file dialog: its title and the files it returned.
struct FileChoice
{
    bool shown = false;
    QString title;
    QStringList selected;
};

// Runs `open` (a Browse… / Add… click) and, in the QFileDialog it opens, does what a user
// does: types the folder of `path` into the file name field and presses Return (the dialog
// goes there), types the file's name, saves the dialog (NAME-1280x800.png, NAME-1024x700.png)
// and presses Return, which chooses the file (Open / Save). (A whole path typed at once is
// not kept by Qt's dialog while its window lacks the focus: selecting the typed file in the
// list puts its bare name into the field.)
inline FileChoice chooseFile(const std::function<void()> &open, const QString &path, const QString &screenshotName)
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

// The click a user makes on `button`; like a window manager, the click makes its window the
// active one and closes an open completion list first.
inline void click(QAbstractButton *button)
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
