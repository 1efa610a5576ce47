#pragma once

#include <QWizardPage>

class DeploySession;

// The pages of the deploy wizard, in order (QWizard page ids).
enum class DeployPageId : int {
    Source,
    Verification,
    Details,
    Licenses,
    Configuration,
    Target,
    Networks,
    Storage,
    Properties,
    Summary,
    Progress,
    Done,
};

// Base of the deploy wizard's pages: each knows whether it has anything to ask
// (isNeeded()), and nextId() skips the following pages that do not.
class DeployPage : public QWizardPage
{
    Q_OBJECT

public:
    DeployPage(DeployPageId id, DeploySession *session, QWidget *parent = nullptr);

    DeployPageId pageId() const { return m_id; }
    // False when the page has nothing to ask or show for the current package and choices.
    virtual bool isNeeded() const { return true; }
    int nextId() const override;

protected:
    DeploySession *session() const { return m_session; }

private:
    DeployPageId m_id;
    DeploySession *m_session;
};
