#include "model/ovf/namespaces.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ovf::ns {

namespace {

bool equalsAscii(QStringView a, QStringView b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin());
}

} // namespace

// Called for every element and attribute the typed API looks at: cheap rejections first.
OvfVersion versionOfNamespace(QStringView uri)
{
    if (uri.endsWith(u'/'))
        uri.chop(1);
    const qsizetype n = uri.size();
    if (n < OvfDraft.size())
        return OvfVersion::None;
    if (n == Ovf1.size() && uri[n - 2] == u'/' && equalsAscii(uri.first(n - 2), Ovf1.first(n - 2))) {
        if (uri[n - 1] == u'1')
            return OvfVersion::V1;
        if (uri[n - 1] == u'2')
            return OvfVersion::V2;
    }
    if (n == Ovf09.size() && equalsAscii(uri, Ovf09))
        return OvfVersion::V0_9;
    if (n == OvfDraft.size() && equalsAscii(uri, OvfDraft))
        return OvfVersion::Draft;
    if (n > OvfDraft.size() && uri.startsWith(OvfDraft) && uri[OvfDraft.size()] == u'/')
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
