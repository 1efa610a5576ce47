#include "model/commands/setfirmwarecommand.h"

#include "model/commands/editsession.h"
#include "model/commands/formedits.h"
#include "model/commands/hardwareitems.h"
#include "model/commands/insertelementcommand.h"
#include "model/commands/setattributecommand.h"
#include "model/commands/xmlfragment.h"
#include "model/ovf/namespaces.h"
#include "model/ovf/section.h"

using namespace Qt::StringLiterals;

namespace ovf::commands {

xml::Element *SetFirmwareCommand::configElement(const xml::Element *section)
{
    if (!section)
        return nullptr;
    for (xml::Element *c : section->childElements()) {
        if (c->localName() == u"Config" && c->namespaceUri() == ns::Vmw && c->attributeValue(ns::Vmw, u"key") == u"firmware")
            return c;
    }
    return nullptr;
}

QString SetFirmwareCommand::firmwareOf(const xml::Element *section)
{
    const xml::Element *c = configElement(section);
    return c ? c->attributeValue(ns::Vmw, u"value").toLower() : QString();
}

Made<SetFirmwareCommand> SetFirmwareCommand::create(EditSession *session, xml::Element *section, Firmware firmware,
                                                    QUndoCommand *parent)
{
    if (!section || !isSectionElement(section) || sectionKindOf(section) != SectionKind::VirtualHardware)
        return std::unexpected(tr("The firmware is set in a VirtualHardwareSection."));
    const QString value = firmware == Firmware::Efi ? u"efi"_s : u"bios"_s;
    if (firmwareOf(section) == value)
        return std::unexpected(tr("The firmware is already %1.").arg(firmware == Firmware::Efi ? u"UEFI"_s : u"BIOS"_s));
    std::unique_ptr<SetFirmwareCommand> cmd(new SetFirmwareCommand(session, parent));
    cmd->m_section = section;
    cmd->setText(firmware == Firmware::Efi ? tr("Boot with UEFI firmware") : tr("Boot with BIOS firmware"));
    if (xml::Element *config = configElement(section)) {
        auto c = SetAttributeCommand::create(session, config, ns::Vmw, u"value", value, false, {}, cmd.get());
        if (!c)
            return std::unexpected(c.error());
        c->release();
        return cmd;
    }
    xml::Document &doc = session->document();
    auto config = fragment::element(doc, section, nullptr, ns::Vmw, u"Config", u"vmw");
    fragment::setAttribute(doc, config.get(), section, FormEdits::ovfNamespace(section), u"required", u"false"_s);
    fragment::setAttribute(doc, config.get(), section, ns::Vmw, u"key", u"firmware"_s, u"vmw");
    fragment::setAttribute(doc, config.get(), section, ns::Vmw, u"value", value, u"vmw");
    auto insert = InsertElementCommand::create(session, section, -1, std::move(config), {}, cmd.get());
    if (!insert)
        return std::unexpected(insert.error());
    insert->release();
    return cmd;
}

} // namespace ovf::commands
