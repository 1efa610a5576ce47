#pragma once

#include "views/stringssnapshot.h"

#include <QAbstractTableModel>

#include <functional>
#include <memory>

// The Strings editor's table: one row per message of a StringsSnapshot (msgid, where it is
// used, default text, the shown locale's translation, status). The translation column is
// editable; setData() hands the text to the Editor function (which pushes an l10n command),
// the model never edits the document itself.
class StringsTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { MsgidColumn, UsageColumn, DefaultColumn, TranslationColumn, StatusColumn, ColumnCount };
    enum Role {
        StatusRole = Qt::UserRole + 1, // int(ovf::l10n::MessageStatus)
        AreaRole,                      // int(StringsArea)
    };
    // Applies `text` as the translation of `row`; false when refused (the editor says why).
    using Editor = std::function<bool(int row, const QString &text)>;

    explicit StringsTableModel(QObject *parent = nullptr);

    // Shows `snapshot` (a reset: rows may differ). Null shows nothing.
    void setSnapshot(std::shared_ptr<StringsSnapshot> snapshot);
    const std::shared_ptr<StringsSnapshot> &snapshot() const { return m_snapshot; }
    // The snapshot's row `row` changed in place (StringsSnapshot::noteEdit, showPending).
    void rowChanged(int row);
    void setEditor(Editor editor) { m_editor = std::move(editor); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Cells show the first line of multi-line texts (EULAs), with "…" when there is more.
    static QString firstLine(const QString &text);

private:
    std::shared_ptr<StringsSnapshot> m_snapshot;
    Editor m_editor;
};
