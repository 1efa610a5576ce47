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
bool screenshots(QWidget *window, const QString &name);

// Makes `window` the active window, as a window manager does when it is shown or clicked
// (the offscreen platform has none).
void activate(QWidget *window);

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
FileChoice chooseFile(const std::function<void()> &open, const QString &path, const QString &screenshotName);

// The click a user makes on `button`; like a window manager, the click makes its window the
// active one and closes an open completion list first.
void click(QAbstractButton *button);

} // namespace dialogtest
