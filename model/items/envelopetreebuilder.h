#pragma once

#include "model/items/envelopetreeitem.h"

#include <QCoreApplication>

#include <memory>

namespace ovf {
class Descriptor;
class Entity;
class Section;
class StringsBundle;
class HardwareItem;
}

namespace ovf::items {

// Builds the item tree of EnvelopeTreeModel from a descriptor, once: the package-level
// nodes (References, envelope sections, Strings bundles) and the content hierarchy in
// document order. Texts are computed here, in the current language.
class EnvelopeTreeBuilder
{
    Q_DECLARE_TR_FUNCTIONS(EnvelopeTreeBuilder)

public:
    // The returned root is invisible (no element, no texts). The descriptor must outlive
    // the tree, which points into its document.
    static std::unique_ptr<EnvelopeTreeItem> build(const Descriptor &descriptor);
    // The node(s) of one element that has a node of its own under the root or under an
    // entity (an entity, a section, References, a Strings bundle), under a new invisible
    // root; no node when the element does not get one. `withChildren` false builds an
    // entity's own node without its sections and child entities.
    static std::unique_ptr<EnvelopeTreeItem> buildNode(xml::Element *element, bool withChildren = true);
    // The elements under `container` (the Envelope or an entity) that get nodes, in order.
    static QList<xml::Element *> nodeElements(const xml::Element *container);

private:
    static EnvelopeTreeItem *add(EnvelopeTreeItem *parent, EnvelopeNodeType type, xml::Element *element,
                                 QString name, QString kind, QString info);
    static void addReferences(EnvelopeTreeItem *parent, xml::Element *references);
    static void addEntity(EnvelopeTreeItem *parent, const Entity &entity, bool withChildren = true);
    static void addNode(EnvelopeTreeItem *parent, xml::Element *element, bool withChildren);
    static void addSection(EnvelopeTreeItem *parent, const Section &section);
    static void addProductSection(EnvelopeTreeItem *parent, const Section &section);
    static void addHardwareItems(EnvelopeTreeItem *parent, const QList<HardwareItem> &items);
    static void addStrings(EnvelopeTreeItem *parent, const StringsBundle &bundle);
    static QString hardwareSummary(const HardwareItem &item);
};

} // namespace ovf::items
