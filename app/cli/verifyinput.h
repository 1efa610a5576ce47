#pragma once

#include "model/ovf/descriptor.h"
#include "model/validation/validator.h"

#include <QJsonObject>
#include <QString>

#include <expected>
#include <memory>

namespace ovfctl {

// The descriptor a command works on and where its external bundles come from.
struct DescriptorInput
{
    std::unique_ptr<ovf::Descriptor> descriptor;
    ovf::validation::BundleResolver resolveBundle;
    bool fromPackage = false;
};

// Loads the descriptor of `path`: a descriptor file (loadDescriptor, bundles from its
// folder), or a package — OVA, ZIP or OVF folder — whose first "*.ovf" member is read through
// ArchiveReader and its safety policy (bundles from inside the package; the descriptor's
// name in messages is "PKG/member"). On failure prints the error (and with `json` an error
// object with `extra` merged in) and returns the exit status: ExitUsage when the file cannot
// be read, ExitFailed otherwise.
std::expected<DescriptorInput, int> loadDescriptorInput(const QString &path, bool json,
                                                       const QJsonObject &extra = {});

} // namespace ovfctl
