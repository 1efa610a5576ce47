#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QString>

#include <expected>
#include <functional>
#include <map>
#include <memory>

namespace ovf {
class Envelope;
}
namespace ovf::xml {
class Document;
class Element;
}
namespace ovf::commands {
class EditSession;
}

namespace ovf::l10n {

// The external Strings bundles of one document (DSP0243 §10; DSP2017 5.2: a File of the
// References whose content is a standalone <Strings xml:lang> document of Msg elements), as
// lossless xml::Documents that the l10n commands edit like the descriptor.
//
// Bundles are read through the Reader on first use (build it with package::HrefReader, so the
// same href rules hold as for every other member) and cached, errors included. A bundle nobody
// edited is written back byte for byte: changed() lists only bundles whose bytes differ from
// what was read, and bundles created by a command.
//
// Ownership: make the store a child of the EditSession whose commands edit its bundles
// (BundleStore::of() finds it); the session clears its undo stack before its children are
// destroyed, so commands never outlive the documents they point into. A command that takes a
// bundle out of the store (moving a locale back into the descriptor) owns it until it is undone.
// Threading: GUI thread, like the session.
class BundleStore : public QObject
{
    Q_OBJECT

public:
    // Bytes of the file an href names, or why it cannot be read (a sentence).
    using Reader = std::function<std::expected<QByteArray, QString>(const QString &href)>;

    explicit BundleStore(Reader reader, QObject *parent = nullptr);
    ~BundleStore() override;

    // The store that is a child of `session`, or nullptr.
    static BundleStore *of(const commands::EditSession *session);

    // The bundle document named by `href` (as written in the File's ovf:href), read on first
    // use. Errors: the reader's; not well-formed XML (with line:column); a root that is not
    // a Strings element.
    std::expected<xml::Document *, QString> document(const QString &href);
    // True when `href` is loaded (or created) and well-formed.
    bool isLoaded(const QString &href) const;
    // Every href that holds a document now.
    QStringList hrefs() const;
    // The current bytes of a held bundle (empty when none).
    QByteArray bytes(const QString &href) const;
    // True for a created bundle, or one whose bytes differ from those read.
    bool isChanged(const QString &href) const;
    // The bundles to write on save: (href, bytes) of every changed one, sorted by href.
    QList<std::pair<QString, QByteArray>> changed() const;
    // The changed bundles a File of `envelope` still names, by package member name
    // (HrefPolicy::resolve of the href; hrefs it refuses are left out): what a save writes,
    // e.g. through package::PackInput::replaceDescriptor(bytes, memberBytes), so the bundle
    // becomes a member covered by the manifest.
    QHash<QString, QByteArray> changedMembers(const Envelope &envelope) const;

    // For commands: a new bundle document under `href` (replacing nothing: the href must be
    // free), and taking one out again. bundlesChanged() follows both.
    void adopt(const QString &href, std::unique_ptr<xml::Document> document);
    std::unique_ptr<xml::Document> release(const QString &href);

    // A new, empty standalone bundle for `language`: <Strings xmlns=envelopeNs
    // xmlns:ovf=envelopeNs xml:lang=language/>, laid out like DSP2017 5.2's example.
    static std::unique_ptr<xml::Document> createBundle(const QString &language, const QString &envelopeNamespace);
    // True when `root` is the root of a standalone Strings document (any namespace of the
    // OVF family, the strings/1 namespace, or none).
    static bool isStringsRoot(const xml::Element *root);

signals:
    void bundlesChanged();

private:
    struct Entry
    {
        QByteArray original; // as read; empty for a created bundle
        bool created = false;
        std::unique_ptr<xml::Document> document;
        QString error;
    };
    Reader m_reader;
    std::map<QString, Entry> m_entries; // by href
};

} // namespace ovf::l10n
