#include "views/xmlsourceview.h"

#include "model/ovf/xmlnode.h"
#include "views/linenumberarea.h"
#include "views/xmlsyntaxhighlighter.h"

#include <QFontDatabase>
#include <QPainter>
#include <QTextBlock>

using namespace Qt::StringLiterals;

XmlSourceView::XmlSourceView(QWidget *parent)
    : QPlainTextEdit(parent), m_lineNumbers(new LineNumberArea(this)),
      m_highlighter(new XmlSyntaxHighlighter(document()))
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setStyleHint(QFont::Monospace);
    setFont(mono);
    setTabStopDistance(4 * fontMetrics().horizontalAdvance(u' '));
    connect(this, &QPlainTextEdit::blockCountChanged, this, &XmlSourceView::updateGutterWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &XmlSourceView::updateGutter);
    updateGutterWidth();
    applyPalette();
}

void XmlSourceView::setNode(const ovf::xml::Node *node)
{
    m_truncated = false;
    m_indent.clear();
    if (!node) {
        m_firstLine = 1;
        clear();
        updateGutterWidth();
        return;
    }
    const ovf::xml::SourcePos pos = node->position();
    m_firstLine = pos.isValid() ? pos.line : 1;
    QString xml = node->toXml();
    xml.replace(u"\r\n"_s, u"\n"_s);
    xml = dedented(xml, pos.column, &m_indent);
    if (xml.size() > MaxCharacters) {
        m_truncated = true;
        const qsizetype rest = xml.size() - MaxCharacters;
        xml.truncate(MaxCharacters);
        xml += u'\n' + tr("[%1 more characters not shown]").arg(rest);
    }
    setPlainText(xml);
    updateGutterWidth();
}

QString XmlSourceView::dedented(const QString &xml, int column, QString *removed)
{
    // The longest run of blanks (at most column - 1) that starts every non-blank continuation
    // line is removed from those lines; blank lines stay as they are. editedText() puts exactly
    // that run back on the non-blank lines, so an untouched text comes back byte for byte.
    if (column <= 1)
        return xml;
    QStringList lines = xml.split(u'\n');
    const auto isBlank = [](const QString &line) { return line.trimmed().isEmpty(); };
    QString prefix;
    bool first = true;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (isBlank(line))
            continue;
        qsizetype ws = 0;
        while (ws < line.size() && ws < column - 1 && (line.at(ws) == u' ' || line.at(ws) == u'\t'))
            ++ws;
        if (first) {
            prefix = line.left(ws);
            first = false;
        } else {
            qsizetype same = 0;
            while (same < prefix.size() && same < ws && prefix.at(same) == line.at(same))
                ++same;
            prefix.truncate(same);
        }
        if (prefix.isEmpty())
            return xml;
    }
    if (prefix.isEmpty())
        return xml;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (!isBlank(lines.at(i)))
            lines[i].remove(0, prefix.size());
    }
    if (removed)
        *removed = prefix;
    return lines.join(u'\n');
}

void XmlSourceView::setEditable(bool editable)
{
    setReadOnly(!editable);
    setTextInteractionFlags(editable ? Qt::TextEditorInteraction
                                     : Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
}

QString XmlSourceView::editedText() const
{
    QStringList lines = toPlainText().split(u'\n');
    if (!m_indent.isEmpty()) {
        for (qsizetype i = 1; i < lines.size(); ++i) {
            if (!lines.at(i).trimmed().isEmpty()) // blank lines were not dedented
                lines[i].prepend(m_indent);
        }
    }
    return lines.join(u'\n');
}

void XmlSourceView::moveCursorTo(int line, int column)
{
    const QTextBlock block = document()->findBlockByNumber(std::max(0, line - 1));
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    // The column counts characters of the edited text, which has the indentation back.
    const int indent = line > 1 && !block.text().trimmed().isEmpty() ? int(m_indent.size()) : 0;
    cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor,
                        std::clamp(column - 1 - indent, 0, int(block.length()) - 1));
    setTextCursor(cursor);
    centerCursor();
}

int XmlSourceView::lineNumberAreaWidth() const
{
    const int last = m_firstLine + std::max(1, blockCount()) - 1;
    const int digits = int(QString::number(std::max(last, 99)).size());
    return 12 + fontMetrics().horizontalAdvance(u'9') * digits;
}

void XmlSourceView::updateGutterWidth()
{
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
    m_lineNumbers->update();
}

void XmlSourceView::updateGutter(const QRect &rect, int dy)
{
    if (dy)
        m_lineNumbers->scroll(0, dy);
    else
        m_lineNumbers->update(0, rect.y(), m_lineNumbers->width(), rect.height());
}

void XmlSourceView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect cr = contentsRect();
    m_lineNumbers->setGeometry(QRect(cr.left(), cr.top(), lineNumberAreaWidth(), cr.height()));
}

void XmlSourceView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyPalette();
}

void XmlSourceView::applyPalette()
{
    m_highlighter->setBackground(palette().color(QPalette::Base));
}

void XmlSourceView::paintLineNumbers(QWidget *area, const QRect &rect)
{
    QPainter painter(area);
    const QPalette pal = palette();
    painter.fillRect(rect, pal.color(QPalette::Window));
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(area->width() - 1, rect.top(), area->width() - 1, rect.bottom());
    painter.setPen(pal.color(QPalette::PlaceholderText));
    painter.setFont(font());

    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    const int textWidth = area->width() - 6;
    while (block.isValid() && top <= rect.bottom()) {
        if (block.isVisible() && bottom >= rect.top() && !document()->isEmpty()) {
            painter.drawText(0, top, textWidth, fontMetrics().height(), Qt::AlignRight,
                             QString::number(m_firstLine + block.blockNumber()));
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
    }
}
