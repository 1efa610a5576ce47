#pragma once

#include "views/formeditor.h"

class QAction;
class QLabel;
class QPushButton;
class QTableView;
class QToolBar;
namespace ovf::items {
class PropertyTableModel;
}

// The properties of one ProductSection (DSP0243 §9.5) as a table over PropertyTableModel:
// add a property or a category, remove, move up and down (moving a property past a category
// moves it into that category), key, type (a combo of the OVF types), default value checked
// live against type and qualifiers (red cell, tooltip, and the reason under the table),
// user-configurable and password check boxes, label, description, and dialogs for the
// qualifiers and the per-deployment-option values. Every change is one undo step.
class PropertiesEditor : public FormEditor
{
    Q_OBJECT

public:
    PropertiesEditor(ovf::commands::EditSession *session, ovf::xml::Element *section, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    ovf::items::PropertyTableModel *model() const { return m_model; }
    QLabel *problemLabel() const { return m_problem; }
    QAction *addPropertyAction() const { return m_addProperty; }
    QAction *addCategoryAction() const { return m_addCategory; }
    QAction *removeAction() const { return m_remove; }
    QAction *moveUpAction() const { return m_moveUp; }
    QAction *moveDownAction() const { return m_moveDown; }
    QAction *qualifiersAction() const { return m_qualifiers; }
    QAction *configurationValuesAction() const { return m_configurationValues; }
    // "Translations…" (below the table): the Strings editor on the current row's text: a
    // category's, or the property's Description when that cell is current, else its Label.
    QPushButton *translateButton() const { return m_translations; }
    ovf::xml::Element *translatableAtCurrent() const;

    // Makes the row of `element` (a Property or Category of the section) current.
    void selectElement(const ovf::xml::Element *element);
    int currentRow() const;
    // The row of the Property or Category `target` is in (Label, Description or a Value of
    // it included), at the column that edits it.
    bool focusElement(const ovf::xml::Element *target) override;

    // Opens the qualifiers dialog / per-configuration dialog for the current property; the
    // hook lets tests drive the dialog before it is executed (nullptr: none).
    std::function<void(QDialog *)> dialogHook;

protected:
    void refresh() override;
    void retranslateUi() override;

private:
    void updateSpans();
    void updateActions();
    void updateProblem();
    void editQualifiers();
    void editConfigurationValues();
    void selectRow(int row);

    ovf::items::PropertyTableModel *m_model;
    QLabel *m_title;
    QLabel *m_hint;
    QToolBar *m_toolBar;
    QTableView *m_table;
    QLabel *m_problem;
    QAction *m_addProperty;
    QAction *m_addCategory;
    QAction *m_remove;
    QAction *m_moveUp;
    QAction *m_moveDown;
    QAction *m_qualifiers;
    QAction *m_configurationValues;
    QPushButton *m_translations;
};
