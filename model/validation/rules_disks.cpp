// Size rules for Files (DSP0243 §7.1) and Disks (§9.1): byte counts, units, compression.
#include "model/ovf/units.h"
#include "model/validation/context.h"
#include "model/validation/envelopeindex.h"
#include "model/validation/rules.h"

using namespace Qt::StringLiterals;

namespace ovf::validation {

namespace {

class DiskRules
{
    Q_DECLARE_TR_FUNCTIONS(ovf::validation::Validator)

public:
    explicit DiskRules(Context &ctx) : m_ctx(ctx), m_index(ctx.index()) { }

    void checkFiles();
    void checkDisks();

private:
    // Reports a size attribute that is not a non-negative integer; returns the value when it is.
    std::optional<quint64> checkSize(const xml::Element *e, const QString &owner, QStringView attribute);
    std::optional<quint64> checkCapacity(const VirtualDisk &d, const QString &name);

    Context &m_ctx;
    const EnvelopeIndex &m_index;
};

std::optional<quint64> DiskRules::checkSize(const xml::Element *e, const QString &owner, QStringView attribute)
{
    const xml::Attribute *a = ovfAttribute(e, attribute);
    if (!a)
        return std::nullopt;
    const auto v = parseUnsignedDecimal(a->value);
    if (v)
        return *v;
    m_ctx.report(u"invalid-size", e, tr("%1 has ovf:%2 %3: %4").arg(owner, attribute, quoted(a->value), v.error()));
    return std::nullopt;
}

void DiskRules::checkFiles()
{
    for (const FileReference &f : m_index.files) {
        if (m_ctx.cancelledEvery())
            return;
        const QString name = tr("File %1").arg(quoted(f.id()));
        checkSize(f.element(), name, u"size");
        if (const std::optional<quint64> chunk = checkSize(f.element(), name, u"chunkSize"); chunk && *chunk == 0)
            m_ctx.report(u"invalid-size", f.element(), tr("%1 has ovf:chunkSize 0; chunks cannot be empty").arg(name));
        if (const xml::Attribute *c = ovfAttribute(f.element(), u"compression")) {
            if (c->value != u"identity" && c->value != u"gzip") {
                m_ctx.report(u"invalid-compression", f.element(),
                             tr("%1 has ovf:compression %2; OVF knows only 'identity' and 'gzip'")
                                 .arg(name, quoted(c->value)));
            }
        }
    }
}

std::optional<quint64> DiskRules::checkCapacity(const VirtualDisk &d, const QString &name)
{
    const xml::Attribute *capacity = ovfAttribute(d.element(), u"capacity");
    const QString units = d.capacityAllocationUnits();
    if (!capacity) {
        // Required by the schema, but readers can still take the size from the disk image.
        m_ctx.report(u"invalid-capacity", d.element(),
                     tr("%1 has no ovf:capacity; the size of the virtual disk is unknown until its image is read")
                         .arg(name),
                     Severity::Warning);
        return std::nullopt;
    }
    if (isPlaceholder(capacity->value)) {
        // DSP0243 §9.1: the capacity may be a ${property} reference.
        const QStringList refs = placeholderNames(capacity->value);
        const QString ref = refs.value(0);
        if (!m_index.allPropertyNames().contains(ref)) {
            m_ctx.report(u"invalid-capacity", d.element(),
                         tr("%1 has capacity %2, a placeholder for a property %3 that does not exist; replace it "
                            "with a number of bytes or add the property")
                             .arg(name, quoted(capacity->value), quoted(ref)));
        }
        if (const auto unit = parseByteQuantity(u"1", units); !unit) {
            m_ctx.report(u"invalid-capacity", d.element(),
                         tr("%1 has ovf:capacityAllocationUnits %2: %3").arg(name, quoted(units), unit.error()));
        }
        return std::nullopt;
    }
    const auto bytes = d.capacityBytes();
    if (!bytes) {
        m_ctx.report(u"invalid-capacity", d.element(),
                     tr("%1 has a capacity that cannot be read: %2").arg(name, bytes.error()));
        return std::nullopt;
    }
    return *bytes;
}

void DiskRules::checkDisks()
{
    for (const VirtualDisk &d : m_index.disks) {
        if (m_ctx.cancelledEvery())
            return;
        const QString name = tr("Disk %1").arg(quoted(d.diskId()));
        const std::optional<quint64> capacity = checkCapacity(d, name);
        const std::optional<quint64> populated = checkSize(d.element(), name, u"populatedSize");
        if (capacity && populated && *populated > *capacity) {
            m_ctx.report(u"populated-size-exceeds-capacity", d.element(),
                         tr("%1 has ovf:populatedSize %2 bytes, more than its capacity of %3 bytes (%4)")
                             .arg(name)
                             .arg(*populated)
                             .arg(*capacity)
                             .arg(formatByteSize(*capacity, QLocale())));
        }
    }
}

} // namespace

void runDiskRules(Context &ctx)
{
    DiskRules rules(ctx);
    rules.checkFiles();
    rules.checkDisks();
}

} // namespace ovf::validation
