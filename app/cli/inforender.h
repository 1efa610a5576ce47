#pragma once

#include <QJsonObject>
#include <QString>

namespace ovfctl {

// The text of `ovfctl info`: a sectioned, aligned summary of the object made by
// describeEnvelope() or describeEnvironment(). Every text taken from the document is
// sanitized (see sanitize()). `color` adds bold headings.
QString renderInfo(const QJsonObject &info, bool color);

} // namespace ovfctl
