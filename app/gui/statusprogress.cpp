#include "app/gui/statusprogress.h"
#include "model/ovf/units.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>

StatusProgress::StatusProgress(QWidget *parent)
    : QWidget(parent), m_label(new QLabel(this)), m_bar(new QProgressBar(this)), m_cancel(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    m_bar->setFixedWidth(220);
    m_bar->setRange(0, 1000);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAutoRaise(true);
    connect(m_cancel, &QToolButton::clicked, this, &StatusProgress::cancelRequested);
    hide();
}

void StatusProgress::begin(const QString &text)
{
    m_label->setText(text);
    m_bar->setValue(0);
    m_bar->setFormat(QString());
    show();
}

void StatusProgress::setBytes(qint64 done, qint64 total)
{
    m_bar->setValue(total > 0 ? int(done * 1000 / total) : 0);
    const QLocale locale;
    m_bar->setFormat(tr("%1 of %2").arg(ovf::formatByteSize(quint64(done), locale), ovf::formatByteSize(quint64(total), locale)));
}

void StatusProgress::end()
{
    hide();
}

void StatusProgress::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        m_cancel->setText(tr("Cancel"));
}
