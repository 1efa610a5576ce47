#include "model/commands/addentitycommand.h"

#include "model/commands/editsession.h"
#include "model/commands/entityreferences.h"
#include "model/commands/insertelementcommand.h"
#include "model/commands/xmlfragment.h"
#include "model/ovf/descriptor.h"

using namespace Qt::StringLiterals;

namespace ovf::commands {

namespace {

std::unique_ptr<xml::Element> newEntity(xml::Document &doc, const xml::Element *scope, xml::Element *detachedParent,
                                        QStringView ns, Entity::Kind kind, QSet<QString> &taken)
{
    const bool collection = kind == Entity::Kind::VirtualSystemCollection;
    const QString id = entityrefs::uniqueId(collection ? u"collection"_s : u"vm"_s, taken);
    taken.insert(id);
    auto e = fragment::element(doc, scope, detachedParent, ns,
                               collection ? u"VirtualSystemCollection" : u"VirtualSystem");
    fragment::setAttribute(doc, e.get(), scope, ns, u"id", id);
    fragment::appendTextElement(doc, e.get(), scope, ns, u"Info",
                                collection ? AddEntityCommand::tr("A collection of virtual systems")
                                           : AddEntityCommand::tr("A virtual machine"));
    if (collection) {
        auto vs = newEntity(doc, scope, e.get(), ns, Entity::Kind::VirtualSystem, taken);
        fragment::append(doc, e.get(), std::move(vs));
    } else {
        auto hw = fragment::element(doc, scope, e.get(), ns, u"VirtualHardwareSection");
        fragment::appendTextElement(doc, hw.get(), scope, ns, u"Info",
                                    AddEntityCommand::tr("Virtual hardware requirements"));
        fragment::append(doc, e.get(), std::move(hw));
    }
    return e;
}

} // namespace

Made<AddEntityCommand> AddEntityCommand::create(EditSession *session, xml::Element *parent, Entity::Kind kind,
                                                QUndoCommand *parentCommand)
{
    if (!parent)
        return std::unexpected(tr("No place to add to."));
    const Descriptor &d = session->descriptor();
    if (d.version() == ns::OvfVersion::Draft)
        return std::unexpected(tr("Pre-1.0 draft descriptors describe entities as Content elements; adding them "
                                  "is not supported."));
    xml::Document &doc = session->document();
    const bool atEnvelope = parent == doc.root();
    int index = -1;
    if (atEnvelope) {
        if (!Envelope(parent).content().isNull())
            return std::unexpected(tr("The Envelope already has its one virtual system or collection (DSP0243: "
                                      "exactly one content entity); add to a collection instead."));
        const QList<xml::Element *> kids = parent->childElements();
        for (int i = 0; i < kids.size() && index < 0; ++i) {
            if (kids[i]->localName() == u"Strings")
                index = i;
        }
    } else if (!Entity::isEntity(parent) || !Entity(parent).isCollection()) {
        return std::unexpected(tr("Virtual systems and collections can only be added to a collection."));
    }
    QSet<QString> taken = entityrefs::entityIds(doc.root());
    auto entity = newEntity(doc, parent, nullptr, d.envelopeNamespace(), kind, taken);
    const QString indent = fragment::indentOf(parent) + fragment::indentUnit(parent);
    fragment::indent(doc, entity.get(), indent, fragment::indentUnit(parent));
    std::unique_ptr<AddEntityCommand> cmd(new AddEntityCommand(session, parentCommand));
    cmd->m_entity = entity.get();
    const QString id = Entity(entity.get()).id();
    cmd->setText(kind == Entity::Kind::VirtualSystemCollection ? tr("Add collection '%1'").arg(id)
                                                               : tr("Add virtual system '%1'").arg(id));
    auto insert = InsertElementCommand::create(session, parent, index, std::move(entity), {}, cmd.get());
    if (!insert)
        return std::unexpected(insert.error());
    insert->release();
    return cmd;
}

} // namespace ovf::commands
