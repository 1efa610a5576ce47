#include "model/compat/fixer.h"

#include "model/commands/insertelementcommand.h"
#include "model/commands/removeelementcommand.h"
#include "model/commands/renameentityidcommand.h"
#include "model/commands/setattributecommand.h"
#include "model/commands/setelementtextcommand.h"
#include "model/commands/xmlfragment.h"
#include "model/compat/fixrun.h"
#include "model/ovf/descriptor.h"
#include "model/ovf/hardware.h"
#include "model/ovf/xmldocument.h"
#include "model/validation/envelopeindex.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace ovf::compat {

QList<Finding> FixRun::lint() const
{
    return Linter::lint(session.descriptor(), profile, facts);
}

QString whereText(const Finding &f)
{
    return f.position.isValid() ? FixRun::tr("line %1").arg(f.position.line) : f.path;
}

namespace {

xml::Element *mutableElement(const Finding &f)
{
    return const_cast<xml::Element *>(f.element);
}

void qualifyAttributes(FixRun &run)
{
    const validation::EnvelopeIndex index(run.session.descriptor().envelope());
    QHash<QString, int> counts;
    QStringList order;
    for (const validation::EnvelopeIndex::Use &use : index.unqualifiedAttributes) {
        auto *e = const_cast<xml::Element *>(use.element);
        const QString local = use.value;
        const QString value = e->attributeValue({}, local);
        const bool qualifiedExists = ovfAttribute(e, local) != nullptr;
        if (!run.push(commands::SetAttributeCommand::create(&run.session, e, u"", local, std::nullopt), QString()))
            continue;
        if (!qualifiedExists)
            run.push(commands::SetAttributeCommand::createOvf(&run.session, e, local, value), QString());
        const QString key = FixRun::tr("%1 %2= -> ovf:%2").arg(e->localName(), local);
        if (counts[key]++ == 0)
            order << key;
    }
    for (const QString &key : std::as_const(order)) {
        const int n = counts[key];
        run.outcome.changes << (n > 1 ? FixRun::tr("%1 (%2 elements)").arg(key).arg(n) : key);
    }
}

void renameSharedId(FixRun &run, const Finding &f)
{
    QSet<QString> ids;
    for (const Entity &e : run.session.descriptor().envelope().allEntities())
        ids.insert(e.id());
    QString id = f.fixValue;
    for (int n = 2; ids.contains(id); ++n)
        id = f.fixValue + QString::number(n);
    const QString old = Entity(mutableElement(f)).id();
    run.push(commands::RenameEntityIdCommand::create(&run.session, mutableElement(f), id),
             FixRun::tr("%1: VirtualSystem id %2 -> %3").arg(whereText(f), old, id));
}

void renumberInstanceId(FixRun &run, const Finding &f)
{
    const HardwareItem item(mutableElement(f));
    xml::Element *field = item.fieldElement(u"InstanceID");
    if (!field)
        field = item.fieldElement(u"InstanceId"); // OVF 0.9 spelling
    if (!field)
        return;
    QSet<QString> used;
    qint64 highest = 0;
    for (const HardwareItem &other : hardwareItemsIn(item.element()->parent())) {
        used.insert(other.instanceId());
        highest = std::max(highest, other.instanceId().toLongLong());
    }
    QString id = QString::number(highest + 1);
    for (qint64 n = highest + 2; used.contains(id); ++n)
        id = QString::number(n);
    const QString old = item.instanceId();
    run.push(commands::SetElementTextCommand::create(&run.session, field, id),
             FixRun::tr("%1: %2 InstanceID %3 -> %4").arg(whereText(f), item.resourceTypeName(), old, id));
}

void setSubtype(FixRun &run, const Finding &f)
{
    xml::Element *e = mutableElement(f);
    if (e->localName() == u"ResourceSubType") {
        const QString old = e->text().trimmed();
        if (f.fixValue.isEmpty())
            run.push(commands::RemoveElementCommand::create(&run.session, e),
                     FixRun::tr("%1: ResourceSubType %2 removed").arg(whereText(f), old));
        else
            run.push(commands::SetElementTextCommand::create(&run.session, e, f.fixValue),
                     FixRun::tr("%1: ResourceSubType %2 -> %3").arg(whereText(f), old, f.fixValue));
        return;
    }
    if (f.fixValue.isEmpty())
        return;
    // No ResourceSubType yet: insert one before ResourceType (RASD's sequence order).
    const HardwareItem item(e);
    xml::Element *type = item.fieldElement(u"ResourceType");
    if (!type)
        return;
    auto sub = commands::fragment::element(run.session.document(), e, nullptr, type->namespaceUri(),
                                           u"ResourceSubType", type->prefix().isEmpty() ? u"rasd"_s : type->prefix());
    commands::fragment::append(run.session.document(), sub.get(), run.session.document().createText(f.fixValue));
    run.push(commands::InsertElementCommand::create(&run.session, e, commands::fragment::elementIndex(type),
                                                    std::move(sub)),
             FixRun::tr("%1: ResourceSubType %2 added").arg(whereText(f), f.fixValue));
}

void setMegabytes(FixRun &run, const Finding &f)
{
    const HardwareItem item(mutableElement(f));
    xml::Element *quantity = item.fieldElement(u"VirtualQuantity");
    xml::Element *units = item.fieldElement(u"AllocationUnits");
    if (!quantity || !units)
        return;
    const QString before = u"%1 %2"_s.arg(quantity->text().trimmed(), units->text().trimmed());
    const bool set = run.compound(FixRun::tr("Memory in MB"), [&] {
        return run.push(commands::SetElementTextCommand::create(&run.session, quantity, f.fixValue), QString())
            && run.push(commands::SetElementTextCommand::create(&run.session, units, u"byte * 2^20"_s), QString());
    });
    if (set)
        run.outcome.changes << FixRun::tr("%1: memory %2 -> %3 byte * 2^20").arg(whereText(f), before, f.fixValue);
}

void addVmwFirmware(FixRun &run, const Finding &f)
{
    xml::Element *vhs = mutableElement(f);
    xml::Document &doc = run.session.document();
    auto config = commands::fragment::element(doc, vhs, nullptr, ns::Vmw, u"Config", u"vmw");
    commands::fragment::setAttribute(doc, config.get(), vhs, run.session.descriptor().envelopeNamespace(),
                                     u"required", u"false"_s, u"ovf");
    commands::fragment::setAttribute(doc, config.get(), vhs, ns::Vmw, u"key", u"firmware"_s, u"vmw");
    commands::fragment::setAttribute(doc, config.get(), vhs, ns::Vmw, u"value", f.fixValue, u"vmw");
    run.push(commands::InsertElementCommand::create(&run.session, vhs, -1, std::move(config)),
             FixRun::tr("%1: vmw:Config firmware=\"%2\" added").arg(whereText(f), f.fixValue));
}

void applyOne(FixRun &run, const Finding &f)
{
    xml::Element *e = mutableElement(f);
    const QString &id = f.fixId;
    if (id == u"collection") {
        unwrapCollection(run, f);
    } else if (id == u"vcd-shared-entity-id") {
        renameSharedId(run, f);
    } else if (id == u"duplicate-instance-id") {
        renumberInstanceId(run, f);
    } else if (id == u"system-type" || id == u"host-resource") {
        const QString old = e->text().trimmed();
        run.push(commands::SetElementTextCommand::create(&run.session, e, f.fixValue),
                 FixRun::tr("%1: %2 %3 -> %4").arg(whereText(f), e->localName(), old, f.fixValue));
    } else if (id == u"controller-subtype" || id == u"nic-subtype") {
        setSubtype(run, f);
    } else if (id == u"firmware") {
        addVmwFirmware(run, f);
    } else if (id == u"memory-units") {
        setMegabytes(run, f);
    } else if (id == u"extra-config-key") {
        run.push(commands::RemoveElementCommand::create(&run.session, e),
                 FixRun::tr("%1: ExtraConfig %2 removed").arg(whereText(f), f.fixValue));
    } else if (id == u"vmw-required-section") {
        run.push(commands::SetAttributeCommand::createOvf(&run.session, e, u"required", u"false"_s),
                 FixRun::tr("%1: %2 marked ovf:required=\"false\"").arg(whereText(f), e->qualifiedName()));
    } else if (id == u"href-space") {
        const QString old = ovfAttr(e, u"href");
        run.push(commands::SetAttributeCommand::createOvf(&run.session, e, u"href", f.fixValue),
                 FixRun::tr("%1: ovf:href '%2' -> '%3'").arg(whereText(f), old, f.fixValue));
    } else if (id == u"missing-file-size") {
        run.push(commands::SetAttributeCommand::createOvf(&run.session, e, u"size", f.fixValue),
                 FixRun::tr("%1: ovf:size %2 added to %3").arg(whereText(f), f.fixValue, ovfAttr(e, u"href")));
    }
}

} // namespace

const QStringList &Fixer::fixOrder()
{
    static const QStringList order{
        u"unqualified-attribute"_s, u"ovf2-to-ovf1"_s,       u"collection"_s,      u"vcd-shared-entity-id"_s,
        u"duplicate-instance-id"_s, u"system-type"_s,        u"controller-subtype"_s, u"nic-subtype"_s,
        u"host-resource"_s,         u"memory-units"_s,       u"firmware"_s,       u"extra-config-key"_s, u"vmw-required-section"_s,
        u"href-space"_s,            u"missing-file-size"_s,  u"manifest-algorithm"_s, u"gzip-file"_s,
        u"chunked-file"_s,
    };
    return order;
}

bool Fixer::isPackageFix(QStringView fixId)
{
    return fixId == u"manifest-algorithm" || fixId == u"gzip-file" || fixId == u"chunked-file";
}

FixOutcome Fixer::makeCompatible(commands::EditSession &session, const Profile &profile, const PackageFacts &facts)
{
    FixOutcome outcome;
    FixRun run(session, profile, facts, outcome);
    const QList<Finding> initial = run.lint();
    const bool documentFixes = std::any_of(initial.cbegin(), initial.cend(), [](const Finding &f) {
        return !f.fixId.isEmpty() && !isPackageFix(f.fixId);
    });
    // Every document fix is one undo step: a fix that is refused part-way takes its own steps
    // back and is reported in the outcome's failures; the others stay.
    const auto fixAll = [&]() -> commands::EditSession::Outcome {
        for (const QString &phase : fixOrder()) {
            const QList<Finding> findings = phase == fixOrder().constFirst() ? initial : run.lint();
            QList<Finding> mine;
            for (const Finding &f : findings) {
                if (f.fixId == phase)
                    mine << f;
            }
            if (mine.isEmpty())
                continue;
            if (phase == u"unqualified-attribute") {
                qualifyAttributes(run);
            } else if (phase == u"ovf2-to-ovf1") {
                convertToOvf1(run);
            } else if (phase == u"manifest-algorithm") {
                outcome.manifestAlgorithm = mine.constFirst().fixValue;
                outcome.packageChanges << tr("manifest written with %1").arg(mine.constFirst().fixValue);
            } else if (phase == u"gzip-file") {
                outcome.decompress = true;
                outcome.packageChanges << tr("gzip files stored uncompressed (%n files)", nullptr, int(mine.size()));
            } else if (phase == u"chunked-file") {
                outcome.joinChunks = true;
                outcome.packageChanges << tr("chunked files joined (%n files)", nullptr, int(mine.size()));
            } else {
                for (const Finding &f : std::as_const(mine))
                    applyOne(run, f);
            }
        }
        return {};
    };
    if (documentFixes)
        session.compound(tr("Make compatible with %1").arg(profileLabel(profile)), fixAll);
    else
        fixAll();
    return outcome;
}

} // namespace ovf::compat
