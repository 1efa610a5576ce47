#include "app/gui/documentworkspace.h"

#include "model/commands/editsession.h"
#include "model/items/envelopetreemodel.h"
#include "model/ovf/descriptor.h"
#include "views/adddiskdialog.h"
#include "views/addnetworkadapterdialog.h"
#include "views/detailsview.h"
#include "views/editorfactory.h"
#include "views/emptystatewidget.h"
#include "views/formeditor.h"
#include "views/stringseditor.h"
#include "model/ovf/ovfelement.h"
#include "views/envelopeiconproxymodel.h"
#include "views/envelopetreeview.h"
#include "views/xmleditorpane.h"
#include "views/packageentrieseditor.h"
#include "views/virtualhardwareeditor.h"
#include "views/xmlsourceview.h"

#include <QEvent>
#include <QIcon>
#include <QMetaObject>
#include <QVBoxLayout>
#include <QSplitter>
#include <QTabWidget>

using namespace Qt::StringLiterals;

DocumentWorkspace::DocumentWorkspace(QWidget *parent)
    : QStackedWidget(parent), m_model(new ovf::items::EnvelopeTreeModel(this)), m_empty(new EmptyStateWidget(this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)), m_tree(new EnvelopeTreeView(m_splitter)),
      m_tabs(new QTabWidget(m_splitter)), m_editorPage(new QWidget(m_tabs)), m_details(new DetailsView(m_tabs)),
      m_stringsPage(new QWidget(m_tabs)), m_xml(new XmlEditorPane(m_tabs))
{
    m_editorPage->setObjectName(u"editorPage"_s);
    auto *editorLayout = new QVBoxLayout(m_editorPage);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    m_empty->setIcon(QIcon(u":/icons/ovf-workbench.svg"_s));
    m_tree->setObjectName(u"envelopeTree"_s);
    m_tree->setEnvelopeModel(m_model);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_editorPage, QString());
    m_tabs->addTab(m_details, QString());
    m_tabs->setTabVisible(0, false);
    m_tabs->addTab(m_xml, QString());
    m_tabs->addTab(m_stringsPage, QString());
    m_stringsPage->setObjectName(u"stringsPage"_s);
    auto *stringsLayout = new QVBoxLayout(m_stringsPage);
    stringsLayout->setContentsMargins(0, 0, 0, 0);
    m_splitter->setObjectName(u"workspaceSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({460, 800});

    addWidget(m_empty);
    addWidget(m_splitter);
    setCurrentWidget(m_empty);

    connect(m_tree, &EnvelopeTreeView::currentElementChanged, this, &DocumentWorkspace::showElement);
    // The Strings editor reads the whole catalogue: made when its tab is first shown.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_stringsPage && !m_strings && m_session)
            showStrings();
    });
    connect(m_tree, &EnvelopeTreeView::addDiskRequested, this, &DocumentWorkspace::addDisk);
    connect(m_tree, &EnvelopeTreeView::addNetworkAdapterRequested, this, &DocumentWorkspace::addNetworkAdapter);
    // The XML pane loads its text when shown (a large element takes seconds to lay out).
    connect(m_xml, &XmlEditorPane::applied, this, [this](ovf::xml::Element *focus) {
        if (focus)
            m_tree->selectElement(focus);
    });
    retranslateUi();
}

DocumentWorkspace::~DocumentWorkspace()
{
    dropStrings();
    // The views point into the document: detach them before it can go.
    m_tree->setEnvelopeModel(nullptr);
    m_model->setDescriptor(nullptr);
}

void DocumentWorkspace::setSession(ovf::commands::EditSession *session,
                                   std::unique_ptr<ovf::items::EnvelopeTreeItem> tree)
{
    setProblems({});
    showElement(nullptr);
    dropStrings();
    m_session = nullptr; // no editor for the old document while the model resets
    m_model->setSession(session, std::move(tree));
    m_session = session;
    m_xml->setSession(session);
    if (!m_session) {
        setCurrentWidget(m_empty);
        return;
    }
    setCurrentWidget(m_splitter);
    m_tree->selectElement(m_session->descriptor().envelope().content().element());
    m_tree->setFocus();
}

XmlSourceView *DocumentWorkspace::xmlView() const
{
    return m_xml->sourceView();
}

const ovf::Descriptor *DocumentWorkspace::descriptor() const
{
    return m_session ? &m_session->descriptor() : nullptr;
}

void DocumentWorkspace::focusElement(const ovf::xml::Element *element)
{
    if (!m_editor) {
        m_tree->setFocus();
        return;
    }
    m_tabs->setCurrentWidget(m_editorPage);
    // Editors that can point at a field offer an invokable focusElement(const Element *);
    // the others get the focus on their first field.
    bool focused = false;
    if (m_editor->metaObject()->indexOfMethod("focusElement(const ovf::xml::Element*)") >= 0)
        QMetaObject::invokeMethod(m_editor, "focusElement", Q_RETURN_ARG(bool, focused),
                                  Q_ARG(const ovf::xml::Element *, element));
    if (!focused)
        m_editor->nextInFocusChain()->setFocus(Qt::OtherFocusReason);
}

bool DocumentWorkspace::selectElement(const ovf::xml::Element *element)
{
    return m_tree->selectElement(element);
}

void DocumentWorkspace::setProblems(const QList<ovf::validation::Problem> &problems)
{
    auto *proxy = qobject_cast<EnvelopeIconProxyModel *>(m_tree->model());
    if (!proxy)
        return;
    QHash<const ovf::xml::Element *, EnvelopeIconProxyModel::ProblemMarker> markers;
    for (const ovf::validation::Problem &p : problems) {
        if (!p.location.element || p.severity == ovf::validation::Severity::Info)
            continue;
        const QModelIndex node = m_model->indexOf(p.location.element);
        if (!node.isValid())
            continue;
        auto &marker = markers[m_model->element(node)];
        marker.severity = std::min(marker.severity, int(p.severity));
        marker.messages << p.message;
    }
    proxy->setProblems(markers);
}

void DocumentWorkspace::showEditor()
{
    if (m_editor)
        m_tabs->setCurrentWidget(m_editorPage);
}

StringsEditor *DocumentWorkspace::showStrings(const ovf::xml::Element *focus)
{
    if (!m_session)
        return nullptr;
    if (!m_strings) {
        m_strings = new StringsEditor(m_session, m_stringsPage);
        m_stringsPage->layout()->addWidget(m_strings);
        m_strings->show();
    }
    m_tabs->setCurrentWidget(m_stringsPage);
    if (focus)
        m_strings->focusElement(focus);
    return m_strings;
}

void DocumentWorkspace::dropStrings()
{
    delete m_strings; // waits for its worker: the document must still be there
    m_strings = nullptr;
}

void DocumentWorkspace::showDetails()
{
    m_tabs->setCurrentWidget(m_details);
}

void DocumentWorkspace::showXml()
{
    m_tabs->setCurrentWidget(m_xml);
}

void DocumentWorkspace::showElement(ovf::xml::Element *element)
{
    const bool editorWasShown = m_tabs->currentWidget() == m_editorPage || m_tabs->currentWidget() == m_details;
    delete m_editor;
    m_editor = nullptr;
    if (m_session && element && EditorFactory::hasEditor(element))
        m_editor = EditorFactory::create(m_session, element, m_editorPage);
    if (auto *hardware = qobject_cast<VirtualHardwareEditor *>(m_editor))
        connect(hardware, &VirtualHardwareEditor::addDiskRequested, this, &DocumentWorkspace::addDisk);
    if (auto *entries = qobject_cast<PackageEntriesEditor *>(m_editor))
        connect(entries, &PackageEntriesEditor::addDiskRequested, this, &DocumentWorkspace::addDisk);
    if (m_editor) {
        // "Translations…" of any form editor (ProductEditorTabs holds several).
        QList<FormEditor *> forms = m_editor->findChildren<FormEditor *>();
        if (auto *form = qobject_cast<FormEditor *>(m_editor))
            forms.prepend(form);
        for (FormEditor *form : std::as_const(forms))
            connect(form, &FormEditor::translationsRequested, this, [this](ovf::xml::Element *e) {
                if (StringsEditor *strings = showStrings())
                    strings->translateElement(e);
            });
        m_editorPage->layout()->addWidget(m_editor);
        m_editor->show(); // at once: a layout shows a child of a visible page only later
        m_tabs->setTabVisible(m_tabs->indexOf(m_editorPage), true);
        if (editorWasShown)
            m_tabs->setCurrentWidget(m_editorPage);
    } else {
        const bool wasEditor = m_tabs->currentWidget() == m_editorPage;
        m_tabs->setTabVisible(m_tabs->indexOf(m_editorPage), false);
        if (wasEditor)
            m_tabs->setCurrentWidget(m_details);
    }
    m_details->setElement(element);
    // The XML of a large element (a collection holding the whole appliance) takes seconds to
    // lay out: it is shown when its tab is.
    m_current = element;
    m_xml->setElement(element);
    if (element && m_session && ovf::isOvfNamed(element, u"Strings"))
        showStrings(element);
    emit currentElementChanged(element);
}

void DocumentWorkspace::addDisk(ovf::xml::Element *virtualSystem)
{
    if (!m_session || !virtualSystem)
        return;
    auto *dialog = new AddDiskDialog(m_session, virtualSystem, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!dialog->addedDisks().isEmpty())
            m_tree->selectElement(dialog->addedDisks().constFirst());
    });
    dialog->open();
}

void DocumentWorkspace::addNetworkAdapter(ovf::xml::Element *virtualSystem)
{
    if (!m_session || !virtualSystem)
        return;
    auto *dialog = new AddNetworkAdapterDialog(m_session, virtualSystem, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->addedItem())
            m_tree->selectElement(dialog->addedItem());
    });
    dialog->open();
}

QByteArray DocumentWorkspace::saveState() const
{
    return m_splitter->saveState();
}

void DocumentWorkspace::restoreState(const QByteArray &state)
{
    m_splitter->restoreState(state);
}

void DocumentWorkspace::retranslateUi()
{
    m_empty->setText(tr("Create a new appliance, or open an OVF descriptor or package (or drop one here)"));
    m_tabs->setTabText(m_tabs->indexOf(m_editorPage), tr("Editor"));
    m_tabs->setTabText(m_tabs->indexOf(m_details), tr("Details"));
    m_tabs->setTabText(m_tabs->indexOf(m_stringsPage), tr("Translations"));
    m_tabs->setTabText(m_tabs->indexOf(m_xml), tr("XML"));
}

void DocumentWorkspace::changeEvent(QEvent *event)
{
    QStackedWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        const ovf::xml::Element *current = m_tree->currentElement();
        m_model->retranslate();
        m_tree->selectElement(current);
    }
}
