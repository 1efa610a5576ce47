#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

#include <cstring>
#include <optional>

// UTF-8 taken from inside a file (an XML text, value or name; an archive member's name; a
// manifest's file name), decoded as it is. QString::fromUtf8 and a default QStringDecoder take
// EF BB BF at the start of what they are given for a byte order mark and drop it, but inside a
// file U+FEFF is an ordinary character (ZERO WIDTH NO-BREAK SPACE): dropping it would change a
// value, or show a member under another name than the archive's. A byte order mark before a
// whole file is removed where that file is read, not here.
namespace ovf {

// Invalid sequences become U+FFFD, as with QString::fromUtf8 (for text already checked, or
// shown in a message).
inline QString decodeUtf8(QByteArrayView utf8)
{
    qsizetype marks = 0;
    while (utf8.size() >= 3 * (marks + 1) && std::memcmp(utf8.data() + 3 * marks, "\xEF\xBB\xBF", 3) == 0)
        ++marks;
    QString out = QString::fromUtf8(utf8.sliced(3 * marks));
    if (marks)
        out.prepend(QString(marks, QChar(0xFEFF)));
    return out;
}

// std::nullopt when the bytes are not valid UTF-8.
inline std::optional<QString> decodeValidUtf8(QByteArrayView utf8)
{
    QStringDecoder decoder(QStringDecoder::Utf8,
                           QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    QString text = decoder.decode(utf8);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

} // namespace ovf
