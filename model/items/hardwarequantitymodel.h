#pragma once

#include "model/commands/hardwareitems.h"

#include <QAbstractTableModel>
#include <QList>

namespace ovf::commands {
class EditSession;
}

namespace ovf::items {

// CPUs, cores per socket and memory of one VirtualHardwareSection, per variant of the
// Processor and Memory Items (DSP0243 §9.8): the base values (no ovf:configuration), then one
// row per deployment option of the DeploymentOptionSection, named with the option's label;
// with bounds shown, the ovf:bound min and max rows of each. An option without Items of its
// own shows the base values, marked as inherited; editing one gives the option its own Item.
// Edits go through SetHardwareQuantityCommand (one undo step each); a refused edit is
// reported by editRefused(). The model resets whenever the document changes.
class HardwareQuantityModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { VariantColumn, CpusColumn, CoresColumn, MemoryColumn, ColumnCount };
    enum Role {
        InheritedRole = Qt::UserRole + 1, // bool: the value comes from the base (no Item of its own)
        ConfigurationRole,                // QString: the row's deployment option id ("" for base)
        BoundRole,                        // QString: the row's ovf:bound ("" / "min" / "max")
        BytesRole,                        // quint64: the memory of the row, in bytes
    };

    HardwareQuantityModel(commands::EditSession *session, QObject *parent = nullptr);

    void setSection(xml::Element *section);
    xml::Element *section() const { return m_section; }
    // Shows the min/max rows of ovf:bound ranges (always shown for Items that have one).
    void setShowBounds(bool show);
    bool showBounds() const { return m_showBounds; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // CPUs and cores: a number; memory: a size with a unit ("2 GiB", "512 MiB"), a bare
    // number meaning MiB.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // Memory as the editor shows it: the largest binary unit that divides it ("2 GiB").
    static QString exactSize(quint64 bytes);

signals:
    void editRefused(const QString &reason);

private:
    struct Row
    {
        commands::hwitems::ItemVariant variant;
        QString label;
    };
    void rebuild();
    // The Item of `type` for the row's variant; `inherited` tells whether it is the base's.
    HardwareItem itemFor(const Row &row, int type, bool *inherited) const;

    commands::EditSession *m_session;
    xml::Element *m_section = nullptr;
    bool m_showBounds = false;
    QList<Row> m_rows;
};

} // namespace ovf::items
