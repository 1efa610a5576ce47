#pragma once

#include "model/ovf/xmlnode.h"

#include <QTreeView>

namespace ovf::items {
class EnvelopeTreeModel;
}
class EnvelopeIconProxyModel;

// The envelope tree: package-level nodes and the content hierarchy with icons, the content
// expanded after each reset, one row selected at a time. Read-only.
class EnvelopeTreeView : public QTreeView
{
    Q_OBJECT

public:
    explicit EnvelopeTreeView(QWidget *parent = nullptr);

    // Shows `model` (not owned; it must outlive the view or be detached with nullptr first)
    // through an icon proxy the view owns.
    void setEnvelopeModel(ovf::items::EnvelopeTreeModel *model);
    ovf::items::EnvelopeTreeModel *envelopeModel() const { return m_model; }

    ovf::xml::Element *currentElement() const;
    // Makes the node of `element` (or of its nearest ancestor that has one) current,
    // expanding its parents and scrolling to it. False when there is no such node.
    bool selectElement(const ovf::xml::Element *element);
    // Expands collections and virtual systems so their sections show; package-level nodes
    // (files, disks, networks, ...) stay collapsed.
    void expandContent();

signals:
    void currentElementChanged(ovf::xml::Element *element);

protected:
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;

private:
    void expandContent(const QModelIndex &parent);
    void fitColumns();

    EnvelopeIconProxyModel *m_proxy;
    ovf::items::EnvelopeTreeModel *m_model = nullptr;
};
