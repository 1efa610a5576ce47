#pragma once

// A buffered, indented XML writer for the benchmark generator: fast enough that generating
// 200,000+ elements takes a fraction of a second. Text and attribute values are escaped;
// element and attribute names are trusted (they come from the generator's own tables).
// Internal to the generator.

#include <QByteArray>
#include <QByteArrayView>
#include <QSaveFile>

#include <initializer_list>

namespace ovfbench {

struct Attr
{
    QByteArrayView name;
    QByteArray value;
};

class XmlOut
{
public:
    explicit XmlOut(QSaveFile &file) : m_file(file) { m_buffer.reserve(kFlushAt + 64 * 1024); }

    void raw(QByteArrayView text)
    {
        m_buffer.append(text);
        flushIfFull();
    }
    void start(QByteArrayView tag, std::initializer_list<Attr> attributes = {})
    {
        openTag(tag, attributes);
        m_buffer.append(">\n");
        ++m_depth;
        flushIfFull();
    }
    void end(QByteArrayView tag)
    {
        --m_depth;
        indent();
        m_buffer.append("</").append(tag).append(">\n");
        flushIfFull();
    }
    void leaf(QByteArrayView tag, QByteArrayView text, std::initializer_list<Attr> attributes = {})
    {
        openTag(tag, attributes);
        m_buffer.append('>');
        escape(text, false);
        m_buffer.append("</").append(tag).append(">\n");
        flushIfFull();
    }
    void empty(QByteArrayView tag, std::initializer_list<Attr> attributes)
    {
        openTag(tag, attributes);
        m_buffer.append("/>\n");
        flushIfFull();
    }
    bool finish()
    {
        flush();
        return m_ok;
    }
    qint64 elements() const { return m_elements; }

private:
    static constexpr qsizetype kFlushAt = 1024 * 1024;

    void indent()
    {
        for (int i = 0; i < m_depth; ++i)
            m_buffer.append("  ");
    }
    void openTag(QByteArrayView tag, std::initializer_list<Attr> attributes)
    {
        indent();
        m_buffer.append('<').append(tag);
        for (const Attr &a : attributes) {
            m_buffer.append(' ').append(a.name).append("=\"");
            escape(a.value, true);
            m_buffer.append('"');
        }
        ++m_elements;
    }
    void escape(QByteArrayView text, bool attribute)
    {
        for (char c : text) {
            switch (c) {
            case '&': m_buffer.append("&amp;"); break;
            case '<': m_buffer.append("&lt;"); break;
            case '>': m_buffer.append("&gt;"); break;
            case '"':
                if (attribute)
                    m_buffer.append("&quot;");
                else
                    m_buffer.append(c);
                break;
            default: m_buffer.append(c);
            }
        }
    }
    void flushIfFull()
    {
        if (m_buffer.size() >= kFlushAt)
            flush();
    }
    void flush()
    {
        if (m_ok && m_file.write(m_buffer) != m_buffer.size())
            m_ok = false;
        m_buffer.clear();
    }

    QSaveFile &m_file;
    QByteArray m_buffer;
    int m_depth = 0;
    qint64 m_elements = 0;
    bool m_ok = true;
};

} // namespace ovfbench
