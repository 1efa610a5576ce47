#pragma once

#include "model/commands/command.h"
#include "model/ovf/section.h"

#include <QSet>

#include <expected>
#include <memory>

namespace ovf::xml {
class Document;
}

// Entries of the Envelope's lists (References/File, DiskSection/Disk, NetworkSection/Network,
// DeploymentOptionSection/Configuration): building and appending them, creating the list
// when the Envelope has none yet (References first, sections at their place in the spec's
// order, DSP2017 §4.4), and the ids they take.
namespace ovf::commands::entries {

// A detached OVF element `local` for the Envelope scope with OVF attributes in order.
std::unique_ptr<xml::Element> newEntry(EditSession *session, QStringView local,
                                       const QList<std::pair<QString, QString>> &attributes);
// Appends `entry` (from newEntry) to References, as child commands of `parent`; creates
// References when missing.
std::expected<void, QString> appendToReferences(EditSession *session, std::unique_ptr<xml::Element> entry,
                                                QUndoCommand *parent);
// Appends `entry` to the Envelope's section of `kind` (Disk, Network, DeploymentOption);
// creates the section (with its Info) when missing.
std::expected<void, QString> appendToSection(EditSession *session, SectionKind kind,
                                             std::unique_ptr<xml::Element> entry, QUndoCommand *parent);

QSet<QString> fileIds(const xml::Element *root);
QSet<QString> diskIds(const xml::Element *root);
QSet<QString> networkNames(const xml::Element *root);
// `base` when free, else base2, base3, ... (ids of files and disks read best without '-').
QString freeId(const QString &base, const QSet<QString> &taken);

// The byte count as an OVF capacity: the value and ovf:capacityAllocationUnits (GiB, MiB
// when they divide evenly, else bytes with no unit).
std::pair<QString, QString> capacityOf(quint64 bytes);

} // namespace ovf::commands::entries
