#include "model/deploy/plan.h"

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
    if (!storage.isEmpty())
        args << u"--storage"_s << storage;
    if (!domainType.isEmpty())
        args << u"--domain-type"_s << domainType;
    if (diskFormat != DiskFormat::Qcow2)
        args << u"--format"_s << diskFormatName(diskFormat);
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
