#include "model/commands/childtexts.h"

#include "model/commands/editsession.h"
#include "model/commands/insertelementcommand.h"
#include "model/commands/removeelementcommand.h"
#include "model/commands/setelementtextcommand.h"
#include "model/commands/xmlfragment.h"
#include "model/ovf/ovfelement.h"
#include "model/ovf/xmldocument.h"

namespace ovf::commands::childtexts {

int schemaIndex(const xml::Element *parent, QStringView local, const QStringList &order)
{
    const qsizetype rank = order.indexOf(local.toString());
    if (rank < 0)
        return -1;
    int index = 0;
    for (const xml::Element *c : parent->childElements()) {
        const qsizetype r = order.indexOf(c->localName());
        if (r > rank)
            return index;
        ++index;
    }
    return -1;
}

std::expected<bool, QString> set(EditSession *session, xml::Element *parent,
                                 const QList<std::pair<QString, QString>> &texts, const QStringList &order,
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
    std::sort(inserts.begin(), inserts.end(),
              [&order](const auto &a, const auto &b) { return order.indexOf(a.first) > order.indexOf(b.first); });
    xml::Document &doc = session->document();
    for (const auto &[local, text] : std::as_const(inserts)) {
        auto e = fragment::element(doc, parent, nullptr, parent->namespaceUri(), local);
        fragment::append(doc, e.get(), doc.createText(text));
        // "Last" as an explicit index, so that an earlier name inserted later lands before the
        // later names inserted first.
        int index = schemaIndex(parent, local, order);
        if (index < 0)
            index = int(parent->childElements().size());
        auto c = InsertElementCommand::create(session, parent, index, std::move(e), {}, command);
        if (!c)
            return std::unexpected(c.error());
        c->release();
        changed = true;
    }
    return changed;
}

} // namespace ovf::commands::childtexts
