#include "model/ovf/descriptor.h"

using namespace Qt::StringLiterals;

namespace ovf {

QString LoadError::toString() const
{
    QString where = file;
    if (position.isValid())
        where += u':' + position.toString();
    return where.isEmpty() ? message : where + u": "_s + message;
}

QString LoadError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Io: return u"io"_s;
    case Kind::Empty: return u"empty"_s;
    case Kind::TooLarge: return u"too-large"_s;
    case Kind::ResourceLimit: return u"resource-limit"_s;
    case Kind::Doctype: return u"doctype"_s;
    case Kind::Encoding: return u"encoding"_s;
    case Kind::NotXml: return u"not-xml"_s;
    case Kind::Html: return u"html"_s;
    case Kind::Malformed: return u"malformed"_s;
    case Kind::WrongRoot: return u"wrong-root"_s;
    case Kind::UnknownVersion: return u"unknown-version"_s;
    }
    return {};
}

std::expected<std::unique_ptr<Descriptor>, LoadError> Descriptor::load(const QString &path,
                                                                       const xml::ParseLimits &limits)
{
    return classify(xml::Document::load(path, limits), path);
}

std::expected<std::unique_ptr<Descriptor>, LoadError>
Descriptor::fromBytes(QByteArray bytes, const QString &name, const xml::ParseLimits &limits)
{
    return classify(xml::Document::parse(std::move(bytes), limits), name);
}

std::expected<std::unique_ptr<Descriptor>, LoadError>
Descriptor::classify(std::expected<std::unique_ptr<xml::Document>, xml::ParseError> parsed, const QString &name)
{
    LoadError error;
    error.file = name;
    if (!parsed) {
        const xml::ParseError &p = parsed.error();
        error.message = p.message;
        error.position = p.position;
        using PK = xml::ParseError::Kind;
        using LK = LoadError::Kind;
        switch (p.kind) {
        case PK::Io: error.kind = LK::Io; break;
        case PK::Empty: error.kind = LK::Empty; break;
        case PK::TooLarge: error.kind = LK::TooLarge; break;
        case PK::TooDeep: error.kind = LK::ResourceLimit; break;
        case PK::Doctype: error.kind = LK::Doctype; break;
        case PK::Encoding: error.kind = LK::Encoding; break;
        case PK::NotXml: error.kind = LK::NotXml; break;
        case PK::Malformed: error.kind = LK::Malformed; break;
        }
        const bool html = p.firstElementName.compare(u"html", Qt::CaseInsensitive) == 0
            || p.doctypeName.compare(u"html", Qt::CaseInsensitive) == 0;
        if (html && (p.kind == PK::Malformed || p.kind == PK::Doctype)) {
            error.kind = LK::Html;
            error.message = u"this is an HTML page (a web server's error page saved under the descriptor's name?), "
                            "not an OVF descriptor"_s;
        } else if (p.kind == PK::Malformed) {
            error.message = u"not well-formed XML: "_s + p.message;
        }
        return std::unexpected(error);
    }

    std::unique_ptr<xml::Document> doc = std::move(*parsed);
    const xml::Element *root = doc->root();
    error.position = root->position();
    const QString rootNs = root->namespaceUri();
    if (root->localName().compare(u"html", Qt::CaseInsensitive) == 0) {
        error.kind = LoadError::Kind::Html;
        error.message = u"this is an HTML page (a web server's error page saved under the descriptor's name?), "
                        "not an OVF descriptor"_s;
        return std::unexpected(error);
    }
    auto desc = std::unique_ptr<Descriptor>(new Descriptor);
    desc->m_fileName = name;
    if (root->localName() == u"Environment" && rootNs == ns::OvfEnvironment) {
        desc->m_kind = Kind::Environment;
        desc->m_version = ns::OvfVersion::V1;
        desc->m_doc = std::move(doc);
        return desc;
    }
    const ns::OvfVersion v = ns::versionOfNamespace(rootNs);
    if (root->localName() != u"Envelope" || v == ns::OvfVersion::None) {
        error.kind = LoadError::Kind::WrongRoot;
        error.message = rootNs.isEmpty()
            ? u"the root element is <%1> without a namespace; an OVF descriptor's root is an Envelope in an OVF "
              "namespace such as %2"_s.arg(root->qualifiedName(), ns::Ovf1)
            : u"the root element is <%1> in namespace %2; an OVF descriptor's root is an Envelope in an OVF "
              "namespace such as %3"_s.arg(root->qualifiedName(), rootNs, ns::Ovf1);
        return std::unexpected(error);
    }
    if (v == ns::OvfVersion::Unknown) {
        error.kind = LoadError::Kind::UnknownVersion;
        error.message = u"unknown OVF version: the Envelope namespace is %1; this program reads OVF 0.9, 1.x and 2.x "
                        "(%2, %3, %4)"_s.arg(rootNs, ns::Ovf09, ns::Ovf1, ns::Ovf2);
        return std::unexpected(error);
    }
    desc->m_version = v;
    desc->m_doc = std::move(doc);
    return desc;
}

QString Descriptor::versionAttribute() const
{
    return ovfAttr(m_doc->root(), u"version");
}

QString Descriptor::versionDescription() const
{
    if (m_kind == Kind::Environment)
        return u"OVF environment document"_s;
    const QString attr = versionAttribute();
    return attr.isEmpty() ? ns::versionName(m_version)
                          : u"%1 (ovf:version %2)"_s.arg(ns::versionName(m_version), attr);
}

} // namespace ovf

namespace ovf {

void Descriptor::refreshVersion()
{
    if (m_kind != Kind::Envelope)
        return;
    const ns::OvfVersion v = ns::versionOfNamespace(m_doc->root()->namespaceUri());
    if (v != ns::OvfVersion::None && v != ns::OvfVersion::Unknown)
        m_version = v;
}

} // namespace ovf
