#include "app/gui/readonlybanner.h"

#include <QEvent>

using namespace Qt::StringLiterals;

ReadOnlyBanner::ReadOnlyBanner(QWidget *parent) : QLabel(parent)
{
    setObjectName(u"readOnlyBanner"_s);
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setStyleSheet(u"QLabel { background: #fdecea; color: #8a1c12; border: 1px solid #e0a39c; padding: 6px; }"_s);
    hide();
}

void ReadOnlyBanner::showFor(const QString &name, const QString &reason)
{
    m_name = name;
    m_reason = reason;
    retranslate();
    setVisible(!reason.isEmpty());
}

void ReadOnlyBanner::retranslate()
{
    setText(m_reason.isEmpty() ? QString()
                               : tr("Read-only: %1 is Invalid and is shown for inspection only; it cannot be edited, "
                                    "saved or deployed. Why:\n%2")
                                     .arg(m_name, m_reason));
}

void ReadOnlyBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QLabel::changeEvent(event);
}
