#include "wizards/deploypage.h"

#include <QWizard>

DeployPage::DeployPage(DeployPageId id, DeploySession *session, QWidget *parent)
    : QWizardPage(parent), m_id(id), m_session(session)
{
}

int DeployPage::nextId() const
{
    const QWizard *w = wizard();
    if (!w)
        return -1;
    const QList<int> ids = w->pageIds(); // ascending
    for (int id : ids) {
        if (id <= int(m_id))
            continue;
        const auto *page = qobject_cast<const DeployPage *>(w->page(id));
        if (!page || page->isNeeded())
            return id;
    }
    return -1;
}
