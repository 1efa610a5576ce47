#pragma once

#include "wizards/deploypage.h"

#include <QList>

class PropertyField;
class QCheckBox;
class QFormLayout;
class QLabel;
class QVBoxLayout;

// The product properties (ProductSection, DSP0243 §9.5), grouped by Category, each with a
// typed editor (PropertyField) validated as it is edited, and a line saying how many fields
// are still invalid; Next is enabled when none is. Properties that are not
// ovf:userConfigurable are hidden behind "Show all properties" (and read-only). Values the
// operator did not touch follow the deployment option (per-configuration Value elements).
// Skipped when no property is user-configurable.
class PropertiesPage : public DeployPage
{
    Q_OBJECT

public:
    explicit PropertiesPage(DeploySession *session, QWidget *parent = nullptr);

    bool isNeeded() const override;
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    QList<PropertyField *> fields() const { return m_fields; }
    // The field of the property with DeployProperty::id() `id`, or nullptr.
    PropertyField *field(const QString &id) const;
    QCheckBox *showAllBox() const { return m_showAll; }
    int invalidCount() const;
    QLabel *invalidLabel() const { return m_invalid; }

private:
    void rebuild();
    void applyConfiguration(const QString &configuration);
    void updateVisibility();
    void updateInvalidCount();

    QCheckBox *m_showAll = nullptr;
    QLabel *m_invalid = nullptr;
    QVBoxLayout *m_groups = nullptr;
    QList<PropertyField *> m_fields;
    QList<QFormLayout *> m_forms;
    bool m_dirty = true;
};
