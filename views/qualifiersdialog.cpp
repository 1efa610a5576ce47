#include "views/qualifiersdialog.h"

#include "views/formeditor.h"

#include "model/ovf/propertytype.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QString quoted(const QString &entry)
{
    QString escaped = entry;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s);
    return u'"' + escaped + u'"';
}

} // namespace

QualifiersDialog::QualifiersDialog(const QString &type, const QString &qualifiers, QWidget *parent)
    : QDialog(parent), m_type(type), m_minLen(new QLineEdit(this)), m_maxLen(new QLineEdit(this)),
      m_minValue(new QLineEdit(this)), m_maxValue(new QLineEdit(this)), m_valueMap(new QLineEdit(this)),
      m_intro(new QLabel(this)), m_result(new QLabel(this)), m_problems(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_minLen->setObjectName(u"minLenField"_s);
    m_maxLen->setObjectName(u"maxLenField"_s);
    m_minValue->setObjectName(u"minValueField"_s);
    m_maxValue->setObjectName(u"maxValueField"_s);
    m_valueMap->setObjectName(u"valueMapField"_s);
    m_intro->setWordWrap(true);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(u"color: #c62828"_s);

    const auto parsed = ovf::parseQualifiers(qualifiers);
    if (parsed) {
        if (parsed->minLen)
            m_minLen->setText(QString::number(*parsed->minLen));
        if (parsed->maxLen)
            m_maxLen->setText(QString::number(*parsed->maxLen));
        m_minValue->setText(parsed->minValue.value_or(QString()));
        m_maxValue->setText(parsed->maxValue.value_or(QString()));
        if (parsed->valueMap) {
            QStringList entries;
            for (const ovf::ValueMapEntry &e : *parsed->valueMap)
                entries.append(e.value);
            m_valueMap->setText(entries.join(u", "_s));
        }
        m_unknown = parsed->unknown;
    } else {
        m_unknown = {qualifiers};
    }

    auto *form = new QFormLayout;
    addFormRow(form, m_minLen);
    addFormRow(form, m_maxLen);
    addFormRow(form, m_minValue);
    addFormRow(form, m_maxValue);
    addFormRow(form, m_valueMap);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(m_problems);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *f : {m_minLen, m_maxLen, m_minValue, m_maxValue, m_valueMap})
        connect(f, &QLineEdit::textChanged, this, &QualifiersDialog::updateResult);
    resize(520, sizeHint().height());
    retranslateUi();
}

QLineEdit *QualifiersDialog::field(const QString &name) const
{
    return findChild<QLineEdit *>(name + u"Field"_s);
}

QString QualifiersDialog::qualifiers() const
{
    QStringList parts;
    if (!m_minLen->text().trimmed().isEmpty())
        parts.append(u"MinLen(%1)"_s.arg(m_minLen->text().trimmed()));
    if (!m_maxLen->text().trimmed().isEmpty())
        parts.append(u"MaxLen(%1)"_s.arg(m_maxLen->text().trimmed()));
    if (!m_minValue->text().trimmed().isEmpty())
        parts.append(u"MinValue(%1)"_s.arg(m_minValue->text().trimmed()));
    if (!m_maxValue->text().trimmed().isEmpty())
        parts.append(u"MaxValue(%1)"_s.arg(m_maxValue->text().trimmed()));
    if (!m_valueMap->text().trimmed().isEmpty()) {
        QStringList entries;
        for (const QString &e : m_valueMap->text().split(u',', Qt::SkipEmptyParts))
            entries.append(quoted(e.trimmed()));
        parts.append(u"ValueMap{%1}"_s.arg(entries.join(u", "_s)));
    }
    parts += m_unknown;
    return parts.join(u' ');
}

void QualifiersDialog::updateResult()
{
    const QString text = qualifiers();
    m_result->setText(tr("ovf:qualifiers = %1").arg(text.isEmpty() ? tr("(none)") : text));
    QStringList problems;
    const auto parsed = ovf::parseQualifiers(text);
    if (!parsed) {
        problems.append(parsed.error());
    } else if (const auto type = ovf::parsePropertyType(m_type); type) {
        problems = ovf::checkQualifiersForType(type->type, *parsed);
    }
    if (!m_unknown.isEmpty())
        problems.append(tr("Kept as written: %1").arg(m_unknown.join(u' ')));
    m_problems->setText(problems.join(u'\n'));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(parsed.has_value());
}

void QualifiersDialog::retranslateUi()
{
    setWindowTitle(tr("Qualifiers"));
    m_intro->setText(tr("Limits on the values of this %1 property. Leave a field empty for no limit.").arg(m_type));
    auto *form = static_cast<QFormLayout *>(layout()->itemAt(1)->layout());
    const std::pair<QLineEdit *, QString> rows[] = {
        {m_minLen, tr("Minimum length:")},  {m_maxLen, tr("Maximum length:")}, {m_minValue, tr("Minimum value:")},
        {m_maxValue, tr("Maximum value:")}, {m_valueMap, tr("Allowed values:")},
    };
    for (const auto &[f, text] : rows) {
        if (auto *l = qobject_cast<QLabel *>(form->labelForField(f)))
            l->setText(text);
    }
    m_minLen->setPlaceholderText(tr("characters (string)"));
    m_maxLen->setPlaceholderText(tr("characters (string)"));
    m_minValue->setPlaceholderText(tr("numbers"));
    m_maxValue->setPlaceholderText(tr("numbers"));
    m_valueMap->setPlaceholderText(tr("comma-separated, e.g. small, medium, large or 1..10"));
    updateResult();
}

void QualifiersDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}
