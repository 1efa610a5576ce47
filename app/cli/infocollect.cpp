#include "app/cli/infocollect.h"

#include "app/cli/hardwaresummary.h"

#include "model/ovf/descriptor.h"
#include "model/ovf/productsection.h"
#include "model/ovf/sections.h"
#include "model/ovf/units.h"
#include "model/validation/validator.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ovfctl {

namespace {

QJsonValue optional(const QString &s)
{
    return s.isNull() ? QJsonValue() : QJsonValue(s);
}

QJsonValue optional(const ovf::LocalizedText &t)
{
    return t.isNull() ? QJsonValue() : QJsonValue(t.text.trimmed());
}

QJsonValue attribute(bool present, const QString &value)
{
    return present ? QJsonValue(value) : QJsonValue();
}

// A strictly parsed unsigned decimal (ovf:size, ovf:populatedSize, ...), or null.
QJsonValue decimal(bool present, const QString &text)
{
    if (!present)
        return {};
    const auto n = ovf::parseUnsignedDecimal(text);
    return n ? QJsonValue(double(*n)) : QJsonValue();
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonArray extensions(const QList<ovf::Section> &sections)
{
    QJsonArray out;
    for (const ovf::Section &s : sections) {
        if (!s.isExtension())
            continue;
        out.append(QJsonObject{
            {u"name"_s, s.element()->qualifiedName()},
            {u"namespace"_s, s.namespaceUri()},
            {u"required"_s, s.isRequired()},
            {u"info"_s, optional(s.info())},
        });
    }
    return out;
}

QJsonObject property(const ovf::ProductSection &section, const ovf::Property &p)
{
    const bool password = p.isPassword();
    QJsonArray perConfiguration;
    for (const ovf::ConfigurationValue &cv : p.configurationValues()) {
        perConfiguration.append(QJsonObject{
            {u"configurations"_s, strings(cv.configurations)},
            {u"value"_s, password ? QJsonValue() : QJsonValue(cv.value)},
        });
    }
    return QJsonObject{
        {u"key"_s, p.key()},
        {u"fullKey"_s, section.fullKey(p)},
        {u"type"_s, attribute(ovf::hasOvfAttr(p.element(), u"type"), p.type())},
        {u"qualifiers"_s, attribute(p.hasQualifiers(), p.qualifiers())},
        {u"hasValue"_s, p.hasValue()},
        // A password's default is never shown (DSP0243 §9.5.1 ovf:password).
        {u"value"_s, p.hasValue() && !password ? QJsonValue(p.value()) : QJsonValue()},
        {u"password"_s, password},
        {u"userConfigurable"_s, p.isUserConfigurable()},
        {u"label"_s, optional(p.label())},
        {u"description"_s, optional(p.description())},
        {u"category"_s, optional(p.category())},
        {u"configurationValues"_s, perConfiguration},
        {u"line"_s, p.position().line},
    };
}

QJsonObject product(const ovf::ProductSection &ps)
{
    QJsonArray categories;
    for (const ovf::LocalizedText &c : ps.categories())
        categories.append(c.text.trimmed());
    QJsonArray properties;
    for (const ovf::Property &p : ps.properties())
        properties.append(property(ps, p));
    return QJsonObject{
        {u"class"_s, attribute(!ps.className().isEmpty(), ps.className())},
        {u"instance"_s, attribute(!ps.instance().isEmpty(), ps.instance())},
        {u"required"_s, ps.isRequired()},
        {u"info"_s, optional(ps.info())},
        {u"product"_s, optional(ps.product())},
        {u"vendor"_s, optional(ps.vendor())},
        {u"version"_s, optional(ps.version())},
        {u"fullVersion"_s, optional(ps.fullVersion())},
        {u"productUrl"_s, optional(ps.productUrl())},
        {u"vendorUrl"_s, optional(ps.vendorUrl())},
        {u"appUrl"_s, optional(ps.appUrl())},
        {u"categories"_s, categories},
        {u"properties"_s, properties},
    };
}

QJsonValue operatingSystem(const ovf::Entity &entity)
{
    const ovf::OperatingSystemSection os(entity.section(ovf::SectionKind::OperatingSystem).element());
    if (!os)
        return {};
    const QString vmw = os.vmwareOsType();
    return QJsonObject{
        {u"id"_s, optional(os.osId())},
        {u"version"_s, attribute(!os.osVersion().isEmpty(), os.osVersion())},
        {u"description"_s, optional(os.description())},
        {u"vmwareOsType"_s, attribute(!vmw.isEmpty(), vmw)},
    };
}

QJsonArray eulas(const ovf::Entity &entity)
{
    QJsonArray out;
    for (const ovf::Section &s : entity.sections(ovf::SectionKind::Eula)) {
        const ovf::LocalizedText license = ovf::EulaSection(s.element()).license();
        const QString text = license.text.trimmed();
        QString first;
        for (QStringView line : QStringView(text).tokenize(u'\n')) {
            if (!line.trimmed().isEmpty()) {
                first = line.trimmed().toString();
                break;
            }
        }
        out.append(QJsonObject{
            {u"info"_s, optional(s.info())},
            {u"firstLine"_s, first},
            {u"characters"_s, int(text.size())},
            {u"msgid"_s, attribute(!license.msgid.isEmpty(), license.msgid)},
            {u"text"_s, text},
        });
    }
    return out;
}

QJsonArray startup(const ovf::Entity &entity)
{
    QJsonArray out;
    const ovf::StartupSection section(entity.section(ovf::SectionKind::Startup).element());
    if (!section)
        return out;
    for (const ovf::StartupEntry &e : section.entries()) {
        out.append(QJsonObject{
            {u"id"_s, e.id},
            {u"order"_s, e.order},
            {u"startAction"_s, optional(e.startAction)},
            {u"startDelay"_s, optional(e.startDelay)},
            {u"waitingForGuest"_s, optional(e.waitingForGuest)},
            {u"stopAction"_s, optional(e.stopAction)},
            {u"stopDelay"_s, optional(e.stopDelay)},
        });
    }
    return out;
}

QJsonObject entity(const ovf::Entity &e, const HardwareContext &context)
{
    QJsonArray products;
    for (const ovf::ProductSection &ps : e.productSections())
        products.append(product(ps));
    QJsonArray hardware;
    for (const ovf::Section &s : e.sections(ovf::SectionKind::VirtualHardware))
        hardware.append(describeHardware(ovf::VirtualHardwareSection(s.element()), context));
    QJsonArray children;
    for (const ovf::Entity &c : e.children())
        children.append(entity(c, context));
    const ovf::AnnotationSection annotation(e.section(ovf::SectionKind::Annotation).element());
    return QJsonObject{
        {u"kind"_s, e.isCollection() ? u"VirtualSystemCollection"_s : u"VirtualSystem"_s},
        {u"id"_s, attribute(e.hasId(), e.id())},
        {u"name"_s, optional(e.name())},
        {u"info"_s, optional(e.info())},
        {u"line"_s, e.position().line},
        {u"operatingSystem"_s, operatingSystem(e)},
        {u"hardware"_s, hardware},
        {u"products"_s, products},
        {u"eulas"_s, eulas(e)},
        {u"annotation"_s, annotation ? optional(annotation.annotation()) : QJsonValue()},
        {u"startup"_s, startup(e)},
        {u"extensions"_s, extensions(e.sections())},
        {u"children"_s, children},
    };
}

QJsonObject disk(const ovf::VirtualDisk &d, const ovf::Envelope &envelope, bool shared)
{
    const auto bytes = d.capacityBytes();
    const ovf::FileReference file = d.hasFileRef() ? envelope.fileById(d.fileRef()) : ovf::FileReference();
    return QJsonObject{
        {u"id"_s, d.diskId()},
        {u"shared"_s, shared},
        {u"capacity"_s, d.capacity()},
        {u"capacityAllocationUnits"_s, optional(d.capacityAllocationUnits().isEmpty() ? QString()
                                                                                    : d.capacityAllocationUnits())},
        {u"capacityBytes"_s, bytes ? QJsonValue(double(*bytes)) : QJsonValue()},
        {u"capacityError"_s, bytes ? QJsonValue() : QJsonValue(bytes.error())},
        {u"populatedSize"_s, decimal(d.hasPopulatedSize(), d.populatedSize())},
        {u"format"_s, optional(d.format().isEmpty() ? QString() : d.format())},
        {u"formatName"_s, optional(diskFormatName(d.format()))},
        {u"fileRef"_s, attribute(d.hasFileRef(), d.fileRef())},
        {u"href"_s, file ? QJsonValue(file.href()) : QJsonValue()},
        {u"parentRef"_s, optional(d.parentRef().isEmpty() ? QString() : d.parentRef())},
    };
}

} // namespace

QString diskFormatName(const QString &format)
{
    const QString f = format.trimmed();
    const QString lower = f.toLower();
    if (lower.isEmpty())
        return {};
    const qsizetype hash = f.indexOf(u'#');
    const QString fragment = hash >= 0 ? f.mid(hash + 1) : QString();
    if (lower.contains(u"vmdk"))
        return fragment.isEmpty() ? u"VMDK"_s : u"VMDK "_s + fragment;
    if (lower.contains(u"vhdx"))
        return u"VHDX"_s;
    if (lower == u"vhd" || lower.contains(u"vhdspec") || lower.contains(u"bb676673")
        || lower.contains(u"linkid=137171"))
        return u"VHD"_s;
    if (lower.contains(u"qcow"))
        return u"QCOW2"_s;
    if (lower.contains(u"ecma-119") || lower.contains(u"iso9660"))
        return u"ISO 9660"_s;
    if (lower.contains(u"vdi"))
        return u"VDI"_s;
    if (lower == u"raw")
        return u"raw"_s;
    return {};
}

QJsonObject describeEnvelope(const ovf::Descriptor &descriptor, const ovf::validation::Report &report)
{
    using ovf::validation::Severity;
    const ovf::Envelope envelope = descriptor.envelope();

    QJsonArray references;
    for (const ovf::FileReference &f : envelope.files()) {
        references.append(QJsonObject{
            {u"id"_s, f.id()},
            {u"href"_s, f.href()},
            {u"size"_s, decimal(f.hasSize(), f.size())},
            {u"sizeText"_s, attribute(f.hasSize(), f.size())},
            {u"compression"_s, optional(f.compression().isEmpty() ? QString() : f.compression())},
            {u"chunkSize"_s, decimal(f.hasChunkSize(), f.chunkSize())},
        });
    }
    QJsonArray disks;
    for (const ovf::VirtualDisk &d : envelope.disks())
        disks.append(disk(d, envelope, false));
    for (const ovf::VirtualDisk &d : envelope.sharedDisks())
        disks.append(disk(d, envelope, true));
    QJsonArray networks;
    for (const ovf::Network &n : envelope.networks())
        networks.append(QJsonObject{{u"name"_s, n.name()}, {u"description"_s, optional(n.description())}});

    HardwareContext context;
    const QList<ovf::Configuration> configs = envelope.configurations();
    for (const ovf::Configuration &c : configs) {
        context.configurations.append(c.id());
        if (c.isDefault() && context.defaultConfiguration.isNull())
            context.defaultConfiguration = c.id();
    }
    // DSP0243 §9.8: without an ovf:default, the first Configuration is the default.
    if (context.defaultConfiguration.isNull() && !configs.isEmpty())
        context.defaultConfiguration = configs.constFirst().id();
    QJsonArray configurations;
    for (const ovf::Configuration &c : configs) {
        configurations.append(QJsonObject{
            {u"id"_s, c.id()},
            {u"label"_s, optional(c.label())},
            {u"description"_s, optional(c.description())},
            {u"default"_s, c.id() == context.defaultConfiguration},
        });
    }

    QStringList locales;
    const QString defaultLocale = envelope.defaultLanguage();
    if (!defaultLocale.isEmpty())
        locales.append(defaultLocale);
    QJsonArray bundles;
    for (const ovf::StringsBundle &b : envelope.stringsBundles()) {
        if (!b.language().isEmpty() && !locales.contains(b.language()))
            locales.append(b.language());
        const ovf::FileReference file = b.isExternal() ? envelope.fileById(b.fileRef()) : ovf::FileReference();
        bundles.append(QJsonObject{
            {u"locale"_s, b.language()},
            {u"external"_s, b.isExternal()},
            {u"fileRef"_s, attribute(b.isExternal(), b.fileRef())},
            {u"href"_s, file ? QJsonValue(file.href()) : QJsonValue()},
            {u"messages"_s, b.isExternal() ? QJsonValue() : QJsonValue(int(b.messages().size()))},
        });
    }

    const ovf::Entity content = envelope.content();
    const QString versionAttr = descriptor.versionAttribute();
    return QJsonObject{
        {u"file"_s, descriptor.fileName()},
        {u"loaded"_s, true},
        {u"kind"_s, u"envelope"_s},
        {u"ovfVersion"_s, ovf::ns::versionName(descriptor.version())},
        {u"versionAttribute"_s, attribute(!versionAttr.isEmpty(), versionAttr)},
        {u"versionDescription"_s, descriptor.versionDescription()},
        {u"namespace"_s, descriptor.envelopeNamespace()},
        {u"encoding"_s, descriptor.xml().encoding()},
        {u"conformanceLevel"_s, report.conformanceLevel},
        {u"problems"_s, QJsonObject{
            {u"errors"_s, report.count(Severity::Error)},
            {u"warnings"_s, report.count(Severity::Warning)},
            {u"infos"_s, report.count(Severity::Info)},
        }},
        {u"defaultLocale"_s, attribute(!defaultLocale.isEmpty(), defaultLocale)},
        {u"locales"_s, strings(locales)},
        {u"references"_s, references},
        {u"disks"_s, disks},
        {u"networks"_s, networks},
        {u"configurations"_s, configurations},
        {u"defaultConfiguration"_s, optional(context.defaultConfiguration)},
        {u"extensions"_s, extensions(envelope.sections())},
        {u"content"_s, content ? QJsonValue(entity(content, context)) : QJsonValue()},
        {u"stringsBundles"_s, bundles},
    };
}

} // namespace ovfctl
