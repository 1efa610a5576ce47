#pragma once

#include "model/ovf/xmlnode.h"

#include <QSet>

// Who refers to an entity's ovf:id, and fresh ids. In DSP0243 2.x an entity id is referred to
// by StartupSection/Item/@ovf:id (the collection's power-on order, DSP2017 §4.6.2) and by
// ScaleOutSection/@ovf:id (the replicated entity, DSP2017 §4.6.3); PlacementSection refers
// to placement groups, not entities. Entity ids are unique in the descriptor.
namespace ovf::commands::entityrefs {

QSet<QString> entityIds(const xml::Element *root);
// StartupSection Items and ScaleOutSections whose ovf:id is `id`, anywhere below `root`.
QList<xml::Element *> referencesTo(const xml::Element *root, const QString &id);
// `base` if free, else base-2, base-3, ... (never in `taken`).
QString uniqueId(const QString &base, const QSet<QString> &taken);
// An id usable as an ovf:id reference: not empty and without whitespace (StartupSection
// items and configuration token lists are whitespace-separated). Empty when fine, else why.
QString idProblem(const QString &id);

} // namespace ovf::commands::entityrefs
