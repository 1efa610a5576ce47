#include "model/commands/licensetext.h"

#include "model/commands/xmltextcheck.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace ovf::commands {

std::expected<LicenseText, QString> LicenseTextFile::decode(const QByteArray &bytes)
{
    if (bytes.size() > MaxBytes)
        return std::unexpected(tr("The file is larger than %1 MiB: not a license text").arg(MaxBytes >> 20));
    LicenseText out;
    if (const auto bom = QStringConverter::encodingForData(bytes)) {
        QStringDecoder decoder(*bom, QStringDecoder::Flag::Stateless);
        out.text = decoder(bytes);
        out.encoding = QString::fromLatin1(QStringConverter::nameForEncoding(*bom));
        if (decoder.hasError())
            return std::unexpected(tr("The file starts with a %1 byte order mark but is not valid %1").arg(out.encoding));
    } else {
        QStringDecoder utf8(QStringConverter::Utf8, QStringDecoder::Flag::Stateless);
        out.text = utf8(bytes);
        out.encoding = u"UTF-8"_s;
        if (utf8.hasError()) {
            out.text = QString::fromLatin1(bytes);
            out.encoding = u"ISO-8859-1"_s;
            out.warning = tr("The file is not valid UTF-8; it was read as ISO-8859-1 (Latin-1). "
                             "Check accented characters.");
        }
    }
    // The decoders have dropped the byte order mark: a U+FEFF left is the text's own.
    if (const auto bad = firstUnwritableCharacter(out.text)) {
        return std::unexpected(tr("The file holds the character U+%1 at character %2, which an OVF descriptor "
                                  "cannot contain (is it a binary file?)")
                                   .arg(bad->code)
                                   .arg(bad->position));
    }
    out.text.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
    return out;
}

std::expected<LicenseText, QString> LicenseTextFile::read(const QString &path)
{
    if (QFileInfo(path).size() > MaxBytes)
        return std::unexpected(tr("%1: larger than %2 MiB, not a license text").arg(path).arg(MaxBytes >> 20));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(tr("%1: %2").arg(path, file.errorString()));
    auto decoded = decode(file.read(MaxBytes + 1));
    if (!decoded)
        return std::unexpected(tr("%1: %2").arg(path, decoded.error()));
    return decoded;
}

} // namespace ovf::commands
