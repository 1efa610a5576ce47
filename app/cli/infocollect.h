#pragma once

#include <QJsonObject>
#include <QString>

namespace ovf {
class Descriptor;
namespace validation {
struct Report;
}
} // namespace ovf

// What `ovfctl info` knows about a document, as one JSON object with stable keys (camelCase,
// every key always present, null when absent, arrays in document order). The text output is
// rendered from this object, so both show the same content.
namespace ovfctl {

// An OVF Envelope. `report` gives the conformance level and the problem counts.
// Password property values are never included (see "hasValue").
QJsonObject describeEnvelope(const ovf::Descriptor &descriptor, const ovf::validation::Report &report);

// An OVF environment document (DSP0243 §11, namespace .../ovf/environment/1): its platform,
// its properties and those of the entities it contains.
QJsonObject describeEnvironment(const ovf::Descriptor &descriptor);

// A short name for a Disk ovf:format URI ("VMDK streamOptimized", "VHD", "ISO 9660", ...);
// empty when unknown.
QString diskFormatName(const QString &format);

} // namespace ovfctl
