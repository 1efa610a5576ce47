#pragma once

#include "model/commands/command.h"
#include "model/ovf/ovfschema.h"
#include "model/ovf/xmlnode.h"


#include <expected>
#include <utility>

// Leaf children of OVF elements (Product, Vendor, Label, Description, Info, ...) placed by
// their content model (OvfSchema).
namespace ovf::commands::childtexts {

// Sets the OVF children of `parent` (in the document) to the given texts, as child commands
// of `command`: an existing child gets the text (nothing when equal), a missing one is
// inserted at its place in the content model (OvfSchema), and an empty text removes the
// child. Insertions run from the highest rank to the lowest so the indexes computed now hold.
// Returns whether anything changes.
std::expected<bool, QString> set(EditSession *session, xml::Element *parent,
                                 const QList<std::pair<QString, QString>> &texts, ContentModel model,
                                 QUndoCommand *command);

} // namespace ovf::commands::childtexts
