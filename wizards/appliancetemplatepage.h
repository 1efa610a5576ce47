#pragma once

#include <QWizardPage>

class QListWidget;

// New Appliance, template: one of the templates shipped with the program
// (ApplianceTemplate::all(), each with a sentence on what it holds); field "template" is its
// id.
class ApplianceTemplatePage : public QWizardPage
{
    Q_OBJECT
    Q_PROPERTY(QString templateId READ templateId NOTIFY templateChanged)

public:
    explicit ApplianceTemplatePage(QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QString templateId() const;
    int nextId() const override;

signals:
    void templateChanged();

private:
    QListWidget *m_list;
};
