#pragma once

#include "views/stringssnapshot.h"

#include <QSortFilterProxyModel>

#include <optional>
#include <vector>

class StringsTableModel;

// The Strings editor's filters over a StringsTableModel: by status (untranslated: missing or
// empty; stale), by the section a message is used in, and by text (msgid, usage, default
// text or translation contain it, case-insensitively). Reads the snapshot's rows directly,
// so filtering 20,000 messages costs no QVariant per cell, and remembers per row whether its
// texts contain the search text: typing one more letter (a text containing the previous one)
// searches again only the rows that matched before.
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
    bool textAccepts(int sourceRow, const StringsSnapshot &snapshot) const;

    StringsTableModel *m_source;
    StatusFilter m_status = StatusFilter::All;
    std::optional<StringsArea> m_area;
    QString m_text;
    // Per source row of m_matchesOf: 1 when its texts contain m_text, 0 when not, -1 unknown.
    // While m_refining (the new text contains the previous one) a 0 stays a 0 unread.
    mutable std::vector<signed char> m_matches;
    mutable const StringsSnapshot *m_matchesOf = nullptr;
    bool m_refining = false;
};
