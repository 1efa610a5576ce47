#include "views/emptystatewidget.h"

#include <QAction>
#include <QHBoxLayout>
#include <QIcon>
#include <QPushButton>
#include <QLabel>
#include <QVBoxLayout>

EmptyStateWidget::EmptyStateWidget(QWidget *parent)
    : QWidget(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)), m_buttons(new QHBoxLayout)
{
    m_icon->setAlignment(Qt::AlignCenter);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setForegroundRole(QPalette::PlaceholderText);
    QFont font = m_text->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    m_text->setFont(font);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(3);
    layout->addWidget(m_icon);
    layout->addSpacing(12);
    layout->addWidget(m_text);
    layout->addSpacing(16);
    m_buttons->addStretch(1);
    m_buttons->addStretch(1);
    layout->addLayout(m_buttons);
    layout->addStretch(4);
}

void EmptyStateWidget::setIcon(const QIcon &icon)
{
    m_icon->setPixmap(icon.pixmap(QSize(96, 96), QIcon::Disabled));
}

void EmptyStateWidget::setText(const QString &text)
{
    m_text->setText(text);
}

QString EmptyStateWidget::text() const
{
    return m_text->text();
}

QPushButton *EmptyStateWidget::addActionButton(QAction *action)
{
    auto *button = new QPushButton(this);
    button->setObjectName(action->objectName() + QStringLiteral("Button"));
    const auto follow = [button, action] {
        button->setText(action->text());
        button->setIcon(action->icon());
        button->setEnabled(action->isEnabled());
        button->setToolTip(action->statusTip());
    };
    follow();
    connect(action, &QAction::changed, button, follow);
    connect(button, &QPushButton::clicked, action, &QAction::trigger);
    m_buttons->insertWidget(m_buttons->count() - 1, button);
    return button;
}
