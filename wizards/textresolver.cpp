#include "wizards/textresolver.h"

#include "model/l10n/catalogue.h"
#include "model/ovf/languagetag.h"

#include <memory>

using namespace Qt::StringLiterals;

void TextResolver::clear()
{
    m_translations.clear();
    m_defaultBundle.clear();
    m_messages.clear();
    m_locales.clear();
    m_bundleErrors.clear();
    m_defaultLanguage.clear();
    m_locale.clear();
    m_language.clear();
    m_translated = false;
}

void TextResolver::load(const ovf::Envelope &envelope, const QString &locale, const ovf::l10n::BundleStore::Reader &reader)
{
    clear();
    std::unique_ptr<ovf::l10n::BundleStore> store;
    if (reader)
        store = std::make_unique<ovf::l10n::BundleStore>(reader);
    const ovf::l10n::Catalogue catalogue = ovf::l10n::Catalogue::build(envelope, store.get());
    m_defaultLanguage = catalogue.defaultLanguage();
    for (const ovf::l10n::StringsSection &s : catalogue.sections()) {
        if (s.external && !s.error.isEmpty())
            m_bundleErrors << u"%1: %2"_s.arg(s.href.isEmpty() ? s.fileRef : s.href, s.error);
    }
    for (const QString &l : catalogue.locales()) {
        QHash<QString, QString> &texts = m_translations[l.toLower()];
        for (const ovf::l10n::Message &m : catalogue.messages()) {
            if (const auto t = catalogue.translation(l, m.msgid); t && !t->text.trimmed().isEmpty())
                texts.insert(m.msgid, t->text);
        }
        if (ovf::LanguageTag::equal(l, m_defaultLanguage))
            m_defaultBundle = texts;
        m_locales << l;
    }
    setLocale(locale);
}

void TextResolver::setLocale(const QString &locale)
{
    m_locale = locale;
    m_messages.clear();
    m_language = m_defaultLanguage;
    m_translated = false;
    if (locale.isEmpty())
        return;
    const QStringList chain = ovf::LanguageTag::fallbackChain(locale);
    // The most specific tag wins: fill from the shortest prefix up.
    for (auto tag = chain.crbegin(); tag != chain.crend(); ++tag) {
        const auto it = m_translations.constFind(tag->toLower());
        if (it == m_translations.cend())
            continue;
        for (auto m = it->cbegin(); m != it->cend(); ++m)
            m_messages.insert(m.key(), m.value());
    }
    for (const QString &tag : chain) {
        for (const QString &l : std::as_const(m_locales)) {
            if (ovf::LanguageTag::equal(l, tag)) {
                m_language = l;
                m_translated = !ovf::LanguageTag::equal(l, m_defaultLanguage);
                return;
            }
        }
    }
}

QString TextResolver::bestLocale(const QStringList &languages) const
{
    return ovf::LanguageTag::bestMatch(languages, m_locales, m_defaultLanguage);
}

QString TextResolver::text(const ovf::LocalizedText &t) const
{
    if (t.msgid.isEmpty())
        return t.text;
    if (const auto it = m_messages.constFind(t.msgid); it != m_messages.cend())
        return it.value();
    if (!t.text.trimmed().isEmpty())
        return t.text;
    return m_defaultBundle.value(t.msgid, t.text);
}
