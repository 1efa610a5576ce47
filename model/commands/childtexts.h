#pragma once

#include "model/commands/command.h"
#include "model/ovf/xmlnode.h"

#include <QStringList>

#include <expected>
#include <utility>

// Leaf children of OVF elements (Product, Vendor, Label, Description, Info, ...) placed by
// their content model.
namespace ovf::commands::childtexts {

// The element index at which a missing child `local` goes in `parent`: before the first
// existing child element whose name comes later in `order`; -1 (last) when none does.
int schemaIndex(const xml::Element *parent, QStringView local, const QStringList &order);

// Sets the OVF children of `parent` (in the document) to the given texts, as child commands
// of `command`: an existing child gets the text (nothing when equal), a missing one is
// inserted at its place in `order`, and an empty text removes the child. Insertions run from
// the last name in `order` to the first so the indexes computed now hold. Returns whether
// anything changes.
std::expected<bool, QString> set(EditSession *session, xml::Element *parent,
                                 const QList<std::pair<QString, QString>> &texts, const QStringList &order,
                                 QUndoCommand *command);

} // namespace ovf::commands::childtexts
