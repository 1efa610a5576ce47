#include "model/deploy/plan.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ovf::deploy {

QString backendKindName(BackendKind kind)
{
    return kind == BackendKind::Libvirt ? u"libvirt"_s : u"folder"_s;
}

std::optional<BackendKind> parseBackendKind(QStringView text)
{
    if (text == u"libvirt")
        return BackendKind::Libvirt;
    if (text == u"folder")
        return BackendKind::Folder;
    return std::nullopt;
}

namespace {
class PlanText
{
    Q_DECLARE_TR_FUNCTIONS(Plan)
};
} // namespace

QString networkTargetLabel(const QString &target)
{
    if (target == Plan::notConnected)
        return PlanText::tr("(not connected)");
    if (target == Plan::userNetworking)
        return PlanText::tr("(user-mode networking)");
    return target;
}

QString firmwareChoiceName(FirmwareChoice choice)
{
    switch (choice) {
    case FirmwareChoice::Auto: return u"auto"_s;
    case FirmwareChoice::Bios: return u"bios"_s;
    case FirmwareChoice::Efi: return u"efi"_s;
    }
    return u"auto"_s;
}

std::optional<FirmwareChoice> parseFirmwareChoice(QStringView text)
{
    for (FirmwareChoice c : {FirmwareChoice::Auto, FirmwareChoice::Bios, FirmwareChoice::Efi}) {
        if (text == firmwareChoiceName(c))
            return c;
    }
    return std::nullopt;
}

QString shellQuote(const QString &arg)
{
    static constexpr QStringView safe = u"_@%+=:,./-";
    bool plain = !arg.isEmpty();
    for (const QChar c : arg) {
        const char16_t u = c.unicode();
        if (!((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || safe.contains(c))) {
            plain = false;
            break;
        }
    }
    if (plain)
        return arg;
    QString quoted = arg;
    quoted.replace(u"'"_s, u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

QString Plan::toCommandLine(const QStringList &maskedKeys) const
{
    QStringList args{u"ovfctl"_s, u"deploy"_s, package.isEmpty() ? u"PACKAGE"_s : package};
    args << u"--target"_s << backendKindName(backend);
    if (backend == BackendKind::Libvirt) {
        if (libvirtUri != defaultLibvirtUri)
            args << u"--connect"_s << libvirtUri;
    } else {
        args << u"--out"_s << (outputPath.isEmpty() ? u"DIR"_s : outputPath);
    }
    if (!deploymentOption.isEmpty())
        args << u"--option"_s << deploymentOption;
    for (auto it = properties.cbegin(); it != properties.cend(); ++it) {
        const bool masked = maskedKeys.contains(it.key());
        args << u"--prop"_s << it.key() + u'=' + (masked ? u"********"_s : it.value());
    }
    for (auto it = networks.cbegin(); it != networks.cend(); ++it)
        args << u"--net"_s << it.key() + u'=' + it.value();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        args << u"--name"_s << it.key() + u'=' + it.value();
    for (auto it = cpus.cbegin(); it != cpus.cend(); ++it)
        args << u"--cpus"_s << it.key() + u'=' + QString::number(it.value());
    for (auto it = memoryMiB.cbegin(); it != memoryMiB.cend(); ++it)
        args << u"--memory"_s << it.key() + u'=' + QString::number(it.value());
    if (firmware != FirmwareChoice::Auto)
        args << u"--firmware"_s << firmwareChoiceName(firmware);
    if (!storage.isEmpty())
        args << u"--storage"_s << storage;
    if (!domainType.isEmpty())
        args << u"--domain-type"_s << domainType;
    if (diskFormat != DiskFormat::Qcow2)
        args << u"--format"_s << diskFormatName(diskFormat);
    if (allowUnchecked)
        args << u"--allow-unchecked"_s;
    if (!eulaAcceptances.isEmpty())
        args << u"--accept-eulas"_s;
    if (powerOn)
        args << u"--power-on"_s;
    QStringList quoted;
    for (const QString &a : std::as_const(args))
        quoted.append(shellQuote(a));
    return quoted.join(u' ');
}

} // namespace ovf::deploy
