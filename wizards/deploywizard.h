#pragma once

#include "wizards/deploypage.h"

#include <QWizard>

class DeploySession;
class TargetInventory;

// The deploy wizard: assembles the pages (each its own class, each skipped when it has
// nothing to ask) around one DeploySession. Start it with a package path to begin at the
// verification, or with the document open in the main window to offer it on the Source page.
class DeployWizard : public QWizard
{
    Q_OBJECT

public:
    struct Options
    {
        QString package; // when set, the Source page is skipped and this package verified
        QString openDocument; // offered on the Source page (the main window's document)
    };

    explicit DeployWizard(const Options &options, QWidget *parent = nullptr);
    ~DeployWizard() override;

    DeploySession *session() const { return m_session; }
    TargetInventory *inventory() const { return m_inventory; }

    template<typename Page>
    Page *deployPage(DeployPageId id) const
    {
        return qobject_cast<Page *>(page(int(id)));
    }

protected:
    void reject() override;

private:
    DeploySession *m_session;
    TargetInventory *m_inventory;
};
