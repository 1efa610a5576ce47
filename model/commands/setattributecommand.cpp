#include "model/commands/setattributecommand.h"

#include "model/commands/editsession.h"
#include "model/commands/xmltextcheck.h"
#include "model/ovf/descriptor.h"
#include "model/ovf/namespaces.h"
#include "model/ovf/xmldocument.h"
#include "model/ovf/ovfelement.h"

using namespace Qt::StringLiterals;

namespace ovf::commands {

SetAttributeCommand::SetAttributeCommand(EditSession *session, xml::Element *element, QString ns, QString local,
                                         std::vector<xml::Attribute> after, bool merge, QUndoCommand *parent)
    : Command(session, parent), m_element(element), m_ns(std::move(ns)), m_local(std::move(local)),
      m_before(element->attributes()), m_after(std::move(after)), m_merge(merge)
{
}

Made<SetAttributeCommand> SetAttributeCommand::create(EditSession *session, xml::Element *element, QStringView ns,
                                                      QStringView local, std::optional<QString> value, bool merge,
                                                      const QString &text, QUndoCommand *parent)
{
    if (!element)
        return std::unexpected(tr("No element to change."));
    if (ns == xml::xmlnsNamespace || local.isEmpty())
        return std::unexpected(tr("%1: namespace declarations are not edited as attributes.").arg(element->path()));
    const xml::Attribute *current = element->attribute(ns, local);
    QString qualified = current ? current->name->qualified : local.toString();
    if (!value && !current)
        return std::unexpected(tr("%1: there is no attribute %2 to remove.").arg(element->path(), local));
    if (value && current && current->value == *value)
        return std::unexpected(tr("%1: %2 is already \"%3\".").arg(element->path(), qualified, *value));
    if (value) {
        if (const auto bad = firstUnwritableCharacter(*value)) {
            return std::unexpected(
                tr("%1: the new value of %2 holds the character U+%3 at character %4, which XML cannot hold.")
                    .arg(element->path(), qualified, bad->code)
                    .arg(bad->position));
        }
    }
    xml::Document &doc = *element->document();
    auto after = value ? doc.withAttribute(element, ns, local, *value, ns == ns::Workbench ? ns::WorkbenchPrefix : u"ovf")
                       : doc.withoutAttribute(element, ns, local);
    for (const xml::Attribute &a : after) {
        if (!a.isNamespaceDeclaration() && a.name->local == local && a.namespaceUri == ns)
            qualified = a.name->qualified;
    }
    std::unique_ptr<SetAttributeCommand> cmd(
        new SetAttributeCommand(session, element, ns.toString(), local.toString(), std::move(after), merge, parent));
    cmd->setText(!text.isEmpty() ? text
                 : value          ? tr("Change %1").arg(qualified)
                                  : tr("Remove %1").arg(qualified));
    return cmd;
}

Made<SetAttributeCommand> SetAttributeCommand::createOvf(EditSession *session, xml::Element *element,
                                                         QStringView local, std::optional<QString> value, bool merge,
                                                         const QString &text, QUndoCommand *parent)
{
    if (!element)
        return std::unexpected(tr("No element to change."));
    const xml::Attribute *existing = ovfAttribute(element, local);
    const QString ns = existing ? existing->namespaceUri : session->descriptor().envelopeNamespace();
    return create(session, element, ns, local, std::move(value), merge, text, parent);
}

int SetAttributeCommand::id() const
{
    return m_merge ? int(CommandId::SetAttribute) : -1;
}

bool SetAttributeCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const SetAttributeCommand *>(other);
    if (!o->m_merge || o->m_element != m_element || o->m_ns != m_ns || o->m_local != m_local)
        return false;
    m_after = o->m_after;
    return true;
}

void SetAttributeCommand::apply()
{
    m_before = session()->swapAttributes(m_element, m_after);
}

void SetAttributeCommand::revert()
{
    m_after = session()->swapAttributes(m_element, m_before);
}

} // namespace ovf::commands
