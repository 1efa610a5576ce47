#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <memory>
#include <string>
#include <vector>

namespace ovf::xml {

class Document;
class Element;

// The node kinds of a lossless XML tree. The XML declaration is kept as a node of its own
// so that it is written back exactly as it was read.
enum class NodeKind : quint8 { Element, Text, CData, Comment, ProcessingInstruction, XmlDeclaration };

// A qualified name as written in the source, interned per document (compare by pointer or
// by value, copy freely).
struct Name
{
    std::string key; // UTF-8 qualified name, the intern key
    QString qualified;
    QString prefix;
    QString local;
};

// Line and column, both 1-based, of a node or error in the source text; 0 means unknown
// (the node was created by an edit). Columns count characters, not bytes.
struct SourcePos
{
    int line = 0;
    int column = 0;
    bool isValid() const { return line > 0; }
    QString toString() const;
};

inline constexpr QStringView xmlnsNamespace = u"http://www.w3.org/2000/xmlns/";
inline constexpr QStringView xmlNamespace = u"http://www.w3.org/XML/1998/namespace";

// One attribute of an element, namespace declarations included. rawBegin/rawEnd is the
// attribute's text in the source, from the whitespace before its name to its closing quote;
// an attribute with a raw span is written back verbatim, one without (new or edited) is
// written as ` name="escaped value"`.
struct Attribute
{
    const Name *name = nullptr;
    QString namespaceUri; // resolved; empty for an unprefixed attribute (Namespaces in XML §6.2)
    QString value;        // decoded and normalized (XML 1.0 §3.3.3)
    qint32 rawBegin = -1;
    qint32 rawEnd = -1;

    bool isNamespaceDeclaration() const { return namespaceUri == xmlnsNamespace; }
    // For `xmlns` the declared prefix is empty; for `xmlns:p` it is `p`.
    QString declaredPrefix() const;
};

class Node
{
public:
    virtual ~Node();
    Node(const Node &) = delete;
    Node &operator=(const Node &) = delete;

    NodeKind kind() const { return m_kind; }
    bool isElement() const { return m_kind == NodeKind::Element; }
    Element *toElement();
    const Element *toElement() const;

    Element *parent() const { return m_parent; }
    Document *document() const { return m_doc; }
    int indexInParent() const;
    Node *nextSibling() const;
    Node *previousSibling() const;

    // Text, CData, Comment, ProcessingInstruction (target and data), XmlDeclaration: the
    // content, decoded (for text: references resolved and line ends normalized to \n).
    // For an element: the concatenated text of all its descendants.
    QString text() const;

    // Offset of the node's first byte in the document's UTF-8 source; -1 for a node created
    // by an edit.
    qint32 sourceOffset() const { return m_begin; }
    SourcePos position() const;
    // The node's markup, exactly as it will be written.
    QString toXml() const;

protected:
    Node(NodeKind kind, Document *doc) : m_kind(kind), m_doc(doc) { }

private:
    friend class Document;
    friend class Parser;
    friend class Writer;

    NodeKind m_kind;
    bool m_dirty = false;        // own markup differs from the source span
    bool m_subtreeDirty = false; // something below changed
    Document *m_doc;
    Element *m_parent = nullptr;
    qint32 m_begin = -1; // source span of the whole node
    qint32 m_end = -1;
    QString m_text; // content of a character-data node created or changed by an edit
};

class CharacterData final : public Node
{
public:
    CharacterData(NodeKind kind, Document *doc) : Node(kind, doc) { }
};

class Element final : public Node
{
public:
    explicit Element(Document *doc) : Node(NodeKind::Element, doc) { }

    const QString &qualifiedName() const { return m_name->qualified; }
    const QString &prefix() const { return m_name->prefix; }
    const QString &localName() const { return m_name->local; }
    const QString &namespaceUri() const { return m_namespaceUri; }
    const Name *name() const { return m_name; }
    bool is(QStringView ns, QStringView local) const
    {
        return m_name->local == local && m_namespaceUri == ns;
    }

    const std::vector<Attribute> &attributes() const { return m_attributes; }
    // Looks an attribute up by namespace and local name (namespace empty for unprefixed).
    const Attribute *attribute(QStringView ns, QStringView local) const;
    bool hasAttribute(QStringView ns, QStringView local) const { return attribute(ns, local); }
    QString attributeValue(QStringView ns, QStringView local, const QString &fallback = {}) const;
    // The namespace URI bound to `prefix` here (empty prefix: the default namespace), or a
    // null string when it is not bound.
    QString lookupNamespace(QStringView prefix) const;
    // A prefix bound to `ns` here, preferring this element's own prefix; null if none,
    // empty (not null) for the default namespace. For an attribute the default namespace
    // does not apply, so `forAttribute` asks for a non-empty prefix.
    QString lookupPrefix(QStringView ns, bool forAttribute = false) const;

    int childCount() const { return int(m_children.size()); }
    Node *child(int index) const { return m_children[size_t(index)].get(); }
    const std::vector<std::unique_ptr<Node>> &children() const { return m_children; }
    int indexOf(const Node *child) const;

    QList<Element *> childElements() const;
    QList<Element *> childElements(QStringView ns, QStringView local) const;
    Element *firstChildElement() const;
    Element *firstChildElement(QStringView ns, QStringView local) const;
    Element *nextSiblingElement() const;

    // Element path for messages, e.g. /Envelope/VirtualSystem[2]/ProductSection[1]/Property[3]
    QString path() const;

private:
    friend class Document;
    friend class Parser;
    friend class Writer;

    const Name *m_name = nullptr;
    QString m_namespaceUri;
    std::vector<Attribute> m_attributes;
    std::vector<std::unique_ptr<Node>> m_children;
    qint32 m_startTagEnd = -1; // one past the '>' of the start tag
    qint32 m_tailBegin = -1;   // start of the text after the last attribute: "  />" or ">"
    qint32 m_endTagBegin = -1; // start of "</name>"; == m_end for an empty-element tag
    bool m_selfClosing = false;
    bool m_startDirty = false; // attributes changed: rebuild the start tag from its parts
};

} // namespace ovf::xml
