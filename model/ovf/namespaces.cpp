#include "model/ovf/namespaces.h"

using namespace Qt::StringLiterals;

namespace ovf::ns {

OvfVersion versionOfNamespace(QStringView uri)
{
    if (uri.endsWith(u'/'))
        uri.chop(1);
    if (uri == Ovf1)
        return OvfVersion::V1;
    if (uri == Ovf2)
        return OvfVersion::V2;
    if (uri == Ovf09)
        return OvfVersion::V0_9;
    if (uri == OvfDraft)
        return OvfVersion::Draft;
    if (uri.startsWith(OvfDraft) && uri.size() > OvfDraft.size() && uri[OvfDraft.size()] == u'/')
        return OvfVersion::Unknown;
    return OvfVersion::None;
}

bool isOvf(QStringView uri)
{
    const OvfVersion v = versionOfNamespace(uri);
    return v != OvfVersion::None && v != OvfVersion::Unknown;
}

bool isOvfElement(QStringView uri)
{
    return uri.isEmpty() || isOvf(uri);
}

bool isCim(QStringView uri)
{
    return uri.startsWith(CimSchemaPrefix);
}

QString versionName(OvfVersion v)
{
    switch (v) {
    case OvfVersion::None: return u"not OVF"_s;
    case OvfVersion::V0_9: return u"OVF 0.9 (VMware)"_s;
    case OvfVersion::Draft: return u"OVF pre-1.0 draft"_s;
    case OvfVersion::V1: return u"OVF 1.x"_s;
    case OvfVersion::V2: return u"OVF 2.x"_s;
    case OvfVersion::Unknown: return u"unknown OVF version"_s;
    }
    return {};
}

} // namespace ovf::ns
