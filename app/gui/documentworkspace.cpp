#include "app/gui/documentworkspace.h"

#include "model/commands/editsession.h"
#include "model/items/envelopetreemodel.h"
#include "model/ovf/descriptor.h"
#include "views/detailsview.h"
#include "views/emptystatewidget.h"
#include "views/envelopetreeview.h"
#include "views/xmlsourceview.h"

#include <QEvent>
#include <QIcon>
#include <QSplitter>
#include <QTabWidget>

using namespace Qt::StringLiterals;

DocumentWorkspace::DocumentWorkspace(QWidget *parent)
    : QStackedWidget(parent), m_model(new ovf::items::EnvelopeTreeModel(this)), m_empty(new EmptyStateWidget(this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)), m_tree(new EnvelopeTreeView(m_splitter)),
      m_tabs(new QTabWidget(m_splitter)), m_details(new DetailsView(m_tabs)), m_xml(new XmlSourceView(m_tabs))
{
    m_empty->setIcon(QIcon(u":/icons/ovf-workbench.svg"_s));
    m_tree->setObjectName(u"envelopeTree"_s);
    m_tree->setEnvelopeModel(m_model);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_details, QString());
    m_tabs->addTab(m_xml, QString());
    m_splitter->setObjectName(u"workspaceSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({760, 500});

    addWidget(m_empty);
    addWidget(m_splitter);
    setCurrentWidget(m_empty);

    connect(m_tree, &EnvelopeTreeView::currentElementChanged, this, &DocumentWorkspace::showElement);
    retranslateUi();
}

DocumentWorkspace::~DocumentWorkspace()
{
    // The views point into the document: detach them before it can go.
    m_tree->setEnvelopeModel(nullptr);
    m_model->setDescriptor(nullptr);
}

void DocumentWorkspace::setSession(ovf::commands::EditSession *session)
{
    showElement(nullptr);
    m_model->setDescriptor(session ? &session->descriptor() : nullptr);
    m_session = session;
    if (!m_session) {
        setCurrentWidget(m_empty);
        return;
    }
    setCurrentWidget(m_splitter);
    m_tree->selectElement(m_session->descriptor().envelope().content().element());
    m_tree->setFocus();
}

const ovf::Descriptor *DocumentWorkspace::descriptor() const
{
    return m_session ? &m_session->descriptor() : nullptr;
}

void DocumentWorkspace::focusElement(const ovf::xml::Element *element)
{
    Q_UNUSED(element);
    m_tree->setFocus();
}

bool DocumentWorkspace::selectElement(const ovf::xml::Element *element)
{
    return m_tree->selectElement(element);
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
    m_details->setElement(element);
    m_xml->setNode(element);
    emit currentElementChanged(element);
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
    m_empty->setText(tr("Open an OVF descriptor (File > Open) or drop one here"));
    m_tabs->setTabText(m_tabs->indexOf(m_details), tr("Details"));
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
