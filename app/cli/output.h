#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <expected>
#include <memory>

namespace ovf {
class Descriptor;
struct LoadError;
} // namespace ovf

// Output helpers shared by the ovfctl commands. stdout carries the requested result (a
// summary, a JSON document); stderr carries diagnostics and errors, like gcc and linters.
namespace ovfctl {

// Exit statuses of every command.
enum ExitCode : int {
    ExitClean = 0,  // done, nothing wrong (warnings allowed)
    ExitFailed = 1, // the input has errors (cannot be parsed, or fails validation)
    ExitUsage = 2,  // bad command line, or the input could not be read
    ExitInterrupted = 130, // cancelled with Ctrl-C (128 + SIGINT, as shells report it)
};

enum class Stream { Out, Err };

// Writes UTF-8 text unchanged (no newline added).
void write(Stream stream, const QString &text);
inline void out(const QString &text) { write(Stream::Out, text); }
inline void err(const QString &text) { write(Stream::Err, text); }
// "ovfctl: message" and a newline on stderr.
void printError(const QString &message);
// Prints `object` as indented JSON on stdout.
void printJson(const QJsonObject &object);

// Colour (ANSI SGR) only when the stream is a terminal and NO_COLOR is unset or empty
// (https://no-color.org).
bool colorEnabled(Stream stream);
enum class Style { Bold, Error, Warning, Note, Dim, Good };
QString styled(const QString &text, Style style, bool enabled);

// Text from a descriptor is hostile: control characters (ESC, C1 codes, CR, ...) and bidi
// overrides are replaced so that it cannot move the cursor or reorder what the terminal
// shows. Newlines and tabs become spaces.
QString sanitize(QStringView text);
// The first non-blank line, sanitized.
QString firstLine(QStringView text);
// At most `maxWidth` terminal columns, ending in "…" when cut.
QString elide(const QString &text, int maxWidth);
// Terminal columns `text` occupies (East Asian wide characters count twice).
int displayWidth(QStringView text);
// `text` padded with spaces to `width` columns.
QString padded(const QString &text, int width);

// "1 error", "2 errors": English plurals without a translator loaded.
QString countNoun(qint64 n, const QString &singular, const QString &plural);

// A left-aligned text table; every column but the last is padded to its widest cell.
class Table
{
public:
    explicit Table(int indent = 2) : m_indent(indent) { }
    void setHeader(const QStringList &header) { m_header = header; }
    void addRow(const QStringList &row) { m_rows.append({row, false}); }
    // A line spanning the table (a group heading), printed as is after the indent.
    void addSpan(const QString &text) { m_rows.append({{text}, true}); }
    bool isEmpty() const { return m_rows.isEmpty(); }
    // The rendered lines, each ending in '\n'. Header cells are bold when `color` is set.
    QString render(bool color) const;

private:
    struct Row
    {
        QStringList cells;
        bool span = false;
    };
    int m_indent;
    QStringList m_header;
    QList<Row> m_rows;
};

// The message of a load error in the usual "file:line:col: message" form, and the JSON
// object describing it: {"file", "loaded": false, "error": {"kind", "message", "line", "column"}}.
QJsonObject loadErrorJson(const ovf::LoadError &error);
// A load error is an I/O problem (exit 2) when the file could not be read at all; every
// other kind means the file is not a usable descriptor (exit 1).
bool isIoError(const ovf::LoadError &error);

// Loads the descriptor at `path`. On failure prints "ovfctl: file:line:col: message" on
// stderr and, when `json` is set, the load-error object (with `extra` merged in) on stdout,
// and returns the exit status: ExitUsage for I/O errors, ExitFailed otherwise.
std::expected<std::unique_ptr<ovf::Descriptor>, int> loadDescriptor(const QString &path, bool json,
                                                                     const QJsonObject &extra = {});

} // namespace ovfctl
