#pragma once

#include <QWidget>

class XmlSourceView;

// The gutter of an XmlSourceView: paints the source line numbers of the visible lines.
class LineNumberArea : public QWidget
{
    Q_OBJECT

public:
    explicit LineNumberArea(XmlSourceView *view);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    XmlSourceView *m_view;
};
