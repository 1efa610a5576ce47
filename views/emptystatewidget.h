#pragma once

#include <QWidget>

class QAction;
class QHBoxLayout;
class QLabel;
class QPushButton;

// A centred icon and a line of guidance, shown where content will appear, with buttons for
// the actions that start (File > New, File > Open).
class EmptyStateWidget : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyStateWidget(QWidget *parent = nullptr);

    void setIcon(const QIcon &icon);
    void setText(const QString &text);
    QString text() const;
    // A button under the text that triggers `action` and follows its text, icon and enabled
    // state (the action is not owned).
    QPushButton *addActionButton(QAction *action);

private:
    QLabel *m_icon;
    QLabel *m_text;
    QHBoxLayout *m_buttons;
};
