#include "views/editorfactory.h"

#include "model/ovf/namespaces.h"
#include "model/ovf/ovfelement.h"
#include "model/ovf/section.h"
#include "views/annotationeditor.h"
#include "views/deploymentoptionseditor.h"
#include "views/entityeditor.h"
#include "views/eulaeditor.h"
#include "views/operatingsystemeditor.h"
#include "views/packageentrieseditor.h"
#include "views/virtualhardwareeditor.h"
#include "views/producteditortabs.h"
#include "views/propertieseditor.h"
#include "views/startupsectioneditor.h"
#include "model/ovf/entity.h"

namespace {

enum class Target {
    None,
    Product,
    PropertyRow,
    DeploymentOptions,
    Configuration,
    Eula,
    Annotation,
    OperatingSystem,
    Entity,
    Startup,
    Hardware,
    HardwareItem,
    Disks,
    Networks,
    Files,
};

bool isHardwareItem(const ovf::xml::Element *e)
{
    const ovf::xml::Element *parent = e->parent();
    return (e->localName() == u"Item" || e->localName() == u"StorageItem" || e->localName() == u"EthernetPortItem")
        && ovf::ns::isOvfElement(e->namespaceUri()) && parent && ovf::isSectionElement(parent)
        && ovf::sectionKindOf(parent) == ovf::SectionKind::VirtualHardware;
}

// The Envelope's References, or a File in it.
bool isReferences(const ovf::xml::Element *e)
{
    return ovf::isOvfNamed(e, u"References") && e->parent() && !e->parent()->parent();
}


Target targetOf(const ovf::xml::Element *e)
{
    if (!e)
        return Target::None;
    if (ovf::Entity::isEntity(e))
        return Target::Entity;
    if (isHardwareItem(e))
        return Target::HardwareItem;
    if (isReferences(e))
        return Target::Files;
    if (ovf::isOvfNamed(e, u"File") && e->parent() && isReferences(e->parent()))
        return Target::Files;
    if (const ovf::xml::Element *p = e->parent(); p && ovf::isSectionElement(p)) {
        if (ovf::isOvfNamed(e, u"Disk") && ovf::sectionKindOf(p) == ovf::SectionKind::Disk)
            return Target::Disks;
        if (ovf::isOvfNamed(e, u"Network") && ovf::sectionKindOf(p) == ovf::SectionKind::Network)
            return Target::Networks;
    }
    const ovf::xml::Element *parent = e->parent();
    if ((ovf::isOvfNamed(e, u"Property") || ovf::isOvfNamed(e, u"Category")) && parent && ovf::isSectionElement(parent)
        && ovf::sectionKindOf(parent) == ovf::SectionKind::Product)
        return Target::PropertyRow;
    if (ovf::isOvfNamed(e, u"Configuration") && parent && ovf::isSectionElement(parent)
        && ovf::sectionKindOf(parent) == ovf::SectionKind::DeploymentOption)
        return Target::Configuration;
    if (!ovf::isSectionElement(e))
        return Target::None;
    switch (ovf::sectionKindOf(e)) {
    case ovf::SectionKind::Product: return Target::Product;
    case ovf::SectionKind::DeploymentOption: return Target::DeploymentOptions;
    case ovf::SectionKind::Eula: return Target::Eula;
    case ovf::SectionKind::Annotation: return Target::Annotation;
    case ovf::SectionKind::OperatingSystem: return Target::OperatingSystem;
    case ovf::SectionKind::Startup: return Target::Startup;
    case ovf::SectionKind::VirtualHardware: return Target::Hardware;
    case ovf::SectionKind::Disk: return Target::Disks;
    case ovf::SectionKind::Network: return Target::Networks;
    default: return Target::None;
    }
}

} // namespace

bool EditorFactory::hasEditor(const ovf::xml::Element *element)
{
    return targetOf(element) != Target::None;
}

QWidget *EditorFactory::create(ovf::commands::EditSession *session, ovf::xml::Element *element, QWidget *parent)
{
    switch (targetOf(element)) {
    case Target::None:
        return nullptr;
    case Target::Product:
        return new ProductEditorTabs(session, element, parent);
    case Target::PropertyRow: {
        auto *tabs = new ProductEditorTabs(session, element->parent(), parent);
        tabs->setCurrentWidget(tabs->propertiesEditor());
        tabs->propertiesEditor()->selectElement(element);
        return tabs;
    }
    case Target::DeploymentOptions:
        return new DeploymentOptionsEditor(session, element, parent);
    case Target::Configuration: {
        auto *editor = new DeploymentOptionsEditor(session, element->parent(), parent);
        editor->selectConfiguration(element);
        return editor;
    }
    case Target::Eula:
        return new EulaEditor(session, element, parent);
    case Target::Annotation:
        return new AnnotationEditor(session, element, parent);
    case Target::OperatingSystem:
        return new OperatingSystemEditor(session, element, parent);
    case Target::Entity:
        return new EntityEditor(session, element, parent);
    case Target::Startup:
        return new StartupSectionEditor(session, element, parent);
    case Target::Hardware:
        return new VirtualHardwareEditor(session, element, parent);
    case Target::HardwareItem: {
        auto *editor = new VirtualHardwareEditor(session, element->parent(), parent);
        editor->selectDevice(element);
        return editor;
    }
    case Target::Disks:
    case Target::Networks:
    case Target::Files: {
        const auto target = targetOf(element);
        const bool entry = !ovf::isSectionElement(element) && !isReferences(element);
        ovf::xml::Element *container = entry ? element->parent() : element;
        const auto list = target == Target::Disks      ? PackageEntriesEditor::List::Disks
                          : target == Target::Networks ? PackageEntriesEditor::List::Networks
                                                       : PackageEntriesEditor::List::Files;
        auto *editor = new PackageEntriesEditor(session, container, list, parent);
        if (entry)
            editor->selectEntry(element);
        return editor;
    }
    }
    return nullptr;
}
