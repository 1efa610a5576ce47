#include "model/items/hardwarequantitymodel.h"

#include "model/commands/editsession.h"
#include "model/commands/formedits.h"
#include "model/commands/sethardwarequantitycommand.h"
#include "model/ovf/descriptor.h"
#include "model/ovf/units.h"

#include <QFont>
#include <QPalette>

using namespace Qt::StringLiterals;
namespace cmd = ovf::commands;
using cmd::hwitems::ItemVariant;

namespace ovf::items {

namespace {

constexpr quint64 MiB = quint64(1) << 20;
constexpr quint64 GiB = quint64(1) << 30;

std::optional<quint64> memoryBytes(const HardwareItem &item)
{
    if (item.isNull())
        return std::nullopt;
    const QString units = item.allocationUnits().isEmpty() ? u"byte * 2^20"_s : item.allocationUnits();
    auto bytes = parseByteQuantity(item.virtualQuantity(), units);
    return bytes ? std::optional<quint64>(*bytes) : std::nullopt;
}

} // namespace

HardwareQuantityModel::HardwareQuantityModel(cmd::EditSession *session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session)
{
    connect(m_session, &cmd::EditSession::documentChanged, this, [this] {
        beginResetModel();
        rebuild();
        endResetModel();
    });
}

void HardwareQuantityModel::setSection(xml::Element *section)
{
    beginResetModel();
    m_section = section;
    rebuild();
    endResetModel();
}

void HardwareQuantityModel::setShowBounds(bool show)
{
    beginResetModel();
    m_showBounds = show;
    rebuild();
    endResetModel();
}

void HardwareQuantityModel::rebuild()
{
    m_rows.clear();
    if (!m_section || !cmd::FormEdits::isAttached(m_section))
        return;
    QList<std::pair<QString, QString>> options{{QString(), tr("All options (base)")}};
    for (const Configuration &c : m_session->descriptor().envelope().configurations()) {
        const QString label = c.label().text.isEmpty() ? c.id() : u"%1 (%2)"_s.arg(c.label().text, c.id());
        options.append({c.id(), tr("Option: %1").arg(label)});
    }
    const QList<HardwareItem> items = hardwareItemsIn(m_section);
    const auto hasBound = [&](const QString &configuration) {
        return std::any_of(items.begin(), items.end(), [&](const HardwareItem &i) {
            return (i.resourceType() == 3 || i.resourceType() == 4) && !i.bound().isEmpty()
                && i.bound() != u"normal" && (configuration.isEmpty() ? i.configurations().isEmpty()
                                                                      : i.configurations().contains(configuration));
        });
    };
    for (const auto &[id, label] : options) {
        m_rows.append({{id, {}}, label});
        if (m_showBounds || hasBound(id)) {
            m_rows.append({{id, u"min"_s}, label + u" — "_s + tr("minimum")});
            m_rows.append({{id, u"max"_s}, label + u" — "_s + tr("maximum")});
        }
    }
}

HardwareItem HardwareQuantityModel::itemFor(const Row &row, int type, bool *inherited) const
{
    *inherited = false;
    const QList<HardwareItem> items = hardwareItemsIn(m_section);
    for (const HardwareItem &i : items) {
        if (i.resourceType() == type && cmd::hwitems::matches(i, row.variant))
            return i;
    }
    if (row.variant.configuration.isEmpty() && row.variant.bound.isEmpty())
        return {};
    // An option (or a bound) without its own Item: the base Item applies.
    *inherited = true;
    for (const HardwareItem &i : items) {
        if (i.resourceType() == type && cmd::hwitems::matches(i, ItemVariant{}))
            return i;
    }
    return {};
}

int HardwareQuantityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HardwareQuantityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HardwareQuantityModel::exactSize(quint64 bytes)
{
    if (bytes && bytes % GiB == 0)
        return u"%1 GiB"_s.arg(bytes / GiB);
    if (bytes && bytes % MiB == 0)
        return u"%1 MiB"_s.arg(bytes / MiB);
    return u"%1 byte"_s.arg(bytes);
}

QVariant HardwareQuantityModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == ConfigurationRole)
        return row.variant.configuration;
    if (role == BoundRole)
        return row.variant.bound;
    if (index.column() == VariantColumn) {
        if (role == Qt::DisplayRole)
            return row.label;
        if (role == Qt::FontRole && row.variant.configuration.isEmpty() && row.variant.bound.isEmpty()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    }
    bool inherited = false;
    const HardwareItem item = itemFor(row, index.column() == MemoryColumn ? 4 : 3, &inherited);
    if (role == InheritedRole)
        return inherited;
    QString text;
    std::optional<quint64> bytes;
    switch (index.column()) {
    case CpusColumn: text = item.virtualQuantity(); break;
    case CoresColumn: text = item.isNull() ? QString() : item.field(u"CoresPerSocket"); break;
    case MemoryColumn:
        bytes = memoryBytes(item);
        text = bytes ? exactSize(*bytes) : item.virtualQuantity();
        break;
    default: break;
    }
    switch (role) {
    case BytesRole: return bytes ? QVariant::fromValue(*bytes) : QVariant();
    case Qt::EditRole: return text;
    case Qt::DisplayRole:
        if (item.isNull())
            return index.column() == CoresColumn ? QString() : tr("(not set)");
        return inherited && !text.isEmpty() ? tr("%1 (base)").arg(text) : text;
    case Qt::ForegroundRole:
        return inherited || item.isNull() ? QVariant(QPalette().brush(QPalette::Disabled, QPalette::Text)) : QVariant();
    case Qt::ToolTipRole:
        if (inherited)
            return tr("This option uses the base value; edit the cell to give it its own.");
        if (index.column() == CoresColumn)
            return tr("vmw:CoresPerSocket: how the CPUs are grouped into sockets (must divide the CPU count)");
        return {};
    default: return {};
    }
}

QVariant HardwareQuantityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case VariantColumn: return tr("Applies to");
    case CpusColumn: return tr("CPUs");
    case CoresColumn: return tr("Cores per socket");
    case MemoryColumn: return tr("Memory");
    default: return {};
    }
}

Qt::ItemFlags HardwareQuantityModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() != VariantColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool HardwareQuantityModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.column() == VariantColumn || index.row() >= m_rows.size())
        return false;
    const Row row = m_rows.at(index.row());
    const QString text = value.toString().trimmed();
    cmd::Made<cmd::SetHardwareQuantityCommand> made = std::unexpected(QString());
    if (index.column() == MemoryColumn) {
        bool plain = false;
        const quint64 mib = text.toULongLong(&plain);
        auto bytes = plain ? std::expected<quint64, QString>(mib * MiB) : parseByteSize(text);
        if (!bytes) {
            emit editRefused(bytes.error());
            return false;
        }
        made = cmd::SetHardwareQuantityCommand::memory(m_session, m_section, *bytes, row.variant);
    } else {
        bool ok = false;
        const quint64 n = text.toULongLong(&ok);
        if (!ok && !(index.column() == CoresColumn && text.isEmpty())) {
            emit editRefused(tr("“%1” is not a whole number.").arg(text));
            return false;
        }
        bool inherited = false;
        const HardwareItem cpu = itemFor(row, 3, &inherited);
        const quint64 cpus = index.column() == CpusColumn ? n : cpu.virtualQuantity().toULongLong();
        const std::optional<quint64> cores = index.column() == CoresColumn ? std::optional<quint64>(n) : std::nullopt;
        made = cmd::SetHardwareQuantityCommand::cpus(m_session, m_section, cpus, cores, row.variant);
    }
    if (auto pushed = m_session->push(std::move(made)); !pushed) {
        emit editRefused(pushed.error());
        return false;
    }
    return true;
}

} // namespace ovf::items
