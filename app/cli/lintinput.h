#pragma once

#include "model/compat/linter.h"
#include "model/ovf/descriptor.h"
#include "model/package/packinput.h"

#include <QString>

#include <expected>
#include <memory>
#include <optional>

namespace ovfctl {

// What `ovfctl lint` works on: the descriptor, the facts of its package, and the package
// itself when it could be opened for writing (every referenced file present).
struct LintInput
{
    std::unique_ptr<ovf::Descriptor> descriptor;
    QByteArray descriptorBytes;
    ovf::compat::PackageFacts facts;
    std::optional<ovf::package::PackInput> package; // nullopt: a descriptor without its files
    QString packageError;                           // why `package` is nullopt
};

// Opens FILE: a package (OVA, ZIP, OVF folder) or a .ovf with its files beside it through
// PackInput (the package's safety policy); a .ovf whose files are missing is linted alone,
// with the sizes of the files that are there. Prints the error and returns the exit status
// on failure (2: cannot be read, 1: not a descriptor).
std::expected<LintInput, int> openLintInput(const QString &path, bool json);

} // namespace ovfctl
