#pragma once

#include <QTableView>

namespace ovf::commands {
class EditSession;
}
namespace ovf::items {
class StartupTableModel;
}
namespace ovf::xml {
class Element;
}

// The startup order of a collection as a table (StartupTableModel): rows are dragged to
// change the order, delays typed in, actions picked from a list, Wait for guest checked.
// Owns its model.
class StartupOrderTable : public QTableView
{
    Q_OBJECT

public:
    StartupOrderTable(ovf::commands::EditSession *session, QWidget *parent = nullptr);

    void setSection(ovf::xml::Element *section);
    ovf::items::StartupTableModel *startupModel() const { return m_model; }

signals:
    // An edit in the table was refused (its model's editRefused()); nothing changed.
    void editRefused(const QString &reason);

private:
    ovf::items::StartupTableModel *m_model;
};
