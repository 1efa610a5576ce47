#include "model/items/propertytablemodel.h"

#include "model/commands/editsession.h"
#include "model/commands/formedits.h"
#include "model/ovf/namespaces.h"
#include "model/ovf/ovfelement.h"
#include "model/ovf/propertytype.h"

#include <QBrush>
#include <QColor>
#include <QFont>

using namespace Qt::StringLiterals;

namespace ovf::items {

namespace {

using commands::FormEdits;

// The index of `row` in `rows` after removing the element at `removed` and inserting
// nothing; used to recognise single-row changes.
int singleDifference(const QList<xml::Element *> &longer, const QList<xml::Element *> &shorter)
{
    if (longer.size() != shorter.size() + 1)
        return -1;
    int i = 0;
    while (i < shorter.size() && longer[i] == shorter[i])
        ++i;
    for (int j = i; j < shorter.size(); ++j) {
        if (longer[j + 1] != shorter[j])
            return -1;
    }
    return i;
}

} // namespace

PropertyTableModel::PropertyTableModel(commands::EditSession *session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session)
{
    connect(m_session, &commands::EditSession::documentChanged, this, &PropertyTableModel::refresh);
}

void PropertyTableModel::setSection(xml::Element *section)
{
    beginResetModel();
    m_section = section;
    m_rows = readRows();
    endResetModel();
}

QList<xml::Element *> PropertyTableModel::readRows() const
{
    QList<xml::Element *> rows;
    if (!m_section || !FormEdits::isAttached(m_section))
        return rows;
    for (xml::Element *c : m_section->childElements()) {
        if (isOvfNamed(c, u"Property") || isOvfNamed(c, u"Category"))
            rows.append(c);
    }
    return rows;
}

void PropertyTableModel::refresh()
{
    const QList<xml::Element *> now = readRows();
    if (now == m_rows) {
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    if (const int at = singleDifference(now, m_rows); at >= 0) {
        beginInsertRows({}, at, at);
        m_rows = now;
        endInsertRows();
    } else if (const int gone = singleDifference(m_rows, now); gone >= 0) {
        beginRemoveRows({}, gone, gone);
        m_rows = now;
        endRemoveRows();
    } else if (now.size() == m_rows.size() && now.size() >= 2) {
        // One row moved by one place (move up / down, and their undo).
        int first = 0;
        while (now[first] == m_rows[first])
            ++first;
        const bool swapped = first + 1 < now.size() && now[first] == m_rows[first + 1]
                             && now[first + 1] == m_rows[first];
        bool restSame = swapped;
        for (int i = first + 2; restSame && i < now.size(); ++i)
            restSame = now[i] == m_rows[i];
        if (restSame) {
            beginMoveRows({}, first + 1, first + 1, {}, first);
            m_rows = now;
            endMoveRows();
        } else {
            beginResetModel();
            m_rows = now;
            endResetModel();
            return;
        }
    } else {
        beginResetModel();
        m_rows = now;
        endResetModel();
        return;
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

xml::Element *PropertyTableModel::element(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return nullptr;
    return m_rows[index.row()];
}

bool PropertyTableModel::isCategory(int row) const
{
    return row >= 0 && row < m_rows.size() && isOvfNamed(m_rows[row], u"Category");
}

QModelIndex PropertyTableModel::indexOf(const xml::Element *element, int column) const
{
    const qsizetype row = m_rows.indexOf(element);
    return row < 0 ? QModelIndex() : index(int(row), column);
}

QString PropertyTableModel::valueProblem(const Property &p, bool configurations) const
{
    const auto type = parsePropertyType(p.type());
    if (!type)
        return configurations ? QString() : tr("The type is not valid: %1").arg(type.error());
    Qualifiers qualifiers;
    if (p.hasQualifiers()) {
        const auto parsed = parseQualifiers(p.qualifiers());
        if (!parsed)
            return configurations ? QString() : tr("The qualifiers are not valid: %1").arg(parsed.error());
        qualifiers = *parsed;
        const QStringList mismatch = checkQualifiersForType(type->type, qualifiers);
        if (!mismatch.isEmpty() && !configurations)
            return tr("The qualifiers do not fit the type: %1").arg(mismatch.join(u"; "_s));
    }
    // The validator's rule (ovf::checkAuthoredValue): an editor and the problems list never
    // disagree about a value. Warnings (an empty fixed number) are the problems list's.
    const auto problemOf = [&](const QString &value) {
        const AuthoredValueCheck check = checkAuthoredValue(type->type, qualifiers, value, p.isUserConfigurable());
        return check.verdict == AuthoredValueCheck::Verdict::Error ? check.reason : QString();
    };
    if (!configurations)
        return problemOf(p.value());
    for (const ConfigurationValue &cv : p.configurationValues()) {
        if (const QString reason = problemOf(cv.value); !reason.isEmpty())
            return tr("Value for %1: %2").arg(cv.configurations.join(u", "_s), reason);
    }
    return {};
}

QString PropertyTableModel::problem(int row) const
{
    if (row < 0 || row >= m_rows.size() || isCategory(row))
        return {};
    const Property p(m_rows[row]);
    const QString own = valueProblem(p, false);
    return own.isEmpty() ? valueProblem(p, true) : own;
}

int PropertyTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PropertyTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PropertyTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    xml::Element *e = m_rows[index.row()];
    const bool category = isCategory(index.row());
    switch (role) {
    case ElementRole:
        return QVariant::fromValue(static_cast<void *>(e));
    case IsCategoryRole:
        return category;
    case ProblemRole:
        if (category)
            return QString();
        if (index.column() == ConfigurationValuesColumn)
            return valueProblem(Property(e), true);
        return index.column() == ValueColumn ? valueProblem(Property(e), false) : problem(index.row());
    case CategoryRole:
        return category ? localizedText(e).text : Property(e).category().text;
    default:
        break;
    }
    if (category) {
        if (index.column() != KeyColumn)
            return {};
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return localizedText(e).text;
        if (role == Qt::FontRole) {
            QFont f;
            f.setBold(true);
            return f;
        }
        if (role == Qt::ToolTipRole)
            return tr("Category: the properties below it are shown under this heading");
        return {};
    }
    const Property p(e);
    const int column = index.column();
    if (column == UserConfigurableColumn || column == PasswordColumn) {
        if (role == Qt::CheckStateRole) {
            const bool on = column == UserConfigurableColumn ? p.isUserConfigurable() : p.isPassword();
            return on ? Qt::Checked : Qt::Unchecked;
        }
        return {};
    }
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (column) {
        case KeyColumn: return p.key();
        case TypeColumn: return p.type();
        case ValueColumn:
            if (role == Qt::DisplayRole && p.isPassword() && !p.value().isEmpty())
                return QString(p.value().size(), u'•');
            return p.value();
        case QualifiersColumn: return p.qualifiers();
        case LabelColumn: return p.label().text;
        case DescriptionColumn: return p.description().text;
        case ConfigurationValuesColumn: {
            QStringList parts;
            for (const ConfigurationValue &cv : p.configurationValues())
                parts.append(cv.configurations.join(u' ') + u" = "_s + (p.isPassword() ? u"•••"_s : cv.value));
            return parts.join(u", "_s);
        }
        default: return {};
        }
    }
    const bool valueColumn = column == ValueColumn || column == ConfigurationValuesColumn;
    if (role == Qt::ToolTipRole) {
        if (valueColumn) {
            const QString reason = valueProblem(Property(e), column == ConfigurationValuesColumn);
            if (!reason.isEmpty())
                return reason;
        }
        if (column == ValueColumn && !p.hasValue())
            return tr("No default value: the value is asked for at deployment");
        if (column == KeyColumn)
            return tr("Full key in the OVF environment: %1").arg(ProductSection(m_section).fullKey(p));
        return {};
    }
    if (role == Qt::ForegroundRole && valueColumn && !valueProblem(p, column == ConfigurationValuesColumn).isEmpty())
        return QBrush(QColor(0xc6, 0x28, 0x28));
    if (role == Qt::BackgroundRole && valueColumn && !valueProblem(p, column == ConfigurationValuesColumn).isEmpty())
        return QBrush(QColor(0xff, 0xeb, 0xee));
    return {};
}

bool PropertyTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    xml::Element *e = m_rows[index.row()];
    if (isCategory(index.row())) {
        if (index.column() != KeyColumn || role != Qt::EditRole)
            return false;
        const QString text = value.toString();
        if (text == localizedText(e).text)
            return false;
        return done(FormEdits::setText(m_session, e, text, tr("Rename category %1").arg(text), false));
    }
    const Property p(e);
    const QString key = p.key();
    if (role == Qt::CheckStateRole) {
        const bool on = value.toInt() == Qt::Checked;
        if (index.column() == UserConfigurableColumn) {
            if (on == p.isUserConfigurable())
                return false;
            return done(FormEdits::setAttribute(m_session, e, u"userConfigurable", on ? u"true"_s : u"false"_s,
                                    on ? tr("Make %1 user-configurable").arg(key) : tr("Make %1 fixed").arg(key), false));
        }
        if (index.column() == PasswordColumn) {
            if (on == p.isPassword())
                return false;
            return done(FormEdits::setAttribute(m_session, e, u"password", on ? u"true"_s : QString(),
                                    on ? tr("Mark %1 as a password").arg(key) : tr("Unmark %1 as a password").arg(key), false));
        }
        return false;
    }
    if (role != Qt::EditRole)
        return false;
    const QString text = value.toString();
    switch (index.column()) {
    case KeyColumn:
        if (text == key || text.isEmpty())
            return false;
        return done(FormEdits::setAttribute(m_session, e, u"key", text, tr("Rename property %1 to %2").arg(key, text), false));
    case TypeColumn:
        if (text == p.type() || text.isEmpty())
            return false;
        return done(FormEdits::setAttribute(m_session, e, u"type", text, tr("Set type of %1 to %2").arg(key, text), false));
    case ValueColumn:
        if (text == p.value() && p.hasValue())
            return false;
        return done(FormEdits::setAttribute(m_session, e, u"value", text, tr("Set default value of %1").arg(key), false));
    case QualifiersColumn:
        if (text == p.qualifiers())
            return false;
        return done(FormEdits::setAttribute(m_session, e, u"qualifiers", text.isEmpty() ? QString() : text,
                                tr("Set qualifiers of %1").arg(key), false));
    case LabelColumn:
        if (text == p.label().text)
            return false;
        return done(FormEdits::setChildText(m_session, e, u"Label", text, ovf::ContentModel::Property, true, tr("Set label of %1").arg(key), false));
    case DescriptionColumn:
        if (text == p.description().text)
            return false;
        return done(FormEdits::setChildText(m_session, e, u"Description", text, ovf::ContentModel::Property, true,
                                tr("Set description of %1").arg(key), false));
    default:
        return false;
    }
}

QVariant PropertyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        switch (section) {
        case ConfigurationValuesColumn: return tr("Values per deployment option (ovf:Value with ovf:configuration)");
        case UserConfigurableColumn: return tr("ovf:userConfigurable: the operator may change the value at deployment");
        case PasswordColumn: return tr("ovf:password: the value is hidden while it is entered");
        default: return {};
        }
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KeyColumn: return tr("Key");
    case TypeColumn: return tr("Type");
    case ValueColumn: return tr("Default value");
    case QualifiersColumn: return tr("Qualifiers");
    case UserConfigurableColumn: return tr("User set");
    case PasswordColumn: return tr("Password");
    case LabelColumn: return tr("Label");
    case DescriptionColumn: return tr("Description");
    case ConfigurationValuesColumn: return tr("Per option");
    default: return {};
    }
}

Qt::ItemFlags PropertyTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (isCategory(index.row()))
        return index.column() == KeyColumn ? f | Qt::ItemIsEditable : f;
    switch (index.column()) {
    case UserConfigurableColumn:
    case PasswordColumn:
        return f | Qt::ItemIsUserCheckable;
    case ConfigurationValuesColumn:
        return f;
    default:
        return f | Qt::ItemIsEditable;
    }
}

QString PropertyTableModel::uniqueKey() const
{
    QStringList keys;
    for (xml::Element *e : m_rows)
        keys.append(Property(e).key());
    for (int n = 1;; ++n) {
        const QString candidate = u"property%1"_s.arg(n);
        if (!keys.contains(candidate))
            return candidate;
    }
}

bool PropertyTableModel::done(const std::expected<void, QString> &result)
{
    if (!result)
        emit editRefused(result.error());
    return result.has_value();
}

int PropertyTableModel::insertProperty(int beforeRow)
{
    if (!m_section)
        return -1;
    xml::Element *before = beforeRow >= 0 && beforeRow < m_rows.size() ? m_rows[beforeRow] : nullptr;
    const QString key = uniqueKey();
    const auto created = FormEdits::insertElement(
        m_session, m_section, before, u"Property",
        {{u"key"_s, key}, {u"type"_s, u"string"_s}, {u"value"_s, QString()}, {u"userConfigurable"_s, u"true"_s}},
        {}, tr("Add property %1").arg(key));
    if (!created) {
        emit editRefused(created.error());
        return -1;
    }
    return int(m_rows.indexOf(*created));
}

int PropertyTableModel::insertCategory(int beforeRow)
{
    if (!m_section)
        return -1;
    xml::Element *before = beforeRow >= 0 && beforeRow < m_rows.size() ? m_rows[beforeRow] : nullptr;
    const auto created =
        FormEdits::insertElement(m_session, m_section, before, u"Category", {}, tr("New category"), tr("Add category"));
    if (!created) {
        emit editRefused(created.error());
        return -1;
    }
    return int(m_rows.indexOf(*created));
}

void PropertyTableModel::removeRow(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    xml::Element *e = m_rows[row];
    done(FormEdits::removeElement(m_session, e,
                                  isCategory(row) ? tr("Remove category %1").arg(localizedText(e).text)
                                                  : tr("Remove property %1").arg(Property(e).key())));
}

bool PropertyTableModel::moveRow(int row, bool up)
{
    if (row < 0 || row >= m_rows.size() || (up && row == 0) || (!up && row == m_rows.size() - 1))
        return false;
    xml::Element *e = m_rows[row];
    const QString name = isCategory(row) ? localizedText(e).text : Property(e).key();
    return done(FormEdits::moveElement(m_session, e, up, up ? tr("Move %1 up").arg(name) : tr("Move %1 down").arg(name)));
}

} // namespace ovf::items
