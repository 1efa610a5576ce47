#include "views/xmleditorpane.h"

#include "model/commands/editsession.h"
#include "model/commands/editxmlcommand.h"
#include "model/commands/formedits.h"
#include "model/ovf/xmldocument.h"
#include "views/xmlsourceview.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
namespace cmd = ovf::commands;

XmlEditorPane::XmlEditorPane(QWidget *parent)
    : QWidget(parent), m_scope(new QComboBox(this)), m_apply(new QPushButton(this)), m_revert(new QPushButton(this)),
      m_status(new QLabel(this)), m_view(new XmlSourceView(this))
{
    setObjectName(u"xmlEditorPane"_s);
    m_scope->setObjectName(u"xmlScope"_s);
    m_scope->addItem(QString());
    m_scope->addItem(QString());
    m_apply->setObjectName(u"xmlApply"_s);
    m_revert->setObjectName(u"xmlRevert"_s);
    m_status->setObjectName(u"xmlStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_view->setObjectName(u"xmlSource"_s);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 4, 6, 0);
    bar->addWidget(m_scope);
    bar->addStretch(1);
    bar->addWidget(m_revert);
    bar->addWidget(m_apply);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    auto *statusRow = new QHBoxLayout;
    statusRow->setContentsMargins(6, 0, 6, 4);
    statusRow->addWidget(m_status);
    layout->addLayout(statusRow);

    connect(m_scope, &QComboBox::activated, this, [this] {
        if (isModified()) {
            // Keep the typing: the other scope shows once the text is applied or reverted.
            m_scope->setCurrentIndex(m_shownScope == Scope::Document ? 1 : 0);
            showStatus(tr("Apply or Revert the text first; then the other view shows."), true);
            return;
        }
        reload();
    });
    connect(m_apply, &QPushButton::clicked, this, &XmlEditorPane::apply);
    connect(m_revert, &QPushButton::clicked, this, &XmlEditorPane::revert);
    connect(m_view->document(), &QTextDocument::modificationChanged, this, &XmlEditorPane::updateState);
    auto *applyShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_view);
    applyShortcut->setContext(Qt::WidgetShortcut);
    connect(applyShortcut, &QShortcut::activated, this, &XmlEditorPane::apply);
    retranslateUi();
    updateState();
}

void XmlEditorPane::setSession(cmd::EditSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_selected = nullptr;
    m_shown = nullptr;
    m_changedUnder = false;
    if (m_session)
        connect(m_session, &cmd::EditSession::documentChanged, this, &XmlEditorPane::onDocumentChanged);
    reload();
}

void XmlEditorPane::setElement(ovf::xml::Element *element)
{
    m_selected = element;
    if (isModified() || scope() == Scope::Document)
        return;
    if (isVisible())
        reload();
    else
        m_stale = true;
}

XmlEditorPane::Scope XmlEditorPane::scope() const
{
    return m_scope->currentIndex() == 1 ? Scope::Document : Scope::Element;
}

void XmlEditorPane::setScope(Scope scope)
{
    if (scope == this->scope())
        return;
    m_scope->setCurrentIndex(scope == Scope::Document ? 1 : 0);
    if (!isModified())
        reload();
}

bool XmlEditorPane::isModified() const
{
    return m_view->document()->isModified();
}

QString XmlEditorPane::statusText() const
{
    return m_status->text();
}

void XmlEditorPane::reload()
{
    m_stale = false;
    m_changedUnder = false;
    m_error = false;
    m_shown = nullptr;
    m_shownScope = scope();
    if (m_session)
        m_shown = scope() == Scope::Document ? m_session->document().root() : m_selected;
    if (m_shown && !cmd::FormEdits::isAttached(m_shown))
        m_shown = nullptr;
    m_view->setNode(m_shown);
    m_view->setEditable(m_session && m_shown && !m_view->isTruncated());
    m_view->document()->setModified(false);
    updateState();
}

void XmlEditorPane::onDocumentChanged()
{
    if (isModified()) {
        m_changedUnder = true;
        updateState();
        return;
    }
    if (isVisible())
        reload();
    else
        m_stale = true;
}

void XmlEditorPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale && !isModified())
        reload();
}

bool XmlEditorPane::apply()
{
    if (!m_session || !isModified())
        return !isModified();
    if (!m_shown || !cmd::FormEdits::isAttached(m_shown)) {
        showStatus(tr("The element this text was loaded from is no longer in the document (undo brings it back); "
                      "Revert to show the current selection."),
                   true);
        return false;
    }
    auto made = cmd::EditXmlCommand::create(m_session, m_shown, m_view->editedText());
    if (!made) {
        const cmd::XmlSourceError &e = made.error();
        if (e.unchanged) {
            reload();
            showStatus(e.message, false);
            return true;
        }
        if (e.line > 0) {
            const int shift = m_view->firstLineNumber() - 1; // the gutter's numbering
            showStatus(tr("Line %1, column %2: %3")
                           .arg(m_view->firstLineNumber() + e.line - 1)
                           .arg(e.column)
                           .arg(cmd::XmlSourceError::shiftedMessage(e.message, shift)),
                       true);
            m_view->moveCursorTo(e.line, e.column);
        } else {
            showStatus(e.message, true);
        }
        m_view->setFocus(Qt::OtherFocusReason);
        return false;
    }
    if (m_session->isReadOnly()) {
        showStatus(m_session->readOnlyReason(), true);
        return false;
    }
    ovf::xml::Element *focus = (*made)->focusElement();
    if (scope() == Scope::Element)
        m_selected = focus;
    m_view->document()->setModified(false); // the change below reloads the text
    if (auto pushed = m_session->push(cmd::Made<cmd::Command>(std::move(*made))); !pushed)
        return false; // not reached: only a read-only session refuses a made command
    if (!isVisible())
        reload();
    showStatus(tr("Applied: one step on the undo stack (Edit > Undo takes it back)."), false);
    emit applied(focus);
    return true;
}

void XmlEditorPane::revert()
{
    reload();
}

void XmlEditorPane::updateState()
{
    const bool modified = isModified();
    m_apply->setEnabled(modified && m_session);
    m_revert->setEnabled(modified);
    m_scope->setEnabled(bool(m_session));
    if (m_error)
        return;
    if (!m_session || !m_shown)
        showStatus(m_session ? tr("Select a node in the tree to see its XML.") : QString(), false);
    else if (m_view->isTruncated())
        showStatus(tr("This text is too long to edit here (it was cut)."), false);
    else if (m_changedUnder)
        showStatus(tr("The document changed since you began typing: Apply merges your text into the element as it is "
                      "now, Revert shows the current text."),
                   false);
    else if (modified)
        showStatus(tr("Modified: Apply (Ctrl+Return) checks the text and makes it one undo step; Revert drops it."),
                   false);
    else
        showStatus(tr("Editable: type, then Apply. Untouched parts keep their exact bytes."), false);
}

void XmlEditorPane::showStatus(const QString &text, bool error)
{
    m_error = error;
    m_status->setText(text);
    m_status->setForegroundRole(error ? QPalette::BrightText : QPalette::PlaceholderText);
    QPalette pal = m_status->palette();
    pal.setColor(QPalette::BrightText, QColor(0xb0, 0x1c, 0x1c));
    m_status->setPalette(pal);
}

void XmlEditorPane::retranslateUi()
{
    m_scope->setItemText(0, tr("Selected element"));
    m_scope->setItemText(1, tr("Whole descriptor"));
    m_scope->setToolTip(tr("Show and edit the XML of the node selected in the tree, or of the whole Envelope"));
    m_apply->setText(tr("&Apply"));
    m_apply->setToolTip(tr("Apply the text to the document as one undoable edit (Ctrl+Return)"));
    m_revert->setText(tr("Re&vert"));
    m_revert->setToolTip(tr("Drop the typed changes and show the document's text"));
    m_error = false;
    updateState();
}

void XmlEditorPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}
