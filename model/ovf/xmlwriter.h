#pragma once

#include "model/ovf/xmlnode.h"

#include <QString>

namespace ovf::xml {

// Serializes nodes: an untouched subtree is copied from the source span; a changed element
// is rebuilt from its parts, reusing the raw text of every attribute, tail and end tag that
// did not change.
class Writer
{
public:
    explicit Writer(const Document &doc);
    void write(const Node *node);
    // Appends UTF-8 bytes.
    QByteArray &output() { return m_out; }

    static QString escapeText(const QString &text);
    static QString escapeAttribute(const QString &text);

private:
    void raw(qint32 begin, qint32 end);
    void writeElement(const Element *element);

    const Document &m_doc;
    bool m_asciiOnly; // the document is saved in a legacy encoding: non-ASCII as references
    QByteArray m_out;
};

} // namespace ovf::xml
