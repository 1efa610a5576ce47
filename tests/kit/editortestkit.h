#pragma once

// Shared by the form editor tests: a session over a copy of a descriptor, a 900x600 host
// window for the editor under test, typing helpers and screenshots. Compiled once into
// ovfw_testkit_widgets.

#include "model/commands/editsession.h"
#include "model/ovf/descriptor.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QString>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QWidget>

#include <memory>

namespace editortest {

// A descriptor shipped in resources/samples, and one of the shared corpus.
QString sample(const QString &name);
QString corpus(const QString &relative);

// The file's bytes; empty when it cannot be read.
QByteArray readAll(const QString &path);

// A session over the descriptor at `path` (nullptr with a warning on error).
std::unique_ptr<ovf::commands::EditSession> openSession(const QString &path);

// The editor under test inside a window of 900x600, as it sits in the main window.
class Host : public QWidget
{
public:
    explicit Host(QWidget *editor);
};

// Replaces the field's text the way a user does: focus, select all, type.
void retype(QWidget *field, const QString &text);

// Edits a table cell the way a user does: the cell made current, F2, select all, type, Return.
// A test failure (QVERIFY) when no editor opens.
void editCell(QTableView *table, const QModelIndex &index, const QString &text);

// Saves the widget's image as build/screenshots/`name`.
bool saveScreenshot(QWidget &widget, const QString &name);

void undoAll(QUndoStack *stack);
void redoAll(QUndoStack *stack);

} // namespace editortest
