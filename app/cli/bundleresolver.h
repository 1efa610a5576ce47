#pragma once

#include "model/validation/validator.h"

#include <QString>

#include <expected>

namespace ovfctl {

// The most an external Strings bundle may weigh before it is read.
inline constexpr qint64 MaxBundleBytes = qint64(64) * 1024 * 1024;

// Checks a File ovf:href naming a file next to the descriptor (DESIGN.md "Untrusted input":
// a relative path inside the package, no scheme, no '..', decoded once). Returns the decoded
// relative path, or why the href is refused (a sentence).
std::expected<QString, QString> checkRelativeHref(const QString &href);

// A validator BundleResolver reading external Strings bundles from the descriptor's folder:
// refuses unsafe hrefs (see checkRelativeHref), anything that is not a regular file inside
// that folder (symbolic links leading out of it included) and files above `maxBytes`.
ovf::validation::BundleResolver makeBundleResolver(const QString &descriptorPath,
                                                   qint64 maxBytes = MaxBundleBytes);

// A BundleResolver reading external Strings bundles out of a package (OVA, ZIP, OVF folder)
// through ArchiveReader and its safety policy, never from the disk outside it: the href is
// resolved with HrefPolicy against the folder of `descriptorMember`, and the member read with
// a cap of `maxBytes`.
ovf::validation::BundleResolver makePackageBundleResolver(const QString &packagePath,
                                                          const QString &descriptorMember,
                                                          qint64 maxBytes = MaxBundleBytes);

} // namespace ovfctl
