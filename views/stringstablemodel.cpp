#include "views/stringstablemodel.h"

#include <QBrush>
#include <QColor>

using namespace Qt::StringLiterals;
using ovf::l10n::MessageStatus;

StringsTableModel::StringsTableModel(QObject *parent) : QAbstractTableModel(parent) { }

void StringsTableModel::setSnapshot(std::shared_ptr<StringsSnapshot> snapshot)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    endResetModel();
}

void StringsTableModel::rowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int StringsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_snapshot ? 0 : int(m_snapshot->rows.size());
}

int StringsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString StringsTableModel::firstLine(const QString &text)
{
    const QString trimmed = text.trimmed();
    const qsizetype newline = trimmed.indexOf(u'\n');
    if (newline < 0)
        return trimmed;
    return trimmed.left(newline).trimmed() + u" …"_s;
}

QVariant StringsTableModel::data(const QModelIndex &index, int role) const
{
    if (!m_snapshot || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const StringsRow &row = m_snapshot->rows[size_t(index.row())];
    const ovf::l10n::Message &m = m_snapshot->message(index.row());
    switch (role) {
    case StatusRole:
        return int(row.status);
    case AreaRole:
        return int(row.area);
    case Qt::DisplayRole:
        switch (index.column()) {
        case MsgidColumn: return m.msgid;
        case UsageColumn: return row.usage;
        case DefaultColumn: return firstLine(m.defaultText);
        case TranslationColumn: return firstLine(row.translation);
        case StatusColumn:
            return m_snapshot->locale.isEmpty() ? QString() : ovf::l10n::MessageStatusText::label(row.status);
        }
        break;
    case Qt::EditRole:
        if (index.column() == TranslationColumn)
            return row.translation;
        break;
    case Qt::ToolTipRole:
        if (index.column() == DefaultColumn)
            return m.defaultText;
        if (index.column() == TranslationColumn)
            return row.translation;
        if (index.column() == UsageColumn && m.conflictingDefaults)
            return tr("The elements with this msgid carry different default texts; the first is shown.");
        break;
    case Qt::ForegroundRole:
        if (index.column() != StatusColumn || m_snapshot->locale.isEmpty())
            break;
        switch (row.status) {
        case MessageStatus::Missing:
        case MessageStatus::Empty: return QBrush(QColor(0xc6, 0x28, 0x28));
        case MessageStatus::Stale: return QBrush(QColor(0xa8, 0x64, 0x00));
        case MessageStatus::Identical: return QBrush(QColor(0x60, 0x60, 0x60));
        case MessageStatus::Translated: return QBrush(QColor(0x2e, 0x7d, 0x32));
        }
        break;
    default:
        break;
    }
    return {};
}

bool StringsTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != TranslationColumn || !m_editor || !m_snapshot
        || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const QString text = value.toString();
    if (text == m_snapshot->rows[size_t(index.row())].translation)
        return false;
    return m_editor(index.row(), text);
}

Qt::ItemFlags StringsTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == TranslationColumn && m_snapshot && !m_snapshot->locale.isEmpty())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant StringsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MsgidColumn: return tr("Message ID");
    case UsageColumn: return tr("Used in");
    case DefaultColumn:
        return m_snapshot ? tr("Default text (%1)").arg(m_snapshot->catalogue.defaultLanguage()) : tr("Default text");
    case TranslationColumn:
        return m_snapshot && !m_snapshot->locale.isEmpty() ? tr("Translation (%1)").arg(m_snapshot->locale)
                                                           : tr("Translation");
    case StatusColumn: return tr("Status");
    }
    return {};
}
