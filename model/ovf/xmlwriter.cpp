#include "model/ovf/xmlwriter.h"

#include "model/ovf/xmldocument.h"

using namespace Qt::StringLiterals;

namespace ovf::xml {

Writer::Writer(const Document &doc) : m_doc(doc)
{
}

QString Writer::escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        switch (c.unicode()) {
        case u'&': out += u"&amp;"_s; break;
        case u'<': out += u"&lt;"_s; break;
        case u'>': out += u"&gt;"_s; break;
        case u'\r': out += u"&#13;"_s; break;
        default: out += c;
        }
    }
    return out;
}

QString Writer::escapeAttribute(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        switch (c.unicode()) {
        case u'&': out += u"&amp;"_s; break;
        case u'<': out += u"&lt;"_s; break;
        case u'"': out += u"&quot;"_s; break;
        case u'\n': out += u"&#10;"_s; break;
        case u'\r': out += u"&#13;"_s; break;
        case u'\t': out += u"&#9;"_s; break;
        default: out += c;
        }
    }
    return out;
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
        m_out += escapeText(node->m_text).toUtf8();
        return;
    case NodeKind::CData:
        m_out += "<![CDATA[" + node->m_text.toUtf8() + "]]>";
        return;
    case NodeKind::Comment:
        m_out += "<!--" + node->m_text.toUtf8() + "-->";
        return;
    case NodeKind::ProcessingInstruction:
    case NodeKind::XmlDeclaration:
        m_out += "<?" + node->m_text.toUtf8() + "?>";
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
                m_out += "=\"" + escapeAttribute(a.value).toUtf8() + '"';
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
