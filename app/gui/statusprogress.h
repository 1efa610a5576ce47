#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

// A status bar part for long work: what is being done, a bar in bytes, and Cancel. Hidden
// when idle.
class StatusProgress : public QWidget
{
    Q_OBJECT

public:
    explicit StatusProgress(QWidget *parent = nullptr);

    void begin(const QString &text);
    void setBytes(qint64 done, qint64 total);
    void end();
    QProgressBar *bar() const { return m_bar; }

signals:
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    QLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_cancel;
};
