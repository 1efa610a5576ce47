#include "model/items/envelopetreebuilder.h"

#include "model/ovf/descriptor.h"
#include "model/ovf/ovfelement.h"
#include "model/ovf/productsection.h"
#include "model/ovf/sections.h"
#include "model/ovf/units.h"

using namespace Qt::StringLiterals;

namespace ovf::items {

namespace {

constexpr QStringView separator = u" \u00B7 ";

QString oneLine(const LocalizedText &text)
{
    return text.text.simplified();
}

// "1.5 GiB" for a quantity in a byte unit, nullopt for anything else.
std::optional<QString> byteSize(const QString &value, const QString &units)
{
    if (value.isEmpty())
        return std::nullopt;
    const auto bytes = parseByteQuantity(value, units);
    if (!bytes)
        return std::nullopt;
    return formatByteSize(*bytes, QLocale());
}

} // namespace

std::unique_ptr<EnvelopeTreeItem> EnvelopeTreeBuilder::build(const Descriptor &descriptor)
{
    auto root = std::make_unique<EnvelopeTreeItem>(EnvelopeNodeType::Section, nullptr);
    xml::Element *envelope = descriptor.xml().root();
    if (!envelope)
        return root;
    for (xml::Element *c : envelope->childElements())
        addNode(root.get(), c, true);
    return root;
}

std::unique_ptr<EnvelopeTreeItem> EnvelopeTreeBuilder::buildNode(xml::Element *element, bool withChildren)
{
    auto root = std::make_unique<EnvelopeTreeItem>(EnvelopeNodeType::Section, nullptr);
    addNode(root.get(), element, withChildren);
    return root;
}

QList<xml::Element *> EnvelopeTreeBuilder::nodeElements(const xml::Element *container)
{
    QList<xml::Element *> out;
    const bool envelope = !container->parent();
    for (xml::Element *c : container->childElements()) {
        if (Entity::isEntity(c) || isSectionElement(c)
            || (envelope && (isOvfNamed(c, u"References") || isOvfNamed(c, u"Strings"))))
            out << c;
    }
    return out;
}

void EnvelopeTreeBuilder::addNode(EnvelopeTreeItem *parent, xml::Element *c, bool withChildren)
{
    const bool envelopeChild = c->parent() && !c->parent()->parent();
    if (Entity::isEntity(c))
        addEntity(parent, Entity(c), withChildren);
    else if (envelopeChild && isOvfNamed(c, u"References"))
        addReferences(parent, c);
    else if (envelopeChild && isOvfNamed(c, u"Strings"))
        addStrings(parent, StringsBundle(c));
    else if (isSectionElement(c))
        addSection(parent, Section(c));
}

EnvelopeTreeItem *EnvelopeTreeBuilder::add(EnvelopeTreeItem *parent, EnvelopeNodeType type, xml::Element *element,
                                           QString name, QString kind, QString info)
{
    auto item = std::make_unique<EnvelopeTreeItem>(type, element);
    item->setTexts(std::move(name), std::move(kind), std::move(info));
    return parent->appendChild(std::move(item));
}

void EnvelopeTreeBuilder::addReferences(EnvelopeTreeItem *parent, xml::Element *references)
{
    const QList<xml::Element *> files = ovfChildren(references, u"File");
    EnvelopeTreeItem *node = add(parent, EnvelopeNodeType::References, references, tr("Files"), u"References"_s,
                                 files.size() == 1 ? tr("1 file") : tr("%n files", nullptr, int(files.size())));
    for (xml::Element *f : files) {
        const FileReference file(f);
        QStringList parts{file.href()};
        if (file.hasSize()) {
            const auto size = parseUnsignedDecimal(file.size());
            parts << (size ? formatByteSize(*size, QLocale()) : file.size());
        }
        if (!file.compression().isEmpty() && file.compression() != u"identity")
            parts << tr("compressed (%1)").arg(file.compression());
        if (file.hasChunkSize())
            parts << tr("chunked");
        add(node, EnvelopeNodeType::File, f, file.id(), u"File"_s, parts.join(separator));
    }
}

void EnvelopeTreeBuilder::addEntity(EnvelopeTreeItem *parent, const Entity &entity, bool withChildren)
{
    const bool collection = entity.isCollection();
    EnvelopeTreeItem *node = add(parent,
                                 collection ? EnvelopeNodeType::VirtualSystemCollection
                                            : EnvelopeNodeType::VirtualSystem,
                                 entity.element(), entity.displayName(),
                                 collection ? u"VirtualSystemCollection"_s : u"VirtualSystem"_s,
                                 oneLine(entity.info()));
    if (!withChildren)
        return;
    for (xml::Element *c : entity.element()->childElements()) {
        if (Entity::isEntity(c))
            addEntity(node, Entity(c));
        else if (isSectionElement(c))
            addSection(node, Section(c));
    }
}

void EnvelopeTreeBuilder::addSection(EnvelopeTreeItem *parent, const Section &section)
{
    xml::Element *e = section.element();
    const QString kind = section.displayName();
    const QString info = oneLine(section.info());
    switch (section.kind()) {
    case SectionKind::Disk:
    case SectionKind::SharedDisk: {
        const bool shared = section.kind() == SectionKind::SharedDisk;
        EnvelopeTreeItem *node = add(parent, EnvelopeNodeType::DiskSection, e,
                                     shared ? tr("Shared disks") : tr("Disks"), kind, info);
        for (xml::Element *d : ovfChildren(e, shared ? u"SharedDisk" : u"Disk")) {
            const VirtualDisk disk(d);
            QStringList parts;
            const auto capacity = disk.capacityBytes();
            parts << (capacity ? formatByteSize(*capacity, QLocale()) : disk.capacity());
            parts << (disk.hasFileRef() ? tr("file %1").arg(disk.fileRef()) : tr("blank"));
            if (!disk.parentRef().isEmpty())
                parts << tr("delta of %1").arg(disk.parentRef());
            parts.removeAll(QString());
            add(node, EnvelopeNodeType::Disk, d, disk.diskId(), d->localName(), parts.join(separator));
        }
        return;
    }
    case SectionKind::Network: {
        EnvelopeTreeItem *node = add(parent, EnvelopeNodeType::NetworkSection, e, tr("Networks"), kind, info);
        for (xml::Element *n : ovfChildren(e, u"Network")) {
            const Network network(n);
            add(node, EnvelopeNodeType::Network, n, network.name(), u"Network"_s, oneLine(network.description()));
        }
        return;
    }
    case SectionKind::DeploymentOption: {
        EnvelopeTreeItem *node =
            add(parent, EnvelopeNodeType::DeploymentOptionSection, e, tr("Deployment options"), kind, info);
        for (xml::Element *c : ovfChildren(e, u"Configuration")) {
            const Configuration configuration(c);
            QString label = oneLine(configuration.label());
            if (configuration.isDefault())
                label = label.isEmpty() ? tr("default") : tr("%1 (default)").arg(label);
            EnvelopeTreeItem *item =
                add(node, EnvelopeNodeType::Configuration, c, configuration.id(), u"Configuration"_s, label);
            item->setEmphasized(configuration.isDefault());
        }
        return;
    }
    case SectionKind::Product:
        addProductSection(parent, section);
        return;
    case SectionKind::VirtualHardware: {
        const VirtualHardwareSection hardware(e);
        const QString type = hardware.virtualSystemType();
        EnvelopeTreeItem *node =
            add(parent, EnvelopeNodeType::VirtualHardwareSection, e,
                type.isEmpty() ? tr("Virtual hardware") : tr("Virtual hardware (%1)").arg(type), kind, info);
        addHardwareItems(node, hardware.items());
        return;
    }
    case SectionKind::ResourceAllocation: {
        EnvelopeTreeItem *node = add(parent, EnvelopeNodeType::Section, e, tr("Resource allocation"), kind, info);
        addHardwareItems(node, ResourceAllocationSection(e).items());
        return;
    }
    case SectionKind::Eula:
        add(parent, EnvelopeNodeType::EulaSection, e, tr("License agreement"), kind, info);
        return;
    case SectionKind::Annotation:
        add(parent, EnvelopeNodeType::AnnotationSection, e, tr("Annotation"), kind, info);
        return;
    case SectionKind::OperatingSystem: {
        const OperatingSystemSection os(e);
        QString name = oneLine(os.description());
        if (name.isEmpty())
            name = os.vmwareOsType();
        if (name.isEmpty())
            name = tr("Operating system %1").arg(os.osId());
        add(parent, EnvelopeNodeType::OperatingSystemSection, e, name, kind, info);
        return;
    }
    case SectionKind::Startup: {
        EnvelopeTreeItem *node = add(parent, EnvelopeNodeType::StartupSection, e, tr("Startup order"), kind, info);
        for (const StartupEntry &entry : StartupSection(e).entries()) {
            QStringList parts{tr("order %1").arg(entry.order)};
            if (!entry.startDelay.isEmpty())
                parts << tr("start delay %1 s").arg(entry.startDelay);
            if (!entry.stopDelay.isEmpty())
                parts << tr("stop delay %1 s").arg(entry.stopDelay);
            add(node, EnvelopeNodeType::StartupEntry, entry.element, entry.id, u"Item"_s, parts.join(separator));
        }
        return;
    }
    case SectionKind::Install:
        add(parent, EnvelopeNodeType::Section, e, tr("Installation"), kind, info);
        return;
    case SectionKind::EnvironmentFiles:
        add(parent, EnvelopeNodeType::Section, e, tr("Environment files"), kind, info);
        return;
    case SectionKind::BootDevice:
        add(parent, EnvelopeNodeType::Section, e, tr("Boot devices"), kind, info);
        return;
    case SectionKind::ScaleOut:
        add(parent, EnvelopeNodeType::Section, e, tr("Scale-out %1").arg(ScaleOutSection(e).id()).trimmed(), kind,
            info);
        return;
    case SectionKind::PlacementGroup:
        add(parent, EnvelopeNodeType::Section, e,
            tr("Placement group %1").arg(PlacementGroupSection(e).id()).trimmed(), kind, info);
        return;
    case SectionKind::Placement:
        add(parent, EnvelopeNodeType::Section, e, tr("Placement"), kind, info);
        return;
    case SectionKind::Encryption:
        add(parent, EnvelopeNodeType::Section, e, tr("Encryption"), kind, info);
        return;
    case SectionKind::Unknown:
        break;
    }
    // Vendor and unknown sections: shown by their qualified name (DSP0243 §9: a section an
    // implementation does not understand may be skipped unless ovf:required is true).
    const bool legacy = isOvfNamed(e, u"Section");
    EnvelopeTreeItem *node =
        add(parent, EnvelopeNodeType::ExtensionSection, e, legacy ? section.displayName() : e->qualifiedName(),
            section.isRequired() ? tr("Extension section (required)") : tr("Extension section"), info);
    node->setExtension(true);
}

void EnvelopeTreeBuilder::addProductSection(EnvelopeTreeItem *parent, const Section &section)
{
    const ProductSection product(section.element());
    QString name = oneLine(product.product());
    const QString version = oneLine(product.version());
    if (!name.isEmpty() && !version.isEmpty())
        name = tr("%1 %2", "product name and version").arg(name, version);
    if (name.isEmpty())
        name = product.className(); // several ProductSections are told apart by ovf:class
    if (name.isEmpty())
        name = tr("Product");
    EnvelopeTreeItem *node = add(parent, EnvelopeNodeType::ProductSection, section.element(), name,
                                 section.displayName(), oneLine(section.info()));

    // Properties follow the Category before them (DSP0243 §9.5): group them under it.
    EnvelopeTreeItem *group = node;
    for (xml::Element *c : section.element()->childElements()) {
        if (isOvfNamed(c, u"Category")) {
            QString title = oneLine(localizedText(c));
            group = add(node, EnvelopeNodeType::Category, c, title.isEmpty() ? tr("(untitled)") : title,
                        u"Category"_s, QString());
        } else if (isOvfNamed(c, u"Property")) {
            const Property property(c);
            QString info = oneLine(property.label());
            if (info.isEmpty())
                info = oneLine(property.description());
            const QString type = property.type();
            add(group, EnvelopeNodeType::Property, c, property.key(),
                type.isEmpty() ? u"Property"_s : tr("Property (%1)").arg(type), info);
        }
    }
    for (int i = 0; i < node->childCount(); ++i) {
        EnvelopeTreeItem *category = node->child(i);
        if (category->type() == EnvelopeNodeType::Category) {
            category->setTexts(category->text(EnvelopeTreeItem::NameColumn),
                               category->text(EnvelopeTreeItem::KindColumn),
                               category->childCount() == 1 ? tr("1 property") : tr("%n properties", nullptr, category->childCount()));
        }
    }
}

void EnvelopeTreeBuilder::addHardwareItems(EnvelopeTreeItem *parent, const QList<HardwareItem> &items)
{
    for (const HardwareItem &item : items) {
        QString name = item.elementName().simplified();
        if (name.isEmpty())
            name = tr("Item %1").arg(item.instanceId());
        add(parent, EnvelopeNodeType::HardwareItem, item.element(), name, item.resourceTypeName(),
            hardwareSummary(item));
    }
}

QString EnvelopeTreeBuilder::hardwareSummary(const HardwareItem &item)
{
    QStringList parts;
    const QString quantity = item.virtualQuantity();
    if (!quantity.isEmpty()) {
        QString units = item.allocationUnits();
        if (units.isEmpty())
            units = item.virtualQuantityUnits();
        if (item.resourceType() == 3)
            parts << (quantity == u"1" ? tr("1 CPU") : tr("%1 CPUs").arg(quantity));
        else if (const auto size = units.isEmpty() ? std::nullopt : byteSize(quantity, units))
            parts << *size;
        else
            parts << (units.isEmpty() ? quantity : tr("%1 %2", "quantity and unit").arg(quantity, units));
    }
    if (!item.resourceSubType().isEmpty())
        parts << item.resourceSubType();
    const QStringList connections = item.connections();
    if (!connections.isEmpty())
        parts << tr("network %1").arg(connections.join(u", "_s));
    const QStringList hostResources = item.hostResources();
    if (!hostResources.isEmpty())
        parts << hostResources.join(u", "_s);
    if (!item.bound().isEmpty())
        parts << tr("%1 bound").arg(item.bound());
    const QStringList configurations = item.configurations();
    if (!configurations.isEmpty())
        parts << tr("only in %1").arg(configurations.join(u", "_s));
    return parts.join(separator);
}

void EnvelopeTreeBuilder::addStrings(EnvelopeTreeItem *parent, const StringsBundle &bundle)
{
    const QList<Message> messages = bundle.messages();
    const QString language = bundle.language();
    const QString info = bundle.isExternal() ? tr("external bundle, file %1").arg(bundle.fileRef())
                                             : messages.size() == 1 ? tr("1 message") : tr("%n messages", nullptr, int(messages.size()));
    EnvelopeTreeItem *node = add(parent, EnvelopeNodeType::StringsBundle, bundle.element(),
                                 language.isEmpty() ? tr("(no language)") : language, u"Strings"_s, info);
    for (const Message &m : messages)
        add(node, EnvelopeNodeType::Message, m.element, m.msgid, u"Msg"_s, m.text.simplified());
}

} // namespace ovf::items
