#pragma once

// One normalized comparison of two appliances, for tests that build the same appliance two
// ways (the GUI and `ovfctl new/edit/pack`) and require the results to be the same appliance.
// applianceFacts() lists what an appliance is, one fact a line, independent of the ids a tool
// picks (File ids, Disk ids, InstanceIDs are replaced by what they name) and of the order of
// the XML; compareFacts() names every fact one side has and the other has not.
//
// What is compared: the OVF version; each File (href, ovf:size, compression, chunk size); each
// Disk (capacity in bytes, format, populated size, its File); each Network (name, description);
// each deployment option (id, default, label, description); each virtual system or
// collection (id, Name), its OS (id, version), its VirtualHardwareSection (system type,
// transports) and every hardware item (ResourceType and subtype, quantity and units — memory
// in bytes —, ovf:configuration and ovf:bound, connections, parent as the parent's type and
// address, Address, AddressOnParent, host resources, automatic allocation, ElementName);
// its ProductSections' properties (key, type, qualifiers, value, userConfigurable, password,
// label, description, category, per-option values); the text of its EULAs.
// Header-only test support.

#include "model/ovf/descriptor.h"
#include "model/ovf/entity.h"
#include "model/ovf/envelope.h"
#include "model/ovf/hardware.h"
#include "model/ovf/productsection.h"
#include "model/ovf/sections.h"
#include "model/ovf/units.h"
#include "model/package/packageopener.h"

#include <QHash>
#include <QStringList>

#include <expected>

namespace testkit {

using namespace Qt::StringLiterals;

namespace detail {

QString quoted(const QString &text);

// "ovf:/disk/<diskId>" and "ovf:/file/<fileId>" as what they name.
QString hostResource(const QString &reference, const QHash<QString, QString> &disks,
                            const QHash<QString, QString> &files);

QStringList sortedJoin(QStringList list);

} // namespace detail

QStringList applianceFacts(const ovf::Descriptor &descriptor);

// The facts of the descriptor at `path`, or of the descriptor inside the package (OVA, ZIP,
// OVF folder) at `path`; the error names the file.
std::expected<QStringList, QString> applianceFacts(const QString &path);

// Every fact only `a` has ("- " + fact) and every fact only `b` has ("+ " + fact); empty when
// the appliances are the same. Facts are compared as multisets (two equal items count twice).
QStringList compareFacts(const QStringList &a, const QStringList &b);

} // namespace testkit
