#pragma once

#include "model/ovf/ovfschema.h"
#include "model/ovf/xmlnode.h"

#include <QCoreApplication>
#include <QStringList>

#include <utility>
#include <vector>

namespace ovf::commands {

class EditSession;

// Form-level edits used by the form editors and the item models behind them, built on the
// session's commands: each call pushes at most one undo step (a command or a macro) on the
// session's stack and does nothing when the document would not change. Elements passed in
// must belong to the session's document and be attached to it.
//
// OVF attributes and elements are written in the Envelope's OVF namespace; an attribute that
// already exists in any OVF namespace (or unqualified, as vCenter writes ovf:configuration)
// is changed where it is.
class FormEdits
{
    Q_DECLARE_TR_FUNCTIONS(ovf::commands::FormEdits)

public:
    // Sets (or, with a null `value`, removes) an OVF attribute. With `merge`, consecutive calls
    // for the same element and attribute merge into one undo step (typing); edits committed as
    // a whole (a table cell, a combo) pass false.
    static void setAttribute(EditSession *session, xml::Element *element, QStringView local,
                             const QString &value, const QString &undoText, bool merge = true);
    static void removeAttribute(EditSession *session, xml::Element *element, QStringView local,
                                const QString &undoText);

    // Sets the text of the OVF child element `local` of `parent`. A missing child is created
    // at its schema position: before the first existing child that comes later in `model`
    // (the parent's content model in the schema table, OvfSchema), else after the last
    // element. With `removeWhenEmpty` an empty text removes the child instead. With `merge`,
    // typing into an existing child merges into one undo step.
    static void setChildText(EditSession *session, xml::Element *parent, QStringView local,
                             const QString &text, ContentModel model, bool removeWhenEmpty,
                             const QString &undoText, bool merge = true);

    // Sets the text content of `element` (its children are replaced by one text node). With
    // `merge`, typing merges into one undo step.
    static void setText(EditSession *session, xml::Element *element, const QString &text, const QString &undoText,
                        bool merge = true);

    // A new OVF element `local` with the given OVF attributes and text, inserted among the
    // children of `parent` before the element `before` (nullptr: after the last element
    // child), indented like its siblings. Returns the new element (owned by the document).
    static xml::Element *insertElement(EditSession *session, xml::Element *parent, xml::Element *before,
                                       QStringView local, const std::vector<std::pair<QString, QString>> &attributes,
                                       const QString &text, const QString &undoText);

    // Removes `element` (with the indentation in front of it).
    static void removeElement(EditSession *session, xml::Element *element, const QString &undoText);

    // Moves `element` before its previous (`up`) or after its next element sibling, carrying
    // its indentation along. False when there is no such sibling.
    static bool moveElement(EditSession *session, xml::Element *element, bool up, const QString &undoText);

    // Renames a deployment option (Configuration ovf:id), updating every ovf:configuration
    // reference to it in the document, as one undo step.
    static void renameConfiguration(EditSession *session, xml::Element *configuration, const QString &newId);

    // The OVF namespace new elements and attributes are written in.
    static QString ovfNamespace(const xml::Element *scope);
    // True while `element` is still part of its document (not removed by an edit).
    static bool isAttached(const xml::Element *element);
};

} // namespace ovf::commands
