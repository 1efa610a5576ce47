#pragma once

#include <QLabel>

// The inline banner above the workspace while an Invalid package is open read-only for
// inspection: says that it cannot be edited, saved or deployed, and why (the verifier's
// reasons). Hidden otherwise. DESIGN.md: banners for document states.
class ReadOnlyBanner : public QLabel
{
    Q_OBJECT

public:
    explicit ReadOnlyBanner(QWidget *parent = nullptr);

    // Shows the banner for document `name`; an empty `reason` hides it.
    void showFor(const QString &name, const QString &reason);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QString m_name;
    QString m_reason;
};
