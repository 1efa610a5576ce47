#pragma once

#include "model/ovf/ovfschema.h"
#include "model/ovf/xmlnode.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <expected>
#include <utility>
#include <vector>

namespace ovf::commands {

class EditSession;

// Form-level edits used by the form editors and the item models behind them, built on the
// session's commands: each call pushes at most one undo step (a command, or a compound edit
// of several, EditSession::compound(), taken back whole when one of them is refused) on the
// session's stack. An edit that would not change the document succeeds without pushing anything; an
// edit the commands refuse returns their reason (naming the element and the rule) and changes
// nothing: callers show it, they do not re-check the rules themselves. Elements passed in
// must belong to the session's document and be attached to it.
//
// OVF attributes and elements are written in the Envelope's OVF namespace; an attribute that
// already exists in any OVF namespace (or unqualified, as vCenter writes ovf:configuration)
// is changed where it is.
class FormEdits
{
    Q_DECLARE_TR_FUNCTIONS(ovf::commands::FormEdits)

public:
    using Result = std::expected<void, QString>;

    // Sets (or, with a null `value`, removes) an OVF attribute. With `merge`, consecutive calls
    // for the same element and attribute merge into one undo step (typing); edits committed as
    // a whole (a table cell, a combo) pass false.
    static Result setAttribute(EditSession *session, xml::Element *element, QStringView local, const QString &value,
                               const QString &undoText, bool merge = true);
    static Result removeAttribute(EditSession *session, xml::Element *element, QStringView local,
                                  const QString &undoText);

    // Sets the text of the OVF child element `local` of `parent`. A missing child is created
    // at its schema position: before the first existing child that comes later in `model`
    // (the parent's content model in the schema table, OvfSchema), else after the last
    // element. With `removeWhenEmpty` an empty text removes the child instead. With `merge`,
    // typing into an existing child merges into one undo step.
    static Result setChildText(EditSession *session, xml::Element *parent, QStringView local, const QString &text,
                               ContentModel model, bool removeWhenEmpty, const QString &undoText, bool merge = true);

    // Sets the text content of `element` (its children are replaced by one text node). With
    // `merge`, typing merges into one undo step.
    static Result setText(EditSession *session, xml::Element *element, const QString &text, const QString &undoText,
                          bool merge = true);

    // A new OVF element `local` with the given OVF attributes and text, inserted among the
    // children of `parent` before the element `before` (nullptr: after the last element
    // child), indented like its siblings. Returns the new element (owned by the document).
    static std::expected<xml::Element *, QString>
    insertElement(EditSession *session, xml::Element *parent, xml::Element *before, QStringView local,
                  const std::vector<std::pair<QString, QString>> &attributes, const QString &text,
                  const QString &undoText);

    // The same at the schema position of `local` in `parent`'s content model `model`.
    static std::expected<xml::Element *, QString>
    insertElement(EditSession *session, xml::Element *parent, ContentModel model, QStringView local,
                  const std::vector<std::pair<QString, QString>> &attributes, const QString &text,
                  const QString &undoText);

    // Removes `element` (with the indentation in front of it).
    static Result removeElement(EditSession *session, xml::Element *element, const QString &undoText);

    // Moves `element` before its previous (`up`) or after its next element sibling, carrying
    // its indentation along. Refused when there is no such sibling.
    static Result moveElement(EditSession *session, xml::Element *element, bool up, const QString &undoText);

    // --- deployment options (DSP0243 §9.8 DeploymentOptionSection) ------------------------
    // Renames a deployment option (Configuration ovf:id), updating every ovf:configuration
    // reference to it in the document, as one undo step. Refused: an empty id, one with
    // spaces, or one another option has (RenameDeploymentOptionCommand).
    static Result renameConfiguration(EditSession *session, xml::Element *configuration, const QString &newId);
    // Whether renameConfiguration() would accept `newId` (for feedback while the user types);
    // the current id is accepted (nothing to do).
    static Result checkConfigurationId(const xml::Element *configuration, const QString &newId);
    // A new Configuration with `id`, Label and Description at the end of `section`, as one
    // undo step named `undoText`. Returns it.
    static std::expected<xml::Element *, QString> addConfiguration(EditSession *session, xml::Element *section,
                                                                   const QString &id, const QString &label,
                                                                   const QString &description,
                                                                   const QString &undoText);
    // A Configuration's Description that its author never wrote follows its Label (a new
    // option gets its label as description, as `ovfctl edit add-option` without --description
    // does): when the Description still is `previousLabel`, it becomes the current Label, as one
    // undo step named `undoText`. Nothing to do otherwise.
    static Result followLabel(EditSession *session, xml::Element *configuration, const QString &previousLabel,
                              const QString &undoText);
    // Makes `configuration` the one default option of its section (`on`), or no longer the
    // default: ovf:default="true" on it and removed from the others, as one undo step.
    static Result setDefaultConfiguration(EditSession *session, xml::Element *configuration, bool on,
                                          const QString &undoText);
    // The per-configuration values of a Property (DSP0243 §9.5.1: Value elements with
    // ovf:value and ovf:configuration): for each (configuration id, value) pair, the value
    // that configuration gets; an empty value removes it. A Value shared by several
    // configurations is split. One undo step named `undoText`; nothing when nothing changes.
    static Result setConfigurationValues(EditSession *session, xml::Element *property,
                                         const QList<std::pair<QString, QString>> &values, const QString &undoText);

    // The OVF namespace new elements and attributes are written in.
    static QString ovfNamespace(const xml::Element *scope);
    // True while `element` is still part of its document (not removed by an edit).
    static bool isAttached(const xml::Element *element);
};

} // namespace ovf::commands
