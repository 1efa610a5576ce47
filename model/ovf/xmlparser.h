#pragma once

#include "model/ovf/xmldocument.h"

#include <QHash>

namespace ovf::xml {

// Builds a Document from UTF-8 text (Document::parse does the decoding). Checks XML 1.0
// well-formedness and Namespaces in XML; refuses any DOCTYPE; enforces ParseLimits while it
// goes, before allocating the nodes that would exceed them.
class Parser
{
public:
    Parser(Document &doc, const ParseLimits &limits);
    std::expected<void, ParseError> run();

private:
    struct Scope
    {
        QString prefix;
        QString uri;
    };

    std::unexpected<ParseError> fail(ParseError::Kind kind, const QString &message, qint64 offset);
    std::unexpected<ParseError> malformed(const QString &message, qint64 offset)
    {
        return fail(ParseError::Kind::Malformed, message, offset);
    }
    std::expected<void, ParseError> checkCharacters();
    std::expected<void, ParseError> parseXmlDeclaration();
    std::expected<void, ParseError> parseComment();
    std::expected<void, ParseError> parseProcessingInstruction();
    std::expected<void, ParseError> parseCData();
    std::expected<void, ParseError> parseStartTag();
    std::expected<void, ParseError> parseEndTag();
    std::expected<void, ParseError> parseText();
    std::expected<void, ParseError> parseDoctype();
    std::expected<std::string_view, ParseError> parseName();
    std::expected<QString, ParseError> decodeAttributeValue(qint64 begin, qint64 end);
    std::expected<void, ParseError> checkReferences(qint64 begin, qint64 end);
    std::expected<void, ParseError> resolveNamespaces(Element *element, qint64 offset);
    QString internUri(const QString &uri);
    void append(std::unique_ptr<Node> node);
    bool countNode(qint64 offset, std::expected<void, ParseError> &error);

    Document &m_doc;
    const ParseLimits &m_limits;
    const char *m_data;
    qint64 m_size;
    qint64 m_pos = 0;
    std::vector<Element *> m_open;
    std::vector<Scope> m_scopes;
    std::vector<size_t> m_scopeMarks;
    QHash<QString, QString> m_uris;
    qint64 m_nodes = 0;
    QString m_firstElementName;
};

} // namespace ovf::xml
