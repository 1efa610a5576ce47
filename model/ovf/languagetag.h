#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <expected>

namespace ovf {

// BCP 47 language tags (RFC 5646) as OVF uses them in xml:lang (DSP0243 §10: "xml:lang
// attribute values shall be language tags as defined by BCP 47").
//
// Checks well-formedness (RFC 5646 §2.1 ABNF, grandfathered tags of §2.2.8, no repeated
// variant or extension singleton, §2.2.5/§2.2.6); it does not consult the IANA registry, so
// "qq-ZZ" passes. Tags compare case-insensitively (RFC 5646 §2.1.1).
class LanguageTag
{
    Q_DECLARE_TR_FUNCTIONS(ovf::LanguageTag)

public:
    // Nothing when `tag` is a well-formed language tag, otherwise why not (a sentence that
    // names the offending subtag and, for "de_DE", suggests "de-DE").
    static std::expected<void, QString> check(QStringView tag);
    static bool isWellFormed(QStringView tag) { return check(tag).has_value(); }

    // The lookup chain a consumer walks for `tag` (RFC 4647 §3.4): the tag, then ever shorter
    // prefixes, a trailing single-letter subtag dropped with the subtag after it:
    // "de-Latn-AT" -> {"de-Latn-AT", "de-Latn", "de"}. The default text comes after the chain.
    static QStringList fallbackChain(QStringView tag);

    static bool equal(QStringView a, QStringView b);

    // Which of `available` (locales a document has translations for) to show a person who reads
    // `wanted` (best first, e.g. QLocale::uiLanguages() or an operator's --locale): the first
    // fallback-chain match (de-AT -> de), else one of the same primary language ("de" or
    // "de-AT" finds "de-DE"). Empty when `defaultLanguage` (the default texts) fits first, or
    // when nothing fits. The deploy wizard and `ovfctl deploy --locale` both ask this.
    static QString bestMatch(const QStringList &wanted, const QStringList &available,
                             QStringView defaultLanguage);

    // The conventional case (RFC 5646 §2.1.1): language lower, script title, region upper
    // ("DE-at" -> "de-AT"). Only for display and for new tags; existing tags are kept as
    // written.
    static QString normalizedCase(QStringView tag);

    // The language of the default texts: the Envelope's xml:lang, "en-US" when it has none
    // (DSP0243 §10 leaves it open; en-US is what VMware's tools assume).
    static QString defaultLanguage(QStringView envelopeLang);
};

} // namespace ovf
