#include "app/gui/documentsummary.h"

#include "model/ovf/descriptor.h"
#include "model/ovf/productsection.h"

DocumentSummary DocumentSummary::of(const ovf::Descriptor &descriptor)
{
    DocumentSummary s;
    for (const ovf::Entity &e : descriptor.envelope().allEntities()) {
        if (e.isCollection())
            ++s.collections;
        else
            ++s.virtualSystems;
        for (const ovf::ProductSection &p : e.productSections())
            s.properties += int(p.properties().size());
    }
    return s;
}

QString DocumentSummary::openedMessage(const QString &name) const
{
    const QString systems = virtualSystems == 1 ? tr("1 virtual system")
                                                : tr("%n virtual systems", nullptr, virtualSystems);
    const QString props = properties == 1 ? tr("1 property") : tr("%n properties", nullptr, properties);
    return tr("Opened %1: %2, %3").arg(name, systems, props);
}
