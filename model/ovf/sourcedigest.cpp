#include "model/ovf/sourcedigest.h"

#include "model/ovf/namespaces.h"
#include "model/ovf/xmlnode.h"

#include <QCryptographicHash>

namespace ovf {

QString sourceDigest(QStringView defaultText)
{
    const QByteArray hash = QCryptographicHash::hash(defaultText.toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(hash.left(8).toHex());
}

QString sourceDigestOf(const xml::Element *msg)
{
    const xml::Attribute *a = msg ? msg->attribute(ns::Workbench, SourceHashAttribute) : nullptr;
    return a ? a->value : QString();
}

} // namespace ovf
