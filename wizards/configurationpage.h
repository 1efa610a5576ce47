#pragma once

#include "wizards/deploypage.h"

#include <QList>

class QButtonGroup;
class QRadioButton;
class QVBoxLayout;

// The deployment options (DeploymentOptionSection, DSP0243 §9.8), each with its label and
// description; the package's default is preselected. Skipped when there are fewer than two.
class ConfigurationPage : public DeployPage
{
    Q_OBJECT

public:
    explicit ConfigurationPage(DeploySession *session, QWidget *parent = nullptr);

    bool isNeeded() const override;
    void initializePage() override;

    QList<QRadioButton *> optionButtons() const;

private:
    void rebuild();

    QVBoxLayout *m_options = nullptr;
    QButtonGroup *m_group = nullptr;
    QStringList m_ids;
    bool m_dirty = true;
};
