#pragma once

#include "model/l10n/bundlestore.h"
#include "model/ovf/envelope.h"

#include <QHash>
#include <QString>
#include <QStringList>

// Resolves the localizable texts of a descriptor in one locale (DSP0243 §10): an element with
// an ovf:msgid takes the first translation along the locale's fallback chain (de-AT → de, RFC
// 4647 lookup, ovf::LanguageTag::fallbackChain), else its own default text. The translations
// come from the l10n::Catalogue: embedded Strings sections and external bundle files read
// through the given reader (package::HrefReader: the same href rules as every member).
// Holds copies of the messages of every locale, so it outlives the document and switching
// the locale reads nothing again.
class TextResolver
{
public:
    TextResolver() = default;

    // Reads every translation of `envelope` (external bundles through `reader`; none when it
    // is empty: such sections then translate nothing) and shows `locale` (see setLocale()).
    // Reads files: call it where I/O may wait (external bundles are capped at 64 MiB each).
    void load(const ovf::Envelope &envelope, const QString &locale, const ovf::l10n::BundleStore::Reader &reader = {});
    void clear();

    // The locale texts are resolved in. Empty: the default texts.
    void setLocale(const QString &locale);
    const QString &locale() const { return m_locale; }
    // The document locale that best fits the user's languages `languages` (QLocale's
    // uiLanguages(), best first): a fallback-chain match, else one of the same primary
    // language ("de" → "de-DE"); empty when the default language fits first or none does.
    QString bestLocale(const QStringList &languages) const;

    // The translation of `t` in the locale, or its default text.
    QString text(const ovf::LocalizedText &t) const;
    // The locales the document has translations for (document order) and its default language.
    const QStringList &locales() const { return m_locales; }
    const QString &defaultLanguage() const { return m_defaultLanguage; }
    // The language the texts are shown in: the first tag of the chain the document has a
    // Strings section for, else the default language.
    QString language() const { return m_language; }
    bool isTranslated() const { return m_translated; }
    // Why some external bundles could not be read ("fr.xml: ..."), for the operator.
    const QStringList &bundleErrors() const { return m_bundleErrors; }

private:
    QHash<QString, QHash<QString, QString>> m_translations; // lower-case locale -> msgid -> text
    QHash<QString, QString> m_defaultBundle; // a bundle in the default language (VMware writes one)
    QHash<QString, QString> m_messages;      // the shown locale's resolved translations
    QStringList m_locales;
    QStringList m_bundleErrors;
    QString m_defaultLanguage;
    QString m_locale;
    QString m_language;
    bool m_translated = false;
};
