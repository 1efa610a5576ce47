#include "app/gui/documentorigin.h"

#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::StringLiterals;
using ovf::package::DigestAlgorithm;

namespace {

QString formatKey(DocumentOrigin::Format format)
{
    switch (format) {
    case DocumentOrigin::Format::Ova: return u"ova"_s;
    case DocumentOrigin::Format::Zip: return u"zip"_s;
    case DocumentOrigin::Format::Folder: return u"folder"_s;
    }
    return {};
}

QString kindKey(DocumentOrigin::Kind kind)
{
    switch (kind) {
    case DocumentOrigin::Kind::Unsaved: return u"unsaved"_s;
    case DocumentOrigin::Kind::Descriptor: return u"descriptor"_s;
    case DocumentOrigin::Kind::Package: return u"package"_s;
    }
    return {};
}

} // namespace

QString DocumentOrigin::directory() const
{
    if (kind == Kind::Descriptor)
        return QFileInfo(path).absolutePath();
    if (kind == Kind::Package && format == Format::Folder)
        return path;
    return {};
}

ovf::package::HrefReader DocumentOrigin::hrefReader() const
{
    if (kind == Kind::Descriptor)
        return ovf::package::HrefReader::forDescriptorFile(path);
    if (kind == Kind::Package)
        return ovf::package::HrefReader::forPackage(path, descriptorName);
    return {};
}

QString DocumentOrigin::formatText(Format format)
{
    switch (format) {
    case Format::Ova: return tr("OVA");
    case Format::Zip: return tr("ZIP");
    case Format::Folder: return tr("OVF folder");
    }
    return {};
}

QString DocumentOrigin::formatText() const
{
    return kind == Kind::Package ? formatText(format) : tr("OVF descriptor");
}

QJsonObject DocumentOrigin::toJson() const
{
    QJsonObject o;
    o.insert(u"kind"_s, kindKey(kind));
    o.insert(u"path"_s, path);
    o.insert(u"displayName"_s, displayName);
    if (kind == Kind::Package) {
        o.insert(u"format"_s, formatKey(format));
        o.insert(u"descriptorName"_s, descriptorName);
        o.insert(u"members"_s, QJsonArray::fromStringList(members));
        o.insert(u"signed"_s, wasSigned);
        if (manifestAlgorithm)
            o.insert(u"manifestAlgorithm"_s, ovf::package::digestAlgorithmName(*manifestAlgorithm));
    }
    return o;
}

DocumentOrigin DocumentOrigin::fromJson(const QJsonObject &json)
{
    DocumentOrigin origin;
    const QString kind = json.value(u"kind"_s).toString();
    for (Kind k : {Kind::Unsaved, Kind::Descriptor, Kind::Package}) {
        if (kindKey(k) == kind)
            origin.kind = k;
    }
    origin.path = json.value(u"path"_s).toString();
    origin.displayName = json.value(u"displayName"_s).toString();
    const QString format = json.value(u"format"_s).toString();
    for (Format f : {Format::Ova, Format::Zip, Format::Folder}) {
        if (formatKey(f) == format)
            origin.format = f;
    }
    origin.descriptorName = json.value(u"descriptorName"_s).toString();
    origin.members = json.value(u"members"_s).toVariant().toStringList();
    origin.wasSigned = json.value(u"signed"_s).toBool();
    origin.manifestAlgorithm = ovf::package::parseDigestAlgorithm(json.value(u"manifestAlgorithm"_s).toString());
    // Digests are not restored: a restored package document re-checks nothing it cannot, so
    // its members are carried over unchecked (the writer still hashes them for the manifest).
    return origin;
}
