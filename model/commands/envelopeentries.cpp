#include "model/commands/envelopeentries.h"

#include "model/commands/addsectioncommand.h"
#include "model/commands/editsession.h"
#include "model/commands/formedits.h"
#include "model/commands/insertelementcommand.h"
#include "model/commands/sectionrules.h"
#include "model/commands/xmlfragment.h"
#include "model/ovf/descriptor.h"

using namespace Qt::StringLiterals;

namespace ovf::commands::entries {

namespace {

// The indentation of a new child of `container` and one level.
std::pair<QString, QString> childIndent(const xml::Element *container)
{
    const QString unit = fragment::indentUnit(container);
    const xml::Element *first = container->firstChildElement();
    if (first && !fragment::indentOf(first).isEmpty())
        return {fragment::indentOf(first), unit};
    return {fragment::indentOf(container) + unit, unit};
}

std::expected<void, QString> insert(EditSession *session, xml::Element *parent, int index,
                                    std::unique_ptr<xml::Element> element, QUndoCommand *parentCommand)
{
    auto c = InsertElementCommand::create(session, parent, index, std::move(element), {}, parentCommand);
    if (!c)
        return std::unexpected(c.error());
    c->release();
    return {};
}

} // namespace

std::unique_ptr<xml::Element> newEntry(EditSession *session, QStringView local,
                                       const QList<std::pair<QString, QString>> &attributes)
{
    xml::Document &doc = session->document();
    const xml::Element *root = doc.root();
    auto e = fragment::element(doc, root, nullptr, root->namespaceUri(), local);
    const QString ovfNs = FormEdits::ovfNamespace(root);
    for (const auto &[name, value] : attributes)
        fragment::setAttribute(doc, e.get(), root, ovfNs, name, value);
    return e;
}

std::expected<void, QString> appendToReferences(EditSession *session, std::unique_ptr<xml::Element> entry,
                                                QUndoCommand *parent)
{
    xml::Document &doc = session->document();
    xml::Element *root = doc.root();
    if (xml::Element *refs = Envelope(root).referencesElement()) {
        const auto [indent, unit] = childIndent(refs);
        fragment::indent(doc, entry.get(), indent, unit);
        return insert(session, refs, -1, std::move(entry), parent);
    }
    auto refs = fragment::element(doc, root, nullptr, root->namespaceUri(), u"References");
    fragment::append(doc, refs.get(), std::move(entry));
    const QString unit = fragment::indentUnit(root);
    fragment::indent(doc, refs.get(), fragment::indentOf(root) + unit, unit);
    return insert(session, root, 0, std::move(refs), parent);
}

std::expected<void, QString> appendToSection(EditSession *session, SectionKind kind,
                                             std::unique_ptr<xml::Element> entry, QUndoCommand *parent)
{
    xml::Document &doc = session->document();
    xml::Element *root = doc.root();
    if (const Section existing = Envelope(root).section(kind)) {
        const auto [indent, unit] = childIndent(existing.element());
        fragment::indent(doc, entry.get(), indent, unit);
        return insert(session, existing.element(), -1, std::move(entry), parent);
    }
    if (auto ok = SectionRules::canAdd(root, kind); !ok)
        return std::unexpected(ok.error());
    auto section = AddSectionCommand::build(doc, root, root->namespaceUri(), kind);
    if (kind == SectionKind::DeploymentOption) {
        // build() gives a default Configuration; the entry is the first one instead.
        xml::Element *def = section->childElements().constLast();
        doc.spliceChildren(section.get(), section->indexOf(def), 1, {});
    }
    fragment::append(doc, section.get(), std::move(entry));
    const QString unit = fragment::indentUnit(root);
    fragment::indent(doc, section.get(), fragment::indentOf(root) + unit, unit);
    return insert(session, root, SectionRules::insertionIndex(root, kind), std::move(section), parent);
}

QSet<QString> fileIds(const xml::Element *root)
{
    QSet<QString> ids;
    for (const FileReference &f : Envelope(const_cast<xml::Element *>(root)).files())
        ids.insert(f.id());
    return ids;
}

QSet<QString> diskIds(const xml::Element *root)
{
    QSet<QString> ids;
    const Envelope env(const_cast<xml::Element *>(root));
    for (const VirtualDisk &d : env.disks())
        ids.insert(d.diskId());
    for (const VirtualDisk &d : env.sharedDisks())
        ids.insert(d.diskId());
    return ids;
}

QSet<QString> networkNames(const xml::Element *root)
{
    QSet<QString> names;
    for (const Network &n : Envelope(const_cast<xml::Element *>(root)).networks())
        names.insert(n.name());
    return names;
}

QString freeId(const QString &base, const QSet<QString> &taken)
{
    if (!taken.contains(base))
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = base + QString::number(n);
        if (!taken.contains(candidate))
            return candidate;
    }
}

std::pair<QString, QString> capacityOf(quint64 bytes)
{
    if (bytes > 0 && bytes % (quint64(1) << 30) == 0)
        return {QString::number(bytes >> 30), u"byte * 2^30"_s};
    if (bytes > 0 && bytes % (quint64(1) << 20) == 0)
        return {QString::number(bytes >> 20), u"byte * 2^20"_s};
    return {QString::number(bytes), QString()};
}

} // namespace ovf::commands::entries
