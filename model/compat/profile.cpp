#include "model/compat/profile.h"

#include "model/compat/profilesdata.h"

using namespace Qt::StringLiterals;

namespace ovf::compat {

QString verdictName(Verdict v)
{
    switch (v) {
    case Verdict::Refused: return u"refused"_s;
    case Verdict::Degraded: return u"degraded"_s;
    case Verdict::Ignored: return u"ignored"_s;
    }
    return {};
}

const QList<Profile> &allProfiles()
{
    static const QList<Profile> profiles{data::vsphere7(), data::vsphere8(),   data::workstation(),
                                         data::virtualbox7(), data::proxmox8(), data::xcpng8(),
                                         data::ovirt(),    data::libvirt()};
    return profiles;
}

const Profile *findProfile(QStringView id)
{
    for (const Profile &p : allProfiles()) {
        if (p.id.compare(id, Qt::CaseInsensitive) == 0)
            return &p;
    }
    return nullptr;
}

QStringList profileIds()
{
    QStringList ids;
    for (const Profile &p : allProfiles())
        ids << p.id;
    return ids;
}

QString profileLabel(const Profile &p)
{
    const qsizetype paren = p.name.indexOf(u" ("_s);
    return paren > 0 ? p.name.left(paren) : p.name;
}

bool isNvmeSubtype(QStringView subtype)
{
    return subtype.contains(u"nvme", Qt::CaseInsensitive);
}

} // namespace ovf::compat
