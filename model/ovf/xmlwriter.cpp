#include "model/ovf/xmlwriter.h"

#include "model/ovf/xmlchars.h"
#include "model/ovf/xmldocument.h"

using namespace Qt::StringLiterals;

namespace ovf::xml {

Writer::Writer(const Document &doc)
    : m_doc(doc), m_asciiOnly(!doc.encoding().startsWith(u"UTF-"))
{
}

namespace {

// Escapes `text` for character data (attribute = false) or a double-quoted attribute value.
// Characters XML cannot hold become U+FFFD; with `asciiOnly` (a document saved in a legacy
// 8-bit or multi-byte encoding) every non-ASCII character becomes a character reference,
// which every such encoding can carry.
QString escape(const QString &text, bool attribute, bool asciiOnly)
{
    QString out;
    out.reserve(text.size());
    for (const char32_t c : text.toUcs4()) {
        switch (c) {
        case U'&': out += u"&amp;"_s; continue;
        case U'<': out += u"&lt;"_s; continue;
        case U'>': out += u"&gt;"_s; continue;
        case U'\r': out += u"&#13;"_s; continue;
        case U'"':
            out += attribute ? u"&quot;"_s : u"\""_s;
            continue;
        case U'\n':
        case U'\t':
            out += attribute ? (c == U'\n' ? u"&#10;"_s : u"&#9;"_s) : QString(QChar(char16_t(c)));
            continue;
        default: break;
        }
        if (!isXmlChar(c)) // not even as a reference (XML 1.0 §2.2)
            out += QChar(0xFFFD);
        else if (asciiOnly && c >= 0x80)
            out += u"&#x"_s + QString::number(quint32(c), 16).toUpper() + u';';
        else
            out += QString::fromUcs4(&c, 1);
    }
    return out;
}

// Comment and PI contents cannot be escaped: break the sequences that would end them early.
QString safeComment(QString text)
{
    while (text.contains(u"--"_s))
        text.replace(u"--"_s, u"- -"_s);
    if (text.endsWith(u'-'))
        text += u' ';
    return text;
}

} // namespace

QString Writer::escapeText(const QString &text)
{
    return escape(text, false, false);
}

QString Writer::escapeAttribute(const QString &text)
{
    return escape(text, true, false);
}

void Writer::raw(qint32 begin, qint32 end)
{
    m_out.append(m_doc.source().constData() + begin, end - begin);
}

void Writer::write(const Node *node)
{
    if (!node->m_dirty && !node->m_subtreeDirty && node->m_begin >= 0) {
        raw(node->m_begin, node->m_end);
        return;
    }
    switch (node->kind()) {
    case NodeKind::Element:
        writeElement(static_cast<const Element *>(node));
        return;
    case NodeKind::Text:
        m_out += escape(node->m_text, false, m_asciiOnly).toUtf8();
        return;
    case NodeKind::CData: // "]]>" inside is split over two sections
        m_out += "<![CDATA[" + QString(node->m_text).replace(u"]]>"_s, u"]]]]><![CDATA[>"_s).toUtf8() + "]]>";
        return;
    case NodeKind::Comment:
        m_out += "<!--" + safeComment(node->m_text).toUtf8() + "-->";
        return;
    case NodeKind::ProcessingInstruction:
    case NodeKind::XmlDeclaration:
        m_out += "<?" + QString(node->m_text).replace(u"?>"_s, u"? >"_s).toUtf8() + "?>";
        return;
    }
}

void Writer::writeElement(const Element *e)
{
    const bool hasChildren = !e->m_children.empty();
    const bool fromSource = e->m_begin >= 0;
    if (fromSource && !e->m_startDirty && !(e->m_selfClosing && hasChildren)) {
        raw(e->m_begin, e->m_startTagEnd);
    } else {
        m_out += '<';
        m_out += e->m_name->key;
        for (const Attribute &a : e->m_attributes) {
            if (a.rawBegin >= 0) {
                raw(a.rawBegin, a.rawEnd);
            } else {
                m_out += ' ';
                m_out += a.name->key;
                m_out += "=\"" + escape(a.value, true, m_asciiOnly).toUtf8() + '"';
            }
        }
        if (fromSource) {
            // The original tail ("  >" or " />"); an empty-element tag that gained children
            // loses its slash.
            if (e->m_selfClosing && hasChildren) {
                raw(e->m_tailBegin, e->m_startTagEnd - 2);
                m_out += '>';
            } else {
                raw(e->m_tailBegin, e->m_startTagEnd);
            }
        } else {
            m_out += hasChildren ? ">" : "/>";
        }
    }
    for (const auto &child : e->m_children)
        write(child.get());
    if (fromSource && e->m_selfClosing) {
        if (hasChildren)
            m_out += "</" + QByteArray::fromStdString(e->m_name->key) + '>';
    } else if (fromSource) {
        raw(e->m_endTagBegin, e->m_end);
    } else if (hasChildren) {
        m_out += "</" + QByteArray::fromStdString(e->m_name->key) + '>';
    }
}

} // namespace ovf::xml
