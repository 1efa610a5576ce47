#include "model/package/manifestline.h"

#include "model/ovf/utf8text.h"

namespace ovf::package {

namespace {

bool isAlgorithmChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
        || c == '_';
}

qsizetype countSpacesBackward(QByteArrayView text, qsizetype end)
{
    qsizetype n = 0;
    while (end - n > 0 && (text[end - n - 1] == ' ' || text[end - n - 1] == '\t'))
        ++n;
    return n;
}

qsizetype countSpacesForward(QByteArrayView text, qsizetype begin)
{
    qsizetype n = 0;
    while (begin + n < text.size() && (text[begin + n] == ' ' || text[begin + n] == '\t'))
        ++n;
    return n;
}

} // namespace

std::optional<ManifestLine> ManifestLine::split(QByteArrayView line)
{
    qsizetype pos = 0;
    while (pos < line.size() && isAlgorithmChar(line[pos]))
        ++pos;
    if (pos == 0)
        return std::nullopt;
    ManifestLine result;
    result.algorithm = line.first(pos);

    const qsizetype spaceBeforeOpen = countSpacesForward(line, pos);
    pos += spaceBeforeOpen;
    if (pos >= line.size() || line[pos] != '(')
        return std::nullopt;
    const qsizetype nameBegin = pos + 1;

    const qsizetype equals = line.lastIndexOf('=');
    if (equals <= nameBegin)
        return std::nullopt;
    const qsizetype spaceBeforeEquals = countSpacesBackward(line, equals);
    const qsizetype close = equals - spaceBeforeEquals - 1;
    if (close < nameBegin || line[close] != ')')
        return std::nullopt;
    result.name = line.sliced(nameBegin, close - nameBegin);

    const qsizetype spaceAfterEquals = countSpacesForward(line, equals + 1);
    result.digest = line.sliced(equals + 1 + spaceAfterEquals);

    if (spaceBeforeOpen == 0 && spaceBeforeEquals == 0 && spaceAfterEquals == 1)
        result.spelling = Spelling::Ovftool;
    else if (spaceBeforeOpen == 1 && spaceBeforeEquals == 1 && spaceAfterEquals == 1)
        result.spelling = Spelling::Bsd;
    else
        result.spelling = Spelling::Other;
    return result;
}

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

QString quoteForMessage(QByteArrayView text)
{
    constexpr qsizetype limit = 80;
    const QString decoded = decodeUtf8(text.first(qMin(text.size(), limit * 4)));
    QString shown;
    for (const QChar c : decoded) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            shown += QStringLiteral("\\x%1").arg(uint(c.unicode()), 2, 16, QChar(u'0'));
        else
            shown += c;
    }
    if (shown.size() > limit)
        shown = shown.left(limit) + QChar(0x2026);
    return shown;
}

} // namespace ovf::package
