// The subcommands of `ovfctl edit`: each turns its options into the model's edit commands.

#include "app/cli/authorcommands.h"
#include "app/cli/editsubcommands.h"

#include "model/authoring/diskimport.h"
#include "model/commands/adddeploymentoptioncommand.h"
#include "model/commands/adddevicecommand.h"
#include "model/commands/adddiskcommand.h"
#include "model/commands/addeulacommand.h"
#include "model/commands/addfilecommand.h"
#include "model/commands/addnetworkcommand.h"
#include "model/commands/editsession.h"
#include "model/commands/licensetext.h"
#include "model/commands/removefilecommand.h"
#include "model/commands/removepropertycommand.h"
#include "model/commands/setfirmwarecommand.h"
#include "model/commands/sethardwarequantitycommand.h"
#include "model/commands/setproductcommand.h"
#include "model/commands/setpropertycommand.h"
#include "model/ovf/descriptor.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;
using namespace ovf::commands;

namespace ovfctl {

namespace {

class EditText
{
    Q_DECLARE_TR_FUNCTIONS(ovfctl)
};

QString tr(const char *text)
{
    return EditText::tr(text);
}

template <class T>
T *push(EditContext &ctx, ovf::commands::Made<T> made)
{
    if (!made) {
        ctx.problems << made.error().split(u'\n');
        return nullptr;
    }
    T *raw = made->get();
    if (auto pushed = ctx.session->push(std::move(made)); !pushed) {
        ctx.problems << pushed.error();
        return nullptr;
    }
    return raw;
}

QCommandLineOption option(const QString &name, const char *description, const QString &value = {})
{
    return value.isEmpty() ? QCommandLineOption(name, tr(description)) : QCommandLineOption(name, tr(description), value);
}

std::optional<QString> valueOf(const EditContext &ctx, const QString &name)
{
    return ctx.parser->isSet(name) ? std::optional<QString>(ctx.parser->value(name)) : std::nullopt;
}

std::optional<bool> boolOf(EditContext &ctx, const QString &name)
{
    if (!ctx.parser->isSet(name))
        return std::nullopt;
    const QString v = ctx.parser->value(name).toLower();
    if (v == u"true" || v == u"yes" || v == u"1")
        return true;
    if (v == u"false" || v == u"no" || v == u"0")
        return false;
    ctx.problems << tr("--%1 is true or false, not '%2'").arg(name, v);
    return std::nullopt;
}

std::optional<quint64> countOf(EditContext &ctx, const QString &name)
{
    if (!ctx.parser->isSet(name))
        return std::nullopt;
    auto n = parseCountOption(name, ctx.parser->value(name));
    if (!n) {
        ctx.problems << n.error();
        return std::nullopt;
    }
    return *n;
}

void setHardware(EditContext &ctx)
{
    ovf::xml::Element *hw = ctx.hardware();
    const hwitems::ItemVariant variant{ctx.parser->value(u"option"_s), ctx.parser->value(u"bound"_s)};
    const auto cpus = countOf(ctx, u"cpus"_s);
    const auto cores = countOf(ctx, u"cores-per-socket"_s);
    std::optional<quint64> memory;
    if (ctx.parser->isSet(u"memory"_s)) {
        if (auto b = parseSizeOption(u"memory"_s, ctx.parser->value(u"memory"_s)))
            memory = *b;
        else
            ctx.problems << b.error();
    }
    std::optional<SetFirmwareCommand::Firmware> firmware;
    if (ctx.parser->isSet(u"firmware"_s)) {
        const QString f = ctx.parser->value(u"firmware"_s).toLower();
        if (f == u"bios")
            firmware = SetFirmwareCommand::Firmware::Bios;
        else if (f == u"efi" || f == u"uefi")
            firmware = SetFirmwareCommand::Firmware::Efi;
        else
            ctx.problems << tr("--firmware is bios or efi, not '%1'").arg(f);
    }
    if (!cpus && !cores && !memory && !firmware && ctx.problems.isEmpty())
        ctx.problems << tr("set-hardware: nothing to set (--cpus, --cores-per-socket, --memory, --firmware)");
    if (!hw)
        return;
    if (cpus || cores) {
        quint64 count = cpus.value_or(0);
        if (!cpus) {
            for (const ovf::HardwareItem &item : ovf::hardwareItemsIn(hw)) {
                if (item.resourceType() == hwitems::rt::Processor && hwitems::matches(item, variant))
                    count = item.virtualQuantity().toULongLong();
            }
        }
        push(ctx, SetHardwareQuantityCommand::cpus(ctx.session, hw, count, cores, variant));
    }
    if (memory)
        push(ctx, SetHardwareQuantityCommand::memory(ctx.session, hw, *memory, variant));
    if (firmware)
        push(ctx, SetFirmwareCommand::create(ctx.session, hw, *firmware));
}

void addDisk(EditContext &ctx)
{
    ovf::xml::Element *hw = ctx.hardware();
    auto image = ovf::authoring::DiskImporter::inspect(ctx.positional.value(0), ctx.parser->value(u"format"_s));
    if (!image) {
        ctx.problems << image.error();
        return;
    }
    if (!hw)
        return;
    QStringList hrefs;
    for (const ovf::FileReference &f : ctx.session->descriptor().envelope().files())
        hrefs << f.href();
    DiskSpec spec = ovf::authoring::DiskImporter::diskSpec(*image, hrefs);
    spec.diskId = ctx.parser->value(u"disk-id"_s);
    spec.controller = ctx.parser->value(u"controller"_s);
    if (const auto address = countOf(ctx, u"address"_s))
        spec.address = int(*address);
    push(ctx, AddDiskCommand::create(ctx.session, hw, spec));
}

void addNic(EditContext &ctx)
{
    ovf::xml::Element *hw = ctx.hardware();
    DeviceSpec spec{DeviceSpec::Kind::NetworkAdapter};
    spec.network = ctx.parser->value(u"network"_s);
    spec.subType = ctx.parser->value(u"type"_s);
    spec.macAddress = ctx.parser->value(u"mac"_s);
    spec.variant.configuration = ctx.parser->value(u"option"_s);
    if (hw)
        push(ctx, AddDeviceCommand::create(ctx.session, hw, spec));
}

void addNetwork(EditContext &ctx)
{
    push(ctx, AddNetworkCommand::create(ctx.session, ctx.positional.value(0), ctx.parser->value(u"description"_s)));
}

void setProduct(EditContext &ctx)
{
    ovf::xml::Element *entity = ctx.entity(false);
    ProductInfo info;
    info.className = ctx.parser->value(u"class"_s);
    info.instance = ctx.parser->value(u"instance"_s);
    info.product = valueOf(ctx, u"product"_s);
    info.vendor = valueOf(ctx, u"vendor"_s);
    info.version = valueOf(ctx, u"version"_s);
    info.fullVersion = valueOf(ctx, u"full-version"_s);
    info.productUrl = valueOf(ctx, u"product-url"_s);
    info.vendorUrl = valueOf(ctx, u"vendor-url"_s);
    info.appUrl = valueOf(ctx, u"app-url"_s);
    if (entity)
        push(ctx, SetProductCommand::create(ctx.session, entity, info));
}

void setProperty(EditContext &ctx)
{
    ovf::xml::Element *entity = ctx.entity(false);
    PropertySpec spec;
    spec.className = ctx.parser->value(u"class"_s);
    spec.instance = ctx.parser->value(u"instance"_s);
    spec.key = ctx.parser->value(u"key"_s);
    spec.type = valueOf(ctx, u"type"_s);
    spec.value = valueOf(ctx, u"value"_s);
    spec.qualifiers = valueOf(ctx, u"qualifiers"_s);
    spec.label = valueOf(ctx, u"label"_s);
    spec.description = valueOf(ctx, u"description"_s);
    spec.category = valueOf(ctx, u"category"_s);
    spec.password = ctx.parser->isSet(u"password"_s) ? std::optional<bool>(true) : std::nullopt;
    spec.userConfigurable = boolOf(ctx, u"user-configurable"_s);
    spec.option = ctx.parser->value(u"option"_s);
    if (!ctx.parser->isSet(u"key"_s))
        ctx.problems << tr("set-property: --key is required");
    else if (entity)
        push(ctx, SetPropertyCommand::create(ctx.session, entity, spec));
}

void removeProperty(EditContext &ctx)
{
    ovf::xml::Element *entity = ctx.entity(false);
    const QString key = ctx.parser->value(u"key"_s);
    if (key.isEmpty()) {
        ctx.problems << tr("remove-property: --key is required");
        return;
    }
    if (!entity)
        return;
    ovf::xml::Element *property = SetPropertyCommand::findProperty(entity, ctx.parser->value(u"class"_s),
                                                              ctx.parser->value(u"instance"_s), key);
    if (!property)
        ctx.problems << tr("There is no property \"%1\" in that ProductSection.").arg(key);
    else
        push(ctx, RemovePropertyCommand::create(ctx.session, property));
}

void addEula(EditContext &ctx)
{
    ovf::xml::Element *entity = ctx.entity(false);
    const auto license = LicenseTextFile::read(ctx.positional.value(0));
    if (!license) {
        ctx.problems << license.error();
        return;
    }
    if (!license->warning.isEmpty())
        ctx.notes << tr("%1: %2").arg(ctx.positional.value(0), license->warning);
    if (entity)
        push(ctx, AddEulaCommand::create(ctx.session, entity, license->text));
}

void addOption(EditContext &ctx)
{
    const QString id = ctx.positional.value(0);
    push(ctx, AddDeploymentOptionCommand::create(ctx.session, id, ctx.parser->value(u"label"_s).isEmpty() ? id : ctx.parser->value(u"label"_s),
                                                 ctx.parser->value(u"description"_s), ctx.parser->isSet(u"default"_s)));
}

void addFile(EditContext &ctx)
{
    const QFileInfo info(ctx.positional.value(0));
    if (!info.isFile()) {
        ctx.problems << tr("%1: not a readable file").arg(info.filePath());
        return;
    }
    FileSpec spec;
    spec.id = ctx.parser->value(u"id"_s);
    spec.size = quint64(info.size());
    // Packing takes a file from the descriptor's folder (disk images alone are converted from
    // anywhere, see add-disk), so the file has to be there.
    const QDir folder = QFileInfo(ctx.descriptorPath).absoluteDir();
    const QString relative = folder.relativeFilePath(info.absoluteFilePath());
    if (relative.startsWith(u"../"_s) || relative == u".."_s || QDir::isAbsolutePath(relative)) {
        ctx.problems << tr("%1 is not in the descriptor's folder %2; copy it there first (packing takes files from there)")
                            .arg(info.filePath(), folder.path());
        return;
    }
    spec.href = relative;
    if (ctx.parser->isSet(u"href"_s) && ctx.parser->value(u"href"_s) != relative)
        ctx.problems << tr("--href must be the file's path relative to the descriptor (%1)").arg(relative);
    push(ctx, AddFileCommand::create(ctx.session, spec));
}

void removeFile(EditContext &ctx)
{
    const QString id = ctx.positional.value(0);
    const ovf::FileReference file = ctx.session->descriptor().envelope().fileById(id);
    if (file.isNull())
        ctx.problems << tr("There is no File \"%1\" in References.").arg(id);
    else
        push(ctx, RemoveFileCommand::create(ctx.session, file.element()));
}

} // namespace

QList<EditSubcommand> editSubcommands()
{
    const QCommandLineOption optionId = option(u"option"_s, "A deployment option (Configuration id): set the\nvalue of that option only.", u"ID"_s);
    const QCommandLineOption classOpt = option(u"class"_s, "The ProductSection's ovf:class.", u"C"_s);
    const QCommandLineOption instanceOpt = option(u"instance"_s, "The ProductSection's ovf:instance.", u"I"_s);
    return {
        {u"set-hardware"_s, u"set-hardware [--cpus N] [--cores-per-socket N] [--memory SIZE]\n       [--firmware bios|efi] [--option ID] [--bound min|max|normal]"_s,
         tr("Set the CPUs, memory and firmware of a virtual system. With --option, the\n"
            "values of that deployment option (an Item with ovf:configuration); with --bound,\n"
            "the minimum, maximum or normal value of a range (ovf:bound)."),
         {option(u"cpus"_s, "Virtual CPUs.", u"N"_s), option(u"cores-per-socket"_s, "Cores per socket (vmw:CoresPerSocket).", u"N"_s),
          option(u"memory"_s, "Memory, a number with a unit: 512MiB, 2GiB.", u"SIZE"_s),
          option(u"firmware"_s, "bios or efi.", u"FW"_s), optionId, option(u"bound"_s, "min, max or normal.", u"B"_s)},
         0, setHardware},
        {u"add-disk"_s, u"add-disk IMAGE [--controller ID] [--address N] [--disk-id ID] [--format F]"_s,
         tr("Add a disk from a disk image (raw, qcow2, VMDK, VDI, VHD, VHDX): a File with the\n"
            "image as its pending source, a Disk with its capacity and populated size, and a\n"
            "disk drive on a controller at a free address. The image is never modified;\n"
            "'ovfctl pack' converts it to a streamOptimized VMDK."),
         {option(u"controller"_s, "The controller's InstanceID (default: the first with room).", u"ID"_s),
          option(u"address"_s, "The address on it (default: the first free one).", u"N"_s),
          option(u"disk-id"_s, "The Disk's ovf:diskId.", u"ID"_s),
          option(u"format"_s, "The image format (default: read from the file).", u"F"_s)},
         1, addDisk},
        {u"add-nic"_s, u"add-nic --network NAME [--type TYPE] [--mac MAC] [--option ID]"_s,
         tr("Add a network adapter connected to a network of the NetworkSection."),
         {option(u"network"_s, "The network.", u"NAME"_s),
          option(u"type"_s, "E1000 (default), E1000e, VmxNet3, PCNet32, virtio.", u"TYPE"_s),
          option(u"mac"_s, "A fixed MAC address.", u"MAC"_s), optionId},
         0, addNic},
        {u"add-network"_s, u"add-network NAME [--description TEXT]"_s, tr("Add a network to the NetworkSection."),
         {option(u"description"_s, "What the network is for.", u"TEXT"_s)}, 1, addNetwork},
        {u"set-product"_s, u"set-product [--product T] [--vendor T] [--version T] [--full-version T]\n       [--product-url U] [--vendor-url U] [--app-url U] [--class C] [--instance I]"_s,
         tr("Set product information (a ProductSection, created when missing). An empty\nvalue removes a field."),
         {option(u"product"_s, "Product name.", u"T"_s), option(u"vendor"_s, "Vendor.", u"T"_s),
          option(u"version"_s, "Short version.", u"T"_s), option(u"full-version"_s, "Full version.", u"T"_s),
          option(u"product-url"_s, "Product URL.", u"U"_s), option(u"vendor-url"_s, "Vendor URL.", u"U"_s),
          option(u"app-url"_s, "Application URL.", u"U"_s), classOpt, instanceOpt},
         0, setProduct},
        {u"set-property"_s, u"set-property --key K [--type T] [--value V] [--qualifiers Q] [--label T]\n       [--description T] [--category T] [--password] [--user-configurable true|false]\n       [--option ID] [--class C] [--instance I]"_s,
         tr("Add a property or change one. Its values are checked against its type and\n"
            "qualifiers (a value outside them is refused)."),
         {option(u"key"_s, "The property's key.", u"K"_s), option(u"type"_s, "string (default for new ones), boolean, uint8, ...", u"T"_s),
          option(u"value"_s, "The default value (with --option: that option's).", u"V"_s),
          option(u"qualifiers"_s, "e.g. \"MinLen(8) MaxLen(64)\", \"ValueMap{\\\"a\\\",\\\"b\\\"}\".", u"Q"_s),
          option(u"label"_s, "What the deployer reads.", u"T"_s), option(u"description"_s, "A longer help text.", u"T"_s),
          option(u"category"_s, "The category a new property is listed under.", u"T"_s),
          option(u"password"_s, "Mask the value while it is entered."),
          option(u"user-configurable"_s, "Whether the deployer may change it.", u"B"_s), optionId, classOpt, instanceOpt},
         0, setProperty},
        {u"remove-property"_s, u"remove-property --key K [--class C] [--instance I]"_s, tr("Remove a property."),
         {option(u"key"_s, "The property's key.", u"K"_s), classOpt, instanceOpt}, 0, removeProperty},
        {u"add-eula"_s, u"add-eula FILE"_s, tr("Add a license agreement (an EulaSection) with the text of FILE (UTF-8, or the "
            "encoding its byte order mark names)."),
         {}, 1, addEula},
        {u"add-option"_s, u"add-option ID [--label T] [--description T] [--default]"_s,
         tr("Add a deployment option (a Configuration of the DeploymentOptionSection)."),
         {option(u"label"_s, "What the deployer reads (default: ID).", u"T"_s),
          option(u"description"_s, "A longer text.", u"T"_s), option(u"default"_s, "Make it the default option.")},
         1, addOption},
        {u"add-file"_s, u"add-file PATH [--id ID]"_s,
         tr("Add a file in the descriptor's folder to References (an ISO, a Strings bundle,\n...); 'ovfctl pack' puts it into the package."),
         {option(u"href"_s, "Its path relative to the descriptor (the default).", u"NAME"_s),
          option(u"id"_s, "Its ovf:id (default: from the name).", u"ID"_s)},
         1, addFile},
        {u"remove-file"_s, u"remove-file ID"_s, tr("Remove a file nothing refers to from References."), {}, 1, removeFile},
    };
}

} // namespace ovfctl
