#include "model/validation/vendordialects.h"

#include "model/ovf/namespaces.h"

using namespace Qt::StringLiterals;

namespace ovf::validation {

bool isVcdSharedEntityId(const Entity &collection)
{
    if (!collection.isCollection() || collection.id().isEmpty())
        return false;
    const QList<Entity> children = collection.children();
    return children.size() == 1 && !children.constFirst().isCollection()
        && children.constFirst().id() == collection.id();
}

bool isKnownVmwareSection(const xml::Element *e)
{
    if (!e || e->namespaceUri() != ns::Vmw)
        return false;
    static const QStringList known{u"BootOrderSection"_s, u"StorageGroupSection"_s, u"StorageSection"_s,
                                   u"vServiceDependencySection"_s};
    return known.contains(e->localName());
}

} // namespace ovf::validation
