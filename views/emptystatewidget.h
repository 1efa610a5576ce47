#pragma once

#include <QWidget>

class QLabel;

// A centred icon and a line of guidance, shown where content will appear.
class EmptyStateWidget : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyStateWidget(QWidget *parent = nullptr);

    void setIcon(const QIcon &icon);
    void setText(const QString &text);
    QString text() const;

private:
    QLabel *m_icon;
    QLabel *m_text;
};
