#pragma once

#include "model/ovf/xmlnode.h"

namespace ovf::commands {

class EditSession;

// What the envelope tree lets the user edit at a node, without widgets: where Add Virtual
// System / Collection, Paste and Add Section act, what Rename, Duplicate, Cut, Remove and drag
// and drop may touch. Cheap forms of the commands' own preconditions (they run on every change
// of the tree); the commands check everything again when made, and their refusal is what the
// user sees.
class TreeEditPolicy
{
public:
    // Which edits are possible with `current` selected and `cut` (or nullptr) cut.
    struct Actions
    {
        bool addEntity = false;
        bool duplicate = false;
        bool rename = false;
        bool cut = false;
        bool paste = false;
        bool removeSection = false;
        bool remove = false;
        bool addSection = false;
        // Add Disk / Add Network Adapter: in a virtual system with a VirtualHardwareSection.
        bool addDevice = false;
    };

    // `session` null: nothing is allowed.
    static Actions actions(EditSession *session, const xml::Element *current, const xml::Element *cut);

    // The entity `current` is in (or is), nullptr at package level.
    static xml::Element *entityOf(const xml::Element *current);
    // A section directly in the Envelope or an entity (not a vendor child of a section).
    static xml::Element *sectionOf(const xml::Element *current);
    // Where Add Virtual System / Collection and Paste put an entity: the selected collection,
    // the collection of a selected virtual system, or the Envelope while it has no content.
    static xml::Element *targetCollection(EditSession *session, const xml::Element *current);
    // The VirtualSystem `current` is in (or is), nullptr in a collection or at package level.
    static xml::Element *virtualSystemOf(const xml::Element *current);
    // Where Add Section adds: the selected entity, else the Envelope.
    static xml::Element *sectionContainer(EditSession *session, const xml::Element *current);
    // Nodes whose name is an id the user may rename: entities and deployment options.
    static bool isRenamable(const xml::Element *element);
    // Nodes the user may drag (to another collection): entities inside a collection (the
    // Envelope's one content entity stays where it is).
    static bool isDraggable(const xml::Element *element);
    // Nodes entities may be dropped on: collections.
    static bool isDropTarget(const xml::Element *element);
};

} // namespace ovf::commands
