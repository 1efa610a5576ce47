#include "model/commands/packagerefs.h"

#include "model/commands/hardwareitems.h"
#include "model/ovf/namespaces.h"
#include "model/ovf/ovfelement.h"
#include "model/ovf/packagereference.h"

namespace ovf::commands::packagerefs {

namespace {

void collect(xml::Element *e, Kind kind, const QString &id, QList<Use> &out)
{
    const QString &local = e->localName();
    if (kind == Kind::Network) {
        if (local == u"Connection" && ns::isCim(e->namespaceUri()) && e->text().trimmed() == id && e->parent()
            && hwitems::isNetworkAdapter(HardwareItem(e->parent())))
            out.append(Use{e, {}});
    } else if (local == u"HostResource" && ns::isCim(e->namespaceUri())) {
        const PackageReference ref = parsePackageReference(e->text());
        const auto wanted = kind == Kind::Disk ? PackageReference::Kind::Disk : PackageReference::Kind::File;
        if (ref.kind == wanted && ref.id == id)
            out.append(Use{e, {}});
    }
    const QStringView attribute = kind == Kind::Disk ? QStringView(u"parentRef") : QStringView(u"fileRef");
    if (kind != Kind::Network && ovfAttr(e, attribute) == id && hasOvfAttr(e, attribute))
        out.append(Use{e, attribute.toString()});
    for (xml::Element *c : e->childElements())
        collect(c, kind, id, out);
}

} // namespace

QList<Use> usesOf(const xml::Element *root, Kind kind, const QString &id)
{
    QList<Use> out;
    if (root && !id.isEmpty())
        collect(const_cast<xml::Element *>(root), kind, id, out);
    return out;
}

QString renamedText(const QString &text, const QString &oldId, const QString &newId)
{
    const QString trimmed = text.trimmed();
    if (trimmed == oldId)
        return newId;
    if (trimmed.endsWith(oldId))
        return trimmed.left(trimmed.size() - oldId.size()) + newId;
    return text;
}

} // namespace ovf::commands::packagerefs
