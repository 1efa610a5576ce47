#include "model/l10n/importtranslationscommand.h"

#include "model/commands/editsession.h"
#include "model/commands/insertelementcommand.h"
#include "model/commands/xmlfragment.h"
#include "model/l10n/appendmessagescommand.h"
#include "model/l10n/bundleattachcommand.h"
#include "model/l10n/bundlestore.h"
#include "model/l10n/catalogue.h"
#include "model/l10n/fileusage.h"
#include "model/ovf/languagetag.h"
#include "model/l10n/messageusage.h"
#include "model/l10n/msgfragment.h"
#include "model/l10n/settranslationcommand.h"
#include "model/ovf/sourcedigest.h"
#include "model/ovf/descriptor.h"
#include "model/ovf/ovfelement.h"
#include "model/ovf/xmldocument.h"
#include "model/package/hrefpolicy.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace ovf::l10n {

QStringList ImportReport::problemLines() const
{
    QStringList out;
    for (const auto *list : {&unknown, &changedSource, &duplicates}) {
        for (const Issue &i : *list)
            out << u"%1:%2: %3"_s.arg(file).arg(i.line).arg(i.message);
    }
    return out;
}

QString ImportReport::summary() const
{
    return tr("%1: %2 added, %3 updated, %4 unchanged, %5 not final, %6 untranslated, %7 skipped")
        .arg(locale)
        .arg(added)
        .arg(updated)
        .arg(unchanged)
        .arg(notFinal)
        .arg(untranslated)
        .arg(unknown.size() + changedSource.size() + duplicates.size());
}

namespace {

// Index after the last Strings element of the Envelope (-1: at the end).
int stringsInsertIndex(const xml::Element *envelope)
{
    int index = -1;
    const QList<xml::Element *> kids = envelope->childElements();
    for (int i = 0; i < kids.size(); ++i) {
        if (kids[i]->localName() == u"Strings")
            index = i + 1;
    }
    return index >= kids.size() ? -1 : index;
}

} // namespace

commands::Made<ImportTranslationsCommand>
ImportTranslationsCommand::create(commands::EditSession *session, BundleStore *store, const Catalogue &catalogue,
                                  const TranslationFile &file, const QString &fileName, const ImportOptions &options,
                                  ImportReport *report, QUndoCommand *parent)
{
    ImportReport local;
    ImportReport &r = report ? *report : local;
    r = ImportReport();
    r.file = fileName;
    QString locale = options.locale.isEmpty() ? file.targetLanguage : options.locale;
    if (locale.isEmpty())
        return std::unexpected(tr("%1 names no target language; say which locale to import into.").arg(fileName));
    if (!options.locale.isEmpty() && !file.targetLanguage.isEmpty()
        && !LanguageTag::equal(file.targetLanguage, options.locale))
        return std::unexpected(tr("%1 is a translation into %2, not %3.").arg(fileName, file.targetLanguage, options.locale));
    if (auto ok = LanguageTag::check(locale); !ok)
        return std::unexpected(tr("%1: %2.").arg(fileName, ok.error()));
    const QString written = catalogue.findLocale(locale);
    r.locale = written.isNull() ? locale : written;
    r.newLocale = written.isNull();

    // Sort the units: what to set, what to add, what to report.
    struct Take
    {
        QString msgid, text, hash;
    };
    QList<Take> updates, additions;
    QSet<QString> seen;
    for (const TranslationUnit &u : file.units) {
        const Message *m = catalogue.message(u.msgid);
        for (qsizetype k = 0; !m && k < u.alternatives.size(); ++k)
            m = catalogue.message(u.alternatives[k]);
        if (!m) {
            r.unknown.append({u.line, u.msgid, tr("unknown message id '%1': no element of the descriptor uses it").arg(u.msgid)});
            continue;
        }
        const QString id = m->msgid;
        if (seen.contains(id)) {
            r.duplicates.append({u.line, id, tr("message id '%1' appears again; the first one counts").arg(id)});
            continue;
        }
        seen.insert(id);
        if (!u.hasTarget) {
            ++r.untranslated;
            continue;
        }
        if (u.source != m->defaultText) {
            r.changedSource.append({u.line, id,
                                    tr("the source text of '%1' is not the default text any more; its translation was "
                                       "not imported")
                                        .arg(id)});
            continue;
        }
        if (!u.final) {
            ++r.notFinal;
            continue;
        }
        const QString hash = sourceDigest(m->defaultText);
        const auto existing = r.newLocale ? std::nullopt : catalogue.translation(written, id);
        if (existing && existing->text == u.target && existing->sourceHash == hash) {
            ++r.unchanged;
            continue;
        }
        (existing ? updates : additions).append({id, u.target, hash});
    }
    if (updates.isEmpty() && additions.isEmpty())
        return std::unexpected(tr("%1 has nothing new for %2.").arg(fileName, r.locale));

    std::unique_ptr<ImportTranslationsCommand> cmd(new ImportTranslationsCommand(session, parent));
    cmd->setText(tr("Import %n %1 translation(s) from %2", nullptr, int(updates.size() + additions.size()))
                     .arg(r.locale, fileName));
    xml::Document &doc = session->document();
    xml::Element *root = doc.root();
    const QString envelopeNs = session->descriptor().envelopeNamespace();
    auto keep = [](auto made) -> std::optional<QString> {
        if (!made)
            return made.error();
        made->release();
        return std::nullopt;
    };

    if (r.newLocale) {
        // A new section holding every message, embedded or in a new bundle file.
        auto strings = commands::fragment::element(doc, root, nullptr, root->namespaceUri(), u"Strings");
        auto attrs = strings->attributes();
        attrs.push_back(msgfragment::makeAttribute(doc, u"xml:lang"_s, xml::xmlNamespace.toString(), locale));
        doc.swapAttributes(strings.get(), std::move(attrs));
        std::unique_ptr<xml::Document> bundle;
        xml::Element *section = strings.get();
        xml::Document *target = &doc;
        QString fileId;
        if (options.bundleHref) {
            if (!store)
                return std::unexpected(tr("External bundles cannot be written here (no bundle store)."));
            if (auto ok = package::HrefPolicy::resolve(*options.bundleHref); !ok)
                return std::unexpected(tr("The bundle file name '%1' is refused: %2").arg(*options.bundleHref, ok.error().message));
            for (const xml::Element *f : ovfChildren(ovfChild(root, u"References"), u"File")) {
                if (ovfAttr(f, u"href") == *options.bundleHref)
                    return std::unexpected(tr("The File '%1' has the href '%2' already.").arg(ovfAttr(f, u"id"), *options.bundleHref));
            }
            if (!ovfChild(root, u"References"))
                return std::unexpected(tr("The descriptor has no References section to name the bundle file in."));
            bundle = BundleStore::createBundle(locale, envelopeNs);
            section = bundle->root();
            target = bundle.get();
            fileId = FileUsage::freeFileId(root, u"strings-"_s + MessageUsage::msgidPart(locale));
            commands::fragment::setAttribute(doc, strings.get(), root, envelopeNs, u"fileRef", fileId);
        }
        bool declare = false;
        const QString prefix = msgfragment::workbenchPrefixAt(bundle ? section : root, &declare);
        if (declare)
            target->swapAttributes(section, msgfragment::withWorkbenchDeclaration(*target, section, prefix));
        const QString ovfNs = msgfragment::ovfNamespaceAt(bundle ? section : root, envelopeNs);
        const QString outer = bundle ? QString() : commands::fragment::indentOf(ovfChild(root, u"References"));
        const QString unit = commands::fragment::indentUnit(root);
        std::vector<std::unique_ptr<xml::Node>> nodes;
        for (const Take &t : std::as_const(additions)) {
            nodes.push_back(target->createText(u'\n' + outer + unit));
            nodes.push_back(msgfragment::buildMsg(*target, bundle ? section : root, ovfNs, t.msgid, t.text, prefix, t.hash));
        }
        nodes.push_back(target->createText(u'\n' + outer));
        if (bundle)
            nodes.erase(nodes.end() - 1); // the bundle's root keeps its closing newline
        target->spliceChildren(section, bundle ? 0 : section->childCount(), 0, std::move(nodes));
        r.added = int(additions.size());
        if (bundle) {
            auto file = commands::fragment::element(doc, ovfChild(root, u"References"), nullptr, envelopeNs, u"File");
            commands::fragment::setAttribute(doc, file.get(), root, envelopeNs, u"id", fileId);
            commands::fragment::setAttribute(doc, file.get(), root, envelopeNs, u"href", *options.bundleHref);
            if (auto e = keep(BundleAttachCommand::attach(session, store, *options.bundleHref, std::move(bundle), cmd.get())))
                return std::unexpected(*e);
            if (auto e = keep(commands::InsertElementCommand::create(session, ovfChild(root, u"References"), -1,
                                                                     std::move(file), {}, cmd.get())))
                return std::unexpected(*e);
        }
        if (auto e = keep(commands::InsertElementCommand::create(session, root, stringsInsertIndex(root),
                                                                 std::move(strings), {}, cmd.get())))
            return std::unexpected(*e);
        return cmd;
    }

    for (const Take &t : std::as_const(updates)) {
        if (auto e = keep(SetTranslationCommand::create(session, catalogue, written, t.msgid, t.text, false, cmd.get())))
            return std::unexpected(*e);
        ++r.updated;
    }
    if (!additions.isEmpty()) {
        const auto writable = catalogue.writableSection(written);
        if (!writable)
            return std::unexpected(writable.error());
        xml::Element *section = *writable;
        xml::Document &sdoc = *section->document();
        bool declare = false;
        const QString prefix = msgfragment::workbenchPrefixAt(section, &declare);
        const QString ovfNs = msgfragment::ovfNamespaceAt(section, envelopeNs);
        std::vector<std::unique_ptr<xml::Element>> msgs;
        for (const Take &t : std::as_const(additions))
            msgs.push_back(msgfragment::buildMsg(sdoc, section, ovfNs, t.msgid, t.text, prefix, t.hash));
        if (auto e = keep(AppendMessagesCommand::create(session, section, std::move(msgs), declare ? prefix : QString(),
                                                        {}, cmd.get())))
            return std::unexpected(*e);
        r.added = int(additions.size());
    }
    return cmd;
}

} // namespace ovf::l10n
