#pragma once

#include "model/ovf/xmlnode.h"

#include <QList>

// Who refers to a disk, a file or a network of the Envelope, for renaming and removing them:
//  - a Disk (ovf:diskId): HostResource texts "ovf:/disk/<id>" (and the legacy forms
//    parsePackageReference reads), ovf:parentRef of other disks (DSP0243 §9.1);
//  - a File (ovf:id): every OVF ovf:fileRef attribute (Disk, Icon, Strings, EnvironmentFiles
//    File, ...) and HostResource "ovf:/file/<id>" (DSP0243 §7.1, §9.1);
//  - a Network (ovf:name): the Connection of network adapter Items (DSP0243 §9.2).
namespace ovf::commands::packagerefs {

enum class Kind { Disk, File, Network };

struct Use
{
    xml::Element *element = nullptr;
    // The attribute (local name, OVF namespace) holding the reference; empty when it is the
    // element's text.
    QString attribute;
};

QList<Use> usesOf(const xml::Element *root, Kind kind, const QString &id);
// The text of a referring element with `oldId` replaced by `newId`, keeping its form.
QString renamedText(const QString &text, const QString &oldId, const QString &newId);

} // namespace ovf::commands::packagerefs
