#include "model/commands/formedits.h"

#include "model/commands/editsession.h"
#include "model/commands/insertelementcommand.h"
#include "model/commands/moveelementcommand.h"
#include "model/commands/removeelementcommand.h"
#include "model/commands/renamedeploymentoptioncommand.h"
#include "model/commands/setattributecommand.h"
#include "model/commands/setelementtextcommand.h"
#include "model/commands/xmlfragment.h"
#include "model/ovf/descriptor.h"
#include "model/ovf/envelope.h"
#include "model/ovf/namespaces.h"
#include "model/ovf/ovfelement.h"
#include "model/ovf/productsection.h"

using namespace Qt::StringLiterals;

namespace ovf::commands {

namespace {

// The unqualified attribute `local` when the element has it and no OVF-qualified one
// (vCenter writes configuration="..." on Value and Item elements).
bool usesUnqualified(const xml::Element *e, QStringView local)
{
    return !hasOvfAttr(e, local) && e->hasAttribute(u"", local);
}

} // namespace

QString FormEdits::ovfNamespace(const xml::Element *scope)
{
    const xml::Element *root = scope;
    while (root && root->parent())
        root = root->parent();
    if (root && ns::isOvf(root->namespaceUri()))
        return root->namespaceUri();
    return ns::Ovf2.toString();
}

bool FormEdits::isAttached(const xml::Element *element)
{
    if (!element)
        return false;
    const xml::Element *top = element;
    while (top->parent())
        top = top->parent();
    return top->document() && top == top->document()->root();
}

FormEdits::Result FormEdits::setAttribute(EditSession *session, xml::Element *element, QStringView local,
                                           const QString &value, const QString &undoText, bool merge)
{
    const bool unqualified = usesUnqualified(element, local);
    const xml::Attribute *current = unqualified ? element->attribute(u"", local) : ovfAttribute(element, local);
    if (value.isNull() ? !current : current && current->value == value)
        return {}; // nothing to change
    const std::optional<QString> v = value.isNull() ? std::nullopt : std::optional<QString>(value);
    if (unqualified)
        return session->push(SetAttributeCommand::create(session, element, u"", local, v, merge, undoText));
    return session->push(SetAttributeCommand::createOvf(session, element, local, v, merge, undoText));
}

FormEdits::Result FormEdits::removeAttribute(EditSession *session, xml::Element *element, QStringView local,
                                              const QString &undoText)
{
    return setAttribute(session, element, local, QString(), undoText);
}

FormEdits::Result FormEdits::setText(EditSession *session, xml::Element *element, const QString &text,
                                      const QString &undoText, bool merge)
{
    if (element && !element->firstChildElement() && element->text() == text)
        return {};
    return session->push(SetElementTextCommand::create(session, element, text, merge, undoText));
}

FormEdits::Result FormEdits::setChildText(EditSession *session, xml::Element *parent, QStringView local,
                                           const QString &text, ContentModel model, bool removeWhenEmpty,
                                           const QString &undoText, bool merge)
{
    if (xml::Element *child = ovfChild(parent, local)) {
        if (text.isEmpty() && removeWhenEmpty)
            return session->push(RemoveElementCommand::create(session, child, undoText));
        return setText(session, child, text, undoText, merge);
    }
    if (text.isEmpty() && removeWhenEmpty)
        return {};
    xml::Document &doc = session->document();
    std::unique_ptr<xml::Element> created = fragment::element(doc, parent, nullptr, parent->namespaceUri(), local);
    if (!text.isEmpty())
        fragment::append(doc, created.get(), doc.createText(text));
    const int rank = OvfSchema::rank(model, local);
    const int index = rank < 0 ? -1 : OvfSchema::insertionIndex(model, parent, rank);
    return session->push(InsertElementCommand::create(session, parent, index, std::move(created), undoText));
}

std::expected<xml::Element *, QString> FormEdits::insertElement(EditSession *session, xml::Element *parent,
                                                                 xml::Element *before, QStringView local,
                                                                 const std::vector<std::pair<QString, QString>> &attributes,
                                                                 const QString &text, const QString &undoText)
{
    xml::Document &doc = session->document();
    std::unique_ptr<xml::Element> created = fragment::element(doc, parent, nullptr, parent->namespaceUri(), local);
    const QString attributeNs = ovfNamespace(parent);
    for (const auto &[name, value] : attributes)
        fragment::setAttribute(doc, created.get(), parent, attributeNs, name, value);
    if (!text.isEmpty())
        fragment::append(doc, created.get(), doc.createText(text));
    const int index = before && before->parent() == parent ? fragment::elementIndex(before) : -1;
    auto command = InsertElementCommand::create(session, parent, index, std::move(created), undoText);
    if (!command)
        return std::unexpected(command.error());
    xml::Element *element = (*command)->element();
    if (auto pushed = session->push(std::move(command)); !pushed)
        return std::unexpected(pushed.error());
    return element;
}

std::expected<xml::Element *, QString> FormEdits::insertElement(EditSession *session, xml::Element *parent,
                                                                 ContentModel model, QStringView local,
                                                                 const std::vector<std::pair<QString, QString>> &attributes,
                                                                 const QString &text, const QString &undoText)
{
    const int rank = OvfSchema::rank(model, local);
    const int index = rank < 0 ? -1 : OvfSchema::insertionIndex(model, parent, rank);
    xml::Element *before = index < 0 ? nullptr : parent->childElements().value(index);
    return insertElement(session, parent, before, local, attributes, text, undoText);
}

FormEdits::Result FormEdits::removeElement(EditSession *session, xml::Element *element, const QString &undoText)
{
    return session->push(RemoveElementCommand::create(session, element, undoText));
}

FormEdits::Result FormEdits::moveElement(EditSession *session, xml::Element *element, bool up,
                                          const QString &undoText)
{
    xml::Element *parent = element ? element->parent() : nullptr;
    if (!parent)
        return std::unexpected(tr("The document's root element does not move."));
    const int index = fragment::elementIndex(element);
    const int count = int(parent->childElements().size());
    if ((up && index == 0) || (!up && index >= count - 1))
        return std::unexpected(up ? tr("%1 is already the first in %2.").arg(element->localName(), parent->path())
                                  : tr("%1 is already the last in %2.").arg(element->localName(), parent->path()));
    return session->push(MoveElementCommand::create(session, element, parent, up ? index - 1 : index + 1, undoText));
}

FormEdits::Result FormEdits::renameConfiguration(EditSession *session, xml::Element *configuration,
                                                  const QString &newId)
{
    if (configuration && ovfAttr(configuration, u"id") == newId)
        return {};
    return session->push(RenameDeploymentOptionCommand::create(session, configuration, newId));
}

FormEdits::Result FormEdits::checkConfigurationId(const xml::Element *configuration, const QString &newId)
{
    if (configuration && ovfAttr(configuration, u"id") == newId)
        return {};
    return RenameDeploymentOptionCommand::check(configuration, newId);
}

std::expected<xml::Element *, QString> FormEdits::addConfiguration(EditSession *session, xml::Element *section,
                                                                    const QString &id, const QString &label,
                                                                    const QString &description,
                                                                    const QString &undoText)
{
    xml::Element *added = nullptr;
    const Result r = session->compound(undoText, [&]() -> Result {
        auto c = insertElement(session, section, nullptr, u"Configuration", {{u"id"_s, id}}, {}, {});
        if (!c)
            return std::unexpected(c.error());
        added = *c;
        if (auto l = setChildText(session, added, u"Label", label, ContentModel::Configuration, false, {}); !l)
            return l;
        return setChildText(session, added, u"Description", description, ContentModel::Configuration, false, {});
    });
    if (!r)
        return std::unexpected(r.error());
    return added;
}

FormEdits::Result FormEdits::followLabel(EditSession *session, xml::Element *configuration, const QString &previousLabel,
                                        const QString &undoText)
{
    if (!configuration)
        return {};
    const Configuration c(configuration);
    const QString label = c.label().text;
    if (label == previousLabel || c.description().text != previousLabel)
        return {};
    return setChildText(session, configuration, u"Description", label, ContentModel::Configuration, false, undoText, false);
}

FormEdits::Result FormEdits::setDefaultConfiguration(EditSession *session, xml::Element *configuration, bool on,
                                                      const QString &undoText)
{
    if (!configuration || !configuration->parent())
        return std::unexpected(tr("No deployment option to change."));
    return session->compound(undoText, [&]() -> Result {
        for (xml::Element *c : ovfChildren(configuration->parent(), u"Configuration")) {
            const bool wanted = on && c == configuration;
            if (Configuration(c).isDefault() != wanted || (!wanted && hasOvfAttr(c, u"default"))) {
                if (auto r = setAttribute(session, c, u"default", wanted ? u"true"_s : QString(), {}, false); !r)
                    return r;
            }
        }
        return {};
    });
}

FormEdits::Result FormEdits::setConfigurationValues(EditSession *session, xml::Element *property,
                                                     const QList<std::pair<QString, QString>> &values,
                                                     const QString &undoText)
{
    return session->compound(undoText, [&]() -> Result {
        for (const auto &[id, wanted] : values) {
            // Read anew for every configuration: the steps before may have split a shared Value.
            ConfigurationValue current;
            for (const ConfigurationValue &cv : Property(property).configurationValues()) {
                if (cv.configurations.contains(id))
                    current = cv;
            }
            if ((current.element && current.value == wanted) || (!current.element && wanted.isEmpty()))
                continue;
            if (current.element && current.configurations.size() > 1) {
                // Shared by several configurations: take this one out of the list.
                QStringList rest = current.configurations;
                rest.removeAll(id);
                if (auto r = setAttribute(session, current.element, u"configuration", rest.join(u' '), {}, false); !r)
                    return r;
                current.element = nullptr;
            }
            Result r;
            if (current.element && wanted.isEmpty())
                r = removeElement(session, current.element, {});
            else if (current.element)
                r = setAttribute(session, current.element, u"value", wanted, {}, false);
            else if (!wanted.isEmpty()) {
                auto inserted = insertElement(session, property, nullptr, u"Value",
                                              {{u"value"_s, wanted}, {u"configuration"_s, id}}, {}, {});
                if (!inserted)
                    r = std::unexpected(inserted.error());
            }
            if (!r)
                return r;
        }
        return {};
    });
}

} // namespace ovf::commands
