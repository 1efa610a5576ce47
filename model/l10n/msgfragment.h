#pragma once

#include "model/ovf/xmlnode.h"

#include <memory>
#include <vector>

namespace ovf::xml {
class Document;
}

// Internal to the l10n commands: building Msg elements and the ovfw namespace declaration.
namespace ovf::l10n::msgfragment {

// The OVF namespace for ovf:msgid in the document of `scope`: the one bound to prefix "ovf"
// there when it is an OVF namespace, else that of `scope`'s own ovf:* attributes or the
// document root's namespace (when it is OVF), else `fallback`.
QString ovfNamespaceAt(const xml::Element *scope, const QString &fallback);

// The prefix for ns::Workbench at `scope`: one bound there, else "ovfw" (or "ovfw2", ... if
// taken) with `declare` set: the caller declares it on `scope` before inserting.
QString workbenchPrefixAt(const xml::Element *scope, bool *declare);

// `element`'s attributes with xmlns:prefix="urn:ovf-workbench:1" appended.
std::vector<xml::Attribute> withWorkbenchDeclaration(xml::Document &doc, const xml::Element *element,
                                                     const QString &prefix);

xml::Attribute makeAttribute(xml::Document &doc, const QString &qualified, const QString &ns, const QString &value);

// `attributes` with the Workbench sourceHash attribute set to `hash` (removed when null),
// written as prefix:sourceHash.
std::vector<xml::Attribute> withSourceHash(xml::Document &doc, std::vector<xml::Attribute> attributes,
                                           const QString &prefix, const QString &hash);

// A detached <Msg ovf:msgid=.. [prefix:sourceHash=..]>text</Msg> for the section element
// `section` (embedded Strings or a bundle's root): element and msgid prefixes bound there;
// the Workbench prefix must be bound there by the time it is inserted.
std::unique_ptr<xml::Element> buildMsg(xml::Document &doc, const xml::Element *section, const QString &ovfNamespace,
                                       const QString &msgid, const QString &text, const QString &workbenchPrefix,
                                       const QString &sourceHash);

} // namespace ovf::l10n::msgfragment
