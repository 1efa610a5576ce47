#include "app/cli/output.h"

#include "model/ovf/descriptor.h"

#include <QJsonDocument>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ovfctl {

void write(Stream stream, const QString &text)
{
    FILE *f = stream == Stream::Out ? stdout : stderr;
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), f);
    std::fflush(f);
}

void printError(const QString &message)
{
    err(u"ovfctl: "_s + message + u'\n');
}

void printJson(const QJsonObject &object)
{
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

bool colorEnabled(Stream stream)
{
    if (!qEnvironmentVariableIsEmpty("NO_COLOR"))
        return false;
    return ::isatty(stream == Stream::Out ? STDOUT_FILENO : STDERR_FILENO) == 1;
}

QString styled(const QString &text, Style style, bool enabled)
{
    if (!enabled || text.isEmpty())
        return text;
    QStringView code;
    switch (style) {
    case Style::Bold: code = u"1"; break;
    case Style::Error: code = u"1;31"; break;
    case Style::Warning: code = u"1;35"; break;
    case Style::Note: code = u"1;36"; break;
    case Style::Dim: code = u"2"; break;
    case Style::Good: code = u"1;32"; break;
    }
    return u"\x1b["_s + code + u'm' + text + u"\x1b[0m"_s;
}

static bool isUnsafe(char32_t c)
{
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
        return true;
    // Bidirectional embeddings, overrides and isolates ("Trojan Source"), and the line and
    // paragraph separators some terminals honour.
    return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029;
}

QString sanitize(QStringView text)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            result.append(c);
            result.append(text[++i]);
            continue;
        }
        if (c.isSurrogate()) {
            result.append(QChar(QChar::ReplacementCharacter));
        } else if (c == u'\n' || c == u'\t' || c == u'\r') {
            result.append(u' ');
        } else if (isUnsafe(c.unicode())) {
            result.append(QChar(QChar::ReplacementCharacter));
        } else {
            result.append(c);
        }
    }
    return result;
}

QString firstLine(QStringView text)
{
    for (QStringView line : text.tokenize(u'\n')) {
        const QStringView trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            return sanitize(trimmed);
    }
    return {};
}

static int charWidth(char32_t c)
{
    if (c == 0x200b || (c >= 0x0300 && c <= 0x036f) || (c >= 0xfe00 && c <= 0xfe0f))
        return 0; // zero-width space, combining marks, variation selectors
    const bool wide = (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0x303e)
        || (c >= 0x3041 && c <= 0x33ff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff)
        || (c >= 0xa000 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff)
        || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6)
        || (c >= 0x1f300 && c <= 0x1faff) || (c >= 0x20000 && c <= 0x3fffd);
    return wide ? 2 : 1;
}

int displayWidth(QStringView text)
{
    int width = 0;
    for (char32_t c : text.toUcs4())
        width += charWidth(c);
    return width;
}

QString elide(const QString &text, int maxWidth)
{
    if (displayWidth(text) <= maxWidth)
        return text;
    QString result;
    int width = 0;
    for (char32_t c : text.toUcs4()) {
        const int w = charWidth(c);
        if (width + w > maxWidth - 1)
            break;
        result.append(QString::fromUcs4(&c, 1));
        width += w;
    }
    return result + u'…';
}

QString padded(const QString &text, int width)
{
    const int w = displayWidth(text);
    return w >= width ? text : text + QString(width - w, u' ');
}

QString countNoun(qint64 n, const QString &singular, const QString &plural)
{
    return QString::number(n) + u' ' + (n == 1 ? singular : plural);
}

QString Table::render(bool color) const
{
    QList<int> widths;
    auto measure = [&widths](const QStringList &cells) {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = std::max(widths[i], displayWidth(cells[i]));
        }
    };
    measure(m_header);
    for (const Row &row : m_rows) {
        if (!row.span)
            measure(row.cells);
    }
    const QString indent(m_indent, u' ');
    auto line = [&widths, &indent](const QStringList &cells, bool bold) -> QString {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const bool last = i + 1 == cells.size();
            text += last ? cells[i] : padded(cells[i], widths[i]) + u"  "_s;
        }
        while (text.endsWith(u' '))
            text.chop(1);
        return indent + styled(text, Style::Bold, bold) + u'\n';
    };
    QString result;
    if (!m_header.isEmpty())
        result += line(m_header, color);
    for (const Row &row : m_rows)
        result += row.span ? indent + row.cells.value(0) + u'\n' : line(row.cells, false);
    return result;
}

QJsonObject loadErrorJson(const ovf::LoadError &error)
{
    QJsonObject e{
        {u"kind"_s, ovf::LoadError::kindName(error.kind)},
        {u"message"_s, error.message},
        {u"line"_s, error.position.isValid() ? QJsonValue(error.position.line) : QJsonValue()},
        {u"column"_s, error.position.isValid() ? QJsonValue(error.position.column) : QJsonValue()},
    };
    return QJsonObject{{u"file"_s, error.file}, {u"loaded"_s, false}, {u"error"_s, e}};
}

bool isIoError(const ovf::LoadError &error)
{
    return error.kind == ovf::LoadError::Kind::Io;
}

std::expected<std::unique_ptr<ovf::Descriptor>, int> loadDescriptor(const QString &path, bool json,
                                                                     const QJsonObject &extra)
{
    auto loaded = ovf::Descriptor::load(path);
    if (loaded)
        return std::move(*loaded);
    const ovf::LoadError &error = loaded.error();
    printError(sanitize(error.toString()));
    if (json) {
        QJsonObject object = loadErrorJson(error);
        for (auto it = extra.begin(); it != extra.end(); ++it)
            object.insert(it.key(), it.value());
        printJson(object);
    }
    return std::unexpected(isIoError(error) ? int(ExitUsage) : int(ExitFailed));
}

} // namespace ovfctl
