#pragma once

#include "model/package/verifyresult.h"

#include <QJsonObject>
#include <QString>

namespace ovfctl {

// `ovfctl verify` output: the per-file table, manifest and certificate details, errors,
// warnings and the trust state with its reasons, as text (sanitized: member names and
// certificate fields come from the package) or as one JSON object.
QString renderVerifyText(const ovf::package::VerifyResult &result, bool color);
QJsonObject verifyJson(const ovf::package::VerifyResult &result);

// "verified", "intact", "unchecked", "invalid": stable, untranslated (JSON, --require).
QString trustStateId(ovf::package::TrustState state);

} // namespace ovfctl
