#pragma once

#include "model/ovf/xmlnode.h"

#include <QStackedWidget>

#include <memory>

class QSplitter;
class QTabWidget;
class DetailsView;
class EmptyStateWidget;
class EnvelopeTreeView;
class XmlSourceView;
namespace ovf {
class Descriptor;
}
namespace ovf::items {
class EnvelopeTreeModel;
}

// The central area: an empty state when nothing is open, otherwise the envelope tree on
// the left and, on the right, the selected node's Details and XML in tabs.
class DocumentWorkspace : public QStackedWidget
{
    Q_OBJECT

public:
    explicit DocumentWorkspace(QWidget *parent = nullptr);
    ~DocumentWorkspace() override;

    // Shows `descriptor` and selects its content entity; the workspace keeps it alive while
    // shown. nullptr shows the empty state.
    void setDescriptor(std::shared_ptr<const ovf::Descriptor> descriptor);
    const ovf::Descriptor *descriptor() const { return m_descriptor.get(); }

    // Selects the node of `element` (or its nearest ancestor with one). False if none.
    bool selectElement(const ovf::xml::Element *element);
    void showDetails();
    void showXml();

    EnvelopeTreeView *treeView() const { return m_tree; }
    DetailsView *detailsView() const { return m_details; }
    XmlSourceView *xmlView() const { return m_xml; }
    QTabWidget *tabs() const { return m_tabs; }
    EmptyStateWidget *emptyState() const { return m_empty; }

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

signals:
    void currentElementChanged(ovf::xml::Element *element);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showElement(ovf::xml::Element *element);

    std::shared_ptr<const ovf::Descriptor> m_descriptor;
    ovf::items::EnvelopeTreeModel *m_model;
    EmptyStateWidget *m_empty;
    QSplitter *m_splitter;
    EnvelopeTreeView *m_tree;
    QTabWidget *m_tabs;
    DetailsView *m_details;
    XmlSourceView *m_xml;
};
