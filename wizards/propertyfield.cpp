#include "wizards/propertyfield.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>
#include <optional>

using namespace Qt::StringLiterals;
using ovf::PropertyType;

namespace {

struct IntRange
{
    qint64 low;
    qint64 high;
};

// The range of a 32-bit-or-smaller integer type; nullopt for 64-bit types and non-integers.
std::optional<IntRange> typeRange(PropertyType type)
{
    switch (type) {
    case PropertyType::UInt8: return IntRange{0, 255};
    case PropertyType::SInt8: return IntRange{-128, 127};
    case PropertyType::UInt16: return IntRange{0, 65535};
    case PropertyType::SInt16: return IntRange{-32768, 32767};
    case PropertyType::UInt32: return IntRange{0, 4294967295LL};
    case PropertyType::SInt32: return IntRange{-2147483648LL, 2147483647LL};
    default: return std::nullopt;
    }
}

// The range a spin box can offer: the type's, narrowed by MinValue/MaxValue; nullopt when
// it does not fit in an int (a line edit is used then).
std::optional<IntRange> spinRange(const DeployProperty &p)
{
    std::optional<IntRange> r = typeRange(p.type);
    if (!r)
        return std::nullopt;
    bool ok = false;
    if (p.qualifiers.minValue) {
        const qint64 v = p.qualifiers.minValue->toLongLong(&ok);
        if (ok && v > r->low)
            r->low = v;
    }
    if (p.qualifiers.maxValue) {
        const qint64 v = p.qualifiers.maxValue->toLongLong(&ok);
        if (ok && v < r->high)
            r->high = v;
    }
    if (r->low > r->high || r->low < std::numeric_limits<int>::min() || r->high > std::numeric_limits<int>::max())
        return std::nullopt;
    return r;
}

} // namespace

PropertyField::PropertyField(const DeployProperty &property, QWidget *parent)
    : QWidget(parent), m_property(property)
{
    setObjectName(u"property_%1"_s.arg(property.id()));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *row = new QHBoxLayout;
    layout->addLayout(row);

    const QStringList choices = property.choices();
    const bool readOnly = !property.userConfigurable;
    if (property.type == PropertyType::Boolean) {
        m_check = new QCheckBox(tr("Enabled"), this);
        m_editor = m_check;
        connect(m_check, &QCheckBox::toggled, this, &PropertyField::userChanged);
    } else if (!choices.isEmpty() && !property.password) {
        m_combo = new QComboBox(this);
        m_combo->addItems(choices);
        m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        m_editor = m_combo;
        connect(m_combo, &QComboBox::currentTextChanged, this, &PropertyField::userChanged);
    } else if (const auto range = spinRange(property); range && !property.password) {
        m_spin = new QSpinBox(this);
        m_spin->setRange(int(range->low), int(range->high));
        m_spin->setMinimumWidth(120);
        m_spin->setAccelerated(true);
        m_editor = m_spin;
        connect(m_spin, &QSpinBox::valueChanged, this, &PropertyField::userChanged);
    } else {
        m_line = new QLineEdit(this);
        m_editor = m_line;
        if (ovf::isIntegerType(property.type)) {
            const bool isSigned = property.type == PropertyType::SInt64 || property.type == PropertyType::SInt32
                || property.type == PropertyType::SInt16 || property.type == PropertyType::SInt8;
            m_line->setValidator(new QRegularExpressionValidator(
                QRegularExpression(isSigned ? u"-?[0-9]{0,20}"_s : u"[0-9]{0,20}"_s), m_line));
        }
        if (property.password) {
            m_line->setEchoMode(QLineEdit::Password);
            m_line->setPlaceholderText(tr("Password"));
            m_confirm = new QLineEdit(this);
            m_confirm->setObjectName(u"confirm"_s);
            m_confirm->setEchoMode(QLineEdit::Password);
            m_confirm->setPlaceholderText(tr("Confirm the password"));
            connect(m_confirm, &QLineEdit::textChanged, this, &PropertyField::userChanged);
        }
        connect(m_line, &QLineEdit::textChanged, this, &PropertyField::userChanged);
    }
    m_editor->setObjectName(u"editor"_s);
    m_editor->setEnabled(!readOnly);
    if (m_confirm)
        m_confirm->setEnabled(!readOnly);
    if (m_line)
        row->addWidget(m_line, 1);
    else
        row->addWidget(m_editor);
    if (m_confirm)
        row->addWidget(m_confirm, 1);
    if (!m_line)
        row->addStretch(1);

    if (!property.description.isEmpty()) {
        auto *description = new QLabel(property.description, this);
        description->setWordWrap(true);
        description->setStyleSheet(u"color: palette(mid);"_s);
        layout->addWidget(description);
    }
    m_reasonLabel = new QLabel(this);
    m_reasonLabel->setObjectName(u"reason"_s);
    m_reasonLabel->setWordWrap(true);
    m_reasonLabel->setStyleSheet(u"color: #b00020;"_s);
    m_reasonLabel->hide();
    layout->addWidget(m_reasonLabel);

    setValue(property.defaultValue);
}

QString PropertyField::value() const
{
    if (m_check)
        return m_check->isChecked() ? u"true"_s : u"false"_s;
    if (m_combo)
        return m_combo->currentText();
    if (m_spin)
        return QString::number(m_spin->value());
    return m_line->text();
}

void PropertyField::setValue(const QString &value)
{
    m_updating = true;
    if (m_check) {
        m_check->setChecked(ovf::parseXsBoolean(value).value_or(false));
    } else if (m_combo) {
        int index = m_combo->findText(value);
        if (index < 0) {
            m_combo->insertItem(0, value); // shown as it is, and judged invalid below
            index = 0;
        }
        m_combo->setCurrentIndex(index);
    } else if (m_spin) {
        bool ok = false;
        const qint64 v = value.trimmed().toLongLong(&ok);
        m_spin->setValue(ok ? int(std::clamp<qint64>(v, m_spin->minimum(), m_spin->maximum())) : m_spin->minimum());
    } else {
        m_line->setText(value);
        if (m_confirm)
            m_confirm->setText(value);
    }
    m_updating = false;
    revalidate();
}

void PropertyField::userChanged()
{
    if (m_updating)
        return;
    m_modified = true;
    revalidate();
    emit edited();
}

void PropertyField::revalidate()
{
    const ovf::ValueCheck check = ovf::checkPropertyValue(m_property.type, m_property.qualifiers, value());
    bool valid = check.valid;
    QString reason = check.reason;
    if (valid && m_confirm && m_confirm->text() != m_line->text()) {
        valid = false;
        reason = tr("The two passwords are not the same.");
    }
    const bool changed = valid != m_valid || reason != m_reason;
    m_valid = valid;
    m_reason = reason;
    m_reasonLabel->setText(reason);
    m_reasonLabel->setVisible(!valid);
    if (changed)
        emit validityChanged();
}
