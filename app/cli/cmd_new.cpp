// ovfctl new OUT.ovf --name NAME ...: a new appliance descriptor from a template, the same
// ApplianceBuilder as File > New in the GUI.

#include "app/cli/authorcommands.h"
#include "app/cli/output.h"

#include "model/authoring/appliancebuilder.h"
#include "model/authoring/appliancetemplate.h"
#include "model/ovf/descriptor.h"
#include "model/ovf/units.h"
#include "model/ovf/xmldocument.h"
#include "model/package/descriptorfile.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace ovfctl {

std::expected<quint64, QString> parseSizeOption(const QString &option, const QString &text)
{
    const auto bytes = ovf::parseByteSize(text);
    if (!bytes)
        return std::unexpected(u"--"_s + option + u": "_s + bytes.error());
    return *bytes;
}

std::expected<quint64, QString> parseCountOption(const QString &option, const QString &text)
{
    bool ok = false;
    const quint64 n = text.toULongLong(&ok);
    if (!ok || n == 0)
        return std::unexpected(QCoreApplication::translate("ovfctl", "--%1 takes a number above 0, not '%2'").arg(option, text));
    return n;
}

namespace {

using ovf::authoring::ApplianceSpec;
using ovf::commands::DeviceSpec;

class NewCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ovfctl)
public:
    NewCommand()
        : m_name(u"name"_s, tr("The appliance's name (its virtual system's Name; the\novf:id is made from it). Required."), tr("NAME"))
        , m_os(u"os"_s, tr("The guest OS: a CIM OS type number (e.g. 96) or its\nname (e.g. \"Debian 64-Bit\", \"ubuntu64\")."), tr("OS"))
        , m_cpus(u"cpus"_s, tr("Virtual CPUs."), tr("N"))
        , m_memory(u"memory"_s, tr("Memory, a number with a unit: 512MiB, 2GiB."), tr("SIZE"))
        , m_firmware(u"firmware"_s, tr("bios or efi."), tr("FW"))
        , m_network(u"network"_s, tr("A network to connect to (repeatable); each gets a\nnetwork adapter. Replaces the template's network."), tr("NAME"))
        , m_nicType(u"nic-type"_s, tr("The adapter type of those adapters: E1000, E1000e,\nVmxNet3, PCNet32, virtio (default: the template's)."), tr("TYPE"))
        , m_controller(u"controller"_s, tr("The disk controller disks attach to: ide, scsi,\nsata or nvme (default: the template's)."), tr("KIND"))
        , m_controllerType(u"controller-type"_s, tr("Its model, e.g. lsilogic, lsilogicsas, VirtualSCSI,\nvirtio-scsi for SCSI."), tr("TYPE"))
        , m_disk(u"disk"_s, tr("A disk image (raw, qcow2, VMDK, VDI, VHD, VHDX;\nrepeatable). Inspected with qemu-img, never\nmodified; converted to a streamOptimized VMDK by\n'ovfctl pack'."), tr("IMAGE"))
        , m_template(u"template"_s, tr("generic-kvm (default), vsphere or virtualbox."), tr("T"))
        , m_version(u"ovf-version"_s, tr("1.0 (default) or 2.0."), tr("V"))
        , m_force(u"force"_s, tr("Replace OUT when it exists."))
    {
    }

    QString name() const override { return u"new"_s; }
    QString summary() const override { return tr("Create a new appliance descriptor from a template and disk images"); }

    QList<QCommandLineOption> options() const
    {
        return {m_name, m_os, m_cpus, m_memory, m_firmware, m_network, m_nicType, m_controller, m_controllerType,
                m_disk, m_template, m_version, m_force};
    }

    QString help() const override
    {
        QString templates;
        for (const auto &t : ovf::authoring::ApplianceTemplate::all())
            templates += u"  "_s + padded(t.id, 12) + u"  "_s + t.description + u'\n';
        return formatHelp(
            tr("new OUT.ovf --name NAME [--os OS] [--cpus N] [--memory SIZE]\n"
               "       [--firmware bios|efi] [--network NAME]... [--nic-type TYPE]\n"
               "       [--controller ide|scsi|sata|nvme] [--disk IMAGE]... [--template T]\n"
               "       [--ovf-version 1.0|2.0] [--force]"),
            tr("Write a new OVF descriptor: References, DiskSection, NetworkSection and one\n"
               "VirtualSystem with an OperatingSystemSection and a complete\n"
               "VirtualHardwareSection, from a template with the choices given. Each --disk\n"
               "image becomes a Disk with its capacity and populated size on the disk\n"
               "controller, and a File whose image is pending: 'ovfctl pack OUT.ovf X.ova'\n"
               "converts it. The result validates without errors. Edit it further with\n"
               "'ovfctl edit'.\n\nTemplates:\n") + templates.chopped(1),
            options(),
            tr("Exit status:\n"
               "  0  the descriptor was written\n"
               "  1  the choices were refused (every reason is printed) or an image was\n"
               "  2  usage error, OUT exists, or a file cannot be read or written"));
    }

    int run(const QStringList &args) override
    {
        QCommandLineParser parser;
        const ParsedArguments parsed = parseArguments(parser, *this, options(), args, 1, tr("OUT"));
        if (parsed.exitCode)
            return *parsed.exitCode;
        const QString target = parsed.positional.constFirst();
        if (!parser.isSet(m_name))
            return usageError(tr("new: --name is required"), name());
        if (QFileInfo::exists(target) && !parser.isSet(m_force))
            return usageError(tr("new: %1 exists; give --force to replace it").arg(sanitize(target)), name());

        QStringList problems;
        ApplianceSpec spec;
        spec.name = parser.value(m_name);
        spec.os = parser.value(m_os);
        if (parser.isSet(m_template))
            spec.templateId = parser.value(m_template);
        if (parser.isSet(m_cpus)) {
            if (auto n = parseCountOption(u"cpus"_s, parser.value(m_cpus)))
                spec.cpus = *n;
            else
                problems << n.error();
        }
        if (parser.isSet(m_memory)) {
            if (auto b = parseSizeOption(u"memory"_s, parser.value(m_memory)))
                spec.memoryBytes = *b;
            else
                problems << b.error();
        }
        if (parser.isSet(m_firmware)) {
            const QString f = parser.value(m_firmware).toLower();
            if (f == u"bios")
                spec.firmware = ovf::commands::SetFirmwareCommand::Firmware::Bios;
            else if (f == u"efi" || f == u"uefi")
                spec.firmware = ovf::commands::SetFirmwareCommand::Firmware::Efi;
            else
                problems << tr("--firmware is bios or efi, not '%1'").arg(f);
        }
        if (parser.isSet(m_controller)) {
            const QString c = parser.value(m_controller).toLower();
            if (c == u"ide")
                spec.controller = DeviceSpec::Kind::IdeController;
            else if (c == u"scsi")
                spec.controller = DeviceSpec::Kind::ScsiController;
            else if (c == u"sata" || c == u"ahci")
                spec.controller = DeviceSpec::Kind::SataController;
            else if (c == u"nvme")
                spec.controller = DeviceSpec::Kind::NvmeController;
            else
                problems << tr("--controller is ide, scsi, sata or nvme, not '%1'").arg(c);
            spec.controllerSubType = parser.value(m_controllerType);
        }
        for (const QString &n : parser.values(m_network))
            spec.networks.append({n, parser.value(m_nicType)});
        if (parser.isSet(m_version)) {
            const QString v = parser.value(m_version);
            if (v == u"1.0" || v == u"1")
                spec.ovfMajorVersion = 1;
            else if (v == u"2.0" || v == u"2")
                spec.ovfMajorVersion = 2;
            else
                problems << tr("--ovf-version is 1.0 or 2.0, not '%1'").arg(v);
        }
        bool missingFile = false;
        for (const QString &image : parser.values(m_disk)) {
            if (!QFileInfo::exists(image)) {
                printError(tr("%1: no such file").arg(sanitize(image)));
                missingFile = true;
                continue;
            }
            auto inspected = ovf::authoring::DiskImporter::inspect(image);
            if (inspected)
                spec.disks << *inspected;
            else
                problems << inspected.error();
        }
        if (missingFile)
            return ExitUsage;
        {
            // Built even when an option was refused, so that the builder's reasons (the OS,
            // the template, ...) are printed with the others.
            auto built = ovf::authoring::ApplianceBuilder::build(spec, QFileInfo(target).fileName());
            if (!built) {
                problems << built.error();
            } else if (problems.isEmpty()) {
                if (auto ok = ovf::package::DescriptorFile::write(target, (*built)->xml().save()); !ok) {
                    printError(sanitize(ok.error().toString()));
                    return ExitUsage;
                }
                ovfctl::out(tr("%1: new appliance '%2' (%3 disk(s) pending conversion; 'ovfctl pack' converts them)\n")
                              .arg(target, sanitize(spec.name))
                              .arg(spec.disks.size()));
                return ExitClean;
            }
        }
        for (const QString &p : std::as_const(problems))
            printError(u"new: "_s + sanitize(p));
        return ExitFailed;
    }

private:
    QCommandLineOption m_name, m_os, m_cpus, m_memory, m_firmware, m_network, m_nicType, m_controller,
        m_controllerType, m_disk, m_template, m_version, m_force;
};

} // namespace

std::unique_ptr<Command> makeNewCommand()
{
    return std::make_unique<NewCommand>();
}

} // namespace ovfctl
