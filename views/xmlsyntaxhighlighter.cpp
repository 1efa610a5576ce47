#include "views/xmlsyntaxhighlighter.h"

using namespace Qt::StringLiterals;

namespace {

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u':' || c == u'_' || c == u'-' || c == u'.';
}

} // namespace

XmlSyntaxHighlighter::XmlSyntaxHighlighter(QTextDocument *document) : QSyntaxHighlighter(document)
{
    setBackground(Qt::white);
}

void XmlSyntaxHighlighter::setBackground(const QColor &base)
{
    const bool dark = base.lightnessF() < 0.5;
    m_tag.setForeground(dark ? QColor(0x7c, 0xb7, 0xff) : QColor(0x1a, 0x4f, 0x9c));
    m_attributeName.setForeground(dark ? QColor(0xe5, 0xb5, 0x67) : QColor(0x9a, 0x4a, 0x00));
    m_attributeValue.setForeground(dark ? QColor(0x9f, 0xd8, 0x8a) : QColor(0x1f, 0x7a, 0x2e));
    m_comment.setForeground(dark ? QColor(0x8b, 0x93, 0xa1) : QColor(0x6f, 0x78, 0x86));
    m_comment.setFontItalic(true);
    m_processingInstruction.setForeground(dark ? QColor(0xc9, 0x9a, 0xf0) : QColor(0x75, 0x36, 0x9e));
    m_cdata.setForeground(dark ? QColor(0xd0, 0xd0, 0xd0) : QColor(0x55, 0x55, 0x55));
    m_entity.setForeground(dark ? QColor(0xf0, 0x8c, 0xb4) : QColor(0xa8, 0x1f, 0x5c));
    rehighlight();
}

qsizetype XmlSyntaxHighlighter::highlightUntil(const QString &text, qsizetype from, QStringView end,
                                               const QTextCharFormat &format, State inside, State &state)
{
    const qsizetype hit = text.indexOf(end, from);
    const qsizetype stop = hit < 0 ? text.size() : hit + end.size();
    setFormat(int(from), int(stop - from), format);
    state = hit < 0 ? inside : Text;
    return stop;
}

void XmlSyntaxHighlighter::highlightBlock(const QString &text)
{
    auto state = State(std::max(previousBlockState(), 0));
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        switch (state) {
        case Comment:
            i = highlightUntil(text, i, u"-->", m_comment, Comment, state);
            break;
        case CData:
            i = highlightUntil(text, i, u"]]>", m_cdata, CData, state);
            break;
        case ProcessingInstruction:
            i = highlightUntil(text, i, u"?>", m_processingInstruction, ProcessingInstruction, state);
            break;
        case DoubleQuoted:
        case SingleQuoted: {
            const QChar quote = state == DoubleQuoted ? u'"' : u'\'';
            const qsizetype close = text.indexOf(quote, i);
            const qsizetype stop = close < 0 ? n : close + 1;
            setFormat(int(i), int(stop - i), m_attributeValue);
            state = close < 0 ? state : InTag;
            i = stop;
            break;
        }
        case InTag: {
            const QChar c = text.at(i);
            if (c == u'>' || (c == u'/' && i + 1 < n && text.at(i + 1) == u'>')) {
                const int len = c == u'>' ? 1 : 2;
                setFormat(int(i), len, m_tag);
                i += len;
                state = Text;
            } else if (c == u'"' || c == u'\'') {
                setFormat(int(i), 1, m_attributeValue);
                state = c == u'"' ? DoubleQuoted : SingleQuoted;
                ++i;
            } else if (isNameChar(c)) {
                const qsizetype start = i;
                while (i < n && isNameChar(text.at(i)))
                    ++i;
                setFormat(int(start), int(i - start), m_attributeName);
            } else {
                ++i;
            }
            break;
        }
        case Text: {
            const QChar c = text.at(i);
            const QStringView rest = QStringView(text).mid(i);
            if (rest.startsWith(u"<!--")) {
                i = highlightUntil(text, i, u"-->", m_comment, Comment, state);
            } else if (rest.startsWith(u"<![CDATA[")) {
                i = highlightUntil(text, i, u"]]>", m_cdata, CData, state);
            } else if (rest.startsWith(u"<?")) {
                i = highlightUntil(text, i, u"?>", m_processingInstruction, ProcessingInstruction, state);
            } else if (c == u'<') {
                const qsizetype start = i++;
                if (i < n && (text.at(i) == u'/' || text.at(i) == u'!'))
                    ++i;
                while (i < n && isNameChar(text.at(i)))
                    ++i;
                setFormat(int(start), int(i - start), m_tag);
                state = InTag;
            } else if (c == u'&') {
                const qsizetype semi = text.indexOf(u';', i);
                const qsizetype stop = semi < 0 || semi - i > 12 ? i + 1 : semi + 1;
                setFormat(int(i), int(stop - i), m_entity);
                i = stop;
            } else {
                ++i;
            }
            break;
        }
        }
    }
    setCurrentBlockState(state);
}
