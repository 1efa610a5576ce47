#include "views/stringsfiltermodel.h"

#include "views/stringstablemodel.h"

using ovf::l10n::MessageStatus;

StringsFilterModel::StringsFilterModel(StringsTableModel *source, QObject *parent)
    : QSortFilterProxyModel(parent), m_source(source)
{
    setSourceModel(source);
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
    m_status = status;
    m_area = area;
    m_text = trimmed;
    invalidateFilter();
}

bool StringsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto &snapshot = m_source->snapshot();
    if (sourceParent.isValid() || !snapshot)
        return false;
    const StringsRow &row = snapshot->rows[size_t(sourceRow)];
    switch (m_status) {
    case StatusFilter::All:
        break;
    case StatusFilter::Untranslated:
        if (row.status != MessageStatus::Missing && row.status != MessageStatus::Empty)
            return false;
        break;
    case StatusFilter::Stale:
        if (row.status != MessageStatus::Stale)
            return false;
        break;
    case StatusFilter::NeedsWork:
        if (!needsWork(row.status))
            return false;
        break;
    }
    if (m_area && row.area != *m_area)
        return false;
    if (m_text.isEmpty())
        return true;
    const ovf::l10n::Message &m = snapshot->message(sourceRow);
    return m.msgid.contains(m_text, Qt::CaseInsensitive) || row.usage.contains(m_text, Qt::CaseInsensitive)
        || m.defaultText.contains(m_text, Qt::CaseInsensitive) || row.translation.contains(m_text, Qt::CaseInsensitive);
}
