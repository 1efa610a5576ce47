#pragma once

#include "model/ovf/xmlnode.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

#include <expected>

namespace ovf::commands {
class EditSession;
}

namespace ovf::items {

// The power-on order of a VirtualSystemCollection (StartupSection, DSP0243 §9.10): one row
// per child entity of the collection, in start order (entries with the same ovf:order start
// together; entities without an entry come last, with an empty Order). A thin adapter: it
// keeps the row list and reads the rest from the XML; it resets whenever the document
// changes (undo/redo, other editors), the table being a handful of rows.
//
// Editing (each edit one undo step through the session): the delays (seconds), Waiting for
// guest (check box), and the start and stop actions; editing a row of an entity without an
// entry creates its Item. Dragging a row to another place renumbers ovf:order so that the
// rows start in the new order, keeping rows that started together before together (one
// step, "Change the startup order"); moveRow() does the same without a drag.
//
// Lifetime: the session must outlive the model; the section belongs to its document.
class StartupTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        EntityColumn,
        OrderColumn,
        StartDelayColumn,
        WaitingForGuestColumn,
        StartActionColumn,
        StopDelayColumn,
        StopActionColumn,
        ColumnCount,
    };
    enum Role {
        ItemRole = Qt::UserRole + 1, // ovf::xml::Element *: the row's StartupSection Item, or null
        EntityRole,                  // ovf::xml::Element *: the child entity, or null (an Item for no child)
        ChoicesRole,                 // QStringList: the values an action column takes
    };

    StartupTableModel(commands::EditSession *session, QObject *parent = nullptr);

    // The StartupSection shown (its parent is the collection); nullptr shows nothing.
    void setSection(xml::Element *section);
    xml::Element *section() const { return m_section; }

    // Moves row `from` to stand before row `to` (rowCount() for last) and renumbers; false
    // when nothing changes.
    bool moveRow(int from, int to);
    // The entity ids in start order, as shown.
    QStringList ids() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override;

    static constexpr QLatin1StringView RowMimeType{"application/x-ovfw-startup-row"};

signals:
    // An edit of the table was refused (the commands' reason); nothing changed.
    void editRefused(const QString &reason);

private:
    struct Row
    {
        QString id;
        xml::Element *item = nullptr;
        xml::Element *entity = nullptr;
    };
    void rebuild();
    // The Item of `row`, created first (as part of the current macro) when it has none.
    std::expected<xml::Element *, QString> ensureItem(const Row &row);
    static QString attributeOf(int column);

    commands::EditSession *m_session;
    xml::Element *m_section = nullptr;
    QList<Row> m_rows;
};

} // namespace ovf::items
