#include "model/commands/treeeditpolicy.h"

#include "model/commands/editsession.h"
#include "model/commands/moveelementcommand.h"
#include "model/commands/sectionrules.h"
#include "model/ovf/descriptor.h"
#include "model/ovf/entity.h"
#include "model/ovf/namespaces.h"
#include "model/ovf/ovfelement.h"

namespace ovf::commands {

xml::Element *TreeEditPolicy::entityOf(const xml::Element *current)
{
    for (const xml::Element *e = current; e; e = e->parent()) {
        if (Entity::isEntity(e))
            return const_cast<xml::Element *>(e);
    }
    return nullptr;
}

xml::Element *TreeEditPolicy::sectionOf(const xml::Element *current)
{
    if (!current || !current->parent() || !isSectionElement(current))
        return nullptr;
    return OvfSchema::containerOf(current->parent()) ? const_cast<xml::Element *>(current) : nullptr;
}

xml::Element *TreeEditPolicy::targetCollection(EditSession *session, const xml::Element *current)
{
    if (!session)
        return nullptr;
    xml::Element *entity = entityOf(current);
    if (!entity)
        return session->descriptor().envelope().content().isNull() ? session->document().root() : nullptr;
    if (Entity(entity).isCollection())
        return entity;
    xml::Element *parent = entity->parent();
    return Entity::isEntity(parent) ? parent : nullptr;
}

xml::Element *TreeEditPolicy::sectionContainer(EditSession *session, const xml::Element *current)
{
    if (xml::Element *entity = entityOf(current))
        return entity;
    return session && current ? session->document().root() : nullptr;
}

bool TreeEditPolicy::isRenamable(const xml::Element *element)
{
    if (!element)
        return false;
    if (Entity::isEntity(element))
        return true;
    return isOvfNamed(element, u"Configuration") && isOvfNamed(element->parent(), u"DeploymentOptionSection");
}

bool TreeEditPolicy::isDraggable(const xml::Element *element)
{
    return element && Entity::isEntity(element) && Entity::isEntity(element->parent());
}

bool TreeEditPolicy::isDropTarget(const xml::Element *element)
{
    return element && Entity::isEntity(element) && Entity(const_cast<xml::Element *>(element)).isCollection();
}

TreeEditPolicy::Actions TreeEditPolicy::actions(EditSession *session, const xml::Element *current,
                                                const xml::Element *cut)
{
    Actions a;
    if (!session)
        return a;
    const bool onEntity = current && Entity::isEntity(current);
    xml::Element *collection = targetCollection(session, current);
    const bool draft = session->descriptor().version() == ns::OvfVersion::Draft;
    a.addEntity = collection && !draft;
    const bool nested = onEntity && Entity::isEntity(current->parent());
    a.duplicate = nested;
    a.rename = isRenamable(current);
    const xml::Element *section = sectionOf(current);
    a.removeSection = section && SectionRules::canRemove(section, false);
    a.remove = (nested && Entity(current->parent()).children().size() > 1) || a.removeSection;
    a.cut = nested;
    a.paste = cut && collection && collection != session->document().root()
        && MoveElementCommand::create(session, const_cast<xml::Element *>(cut), collection, -1);
    const xml::Element *container = sectionContainer(session, current);
    a.addSection = container && !SectionRules::addableIn(container).isEmpty();
    const xml::Element *system = virtualSystemOf(current);
    a.addDevice = system && !draft && !Entity(const_cast<xml::Element *>(system)).section(SectionKind::VirtualHardware).isNull();
    return a;
}

xml::Element *TreeEditPolicy::virtualSystemOf(const xml::Element *current)
{
    xml::Element *entity = entityOf(current);
    return entity && !Entity(entity).isCollection() ? entity : nullptr;
}

} // namespace ovf::commands
