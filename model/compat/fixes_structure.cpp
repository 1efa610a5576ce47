// The structural fixes: OVF 2 -> OVF 1 (namespaces, ovf:version, StorageItem and
// EthernetPortItem as RASD Items) and a collection replaced by its only VirtualSystem.
#include "model/commands/insertelementcommand.h"
#include "model/commands/rebindnamespacecommand.h"
#include "model/commands/removeelementcommand.h"
#include "model/commands/setattributecommand.h"
#include "model/commands/xmlfragment.h"
#include "model/compat/fixrun.h"
#include "model/ovf/descriptor.h"
#include "model/ovf/hardware.h"
#include "model/ovf/xmldocument.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ovf::compat {

namespace {

// The properties of CIM_ResourceAllocationSettingData that OVF 1.x descriptors carry (the
// RASD schema DSP8023 1.x embeds, CIM 2.22), in the schema's (alphabetical) sequence order.
const QStringList &rasdFields()
{
    static const QStringList fields{
        u"Address"_s,          u"AddressOnParent"_s,  u"AllocationUnits"_s,   u"AutomaticAllocation"_s,
        u"AutomaticDeallocation"_s, u"Caption"_s,     u"Connection"_s,        u"ConsumerVisibility"_s,
        u"Description"_s,      u"ElementName"_s,      u"HostResource"_s,      u"InstanceID"_s,
        u"Limit"_s,            u"MappingBehavior"_s,  u"OtherResourceType"_s, u"Parent"_s,
        u"PoolID"_s,           u"Reservation"_s,      u"ResourceSubType"_s,   u"ResourceType"_s,
        u"VirtualQuantity"_s,  u"VirtualQuantityUnits"_s, u"Weight"_s,
    };
    return fields;
}

// A RASD Item equivalent to an OVF 2 StorageItem / EthernetPortItem: the same attributes,
// every CIM field RASD has (in RASD order, rasd: prefix), vendor children copied; SASD/EPASD
// fields RASD does not have are left out and named in `dropped`.
std::unique_ptr<xml::Element> rasdItem(xml::Document &doc, const xml::Element *old, QStringList &dropped)
{
    xml::Element *parent = old->parent();
    auto item = commands::fragment::element(doc, parent, nullptr, old->namespaceUri(), u"Item", old->prefix());
    for (const xml::Attribute &a : old->attributes()) {
        if (!a.isNamespaceDeclaration())
            commands::fragment::setAttribute(doc, item.get(), parent, a.namespaceUri, a.name->local, a.value,
                                             a.name->prefix.isEmpty() ? u"ovf"_s : a.name->prefix);
    }
    QList<const xml::Element *> fields;
    QList<const xml::Element *> vendor;
    for (const xml::Element *c : old->childElements()) {
        if (ns::isCim(c->namespaceUri())) {
            if (rasdFields().contains(c->localName()))
                fields << c;
            else
                dropped << c->localName();
        } else if (commands::fragment::prefixesResolveAt(c, parent)) {
            vendor << c;
        } else {
            dropped << c->qualifiedName();
        }
    }
    std::stable_sort(fields.begin(), fields.end(), [](const xml::Element *a, const xml::Element *b) {
        return rasdFields().indexOf(a->localName()) < rasdFields().indexOf(b->localName());
    });
    for (const xml::Element *f : std::as_const(fields)) {
        auto e = commands::fragment::element(doc, parent, item.get(), ns::Rasd, f->localName(), u"rasd");
        const QString text = f->text();
        if (!text.isEmpty())
            commands::fragment::append(doc, e.get(), doc.createText(text));
        commands::fragment::append(doc, item.get(), std::move(e));
    }
    for (const xml::Element *v : std::as_const(vendor))
        commands::fragment::append(doc, item.get(), commands::fragment::clone(doc, v));
    commands::fragment::indent(doc, item.get(), commands::fragment::indentOf(old),
                               commands::fragment::indentUnit(old));
    return item;
}

void collectOvf2Items(xml::Element *e, QList<xml::Element *> &out)
{
    for (xml::Element *c : e->childElements()) {
        if (ns::isOvfElement(c->namespaceUri())
            && (c->localName() == u"StorageItem" || c->localName() == u"EthernetPortItem"))
            out << c;
        else
            collectOvf2Items(c, out);
    }
}

} // namespace

void convertToOvf1(FixRun &run)
{
    Descriptor &d = run.session.descriptor();
    const QString from = d.envelopeNamespace();
    if (d.version() == ns::OvfVersion::V2) {
        // Every element and attribute of the envelope vocabulary moves to the OVF 1 namespace.
        run.push(commands::RebindNamespaceCommand::create(&run.session, from, ns::Ovf1.toString()),
                 FixRun::tr("namespace %1 -> %2 (OVF 1)").arg(from, ns::Ovf1));
        xml::Element *root = d.xml().root();
        const QString version = ovfAttr(root, u"version");
        if (version.startsWith(u'2'))
            run.push(commands::SetAttributeCommand::createOvf(&run.session, root, u"version", u"1.0"_s),
                     FixRun::tr("ovf:version %1 -> 1.0").arg(version));
    }
    QList<xml::Element *> items;
    collectOvf2Items(d.xml().root(), items);
    for (xml::Element *old : std::as_const(items)) {
        const int line = old->position().line;
        const QString kind = old->localName();
        const HardwareItem hw(old);
        const QString what = u"%1 %2"_s.arg(hw.resourceTypeName(), hw.instanceId());
        xml::Element *parent = old->parent();
        const int index = commands::fragment::elementIndex(old);
        QStringList dropped;
        auto replacement = rasdItem(d.xml(), old, dropped);
        const bool rewritten = run.compound(FixRun::tr("Rewrite %1 as Item").arg(kind), [&] {
            return run.push(commands::RemoveElementCommand::create(&run.session, old), QString())
                && run.push(commands::InsertElementCommand::create(&run.session, parent, index, std::move(replacement)),
                            QString());
        });
        if (rewritten)
            run.outcome.changes << (dropped.isEmpty()
                                        ? FixRun::tr("line %1: %2 (%3) -> RASD Item").arg(line).arg(kind, what)
                                        : FixRun::tr("line %1: %2 (%3) -> RASD Item, without %4 (not in RASD)")
                                              .arg(line)
                                              .arg(kind, what, dropped.join(u", "_s)));
    }
}

void unwrapCollection(FixRun &run, const Finding &f)
{
    auto *collection = const_cast<xml::Element *>(f.element);
    const Entity entity(collection);
    const QList<Entity> children = entity.children();
    if (children.size() != 1 || children.constFirst().isCollection())
        return;
    xml::Element *system = children.constFirst().element();
    xml::Element *root = collection->parent();
    if (!commands::fragment::prefixesResolveAt(system, root)) {
        run.outcome.failures << FixRun::tr("%1: the VirtualSystem uses prefixes declared on its collection; not "
                                           "moved")
                                    .arg(system->path());
        return;
    }
    QStringList dropped;
    for (const Section &s : entity.sections())
        dropped << s.displayName();
    const int index = commands::fragment::elementIndex(collection);
    // The copy keeps its inner whitespace (one level deeper than its new place).
    auto copy = commands::fragment::clone(run.session.document(), system);
    const bool replaced = run.compound(FixRun::tr("Replace collection by its VirtualSystem"), [&] {
        return run.push(commands::RemoveElementCommand::create(&run.session, collection), QString())
            && run.push(commands::InsertElementCommand::create(&run.session, root, index, std::move(copy)), QString());
    });
    if (replaced)
        run.outcome.changes << (dropped.isEmpty()
                                    ? FixRun::tr("%1: VirtualSystemCollection %2 replaced by its VirtualSystem %3")
                                          .arg(whereText(f), entity.id(), children.constFirst().id())
                                    : FixRun::tr("%1: VirtualSystemCollection %2 replaced by its VirtualSystem %3 "
                                                 "(dropped with it: %4)")
                                          .arg(whereText(f), entity.id(), children.constFirst().id(),
                                               dropped.join(u", "_s)));
}

} // namespace ovf::compat
