#include "model/ovf/propertytype.h"

#include "model/ovf/asciichars.h"
#include "model/ovf/units.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ovf {

namespace {

struct QualifierText
{
    Q_DECLARE_TR_FUNCTIONS(ovf::PropertyType)
};

// ovf:qualifiers reader (DSP0243 §9.5, CIM qualifier syntax of DSP0004 reduced to one line).
class QualifierParser
{
public:
    explicit QualifierParser(QStringView text)
        : m_text(text)
    { }

    std::expected<Qualifiers, QString> parse()
    {
        skipSpace();
        while (!atEnd()) {
            if (auto error = parseQualifier())
                return std::unexpected(*error);
            const qsizetype before = m_pos;
            skipSpace();
            if (atEnd())
                break;
            if (m_text[m_pos] == u',') {
                ++m_pos;
                skipSpace();
                if (atEnd())
                    return std::unexpected(QualifierText::tr("expected a qualifier after the last ','"));
            } else if (m_pos == before) {
                return std::unexpected(QualifierText::tr("unexpected '%1' at position %2")
                                           .arg(m_text.sliced(m_pos, 1))
                                           .arg(m_pos + 1));
            }
        }
        return m_result;
    }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }

    void skipSpace()
    {
        while (!atEnd() && m_text[m_pos].isSpace())
            ++m_pos;
    }

    // Skips to the `close` that ends a group opened just before m_pos, stepping over quoted
    // strings. Returns false at the end of the text.
    bool skipGroup(QChar close)
    {
        QChar quote;
        for (; !atEnd(); ++m_pos) {
            const QChar c = m_text[m_pos];
            if (!quote.isNull()) {
                if (c == u'\\')
                    ++m_pos;
                else if (c == quote)
                    quote = QChar();
            } else if (c == u'"' || c == u'\'') {
                quote = c;
            } else if (c == close) {
                return true;
            }
        }
        return false;
    }

    std::optional<QString> parseQualifier()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && (m_text[m_pos].isLetterOrNumber() || m_text[m_pos] == u'_'))
            ++m_pos;
        const QStringView name = m_text.sliced(start, m_pos - start);
        if (name.isEmpty() || !(name.front().isLetter() || name.front() == u'_')) {
            m_pos = start;
            return QualifierText::tr("expected a qualifier name at position %1, found '%2'")
                .arg(start + 1)
                .arg(m_text.sliced(start, 1));
        }
        const qsizetype afterName = m_pos;
        skipSpace();
        QChar open = atEnd() ? QChar() : m_text[m_pos];
        std::optional<QStringView> argument;
        if (open == u'(' || open == u'{') {
            const qsizetype argStart = ++m_pos;
            if (!skipGroup(open == u'(' ? u')' : u'}')) {
                return open == u'(' ? QualifierText::tr("unterminated %1(...)").arg(name)
                                    : QualifierText::tr("unterminated %1{...}").arg(name);
            }
            argument = m_text.sliced(argStart, m_pos - argStart);
            ++m_pos;
        } else {
            open = QChar();
            m_pos = afterName;
        }
        const auto is
            = [name](QStringView known) { return name.compare(known, Qt::CaseInsensitive) == 0; };
        const auto once = [&](bool alreadySet) -> std::optional<QString> {
            if (alreadySet)
                return QualifierText::tr("%1 is given more than once").arg(name);
            return std::nullopt;
        };
        if (is(u"MinLen") || is(u"MaxLen")) {
            auto &target = is(u"MinLen") ? m_result.minLen : m_result.maxLen;
            if (auto error = once(target.has_value()))
                return error;
            if (open != u'(')
                return QualifierText::tr("%1 needs a non-negative integer in parentheses, e.g. %1(64)")
                    .arg(name);
            const auto number = parseUnsignedDecimal(argument->trimmed());
            if (!number) {
                return QualifierText::tr("%1 needs a non-negative integer, got '%2'")
                    .arg(name, argument->trimmed());
            }
            target = *number;
        } else if (is(u"MinValue") || is(u"MaxValue")) {
            auto &target = is(u"MinValue") ? m_result.minValue : m_result.maxValue;
            if (auto error = once(target.has_value()))
                return error;
            if (open != u'(' || argument->trimmed().isEmpty())
                return QualifierText::tr("%1 needs a value in parentheses, e.g. %1(0)").arg(name);
            target = argument->trimmed().toString();
        } else if (is(u"ValueMap")) {
            if (auto error = once(m_result.valueMap.has_value()))
                return error;
            if (open != u'{')
                return QualifierText::tr("ValueMap needs a list in braces, e.g. ValueMap{\"a\", \"b\"}");
            auto entries = parseList(argument->data() - m_text.data(), *argument);
            if (!entries)
                return entries.error();
            m_result.valueMap = std::move(*entries);
        } else {
            m_result.unknown << m_text.sliced(start, m_pos - start).toString();
        }
        return std::nullopt;
    }

    // The entries between ValueMap's braces; `offset` is the list's position in the text.
    static std::expected<QList<ValueMapEntry>, QString> parseList(
        qsizetype offset, QStringView list)
    {
        QList<ValueMapEntry> entries;
        qsizetype i = 0;
        const auto skip = [&] {
            while (i < list.size() && list[i].isSpace())
                ++i;
        };
        skip();
        if (i == list.size())
            return entries;
        for (;;) {
            skip();
            QString value;
            if (i < list.size() && (list[i] == u'"' || list[i] == u'\'')) {
                const QChar quote = list[i];
                ++i;
                for (; i < list.size() && list[i] != quote; ++i) {
                    if (list[i] == u'\\' && i + 1 < list.size()
                        && (list[i + 1] == u'"' || list[i + 1] == u'\'' || list[i + 1] == u'\\'))
                        ++i;
                    value += list[i];
                }
                Q_ASSERT(i < list.size()); // skipGroup found the closing quote
                ++i;
                skip();
                if (i < list.size() && list[i] != u',') {
                    return std::unexpected(QualifierText::tr("expected ',' at position %1 in ValueMap")
                                               .arg(offset + i + 1));
                }
            } else {
                const qsizetype from = i;
                while (i < list.size() && list[i] != u',')
                    ++i;
                value = list.sliced(from, i - from).trimmed().toString();
                if (value.isEmpty()) {
                    return std::unexpected(
                        QualifierText::tr("empty ValueMap entry at position %1").arg(offset + from + 1));
                }
            }
            ValueMapEntry entry { value, std::nullopt, std::nullopt };
            if (const qsizetype dots = value.indexOf(u".."_s); dots >= 0) {
                const QStringView low = QStringView(value).first(dots);
                const QStringView high = QStringView(value).sliced(dots + 2);
                const auto isBound
                    = [](QStringView b) { return allAsciiDigits(b.startsWith(u'-') ? b.sliced(1) : b); };
                if ((low.isEmpty() || isBound(low)) && (high.isEmpty() || isBound(high))
                    && !(low.isEmpty() && high.isEmpty())) {
                    if (!low.isEmpty())
                        entry.rangeLow = low.toString();
                    if (!high.isEmpty())
                        entry.rangeHigh = high.toString();
                }
            }
            entries << entry;
            if (i == list.size())
                return entries;
            ++i; // ','
        }
    }

    QStringView m_text;
    qsizetype m_pos = 0;
    Qualifiers m_result;
};

} // namespace

std::expected<Qualifiers, QString> parseQualifiers(QStringView text)
{
    return QualifierParser(text).parse();
}

} // namespace ovf
