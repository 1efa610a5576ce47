#include "views/stringsfiltermodel.h"

#include "views/stringstablemodel.h"

using ovf::l10n::MessageStatus;

StringsFilterModel::StringsFilterModel(StringsTableModel *source, QObject *parent)
    : QSortFilterProxyModel(parent), m_source(source)
{
    setSourceModel(source);
    // A new snapshot: nothing known about its rows (another one may reuse the address).
    connect(source, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_matchesOf = nullptr; });
}

bool StringsFilterModel::needsWork(MessageStatus status)
{
    return status == MessageStatus::Missing || status == MessageStatus::Empty || status == MessageStatus::Stale;
}

void StringsFilterModel::setStatusFilter(StatusFilter filter)
{
    setFilters(filter, m_area, m_text);
}

void StringsFilterModel::setArea(std::optional<StringsArea> area)
{
    setFilters(m_status, area, m_text);
}

void StringsFilterModel::setText(const QString &text)
{
    setFilters(m_status, m_area, text);
}

void StringsFilterModel::setFilters(StatusFilter status, std::optional<StringsArea> area, const QString &text)
{
    const QString trimmed = text.trimmed();
    if (status == m_status && area == m_area && trimmed == m_text)
        return;
    const auto &snapshot = m_source->snapshot();
    const bool refine = !m_text.isEmpty() && trimmed.contains(m_text, Qt::CaseInsensitive) && snapshot
                        && m_matchesOf == snapshot.get() && m_matches.size() == snapshot->rows.size();
    if (!refine)
        m_matchesOf = nullptr; // every row is read again
    m_status = status;
    m_area = area;
    m_text = trimmed;
    m_refining = refine;
    // One layout change rather than invalidateFilter()'s removal and insertion of every run of
    // rows: a status filter over 20,000 rows makes thousands of runs, and the view pays for
    // each. The mapping is rebuilt here, every source row judged once.
    invalidate();
    (void)rowCount();
    m_refining = false;
}

bool StringsFilterModel::textAccepts(int sourceRow, const StringsSnapshot &snapshot) const
{
    if (m_matchesOf != &snapshot || m_matches.size() != snapshot.rows.size()) {
        m_matches.assign(snapshot.rows.size(), -1);
        m_matchesOf = &snapshot;
    }
    signed char &known = m_matches[size_t(sourceRow)];
    if (m_refining && known == 0)
        return false;
    const StringsRow &row = snapshot.rows[size_t(sourceRow)];
    const ovf::l10n::Message &m = snapshot.message(sourceRow);
    const bool match = m.msgid.contains(m_text, Qt::CaseInsensitive) || row.usage.contains(m_text, Qt::CaseInsensitive)
        || m.defaultText.contains(m_text, Qt::CaseInsensitive) || row.translation.contains(m_text, Qt::CaseInsensitive);
    known = match ? 1 : 0;
    return match;
}

bool StringsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto &snapshot = m_source->snapshot();
    if (sourceParent.isValid() || !snapshot)
        return false;
    const StringsRow &row = snapshot->rows[size_t(sourceRow)];
    bool accepted = true;
    switch (m_status) {
    case StatusFilter::All:
        break;
    case StatusFilter::Untranslated:
        accepted = row.status == MessageStatus::Missing || row.status == MessageStatus::Empty;
        break;
    case StatusFilter::Stale:
        accepted = row.status == MessageStatus::Stale;
        break;
    case StatusFilter::NeedsWork:
        accepted = needsWork(row.status);
        break;
    }
    if (accepted && m_area && row.area != *m_area)
        accepted = false;
    if (!accepted) {
        // Not read for the text: outside a refining pass the row may have changed (an edit),
        // so what was known of it is forgotten.
        if (!m_refining && m_matchesOf == snapshot.get() && size_t(sourceRow) < m_matches.size())
            m_matches[size_t(sourceRow)] = -1;
        return false;
    }
    return m_text.isEmpty() || textAccepts(sourceRow, *snapshot);
}
