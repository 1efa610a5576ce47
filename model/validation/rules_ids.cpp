// Unique-id rules: each kind of id is unique in its scope. The second and later uses of an
// id are reported, naming the line of the first.
#include "model/ovf/hardware.h"
#include "model/validation/context.h"
#include "model/validation/envelopeindex.h"
#include "model/validation/rules.h"
#include "model/validation/vendordialects.h"

using namespace Qt::StringLiterals;

namespace ovf::validation {

namespace {

class IdRules
{
    Q_DECLARE_TR_FUNCTIONS(ovf::validation::Validator)

public:
    explicit IdRules(Context &ctx) : m_ctx(ctx), m_index(ctx.index()) { }

    void checkEnvelopeIds();
    void checkEntityIds();
    void checkInstanceIds();
    void checkPropertyKeys();

private:
    // Reports `e` when `id` was seen before in `seen`; otherwise remembers it.
    template<typename Describe>
    void once(QHash<QString, const xml::Element *> &seen, const QString &id, const xml::Element *e,
              QStringView rule, Describe describe)
    {
        const auto it = seen.constFind(id);
        if (it == seen.cend()) {
            seen.insert(id, e);
            return;
        }
        m_ctx.report(rule, e, describe(it.value()->position().line));
    }

    Context &m_ctx;
    const EnvelopeIndex &m_index;
};

void IdRules::checkEnvelopeIds()
{
    QHash<QString, const xml::Element *> seen;
    for (const FileReference &f : m_index.files) {
        once(seen, f.id(), f.element(), u"duplicate-file-id", [&](int line) {
            return tr("File id %1 is used twice in References (first on line %2)").arg(quoted(f.id())).arg(line);
        });
    }
    seen.clear();
    for (const VirtualDisk &d : m_index.disks) {
        once(seen, d.diskId(), d.element(), u"duplicate-disk-id", [&](int line) {
            return tr("Disk id %1 is used twice (first on line %2)").arg(quoted(d.diskId())).arg(line);
        });
    }
    seen.clear();
    for (const Network &n : m_index.networks) {
        once(seen, n.name(), n.element(), u"duplicate-network-name", [&](int line) {
            return tr("Network name %1 is used twice (first on line %2)").arg(quoted(n.name())).arg(line);
        });
    }
    seen.clear();
    for (const Configuration &c : m_index.configurations) {
        once(seen, c.id(), c.element(), u"duplicate-configuration-id", [&](int line) {
            return tr("Configuration id %1 is used twice (first on line %2)").arg(quoted(c.id())).arg(line);
        });
    }
}

void IdRules::checkEntityIds()
{
    QHash<QString, const xml::Element *> seen;
    for (const EnvelopeIndex::EntityInfo &info : m_index.entities) {
        const QString id = info.entity.id();
        if (id.isEmpty())
            continue; // missing-entity-id
        // vCloud Director's single-VM vApp: the collection and its only system share the id.
        // Its platforms accept it; a warning here, a compatibility finding per target there.
        if (info.parent >= 0 && isVcdSharedEntityId(m_index.entities[info.parent].entity)
            && m_index.entities[info.parent].entity.id() == id) {
            m_ctx.report(u"duplicate-entity-id", info.entity.element(),
                         tr("VirtualSystem %1 has the id of the collection that holds it, as vCloud Director "
                            "writes single-VM vApps; ids should be unique (DSP0243 §7.2), and references to %1 are "
                            "ambiguous (compatibility finding vcd-shared-entity-id)")
                             .arg(quoted(id)),
                         Severity::Warning);
            continue;
        }
        once(seen, id, info.entity.element(), u"duplicate-entity-id", [&](int line) {
            return tr("Entity id %1 is used twice (first on line %2); VirtualSystem and VirtualSystemCollection "
                      "ids must be unique in the whole descriptor")
                .arg(quoted(id))
                .arg(line);
        });
    }
}

void IdRules::checkInstanceIds()
{
    // Several Items may describe one device and are then combined (DSP0243 §8.4: ranges with
    // ovf:bound min/normal/max; DSP2017 4.4.6: an Item for some configurations overrides the
    // common one, later like-named fields winning). Two Items with one InstanceID clash when
    // they can apply together (a configuration in common, or one of them for all) and yet
    // cannot be one device: different ResourceTypes, or the same bound and configurations but
    // different HostResources (a copied Item whose id was not changed).
    struct Seen
    {
        const xml::Element *element;
        int type;
        QString bound;
        QStringList configurations;
        HardwareItem item;
    };
    const auto overlap = [](const Seen &a, const Seen &b) {
        if (a.configurations.isEmpty() || b.configurations.isEmpty())
            return true;
        for (const QString &c : a.configurations) {
            if (b.configurations.contains(c))
                return true;
        }
        return false;
    };
    const auto sameSet = [](QStringList a, QStringList b) {
        a.sort();
        b.sort();
        return a == b;
    };
    for (const EnvelopeIndex::EntityInfo &info : m_index.entities) {
        if (m_ctx.cancelledEvery(64))
            return;
        for (const Section &s : info.sections) {
            const SectionKind k = s.kind();
            if (k != SectionKind::VirtualHardware && k != SectionKind::ResourceAllocation)
                continue;
            QHash<QString, QList<Seen>> byId;
            for (const HardwareItem &item : VirtualHardwareSection(s.element()).items()) {
                const QString id = item.instanceId();
                if (id.isEmpty())
                    continue;
                QString bound = item.bound().trimmed();
                if (bound.isEmpty())
                    bound = u"normal"_s;
                // vCenter writes configuration="..." without the prefix (unqualified-attribute);
                // reading it strictly would make every override look like a clash.
                QStringList configurations = item.configurations();
                if (configurations.isEmpty())
                    configurations = item.element()->attributeValue(u"", u"configuration").split(u' ', Qt::SkipEmptyParts);
                const Seen current{item.element(), item.resourceType(), bound, configurations, item};
                QList<Seen> &previous = byId[id];
                for (const Seen &p : std::as_const(previous)) {
                    if (!overlap(p, current))
                        continue;
                    const int line = p.element->position().line;
                    if (p.type >= 0 && current.type >= 0 && p.type != current.type) {
                        m_ctx.report(u"duplicate-instance-id", item.element(),
                                     tr("InstanceID %1 is used by a %2 (line %3) and by this %4 in the same %5; "
                                        "Items with one InstanceID describe one device")
                                         .arg(quoted(id), resourceTypeName(p.type))
                                         .arg(line)
                                         .arg(resourceTypeName(current.type), s.displayName()));
                        break;
                    }
                    if (p.bound != current.bound || !sameSet(p.configurations, current.configurations))
                        continue;
                    const QStringList before = p.item.hostResources();
                    const QStringList now = current.item.hostResources();
                    if (!before.isEmpty() && !now.isEmpty() && !sameSet(before, now)) {
                        m_ctx.report(u"duplicate-instance-id", item.element(),
                                     tr("InstanceID %1 is used by two Items for different host resources (%2 on "
                                        "line %3, %4 here) in the same %5; the second replaces the first")
                                         .arg(quoted(id), quoted(before.join(u", "_s)))
                                         .arg(line)
                                         .arg(quoted(now.join(u", "_s)), s.displayName()));
                        break;
                    }
                }
                previous.append(current);
            }
        }
    }
}

void IdRules::checkPropertyKeys()
{
    // Keys are unique in a ProductSection; across the sections of one entity the environment
    // keys [class.]key[.instance] must differ too (DSP0243 §9.5), which can only fail between
    // sections that share ovf:class and ovf:instance: such sections are checked as one.
    for (const EnvelopeIndex::EntityInfo &info : m_index.entities) {
        if (m_ctx.cancelledEvery(64))
            return;
        QHash<QString, QList<const ProductSection *>> groups;
        QStringList order;
        for (const ProductSection &ps : info.products) {
            const QString group = ps.className() + u'\n' + ps.instance();
            QList<const ProductSection *> &members = groups[group];
            if (members.isEmpty())
                order.append(group);
            members.append(&ps);
        }
        for (const QString &group : std::as_const(order)) {
            QHash<QString, const xml::Element *> seen;
            for (const ProductSection *ps : std::as_const(groups[group])) {
                for (const xml::Element *p : ovfChildren(ps->element(), u"Property")) {
                    const QString key = ovfAttr(p, u"key");
                    if (key.isEmpty())
                        continue; // property-missing-key
                    const auto it = seen.constFind(key);
                    if (it == seen.cend()) {
                        seen.insert(key, p);
                        continue;
                    }
                    const xml::Element *first = it.value();
                    const int line = first->position().line;
                    m_ctx.report(u"duplicate-property-key", p,
                                 first->parent() == p->parent()
                                     ? tr("Property key %1 is used twice in this ProductSection (first on line %2)")
                                           .arg(quoted(key))
                                           .arg(line)
                                     : tr("Property key %1 is also defined on line %2 in another ProductSection with "
                                          "the same ovf:class and ovf:instance; both would be %3 in the OVF "
                                          "environment")
                                           .arg(quoted(key))
                                           .arg(line)
                                           .arg(quoted(ps->fullKey(Property(const_cast<xml::Element *>(p))))));
                }
            }
        }
    }
}

} // namespace

void runIdRules(Context &ctx)
{
    IdRules rules(ctx);
    rules.checkEnvelopeIds();
    rules.checkEntityIds();
    rules.checkInstanceIds();
    rules.checkPropertyKeys();
    // duplicate-msgid: rules_strings.cpp, which reads every bundle once.
}

} // namespace ovf::validation
