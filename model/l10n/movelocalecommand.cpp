#include "model/l10n/movelocalecommand.h"

#include "model/commands/editsession.h"
#include "model/commands/insertelementcommand.h"
#include "model/commands/removeelementcommand.h"
#include "model/commands/setattributecommand.h"
#include "model/commands/xmlfragment.h"
#include "model/l10n/appendmessagescommand.h"
#include "model/l10n/bundleattachcommand.h"
#include "model/l10n/bundlestore.h"
#include "model/l10n/catalogue.h"
#include "model/l10n/clearsectioncommand.h"
#include "model/l10n/fileusage.h"
#include "model/l10n/messageusage.h"
#include "model/l10n/msgfragment.h"
#include "model/ovf/sourcedigest.h"
#include "model/ovf/descriptor.h"
#include "model/ovf/namespaces.h"
#include "model/ovf/ovfelement.h"
#include "model/ovf/xmldocument.h"
#include "model/package/hrefpolicy.h"

using namespace Qt::StringLiterals;

namespace ovf::l10n {

namespace {

struct MsgData
{
    QString msgid;
    QString text;
    QString hash;
};

QList<MsgData> msgsOf(const xml::Element *parent)
{
    QList<MsgData> out;
    for (const xml::Element *m : parent->childElements()) {
        if (m->localName() == u"Msg")
            out.append({ovfAttr(m, u"msgid"), m->text(), sourceDigestOf(m)});
    }
    return out;
}

bool anyHash(const QList<MsgData> &msgs)
{
    return std::any_of(msgs.begin(), msgs.end(), [](const MsgData &m) { return !m.hash.isNull(); });
}

} // namespace

commands::Made<MoveLocaleCommand> MoveLocaleCommand::create(commands::EditSession *session, BundleStore *store,
                                                            const Catalogue &catalogue, const QString &locale,
                                                            const std::optional<QString> &href, QUndoCommand *parent)
{
    const QString written = catalogue.findLocale(locale);
    if (written.isNull())
        return std::unexpected(tr("The descriptor has no locale %1.").arg(locale));
    const QList<int> sections = catalogue.sectionsOf(written);
    if (sections.size() != 1)
        return std::unexpected(tr("%1 has %2 Strings sections; only a locale with one can be moved.")
                                   .arg(written)
                                   .arg(sections.size()));
    if (!store)
        return std::unexpected(tr("External bundles cannot be edited here (no bundle store)."));
    const StringsSection &section = catalogue.sections()[sections.first()];
    xml::Element *strings = section.element;
    xml::Document &doc = session->document();
    xml::Element *root = doc.root();
    const QString envelopeNs = session->descriptor().envelopeNamespace();
    std::unique_ptr<MoveLocaleCommand> cmd(new MoveLocaleCommand(session, parent));

    if (href) {
        if (section.external)
            return std::unexpected(tr("The %1 messages are in the bundle '%2' already.").arg(written, section.href));
        if (auto ok = package::HrefPolicy::resolve(*href); !ok)
            return std::unexpected(tr("The bundle file name '%1' is refused: %2").arg(*href, ok.error().message));
        xml::Element *references = ovfChild(root, u"References");
        if (!references)
            return std::unexpected(tr("The descriptor has no References section to name the bundle file in."));
        for (const xml::Element *f : ovfChildren(references, u"File")) {
            if (ovfAttr(f, u"href") == *href)
                return std::unexpected(tr("The File '%1' has the href '%2' already.").arg(ovfAttr(f, u"id"), *href));
        }
        if (store->isLoaded(*href))
            return std::unexpected(tr("A bundle '%1' exists already.").arg(*href));
        cmd->setText(tr("Move %1 to the bundle file %2").arg(written, *href));

        // The new bundle, complete before it is attached (nothing to undo inside it).
        auto bundle = BundleStore::createBundle(written, envelopeNs);
        xml::Element *bundleRoot = bundle->root();
        const QList<MsgData> msgs = msgsOf(strings);
        bool declare = false;
        const QString prefix = msgfragment::workbenchPrefixAt(bundleRoot, &declare);
        if (declare && anyHash(msgs))
            bundle->swapAttributes(bundleRoot, msgfragment::withWorkbenchDeclaration(*bundle, bundleRoot, prefix));
        const QString ovfNs = msgfragment::ovfNamespaceAt(bundleRoot, envelopeNs);
        std::vector<std::unique_ptr<xml::Node>> nodes;
        const QString ws = u"\n"_s + commands::fragment::indentUnit(strings);
        for (const MsgData &m : msgs) {
            nodes.push_back(bundle->createText(ws));
            nodes.push_back(msgfragment::buildMsg(*bundle, bundleRoot, ovfNs, m.msgid, m.text, prefix, m.hash));
        }
        bundle->spliceChildren(bundleRoot, 0, 0, std::move(nodes));

        const QString fileId = FileUsage::freeFileId(root, u"strings-"_s + MessageUsage::msgidPart(written));
        auto file = commands::fragment::element(doc, references, nullptr, ovfChildren(references, u"File").isEmpty()
                                                    ? references->namespaceUri()
                                                    : ovfChildren(references, u"File").first()->namespaceUri(),
                                                u"File");
        commands::fragment::setAttribute(doc, file.get(), references, envelopeNs, u"id", fileId);
        commands::fragment::setAttribute(doc, file.get(), references, envelopeNs, u"href", *href);

        // Children keep themselves (their parent is cmd); a refusal drops cmd with them.
        auto keep = [](auto made) -> std::optional<QString> {
            if (!made)
                return made.error();
            made->release();
            return std::nullopt;
        };
        if (auto e = keep(BundleAttachCommand::attach(session, store, *href, std::move(bundle), cmd.get())))
            return std::unexpected(*e);
        if (auto e = keep(commands::InsertElementCommand::create(session, references, -1, std::move(file), {}, cmd.get())))
            return std::unexpected(*e);
        if (auto e = keep(commands::SetAttributeCommand::createOvf(session, strings, u"fileRef", fileId, false, {},
                                                                   cmd.get())))
            return std::unexpected(*e);
        if (strings->childCount() > 0) {
            if (auto e = keep(ClearSectionCommand::create(session, strings, cmd.get())))
                return std::unexpected(*e);
        }
        return cmd;
    }

    // Into the descriptor.
    if (!section.external)
        return std::unexpected(tr("The %1 messages are in the descriptor already.").arg(written));
    if (!section.bundleRoot)
        return std::unexpected(tr("The bundle '%1' cannot be read: %2").arg(section.href, section.error));
    cmd->setText(tr("Move %1 into the descriptor").arg(written));
    QSet<QString> embedded;
    for (const MsgData &m : msgsOf(strings))
        embedded.insert(m.msgid);
    QList<MsgData> msgs = msgsOf(section.bundleRoot);
    msgs.removeIf([&](const MsgData &m) { return embedded.contains(m.msgid); });
    bool declare = false;
    const QString prefix = msgfragment::workbenchPrefixAt(strings, &declare);
    const QString ovfNs = msgfragment::ovfNamespaceAt(strings, envelopeNs);
    std::vector<std::unique_ptr<xml::Element>> built;
    for (const MsgData &m : std::as_const(msgs))
        built.push_back(msgfragment::buildMsg(doc, strings, ovfNs, m.msgid, m.text, prefix, m.hash));
    if (!built.empty()) {
        auto c = AppendMessagesCommand::create(session, strings, std::move(built),
                                               declare && anyHash(msgs) ? prefix : QString(), {}, cmd.get());
        if (!c)
            return std::unexpected(c.error());
        c->release();
    }
    if (auto c = commands::SetAttributeCommand::createOvf(session, strings, u"fileRef", std::nullopt, false, {}, cmd.get()); c)
        c->release();
    else
        return std::unexpected(c.error());
    if (xml::Element *file = FileUsage::fileElement(root, section.fileRef);
        file && !FileUsage::isNamedOutside(root, section.fileRef, {strings})) {
        auto c = commands::RemoveElementCommand::create(session, file, {}, cmd.get());
        if (!c)
            return std::unexpected(c.error());
        c->release();
    }
    if (store->isLoaded(section.href)) {
        auto c = BundleAttachCommand::detach(session, store, section.href, cmd.get());
        if (!c)
            return std::unexpected(c.error());
        c->release();
    }
    return cmd;
}

} // namespace ovf::l10n
