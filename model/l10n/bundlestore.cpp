#include "model/l10n/bundlestore.h"

#include "model/commands/editsession.h"
#include "model/ovf/envelope.h"
#include "model/ovf/namespaces.h"
#include "model/package/hrefpolicy.h"
#include "model/ovf/xmldocument.h"

using namespace Qt::StringLiterals;

namespace ovf::l10n {

BundleStore::BundleStore(Reader reader, QObject *parent) : QObject(parent), m_reader(std::move(reader))
{
}

BundleStore::~BundleStore() = default;

BundleStore *BundleStore::of(const commands::EditSession *session)
{
    return session ? session->findChild<BundleStore *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

bool BundleStore::isStringsRoot(const xml::Element *root)
{
    if (!root || root->localName() != u"Strings")
        return false;
    const QString &ns = root->namespaceUri();
    return ns.isEmpty() || ns::isOvf(ns) || ns == ns::OvfStrings1;
}

std::expected<xml::Document *, QString> BundleStore::document(const QString &href)
{
    auto it = m_entries.find(href);
    if (it == m_entries.end()) {
        Entry entry;
        if (!m_reader) {
            entry.error = tr("no package files are at hand to read '%1' from").arg(href);
        } else if (auto bytes = m_reader(href); !bytes) {
            entry.error = bytes.error();
        } else {
            entry.original = *bytes;
            auto doc = xml::Document::parse(*bytes);
            if (!doc) {
                entry.error = tr("'%1' is not well-formed XML (%2: %3)")
                                  .arg(href, doc.error().position.toString(), doc.error().message);
            } else if (!isStringsRoot((*doc)->root())) {
                entry.error = tr("'%1' is not a Strings document: its root element is <%2>")
                                  .arg(href, (*doc)->root()->qualifiedName());
            } else {
                entry.document = std::move(*doc);
            }
        }
        it = m_entries.emplace(href, std::move(entry)).first;
    }
    if (!it->second.document)
        return std::unexpected(it->second.error.isEmpty() ? tr("'%1' was removed").arg(href) : it->second.error);
    return it->second.document.get();
}

bool BundleStore::isLoaded(const QString &href) const
{
    const auto it = m_entries.find(href);
    return it != m_entries.end() && it->second.document;
}

QStringList BundleStore::hrefs() const
{
    QStringList out;
    for (const auto &[href, entry] : m_entries) {
        if (entry.document)
            out << href;
    }
    return out;
}

QByteArray BundleStore::bytes(const QString &href) const
{
    const auto it = m_entries.find(href);
    return it != m_entries.end() && it->second.document ? it->second.document->save() : QByteArray();
}

bool BundleStore::isChanged(const QString &href) const
{
    const auto it = m_entries.find(href);
    if (it == m_entries.end() || !it->second.document)
        return false;
    // An unedited document saves its source bytes: only edits (or undone edits that left
    // different bytes, which they never do) make this true.
    return it->second.created || (it->second.document->isModified() && it->second.document->save() != it->second.original);
}

QList<std::pair<QString, QByteArray>> BundleStore::changed() const
{
    QList<std::pair<QString, QByteArray>> out;
    for (const auto &[href, entry] : m_entries) {
        if (isChanged(href))
            out.append({href, entry.document->save()});
    }
    return out;
}

QHash<QString, QByteArray> BundleStore::changedMembers(const Envelope &envelope) const
{
    QHash<QString, QByteArray> out;
    for (const FileReference &f : envelope.files()) {
        if (!isChanged(f.href()))
            continue;
        if (const auto member = package::HrefPolicy::resolve(f.href()))
            out.insert(*member, bytes(f.href()));
    }
    return out;
}

void BundleStore::adopt(const QString &href, std::unique_ptr<xml::Document> document)
{
    Q_ASSERT(!isLoaded(href));
    auto [it, inserted] = m_entries.try_emplace(href);
    Entry &entry = it->second;
    // A bundle that was never read (or could not be) is new: written in full on save.
    if (inserted || !entry.error.isEmpty()) {
        entry.created = true;
        entry.error.clear();
    }
    entry.document = std::move(document);
    emit bundlesChanged();
}

std::unique_ptr<xml::Document> BundleStore::release(const QString &href)
{
    auto it = m_entries.find(href);
    if (it == m_entries.end())
        return {};
    auto doc = std::move(it->second.document);
    if (it->second.created)
        m_entries.erase(it);
    emit bundlesChanged();
    return doc;
}

std::unique_ptr<xml::Document> BundleStore::createBundle(const QString &language, const QString &envelopeNamespace)
{
    // Built as text and parsed: the document then has source spans like a read one, and
    // writing it back unedited gives these bytes.
    QString text = u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Strings xmlns=\"%1\" xmlns:ovf=\"%1\" xml:lang=\"%2\">\n</Strings>\n"_s;
    QString escaped = language.toHtmlEscaped();
    text = text.arg(envelopeNamespace.toHtmlEscaped(), escaped);
    auto doc = xml::Document::parse(text.toUtf8());
    Q_ASSERT(doc);
    return doc ? std::move(*doc) : nullptr;
}

} // namespace ovf::l10n
