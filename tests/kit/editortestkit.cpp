#include "editortestkit.h"

#include "model/ovf/descriptor.h"

#include <QApplication>
#include <QDebug>
#include <QDir>
#include <QFile>
#include <QTest>
#include <QUndoStack>
#include <QVBoxLayout>

namespace editortest {

QString sample(const QString &name)
{
    return QStringLiteral(OVFW_SOURCE_DIR "/resources/samples/") + name;
}

QString corpus(const QString &relative)
{
    return QStringLiteral(OVFW_CORPUS_DIR) + u'/' + relative;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

std::unique_ptr<ovf::commands::EditSession> openSession(const QString &path)
{
    auto loaded = ovf::Descriptor::load(path);
    if (!loaded) {
        qWarning().noquote() << loaded.error().toString();
        return nullptr;
    }
    return std::make_unique<ovf::commands::EditSession>(std::move(*loaded));
}

Host::Host(QWidget *editor)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(editor);
    resize(900, 600);
}

void retype(QWidget *field, const QString &text)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty())
        QTest::keyClick(field, Qt::Key_Delete);
    else
        QTest::keyClicks(field, text);
}

void editCell(QTableView *table, const QModelIndex &index, const QString &text)
{
    // A wizard or dialog that was open took the activation; typing goes to the active window.
    table->window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(table->window()));
    table->setFocus();
    table->setCurrentIndex(index);
    QTest::keyClick(table, Qt::Key_F2);
    QWidget *editor = QApplication::focusWidget();
    QVERIFY2(editor && editor != table, editor ? editor->metaObject()->className() : "no focus widget");
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
}

bool saveScreenshot(QWidget &widget, const QString &name)
{
    const QString dir = QStringLiteral(OVFW_BINARY_DIR "/screenshots");
    return QDir().mkpath(dir) && widget.grab().save(dir + u'/' + name);
}

void undoAll(QUndoStack *stack)
{
    while (stack->canUndo())
        stack->undo();
}

void redoAll(QUndoStack *stack)
{
    while (stack->canRedo())
        stack->redo();
}

} // namespace editortest
