#pragma once

#include "model/ovf/section.h"

namespace ovf {

class ProductSection;

// A VirtualSystem or a VirtualSystemCollection (DSP0243 §8), in the element style or the
// pre-1.0 <Content xsi:type="ovf:VirtualSystem_Type"> style.
class Entity : public ElementHandle
{
public:
    enum class Kind { VirtualSystem, VirtualSystemCollection };

    using ElementHandle::ElementHandle;
    // True when `e` is an entity element.
    static bool isEntity(const xml::Element *e);

    Kind kind() const;
    bool isCollection() const { return kind() == Kind::VirtualSystemCollection; }
    QString id() const { return attr(u"id"); }
    bool hasId() const { return hasAttr(u"id"); }
    LocalizedText name() const { return localizedText(child(u"Name")); }
    // id, or the Name, or "(unnamed)": for display.
    QString displayName() const;

    QList<Section> sections() const;
    QList<Section> sections(SectionKind kind) const;
    Section section(SectionKind kind) const;
    QList<ProductSection> productSections() const;

    // Child entities of a collection (empty for a VirtualSystem).
    QList<Entity> children() const;
    // The collection this entity is in, or a null handle at the top.
    Entity parentEntity() const;
    // This entity and everything below it, depth first.
    QList<Entity> descendantsAndSelf() const;
};

} // namespace ovf
