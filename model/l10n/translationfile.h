#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <expected>
#include <optional>

namespace ovf::l10n {

// The exchange formats of translators' tools.
enum class ExchangeFormat {
    Xliff12, // OASIS XLIFF 1.2 (1.1 and 1.0 are read too: translate-toolkit's po2xliff writes 1.1)
    Xliff20, // OASIS XLIFF 2.0
    Po,      // GNU gettext PO
};

// One message in a translation file.
struct TranslationUnit
{
    QString msgid;      // the OVF message id
    QString source;     // the default text
    QString target;     // the translation ("" when none)
    bool hasTarget = false;
    // The file says the target is done (XLIFF 1.x approved/state, XLIFF 2.0 segment state,
    // PO without the fuzzy flag). Targets that are not are reported, never imported.
    bool final = false;
    QString note;       // where the text is used (MessageUsage::describe)
    // Other ids the file gives the unit (PO "#:" references besides msgctxt): tried when
    // msgid is not a message of the document (translate-toolkit's xliff2po garbles msgctxt
    // of units that share a source text, but keeps the reference).
    QStringList alternatives;
    int line = 0;       // where the unit starts in the file (1-based; 0 when written)
};

// Why a translation file cannot be read: file:line and what.
struct TranslationFileError
{
    QString file;
    int line = 0;
    QString message;
    QString toString() const;
};

// A translation file for one locale, as read or as to be written. Reading: the format is
// recognized from the content (never from the file name); XML formats are parsed with the
// lossless parser, so a DOCTYPE is refused like in descriptors.
struct TranslationFile
{
    Q_DECLARE_TR_FUNCTIONS(ovf::l10n::TranslationFile)

public:
    ExchangeFormat format = ExchangeFormat::Xliff12;
    QString original;       // the descriptor's file name
    QString sourceLanguage; // BCP 47 ("en-US"); PO's Language header "fr_FR" is read as "fr-FR"
    QString targetLanguage;
    QList<TranslationUnit> units;

    static std::expected<TranslationFile, TranslationFileError> read(const QByteArray &bytes, const QString &fileName);
    QByteArray write() const;

    static QString formatKey(ExchangeFormat format); // "xliff12", "xliff20", "po"
    static std::optional<ExchangeFormat> formatFromKey(QStringView key);
};

} // namespace ovf::l10n
