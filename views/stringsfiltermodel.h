#pragma once

#include "views/stringssnapshot.h"

#include <QSortFilterProxyModel>

#include <optional>

class StringsTableModel;

// The Strings editor's filters over a StringsTableModel: by status (untranslated: missing or
// empty; stale), by the section a message is used in, and by text (msgid, usage, default
// text or translation contain it, case-insensitively). Reads the snapshot's rows directly,
// so filtering 20,000 messages costs no QVariant per cell.
class StringsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class StatusFilter { All, Untranslated, Stale, NeedsWork };

    explicit StringsFilterModel(StringsTableModel *source, QObject *parent = nullptr);

    void setStatusFilter(StatusFilter filter);
    StatusFilter statusFilter() const { return m_status; }
    void setArea(std::optional<StringsArea> area);
    void setText(const QString &text);
    // All three at once (one re-filter).
    void setFilters(StatusFilter status, std::optional<StringsArea> area, const QString &text);

    // True for the statuses Enter skips to: missing, empty and stale.
    static bool needsWork(ovf::l10n::MessageStatus status);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    StringsTableModel *m_source;
    StatusFilter m_status = StatusFilter::All;
    std::optional<StringsArea> m_area;
    QString m_text;
};
