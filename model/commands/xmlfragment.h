#pragma once

#include "model/ovf/xmlnode.h"

#include <memory>
#include <vector>

namespace ovf::xml {
class Document;
}

// Helpers that build detached XML for the commands: new elements whose prefixes resolve at
// the place they will be inserted, deep copies, and the whitespace around an inserted or
// removed element so edited files stay indented like the original.
namespace ovf::commands::fragment {

// A new element in namespace `ns` to be inserted under `scope` (an element in the
// document) or under `detachedParent` (a new element itself destined for `scope`). The
// prefix is one bound in scope (the detached ancestors first); when none is, `preferred` is
// declared on the new element. An element in no namespace undeclares a default namespace.
std::unique_ptr<xml::Element> element(xml::Document &doc, const xml::Element *scope, const xml::Element *detachedParent,
                                      QStringView ns, QStringView local, QStringView preferred = u"ovf");
// Sets an attribute on a detached element, prefixing it with a prefix bound at `scope` (or
// on the detached chain); ns empty for an unprefixed attribute.
void setAttribute(xml::Document &doc, xml::Element *element, const xml::Element *scope, QStringView ns,
                  QStringView local, const QString &value, QStringView preferred = u"ovf");
// Declares a prefix for `ns` on the detached `element` (`preferred`, numbered if taken) when
// neither the detached chain nor `scope` binds one, so that its children share it.
void declare(xml::Document &doc, xml::Element *element, const xml::Element *scope, QStringView ns,
             QStringView preferred);
// Appends a child to a detached element (with the indentation of `depth` levels).
void append(xml::Document &doc, xml::Element *parent, std::unique_ptr<xml::Node> child);
// Appends a child element with text content: <local>text</local>.
xml::Element *appendTextElement(xml::Document &doc, xml::Element *parent, const xml::Element *scope, QStringView ns,
                                QStringView local, const QString &text);
// Indents the children of a detached subtree built with append(): `indent` is the
// whitespace before the subtree's own start tag, `unit` one level.
void indent(xml::Document &doc, xml::Element *root, const QString &indent, const QString &unit);

// A deep copy of `source` (elements, attributes, text, CDATA as text, comments; processing
// instructions are dropped), detached, with the same qualified names: valid wherever the
// prefixes it uses are bound as they are at the source. `source` may belong to another
// document (names are interned in `doc`).
std::unique_ptr<xml::Element> clone(xml::Document &doc, const xml::Element *source);

// The whitespace before `element`'s start tag on its line ("" when it does not start a line).
QString indentOf(const xml::Element *element);
// The document's indentation unit guessed from the nesting around `element` (two spaces by
// default).
QString indentUnit(const xml::Element *element);
bool isWhitespaceText(const xml::Node *node);

// Where and what to splice to insert `element` as the `elementIndex`-th child element of
// `parent` (-1 or past the end: last), with whitespace like its siblings'.
struct Insertion
{
    int nodeIndex = 0;
    std::vector<std::unique_ptr<xml::Node>> nodes;
};
Insertion insertion(xml::Document &doc, xml::Element *parent, int elementIndex, std::unique_ptr<xml::Node> element);
// The node range to remove to take `element` out with the whitespace that introduces it.
struct NodeRange
{
    int first = 0;
    int count = 0;
};
NodeRange removalRange(const xml::Element *element);
// The element index of `element` among its parent's child elements.
int elementIndex(const xml::Element *element);
// True when every prefix used in `subtree` (element and attribute names) and not declared
// inside it is bound to the same namespace at `newParent` as at its current place.
bool prefixesResolveAt(const xml::Element *subtree, const xml::Element *newParent);

} // namespace ovf::commands::fragment
