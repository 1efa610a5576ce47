#pragma once

#include <QString>
#include <QStringView>

namespace ovf::xml {
class Element;
}

namespace ovf {

// The memory of the source a translation was made from. OVF has no place for it, so it is an
// attribute in OVF Workbench's namespace on the Msg (ns::Workbench, prefix "ovfw"):
//   <Msg ovf:msgid="product.vendor" ovfw:sourceHash="3f1c0a9b5e6d7c21">Beispiel GmbH</Msg>
// Its value is the first 16 hexadecimal digits of the SHA-256 of the default text (UTF-8,
// line ends as the parser normalizes them). A digest rather than the text itself: EULAs run to
// tens of kilobytes, and a second copy per locale would double a descriptor. Other consumers
// ignore attributes in foreign namespaces (DSP0243 §5.4); a Msg without it is never stale.
// See docs/architecture-l10n.md (model/l10n builds on it; the validator reads it).
inline constexpr QStringView SourceHashAttribute = u"sourceHash";

QString sourceDigest(QStringView defaultText);
// The ovfw:sourceHash of a Msg, or a null string.
QString sourceDigestOf(const xml::Element *msg);

} // namespace ovf
