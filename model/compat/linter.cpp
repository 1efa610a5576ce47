#include "model/compat/linter.h"

#include "model/compat/lintcontext.h"
#include "model/ovf/descriptor.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ovf::compat {

namespace {

struct Entry
{
    const char *id;
    const char *title;
};

// The catalogue. Ids are stable: tools and users filter on them.
// clang-format off
constexpr Entry entries[] = {
    {"ovf-version", QT_TRANSLATE_NOOP("ovf::compat::Linter", "The envelope's OVF generation is one the platform reads")},
    {"ovf2-item", QT_TRANSLATE_NOOP("ovf::compat::Linter", "OVF 2 StorageItem and EthernetPortItem are read by the platform")},
    {"ovf2-section", QT_TRANSLATE_NOOP("ovf::compat::Linter", "Sections that exist only in OVF 2 are understood by an OVF 1 platform")},
    {"collection", QT_TRANSLATE_NOOP("ovf::compat::Linter", "A VirtualSystemCollection can be imported")},
    {"vcd-shared-entity-id", QT_TRANSLATE_NOOP("ovf::compat::Linter", "vCloud Director: a collection and its only VirtualSystem share one ovf:id")},
    {"unqualified-attribute", QT_TRANSLATE_NOOP("ovf::compat::Linter", "OVF attributes carry the ovf: prefix (href=, id= are not read)")},
    {"vmw-required-section", QT_TRANSLATE_NOOP("ovf::compat::Linter", "VMware sections marked ovf:required are understood by the platform")},
    {"placeholder", QT_TRANSLATE_NOOP("ovf::compat::Linter", "No template placeholder (@@X@@, {{ x }}, ${X} without such a property) is left")},
    {"vm-name", QT_TRANSLATE_NOOP("ovf::compat::Linter", "The VM name fits the platform's naming rules")},
    {"descriptor-size", QT_TRANSLATE_NOOP("ovf::compat::Linter", "The descriptor is within the platform's size limit")},
    {"ignored-properties", QT_TRANSLATE_NOOP("ovf::compat::Linter", "ProductSection properties are offered by the platform")},
    {"ignored-eula", QT_TRANSLATE_NOOP("ovf::compat::Linter", "EULAs are shown for acceptance by the platform")},
    {"ignored-deployment-options", QT_TRANSLATE_NOOP("ovf::compat::Linter", "Deployment options are offered by the platform")},
    {"ignored-strings", QT_TRANSLATE_NOOP("ovf::compat::Linter", "Localized Strings are used by the platform")},
    {"ignored-startup", QT_TRANSLATE_NOOP("ovf::compat::Linter", "StartupSection order and delays are applied by the platform")},
    {"ignored-vmware-extension", QT_TRANSLATE_NOOP("ovf::compat::Linter", "vmw:Config and vmw:ExtraConfig are applied by the platform")},
    {"system-type", QT_TRANSLATE_NOOP("ovf::compat::Linter", "The VirtualSystemType is a family the platform accepts")},
    {"controller-subtype", QT_TRANSLATE_NOOP("ovf::compat::Linter", "Storage controller ResourceSubTypes are models the platform offers")},
    {"nic-subtype", QT_TRANSLATE_NOOP("ovf::compat::Linter", "Network adapter ResourceSubTypes are models the platform offers")},
    {"resource-type", QT_TRANSLATE_NOOP("ovf::compat::Linter", "Every Item's ResourceType is a device the platform maps")},
    {"host-resource", QT_TRANSLATE_NOOP("ovf::compat::Linter", "Disk HostResources are written ovf:/disk/ID")},
    {"duplicate-instance-id", QT_TRANSLATE_NOOP("ovf::compat::Linter", "InstanceIDs are unique in a VirtualHardwareSection")},
    {"memory-units", QT_TRANSLATE_NOOP("ovf::compat::Linter", "Memory is given in MB where the platform assumes MB")},
    {"firmware", QT_TRANSLATE_NOOP("ovf::compat::Linter", "A UEFI firmware request is one the platform reads")},
    {"extra-config-key", QT_TRANSLATE_NOOP("ovf::compat::Linter", "vmw:ExtraConfig keys are ones the platform applies")},
    {"manifest-algorithm", QT_TRANSLATE_NOOP("ovf::compat::Linter", "The manifest's digest algorithm is one the platform verifies")},
    {"gzip-file", QT_TRANSLATE_NOOP("ovf::compat::Linter", "gzip-compressed files (ovf:compression) are read by the platform")},
    {"chunked-file", QT_TRANSLATE_NOOP("ovf::compat::Linter", "Chunked files (ovf:chunkSize) are read by the platform")},
    {"href-space", QT_TRANSLATE_NOOP("ovf::compat::Linter", "File hrefs have no unencoded spaces")},
    {"href-characters", QT_TRANSLATE_NOOP("ovf::compat::Linter", "File hrefs use only characters the platform accepts")},
    {"missing-file-size", QT_TRANSLATE_NOOP("ovf::compat::Linter", "Every File has an ovf:size")},
    {"large-member", QT_TRANSLATE_NOOP("ovf::compat::Linter", "OVA members over 8 GiB are read by the platform")},
};
// clang-format on

} // namespace

const QList<LintRule> &lintRules()
{
    static const QList<LintRule> rules = [] {
        QList<LintRule> out;
        for (const Entry &e : entries)
            out.append({QString::fromLatin1(e.id), QCoreApplication::translate("ovf::compat::Linter", e.title)});
        return out;
    }();
    return rules;
}

QString Finding::toString(const QString &file) const
{
    QString where = file;
    if (position.isValid())
        where += u':' + position.toString();
    QString text = u"%1: %2 [%3]: %4 [%5]"_s.arg(where, verdictName(verdict), profileId, message, ruleId);
    if (!fixId.isEmpty())
        text += u" (fix: %1)"_s.arg(fixDescription);
    return text;
}

LintContext::LintContext(const Descriptor &descriptor, const Profile &profile, const PackageFacts &facts)
    : m_descriptor(descriptor), m_profile(profile), m_facts(facts),
      m_index(std::make_unique<validation::EnvelopeIndex>(descriptor.envelope()))
{
}

const validation::Report &LintContext::validation()
{
    if (!m_validation)
        m_validation = validation::validate(m_descriptor);
    return *m_validation;
}

void LintContext::add(QStringView ruleId, Verdict verdict, const xml::Element *element, const QString &message,
                      const QString &fixDescription, const QString &fixValue, QStringView fixId)
{
    Finding f;
    f.ruleId = ruleId.toString();
    f.profileId = m_profile.id;
    f.verdict = verdict;
    f.message = message;
    f.element = element;
    if (element) {
        f.path = element->path();
        f.position = element->position();
    }
    if (!fixDescription.isEmpty()) {
        f.fixId = fixId.isEmpty() ? f.ruleId : fixId.toString();
        f.fixDescription = fixDescription;
        f.fixValue = fixValue;
    }
    m_findings.append(std::move(f));
}

QString entityVmName(const Entity &entity)
{
    const QString name = entity.name().text.trimmed();
    return name.isEmpty() ? entity.id() : name;
}

bool isMegabytes(const QString &units)
{
    QString u = units.simplified();
    u.remove(u' ');
    return u.isEmpty() || u.compare(u"byte*2^20"_s, Qt::CaseInsensitive) == 0
        || u.compare(u"MB"_s, Qt::CaseInsensitive) == 0 || u.compare(u"MegaBytes"_s, Qt::CaseInsensitive) == 0
        || u.compare(u"MiB"_s, Qt::CaseInsensitive) == 0;
}

QList<Finding> Linter::lint(const Descriptor &descriptor, const Profile &profile, const PackageFacts &facts)
{
    if (descriptor.kind() != Descriptor::Kind::Envelope)
        return {};
    LintContext ctx(descriptor, profile, facts);
    lintEnvelope(ctx);
    lintHardware(ctx);
    lintPackage(ctx);
    return ctx.take();
}

std::optional<Verdict> Linter::worst(const QList<Finding> &findings)
{
    std::optional<Verdict> w;
    for (const Finding &f : findings) {
        if (!w || int(f.verdict) < int(*w))
            w = f.verdict;
    }
    return w;
}

bool Linter::isClean(const QList<Finding> &findings)
{
    return std::none_of(findings.cbegin(), findings.cend(), [](const Finding &f) { return f.blocks(); });
}

} // namespace ovf::compat
