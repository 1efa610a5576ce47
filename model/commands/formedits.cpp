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
#include "model/ovf/namespaces.h"
#include "model/ovf/ovfelement.h"

#include <QUndoStack>

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

void FormEdits::setAttribute(EditSession *session, xml::Element *element, QStringView local, const QString &value,
                             const QString &undoText, bool merge)
{
    const std::optional<QString> v = value.isNull() ? std::nullopt : std::optional<QString>(value);
    if (usesUnqualified(element, local))
        (void)session->push(SetAttributeCommand::create(session, element, u"", local, v, merge, undoText));
    else
        (void)session->push(SetAttributeCommand::createOvf(session, element, local, v, merge, undoText));
}

void FormEdits::removeAttribute(EditSession *session, xml::Element *element, QStringView local, const QString &undoText)
{
    setAttribute(session, element, local, QString(), undoText);
}

void FormEdits::setText(EditSession *session, xml::Element *element, const QString &text, const QString &undoText,
                        bool merge)
{
    (void)session->push(SetElementTextCommand::create(session, element, text, merge, undoText));
}

void FormEdits::setChildText(EditSession *session, xml::Element *parent, QStringView local, const QString &text,
                             ContentModel model, bool removeWhenEmpty, const QString &undoText,
                             bool merge)
{
    if (xml::Element *child = ovfChild(parent, local)) {
        if (text.isEmpty() && removeWhenEmpty)
            (void)session->push(RemoveElementCommand::create(session, child, undoText));
        else
            (void)session->push(SetElementTextCommand::create(session, child, text, merge, undoText));
        return;
    }
    if (text.isEmpty() && removeWhenEmpty)
        return;
    xml::Document &doc = session->document();
    std::unique_ptr<xml::Element> created = fragment::element(doc, parent, nullptr, parent->namespaceUri(), local);
    if (!text.isEmpty())
        fragment::append(doc, created.get(), doc.createText(text));
    const int rank = OvfSchema::rank(model, local);
    const int index = rank < 0 ? -1 : OvfSchema::insertionIndex(model, parent, rank);
    (void)session->push(InsertElementCommand::create(session, parent, index, std::move(created), undoText));
}

xml::Element *FormEdits::insertElement(EditSession *session, xml::Element *parent, xml::Element *before,
                                       QStringView local, const std::vector<std::pair<QString, QString>> &attributes,
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
        return nullptr;
    xml::Element *element = (*command)->element();
    session->push(std::unique_ptr<Command>(std::move(*command)));
    return element;
}

void FormEdits::removeElement(EditSession *session, xml::Element *element, const QString &undoText)
{
    (void)session->push(RemoveElementCommand::create(session, element, undoText));
}

bool FormEdits::moveElement(EditSession *session, xml::Element *element, bool up, const QString &undoText)
{
    xml::Element *parent = element->parent();
    if (!parent)
        return false;
    const int index = fragment::elementIndex(element);
    const int count = int(parent->childElements().size());
    if ((up && index == 0) || (!up && index >= count - 1))
        return false;
    return session->push(MoveElementCommand::create(session, element, parent, up ? index - 1 : index + 1, undoText))
        .has_value();
}

void FormEdits::renameConfiguration(EditSession *session, xml::Element *configuration, const QString &newId)
{
    (void)session->push(RenameDeploymentOptionCommand::create(session, configuration, newId));
}

} // namespace ovf::commands
