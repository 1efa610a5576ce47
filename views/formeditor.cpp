#include "views/formeditor.h"

#include "model/commands/editsession.h"
#include "model/commands/formedits.h"
#include "model/ovf/descriptor.h"
#include "model/ovf/ovfelement.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolTip>

using namespace Qt::StringLiterals;
using ovf::commands::FormEdits;

FormEditor::FormEditor(ovf::commands::EditSession *session, ovf::xml::Element *element, QWidget *parent)
    : QWidget(parent), m_session(session), m_element(element)
{
    connect(m_session, &ovf::commands::EditSession::documentChanged, this, &FormEditor::onDocumentChanged);
}

void FormEditor::report(const std::expected<void, QString> &result)
{
    if (result)
        return;
    QWidget *at = focusWidget() && isAncestorOf(focusWidget()) ? focusWidget() : this;
    QToolTip::showText(at->mapToGlobal(at->rect().bottomLeft()), result.error(), at);
    emit editRefused(result.error());
}

void FormEditor::onDocumentChanged()
{
    const bool detached = !FormEdits::isAttached(m_element);
    if (detached != m_detached) {
        m_detached = detached;
        setEnabled(!detached);
        setToolTip(detached ? tr("This element was removed from the document (undo brings it back)") : QString());
    }
    if (!detached)
        refresh();
}

void FormEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        for (const auto &[button, target] : std::as_const(m_translationButtons))
            button->setText(tr("Translations…"));
        retranslateUi();
        if (!m_detached)
            refresh();
    }
}

void FormEditor::setFieldText(QLineEdit *field, const QString &text)
{
    if (field->text() != text) {
        field->setText(text);
        field->setCursorPosition(0);
    }
}

void FormEditor::setFieldText(QPlainTextEdit *field, const QString &text)
{
    if (field->toPlainText() != text)
        field->setPlainText(text);
}

QString FormEditor::translationNote(const QString &msgid) const
{
    if (msgid.isEmpty())
        return tr("Not translatable: no ovf:msgid");
    QStringList embedded;
    QStringList external;
    for (const ovf::StringsBundle &bundle : m_session->descriptor().envelope().stringsBundles()) {
        const QString lang = bundle.language().isEmpty() ? tr("(no language)") : bundle.language();
        if (bundle.isExternal()) {
            external.append(u"%1 (%2)"_s.arg(lang, bundle.fileRef()));
            continue;
        }
        for (const ovf::Message &m : bundle.messages()) {
            if (m.msgid == msgid) {
                embedded.append(lang);
                break;
            }
        }
    }
    const QString note = embedded.isEmpty() ? tr("Message id %1: no embedded Strings bundle translates it").arg(msgid)
                                            : tr("Message id %1: translated in %2").arg(msgid, embedded.join(u", "_s));
    return external.isEmpty() ? note
                              : tr("%1 (external bundles, not read here: %2)", "a translation note, then bundle files")
                                    .arg(note, external.join(u", "_s));
}

QLineEdit *FormEditor::childTextField(const QString &local, ovf::ContentModel model, bool removeWhenEmpty,
                                      const std::function<QString()> &undoText)
{
    auto *field = new QLineEdit(this);
    field->setObjectName(local.at(0).toLower() + local.mid(1) + u"Field"_s);
    connect(field, &QLineEdit::textEdited, this, [this, local, model, removeWhenEmpty, undoText](const QString &text) {
        report(FormEdits::setChildText(m_session, m_element, local, text, model, removeWhenEmpty, undoText()));
    });
    m_bindings.append({field, local, false});
    return field;
}

QLineEdit *FormEditor::attributeField(const QString &local, bool removeWhenEmpty, const std::function<QString()> &undoText)
{
    auto *field = new QLineEdit(this);
    field->setObjectName(local + u"Field"_s);
    connect(field, &QLineEdit::textEdited, this, [this, local, removeWhenEmpty, undoText](const QString &text) {
        report(FormEdits::setAttribute(m_session, m_element, local,
                                       removeWhenEmpty && text.isEmpty() ? QString() : text, undoText()));
    });
    m_bindings.append({field, local, true});
    return field;
}

void FormEditor::refreshBoundFields()
{
    for (const Binding &b : std::as_const(m_bindings)) {
        if (b.attribute) {
            setFieldText(b.field, ovf::ovfAttr(m_element, b.local));
        } else {
            const ovf::LocalizedText t = ovf::localizedText(ovf::ovfChild(m_element, b.local));
            setFieldText(b.field, t.text);
            b.field->setToolTip(t.msgid.isEmpty() ? QString() : translationNote(t.msgid));
        }
    }
}

bool FormEditor::isWithin(const ovf::xml::Element *e, const ovf::xml::Element *ancestor)
{
    for (; e; e = e->parent()) {
        if (e == ancestor)
            return true;
    }
    return false;
}

QLineEdit *FormEditor::boundField(const QString &local) const
{
    for (const Binding &b : m_bindings) {
        if (b.local == local)
            return b.field;
    }
    return nullptr;
}

bool FormEditor::focusElement(const ovf::xml::Element *target)
{
    if (!isWithin(target, m_element))
        return false;
    // A child element with a field of its own (Info, Product, Description, ...).
    for (const ovf::xml::Element *e = target; e && e != m_element; e = e->parent()) {
        if (e->parent() == m_element) {
            if (QLineEdit *field = boundField(e->localName()); field && !m_detached) {
                field->setFocus(Qt::OtherFocusReason);
                field->selectAll();
                return true;
            }
        }
    }
    return false;
}

QLabel *FormEditor::hintLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel *addFormRow(QFormLayout *form, QWidget *field)
{
    auto *label = new QLabel(field->parentWidget());
    label->setBuddy(field);
    form->addRow(label, field);
    return label;
}

QPushButton *FormEditor::translationsButton(std::function<ovf::xml::Element *()> target)
{
    auto *button = new QPushButton(tr("Translations…"), this);
    button->setObjectName(u"translationsButton"_s);
    button->setToolTip(tr("Translate this text into the descriptor's locales in the Strings editor"));
    connect(button, &QPushButton::clicked, this, [this, target] { requestTranslations(target); });
    m_translationButtons.append({button, std::move(target)});
    return button;
}

QLabel *FormEditor::addTranslatableRow(QFormLayout *form, QWidget *field, std::function<ovf::xml::Element *()> target)
{
    QPushButton *button = translationsButton(std::move(target));
    button->setObjectName(field->objectName() + u"Translations"_s);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(field, 1);
    row->addWidget(button);
    auto *label = new QLabel(field->parentWidget());
    label->setBuddy(field);
    form->addRow(label, row);
    return label;
}

void FormEditor::requestTranslations(const std::function<ovf::xml::Element *()> &target)
{
    if (ovf::xml::Element *e = target())
        emit translationsRequested(e);
}

void FormEditor::refreshTranslationsButtons()
{
    for (const auto &[button, target] : std::as_const(m_translationButtons))
        button->setEnabled(target() != nullptr);
}
