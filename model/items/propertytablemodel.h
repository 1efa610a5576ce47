#pragma once

#include "model/ovf/productsection.h"

#include <QAbstractTableModel>
#include <QList>

#include <expected>

namespace ovf::commands {
class EditSession;
}

namespace ovf::items {

// A table over the Property and Category children of one ProductSection, in document order
// (DSP0243 §9.5: a Category applies to the properties after it). A thin adapter: it keeps
// only the list of row elements and reads everything else from the XML on each call; edits
// through setData() are pushed as commands on the session's undo stack. It follows the
// document through the session's change notifications (undo/redo, other editors): rows are
// inserted, removed or moved with the matching signals when one row changed, otherwise the
// model is reset.
//
// Columns: Key, Type, Value (the default, ovf:value), Per-configuration values (read-only
// summary), Qualifiers, User configurable and Password (check boxes), Label, Description.
// For a Category row only the Key column has data (the category text, editable).
// The Value column is validated with ovf::checkPropertyValue against the type and
// qualifiers; ProblemRole / ToolTip carry the reason.
//
// Lifetime: the session must outlive the model; the section element must belong to it.
class PropertyTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        KeyColumn,
        TypeColumn,
        ValueColumn,
        ConfigurationValuesColumn,
        QualifiersColumn,
        UserConfigurableColumn,
        PasswordColumn,
        LabelColumn,
        DescriptionColumn,
        ColumnCount,
    };
    enum Role {
        ElementRole = Qt::UserRole + 1, // ovf::xml::Element * of the row
        IsCategoryRole,                 // bool
        ProblemRole,                    // QString: the row's problem; in the Value / Per-option column that column's
        CategoryRole,                   // QString: the category the row is under
    };

    explicit PropertyTableModel(commands::EditSession *session, QObject *parent = nullptr);

    // The ProductSection shown (nullptr: none). Resets the model.
    void setSection(xml::Element *section);
    xml::Element *section() const { return m_section; }
    commands::EditSession *session() const { return m_session; }

    xml::Element *element(const QModelIndex &index) const;
    bool isCategory(int row) const;
    QModelIndex indexOf(const xml::Element *element, int column = 0) const;
    // The row's problem (see ProblemRole), empty when the values are valid.
    QString problem(int row) const;

    // Structural edits, each one undo step. Insertions go before `beforeRow` (-1: at the end);
    // they return the new row (-1 when refused). A refused edit (here or in setData) is
    // reported by editRefused() with the commands' reason.
    int insertProperty(int beforeRow);
    int insertCategory(int beforeRow);
    void removeRow(int row);
    bool moveRow(int row, bool up);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Re-reads the row list from the document; called on the session's change signal.
    void refresh();

signals:
    void editRefused(const QString &reason);

private:
    // True when `result` is a success; else reports the refusal.
    bool done(const std::expected<void, QString> &result);
    QList<xml::Element *> readRows() const;
    QString uniqueKey() const;
    // Why the default value (or, with `configurations`, a per-configuration value) is invalid;
    // type and qualifier problems count for the default only.
    QString valueProblem(const Property &p, bool configurations) const;

    commands::EditSession *m_session;
    xml::Element *m_section = nullptr;
    QList<xml::Element *> m_rows;
};

} // namespace ovf::items
