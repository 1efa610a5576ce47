#include "model/commands/childtexts.h"

#include "model/commands/editsession.h"
#include "model/commands/insertelementcommand.h"
#include "model/commands/removeelementcommand.h"
#include "model/commands/setelementtextcommand.h"
#include "model/commands/xmlfragment.h"
#include "model/ovf/ovfelement.h"
#include "model/ovf/xmldocument.h"

namespace ovf::commands::childtexts {

std::expected<bool, QString> set(EditSession *session, xml::Element *parent,
                                 const QList<std::pair<QString, QString>> &texts, ContentModel model,
                                 QUndoCommand *command)
{
    QList<std::pair<QString, QString>> inserts;
    bool changed = false;
    for (const auto &[local, text] : texts) {
        xml::Element *child = ovfChild(parent, local);
        if (!child) {
            if (!text.isEmpty())
                inserts.append({local, text});
            continue;
        }
        if (child->text() == text)
            continue;
        auto c = text.isEmpty() ? Made<Command>(RemoveElementCommand::create(session, child, {}, command))
                                : Made<Command>(SetElementTextCommand::create(session, child, text, false, {}, command));
        if (!c)
            return std::unexpected(c.error());
        c->release();
        changed = true;
    }
    std::sort(inserts.begin(), inserts.end(), [model](const auto &a, const auto &b) {
        return OvfSchema::rank(model, a.first) > OvfSchema::rank(model, b.first);
    });
    xml::Document &doc = session->document();
    for (const auto &[local, text] : std::as_const(inserts)) {
        auto e = fragment::element(doc, parent, nullptr, parent->namespaceUri(), local);
        fragment::append(doc, e.get(), doc.createText(text));
        // An explicit index (never "last"), so that a lower rank inserted later lands before
        // the higher ranks inserted first.
        const int rank = OvfSchema::rank(model, local);
        const int index = rank < 0 ? int(parent->childElements().size()) : OvfSchema::insertionIndex(model, parent, rank);
        auto c = InsertElementCommand::create(session, parent, index, std::move(e), {}, command);
        if (!c)
            return std::unexpected(c.error());
        c->release();
        changed = true;
    }
    return changed;
}

} // namespace ovf::commands::childtexts
