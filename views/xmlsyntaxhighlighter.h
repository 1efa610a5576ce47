#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

// Colours XML markup: tag names, attribute names and values, comments, CDATA sections,
// processing instructions and entity references. Start tags, comments and CDATA may span
// lines (the block state carries where the previous line stopped).
class XmlSyntaxHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit XmlSyntaxHighlighter(QTextDocument *document);

    // Picks colours readable on `base` (light or dark) and rehighlights.
    void setBackground(const QColor &base);

protected:
    void highlightBlock(const QString &text) override;

private:
    enum State { Text, Comment, CData, ProcessingInstruction, InTag, DoubleQuoted, SingleQuoted };

    qsizetype highlightUntil(const QString &text, qsizetype from, QStringView end, const QTextCharFormat &format,
                             State inside, State &state);

    QTextCharFormat m_tag;
    QTextCharFormat m_attributeName;
    QTextCharFormat m_attributeValue;
    QTextCharFormat m_comment;
    QTextCharFormat m_processingInstruction;
    QTextCharFormat m_cdata;
    QTextCharFormat m_entity;
};
