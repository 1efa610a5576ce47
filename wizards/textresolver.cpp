#include "wizards/textresolver.h"

using namespace Qt::StringLiterals;

namespace {

QString normalizedTag(QString tag)
{
    return tag.replace(u'_', u'-').trimmed().toLower();
}

} // namespace

void TextResolver::clear()
{
    m_messages.clear();
    m_language.clear();
    m_translated = false;
}

void TextResolver::load(const ovf::Envelope &envelope, const QLocale &locale)
{
    clear();
    m_language = envelope.defaultLanguage();
    const QString defaultTag = normalizedTag(m_language);
    const QList<ovf::StringsBundle> bundles = envelope.stringsBundles();

    QStringList wanted;
    for (const QString &tag : locale.uiLanguages()) {
        const QString t = normalizedTag(tag);
        if (!wanted.contains(t))
            wanted.append(t);
        const QString language = t.section(u'-', 0, 0);
        if (!wanted.contains(language))
            wanted.append(language);
    }
    for (const QString &tag : std::as_const(wanted)) {
        if (!defaultTag.isEmpty() && (defaultTag == tag || defaultTag.section(u'-', 0, 0) == tag))
            return; // the default texts are already in the user's language
        for (const ovf::StringsBundle &bundle : bundles) {
            if (bundle.isExternal())
                continue;
            const QString lang = normalizedTag(bundle.language());
            if (lang != tag && lang.section(u'-', 0, 0) != tag)
                continue;
            for (const ovf::Message &m : bundle.messages()) {
                if (!m.msgid.isEmpty())
                    m_messages.insert(m.msgid, m.text);
            }
            m_language = bundle.language();
            m_translated = true;
            return;
        }
    }
}

QString TextResolver::text(const ovf::LocalizedText &t) const
{
    if (!t.msgid.isEmpty()) {
        const auto it = m_messages.constFind(t.msgid);
        if (it != m_messages.cend())
            return it.value();
    }
    return t.text;
}
