#pragma once

#include <QPlainTextEdit>

namespace ovf::xml {
class Node;
}
class LineNumberArea;
class XmlSyntaxHighlighter;

// A monospaced, highlighted view of one node's markup as the document will write it
// (Node::toXml()), with the node's own source line numbers in the gutter. When every
// continuation line carries the node's indentation, that indentation is removed so the
// markup starts at the margin; nothing else is changed. Read-only unless setEditable(): the
// edited text comes back with the indentation put back (editedText()), so lines the user did
// not touch are what the document holds.
class XmlSourceView : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit XmlSourceView(QWidget *parent = nullptr);

    // nullptr clears the view. The node must stay alive while it is shown only for the
    // duration of this call: the text is copied.
    void setNode(const ovf::xml::Node *node);
    // The first line number shown in the gutter (the node's source line, or 1).
    int firstLineNumber() const { return m_firstLine; }
    // True when the markup was longer than MaxCharacters and cut (such text is not editable).
    bool isTruncated() const { return m_truncated; }
    void setEditable(bool editable);
    bool isEditable() const { return !isReadOnly(); }
    // The text with the removed indentation put back on every non-blank continuation line.
    QString editedText() const;
    // Puts the cursor at `line`:`column` of the text (1-based, as XmlSourceError counts).
    void moveCursorTo(int line, int column);

    int lineNumberAreaWidth() const;
    void paintLineNumbers(QWidget *area, const QRect &rect);

    // Markup longer than this is cut and a note is appended (the view stays responsive).
    static constexpr qsizetype MaxCharacters = 4 * 1024 * 1024;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // Removes the blanks (at most column - 1) that start every non-blank continuation line;
    // `removed` gets them. Blank lines are kept as they are.
    static QString dedented(const QString &xml, int column, QString *removed);
    void updateGutterWidth();
    void updateGutter(const QRect &rect, int dy);
    void applyPalette();

    LineNumberArea *m_lineNumbers;
    XmlSyntaxHighlighter *m_highlighter;
    int m_firstLine = 1;
    bool m_truncated = false;
    QString m_indent; // what dedented() removed from each continuation line
};
