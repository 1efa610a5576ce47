#pragma once

#include "model/ovf/xmlnode.h"

#include <QString>

#include <optional>
#include <vector>

namespace ovf {

namespace xml {
class Document;
}

// A File whose content is a disk image still to be converted: the package writer turns the
// image into a streamOptimized VMDK member named by the File's ovf:href when the package is
// written (`ovfctl pack`, Save, Export), sets ovf:size, and drops these attributes from the
// descriptor it writes. OVF has no place for this, so it lives in our namespace
// (ns::Workbench, prefix "ovfw"), on the File element:
//   <File ovf:id="file1" ovf:href="disk1.vmdk" ovfw:source="/abs/path/image.qcow2" ovfw:sourceFormat="qcow2"/>
// Other consumers ignore it (DSP0243 §5.4); a package as written never carries it.
struct PendingSource
{
    static constexpr QStringView kSource = u"source";
    static constexpr QStringView kSourceFormat = u"sourceFormat";

    QString path;   // the image on the author's machine, absolute
    QString format; // qemu-img's format name: raw, qcow2, vmdk, vdi, vpc (VHD), vhdx

    bool operator==(const PendingSource &) const = default;

    // What the File element `file` declares; nullopt without ovfw:source. A missing
    // ovfw:sourceFormat gives an empty format (the package writer refuses it: formats are
    // never guessed).
    static std::optional<PendingSource> of(const xml::Element *file);

    // The attribute list of `file` with this source set (ovfw declared on the element when no
    // ovfw prefix is in scope): for Document::swapAttributes or an undoable command that
    // swaps attribute lists.
    std::vector<xml::Attribute> attributesOn(xml::Document &doc, const xml::Element *file) const;
    // The attribute list of `file` without a pending source, and without an xmlns:ovfw
    // declaration on the element that nothing else there uses.
    static std::vector<xml::Attribute> attributesWithout(xml::Document &doc, const xml::Element *file);
};

} // namespace ovf
