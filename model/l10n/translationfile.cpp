#include "model/l10n/translationfile.h"

#include "model/l10n/pofile.h"
#include "model/l10n/xlifffile.h"
#include "model/ovf/xmldocument.h"

using namespace Qt::StringLiterals;

namespace ovf::l10n {

QString TranslationFileError::toString() const
{
    return line > 0 ? u"%1:%2: %3"_s.arg(file).arg(line).arg(message) : u"%1: %2"_s.arg(file, message);
}

QString TranslationFile::formatKey(ExchangeFormat format)
{
    switch (format) {
    case ExchangeFormat::Xliff12:
        return u"xliff12"_s;
    case ExchangeFormat::Xliff20:
        return u"xliff20"_s;
    case ExchangeFormat::Po:
        return u"po"_s;
    }
    return {};
}

std::optional<ExchangeFormat> TranslationFile::formatFromKey(QStringView key)
{
    for (ExchangeFormat f : {ExchangeFormat::Xliff12, ExchangeFormat::Xliff20, ExchangeFormat::Po}) {
        if (key == formatKey(f))
            return f;
    }
    return std::nullopt;
}

QByteArray TranslationFile::write() const
{
    switch (format) {
    case ExchangeFormat::Xliff12:
        return xlifffile::write12(*this);
    case ExchangeFormat::Xliff20:
        return xlifffile::write20(*this);
    case ExchangeFormat::Po:
        return pofile::write(*this);
    }
    return {};
}

std::expected<TranslationFile, TranslationFileError> TranslationFile::read(const QByteArray &bytes,
                                                                          const QString &fileName)
{
    qsizetype i = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < bytes.size() && (bytes[i] == ' ' || bytes[i] == '\n' || bytes[i] == '\r' || bytes[i] == '\t'))
        ++i;
    if (i >= bytes.size())
        return std::unexpected(TranslationFileError{fileName, 1, tr("the file is empty")});
    if (bytes[i] == '<') {
        auto doc = xml::Document::parse(bytes);
        if (!doc) {
            return std::unexpected(
                TranslationFileError{fileName, doc.error().position.line,
                                     tr("not well-formed XML: %1").arg(doc.error().message)});
        }
        if ((*doc)->root()->localName() != u"xliff")
            return std::unexpected(TranslationFileError{fileName, (*doc)->root()->position().line,
                                                        tr("not an XLIFF document: the root element is <%1>")
                                                            .arg((*doc)->root()->qualifiedName())});
        return xlifffile::read(**doc, fileName);
    }
    if (pofile::looksLikePo(bytes))
        return pofile::read(bytes, fileName);
    return std::unexpected(TranslationFileError{fileName, 1, tr("neither XLIFF nor a gettext PO file")});
}

} // namespace ovf::l10n
