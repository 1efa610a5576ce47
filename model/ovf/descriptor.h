#pragma once

#include "model/ovf/envelope.h"
#include "model/ovf/namespaces.h"
#include "model/ovf/xmldocument.h"

namespace ovf {

// Why a descriptor could not be opened. Each kind has its own message (DSP0243 itself
// aside, these are the ways real files fail).
struct LoadError
{
    enum class Kind {
        Io,
        Empty,
        TooLarge,
        ResourceLimit,  // nesting depth, node, attribute or name limits
        Doctype,        // DOCTYPE refused (entity expansion, external entities)
        Encoding,
        NotXml,         // not XML at all (binary, a tar file, plain text)
        Html,           // an HTML page, typically a web server's error page
        Malformed,      // XML that is not well-formed
        WrongRoot,      // well-formed XML, but not an OVF Envelope
        UnknownVersion, // an Envelope in an OVF namespace this program does not know
    };
    Kind kind = Kind::Malformed;
    QString file;
    QString message;
    xml::SourcePos position;

    // "file:line:col: message" (position omitted when unknown).
    QString toString() const;
    static QString kindName(Kind kind);
};

// An opened OVF descriptor: the lossless XML document plus what was learned about it.
// Also opens OVF environment documents (ovf-env.xml), which share the vocabulary.
class Descriptor
{
public:
    enum class Kind { Envelope, Environment };

    static std::expected<std::unique_ptr<Descriptor>, LoadError>
    load(const QString &path, const xml::ParseLimits &limits = {});
    // `name` is used in messages (a file or archive member name).
    static std::expected<std::unique_ptr<Descriptor>, LoadError>
    fromBytes(QByteArray bytes, const QString &name, const xml::ParseLimits &limits = {});

    Kind kind() const { return m_kind; }
    ns::OvfVersion version() const { return m_version; }
    // The root's namespace URI and the ovf:version attribute as written (may be empty).
    QString envelopeNamespace() const { return m_doc->root()->namespaceUri(); }
    QString versionAttribute() const;
    // "OVF 1.x (ovf:version 1.0)" and the like.
    QString versionDescription() const;
    const QString &fileName() const { return m_fileName; }

    Envelope envelope() const { return Envelope(m_doc->root()); }
    // Re-reads version() from the root's namespace, after an edit rebound it (OVF 2 -> 1).
    void refreshVersion();
    xml::Document &xml() const { return *m_doc; }

private:
    Descriptor() = default;
    static std::expected<std::unique_ptr<Descriptor>, LoadError>
    classify(std::expected<std::unique_ptr<xml::Document>, xml::ParseError> parsed, const QString &name);

    std::unique_ptr<xml::Document> m_doc;
    Kind m_kind = Kind::Envelope;
    ns::OvfVersion m_version = ns::OvfVersion::V1;
    QString m_fileName;
};

} // namespace ovf
