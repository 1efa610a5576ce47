#pragma once

#include "model/ovf/ovfschema.h"

#include <QCoreApplication>

#include <expected>

namespace ovf::commands {

// The editor's policy over the OVF schema table (OvfSchema, model/ovf/ovfschema.h): which
// sections may be added or removed where, and at which position a new one goes. Placement,
// multiplicity and order are the table's; this class adds what only an editor needs (which
// sections it can build, what still references a section).
class SectionRules
{
    Q_DECLARE_TR_FUNCTIONS(SectionRules)

public:
    // The editor can add a minimal valid section of `kind` (sections whose content needs
    // decisions the user makes elsewhere, such as ScaleOut's replicated entity or the
    // encryption keys, are not offered).
    static bool isAddable(SectionKind kind);
    // Whether a section of `kind` may be added to `container` now (placement, multiplicity,
    // and whether the editor can build one), with the reason when not.
    static std::expected<void, QString> canAdd(const xml::Element *container, SectionKind kind);
    // Sections this program can add to `container` now, in the spec's order.
    static QList<SectionKind> addableIn(const xml::Element *container);
    // Whether `section` may be removed: not the last VirtualHardwareSection of a virtual
    // system, not a section whose entries are still referenced (disks by HostResource,
    // networks by Connection, configurations by ovf:configuration). Without
    // `checkReferences` the document-wide reference scan is skipped (for enabling actions
    // cheaply; the command checks everything when made).
    static std::expected<void, QString> canRemove(const xml::Element *section, bool checkReferences = true);
    // The child-element index at which a new section of `kind` goes in `container` (-1: after
    // the last): after the sections that come before it in the spec's order, before child
    // entities (and for the Envelope after References, before the content and Strings).
    static int insertionIndex(const xml::Element *container, SectionKind kind);
};

} // namespace ovf::commands
