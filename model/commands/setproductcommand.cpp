#include "model/commands/setproductcommand.h"

#include "model/commands/addsectioncommand.h"
#include "model/commands/childtexts.h"
#include "model/commands/editsession.h"
#include "model/commands/formedits.h"
#include "model/commands/insertelementcommand.h"
#include "model/commands/sectionrules.h"
#include "model/commands/xmlfragment.h"
#include "model/ovf/entity.h"
#include "model/ovf/productsection.h"
#include "model/ovf/xmldocument.h"

using namespace Qt::StringLiterals;

namespace ovf::commands {

xml::Element *SetProductCommand::findSection(const xml::Element *entity, const QString &className,
                                             const QString &instance)
{
    for (const ProductSection &ps : Entity(const_cast<xml::Element *>(entity)).productSections()) {
        if (ps.className() == className && ps.instance() == instance)
            return ps.element();
    }
    return nullptr;
}

QString SetProductCommand::classProblem(const QString &className, const QString &instance)
{
    if (className.contains(u':') || instance.contains(u':'))
        return tr("ovf:class and ovf:instance cannot contain ':' (DSP0243 §9.5).");
    if (className.contains(u' ') || instance.contains(u' '))
        return tr("ovf:class and ovf:instance cannot contain spaces.");
    return {};
}

std::unique_ptr<xml::Element> SetProductCommand::newSection(EditSession *session, xml::Element *entity,
                                                            const QString &className, const QString &instance)
{
    xml::Document &doc = session->document();
    const QString ns = entity->namespaceUri();
    auto section = AddSectionCommand::build(doc, entity, ns, SectionKind::Product);
    const QString ovfNs = FormEdits::ovfNamespace(entity);
    if (!className.isEmpty())
        fragment::setAttribute(doc, section.get(), entity, ovfNs, u"class", className);
    if (!instance.isEmpty())
        fragment::setAttribute(doc, section.get(), entity, ovfNs, u"instance", instance);
    return section;
}

std::expected<void, QString> SetProductCommand::insertSection(EditSession *session, xml::Element *entity,
                                                              std::unique_ptr<xml::Element> section,
                                                              QUndoCommand *command)
{
    const QString unit = fragment::indentUnit(entity);
    fragment::indent(session->document(), section.get(), fragment::indentOf(entity) + unit, unit);
    auto c = InsertElementCommand::create(session, entity, SectionRules::insertionIndex(entity, SectionKind::Product),
                                          std::move(section), {}, command);
    if (!c)
        return std::unexpected(c.error());
    c->release();
    return {};
}

Made<SetProductCommand> SetProductCommand::create(EditSession *session, xml::Element *entity, const ProductInfo &info,
                                                  QUndoCommand *parent)
{
    if (!Entity::isEntity(entity))
        return std::unexpected(tr("Product information belongs to a virtual system or collection."));
    if (const QString p = classProblem(info.className, info.instance); !p.isEmpty())
        return std::unexpected(p);
    QList<std::pair<QString, QString>> texts;
    const auto add = [&texts](const char16_t *local, const std::optional<QString> &v) {
        if (v)
            texts.append({QString::fromUtf16(local), *v});
    };
    add(u"Product", info.product);
    add(u"Vendor", info.vendor);
    add(u"Version", info.version);
    add(u"FullVersion", info.fullVersion);
    add(u"ProductUrl", info.productUrl);
    add(u"VendorUrl", info.vendorUrl);
    add(u"AppUrl", info.appUrl);
    std::unique_ptr<SetProductCommand> cmd(new SetProductCommand(session, parent));
    cmd->setText(tr("Set product information of '%1'").arg(Entity(entity).id()));
    if (xml::Element *section = findSection(entity, info.className, info.instance)) {
        cmd->m_section = section;
        const auto changed = childtexts::set(session, section, texts, ContentModel::ProductSection, cmd.get());
        if (!changed)
            return std::unexpected(changed.error());
        if (!*changed)
            return std::unexpected(tr("%1 already has that product information.").arg(section->path()));
        return cmd;
    }
    auto section = newSection(session, entity, info.className, info.instance);
    xml::Document &doc = session->document();
    // `texts` is in the content model's order (Product, Vendor, ..., AppUrl).
    for (const auto &[name, text] : std::as_const(texts)) {
        if (!text.isEmpty())
            fragment::appendTextElement(doc, section.get(), entity, entity->namespaceUri(), name, text);
    }
    cmd->m_section = section.get();
    if (auto ok = insertSection(session, entity, std::move(section), cmd.get()); !ok)
        return std::unexpected(ok.error());
    return cmd;
}

} // namespace ovf::commands
