#pragma once

#include "model/ovf/xmlnode.h"

#include <QByteArray>

#include <deque>
#include <mutex>
#include <expected>
#include <string_view>
#include <unordered_map>

namespace ovf::xml {

// Caps applied before memory is committed (DESIGN.md "Untrusted input").
struct ParseLimits
{
    qint64 maxBytes = qint64(512) * 1024 * 1024;
    int maxDepth = 256;
    int maxAttributes = 1024;
    int maxNameLength = 1024;
    qint64 maxNodes = 50'000'000;
};

struct ParseError
{
    enum class Kind {
        Io,        // the file could not be read
        Empty,     // no bytes, or only whitespace
        TooLarge,  // above ParseLimits::maxBytes
        TooDeep,   // nesting above ParseLimits::maxDepth, or too many nodes / attributes
        Doctype,   // any DOCTYPE: refused, DTDs are never processed
        Encoding,  // undecodable bytes, unsupported encoding, forbidden characters
        NotXml,    // the text does not start like an XML document
        Malformed, // not well-formed, or a namespace error
    };
    Kind kind = Kind::Malformed;
    QString message;
    SourcePos position;
    // The first element name seen before the error, if any (lets callers recognise an HTML
    // page that is not well-formed XML).
    QString firstElementName;
    // For Kind::Doctype: the name given in the DOCTYPE.
    QString doctypeName;
};

struct ParseWarning
{
    QString message;
    SourcePos position;
};

// A lossless XML document. Every node remembers its span in the source; writing an
// unedited document gives back the bytes that were read, and after edits only the changed
// nodes are regenerated (untouched attributes, whitespace, comments, quotes, character
// references and prefixes stay as written).
//
// Edits go through the two splice primitives below, which return what they replaced so
// that an undo can put back the very same nodes and attribute spans (byte-identical undo).
// Not thread-safe; a document may be read from several threads when nobody edits it.
class Document
{
public:
    Document();
    ~Document();
    Document(const Document &) = delete;
    Document &operator=(const Document &) = delete;

    static std::expected<std::unique_ptr<Document>, ParseError>
    parse(QByteArray bytes, const ParseLimits &limits = {});
    // Checks the file size against the limits before reading it.
    static std::expected<std::unique_ptr<Document>, ParseError>
    load(const QString &path, const ParseLimits &limits = {});

    // The top-level nodes: declaration, comments, PIs, whitespace and the root element.
    const std::vector<std::unique_ptr<Node>> &topLevel() const { return m_topLevel; }
    Element *root() const { return m_root; }

    // Encoding as detected (BOM or declaration), e.g. "UTF-8", "UTF-16LE", "ISO-8859-1".
    const QString &encoding() const { return m_encoding; }
    bool hasByteOrderMark() const { return m_bom; }
    const std::vector<ParseWarning> &warnings() const { return m_warnings; }

    // The document as bytes in its original encoding (with its BOM if it had one).
    QByteArray save() const;
    // The document as text (no BOM).
    QString toString() const;
    bool isModified() const { return m_revision != 0; }
    // Increases with every edit (also with undo); lets caches notice change.
    quint64 revision() const { return m_revision; }

    SourcePos positionOf(qint64 sourceOffset) const;
    // The UTF-8 text the document was parsed from (after transcoding, without a BOM).
    const QByteArray &source() const { return m_source; }

    // --- Editing -------------------------------------------------------------------------
    // Replaces `count` children of `parent` starting at `index` by `replacement`, returning
    // the removed nodes (owned by the caller, reusable in a later splice).
    std::vector<std::unique_ptr<Node>> spliceChildren(Element *parent, int index, int count,
                                                      std::vector<std::unique_ptr<Node>> replacement);
    // Replaces the attribute list of `element`, returning the previous one.
    std::vector<Attribute> swapAttributes(Element *element, std::vector<Attribute> attributes);

    // Conveniences built on the primitives. A prefix for `ns` is looked up in scope at
    // `scope`; when none is bound, `preferredPrefix` is declared on the new element.
    std::unique_ptr<Element> createElement(const Element *scope, QStringView ns, QStringView local,
                                           QStringView preferredPrefix = {});
    std::unique_ptr<CharacterData> createText(const QString &text);
    std::unique_ptr<CharacterData> createComment(const QString &text);
    // A copy of `attributes` with (ns, local) set to value; an existing attribute keeps its
    // position and prefix, a new one is appended with a prefix bound at `element`.
    std::vector<Attribute> withAttribute(const Element *element, QStringView ns, QStringView local,
                                         const QString &value, QStringView preferredPrefix = {});
    std::vector<Attribute> withoutAttribute(const Element *element, QStringView ns,
                                            QStringView local) const;
    const Name *internName(QStringView qualified);
    // Recomputes the namespace URIs of `subtree`'s elements and attributes from the
    // declarations in scope, after an edit changed a declaration (swapAttributes() on an
    // xmlns attribute). The bytes are unchanged; nothing becomes dirty.
    void resolveNamespaces(Element *subtree);

private:
    friend class Parser;
    friend class Writer;
    friend class Node;
    friend class Element;

    void markDirty(Node *node);
    const Name *internName(std::string_view utf8);
    void buildLineIndex() const;

    QByteArray m_source;   // UTF-8, BOM stripped
    QByteArray m_original; // the bytes read, when they differ from m_source (BOM, encoding)
    QString m_encoding = QStringLiteral("UTF-8");
    bool m_bom = false;
    std::vector<std::unique_ptr<Node>> m_topLevel;
    Element *m_root = nullptr;
    std::vector<ParseWarning> m_warnings;
    std::deque<Name> m_names;
    std::unordered_map<std::string_view, const Name *> m_nameIndex;
    struct Checkpoint
    {
        qint32 offset;
        qint32 column; // characters from the line start to offset
    };
    mutable std::vector<qint32> m_lineStarts;
    mutable std::vector<Checkpoint> m_checkpoints;
    mutable std::once_flag m_lineIndexOnce; // positionOf() is safe from several readers
    quint64 m_revision = 0;
};

} // namespace ovf::xml
