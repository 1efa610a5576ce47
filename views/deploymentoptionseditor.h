#pragma once

#include "views/formeditor.h"

#include <optional>

class QAction;
class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QToolBar;

// The DeploymentOptionSection (DSP0243 §9.8): the list of Configurations with add, remove and
// "make default" (exactly one ovf:default="true"), and for the current one its ovf:id (a
// rename updates every ovf:configuration reference in the document, committed when the field
// is left), Label and Description (typing merges into one undo step per field).
class DeploymentOptionsEditor : public FormEditor
{
    Q_OBJECT

public:
    DeploymentOptionsEditor(ovf::commands::EditSession *session, ovf::xml::Element *section, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QLineEdit *idField() const { return m_id; }
    QLineEdit *labelField() const { return m_label; }
    QLineEdit *descriptionField() const { return m_description; }
    QCheckBox *defaultBox() const { return m_default; }
    QLabel *idProblem() const { return m_idProblem; }
    QAction *addAction() const { return m_add; }
    QAction *removeAction() const { return m_remove; }

    void selectConfiguration(const ovf::xml::Element *configuration);
    ovf::xml::Element *currentConfiguration() const;
    // Selects the Configuration `target` is in and focuses its Label, Description or id.
    bool focusElement(const ovf::xml::Element *target) override;

protected:
    void refresh() override;
    void retranslateUi() override;

private:
    QList<ovf::xml::Element *> configurations() const;
    void addConfiguration();
    void removeConfiguration();
    void makeDefault(ovf::xml::Element *configuration, bool on);
    void commitRename();
    void showCurrent();
    // Why the rename command would refuse `id` (FormEdits::checkConfigurationId), empty if not.
    QString idProblemFor(const QString &id) const;

    QLabel *m_title;
    QLabel *m_hint;
    QToolBar *m_toolBar;
    QListWidget *m_list;
    QLineEdit *m_id;
    QLabel *m_idProblem;
    QFormLayout *m_form = nullptr;
    void showIdProblem(const QString &problem);
    QLineEdit *m_label;
    QLineEdit *m_description;
    QCheckBox *m_default;
    QLabel *m_references;
    QLabel *m_labelNote;
    QAction *m_add;
    QAction *m_remove;
    QList<ovf::xml::Element *> m_shown;
    bool m_idEdited = false; // the id field holds a rename not committed yet
    // The label before the typing in the label field began: a description that was that label
    // follows the new one when the field is left (FormEdits::followLabel).
    std::optional<QString> m_labelBefore;
};
