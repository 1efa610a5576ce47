#include "views/linenumberarea.h"

#include "views/xmlsourceview.h"

LineNumberArea::LineNumberArea(XmlSourceView *view) : QWidget(view), m_view(view) { }

QSize LineNumberArea::sizeHint() const
{
    return {m_view->lineNumberAreaWidth(), 0};
}

void LineNumberArea::paintEvent(QPaintEvent *event)
{
    m_view->paintLineNumbers(this, event->rect());
}
