#include "model/ovf/packagereference.h"

namespace ovf {

PackageReference parsePackageReference(QStringView text)
{
    struct Form
    {
        QStringView prefix;
        PackageReference::Kind kind;
        bool standard;
    };
    static constexpr Form forms[] = {
        {u"ovf:/disk/", PackageReference::Kind::Disk, true},
        {u"ovf:/file/", PackageReference::Kind::File, true},
        {u"ovf://disk/", PackageReference::Kind::Disk, false},
        {u"ovf://file/", PackageReference::Kind::File, false},
        {u"/disk/", PackageReference::Kind::Disk, false},
        {u"/file/", PackageReference::Kind::File, false},
    };
    const QStringView t = text.trimmed();
    for (const Form &f : forms) {
        if (t.startsWith(f.prefix))
            return {f.kind, t.mid(f.prefix.size()).toString(), f.standard};
    }
    return {};
}

} // namespace ovf
