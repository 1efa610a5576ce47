#include "model/ovf/languagetag.h"

#include "model/ovf/asciichars.h"

using namespace Qt::StringLiterals;

namespace ovf {

namespace {

bool isAlpha(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}
bool allOf(QStringView s, bool (*pred)(QChar))
{
    for (QChar c : s) {
        if (!pred(c))
            return false;
    }
    return true;
}
bool isAlnum(QChar c)
{
    return isAlpha(c) || isAsciiDigit(c);
}

// RFC 5646 §2.2.8: irregular grandfathered tags that do not match the langtag production
// (the regular ones, such as "zh-min-nan", are well-formed langtags anyway).
constexpr QStringView irregular[] = {
    u"en-GB-oed", u"i-ami", u"i-bnn", u"i-default", u"i-enochian", u"i-hak", u"i-klingon", u"i-lux",
    u"i-mingo", u"i-navajo", u"i-pwn", u"i-tao", u"i-tay", u"i-tsu", u"sgn-BE-FR", u"sgn-BE-NL", u"sgn-CH-DE",
};

} // namespace

std::expected<void, QString> LanguageTag::check(QStringView tag)
{
    if (tag.isEmpty())
        return std::unexpected(tr("the language tag is empty"));
    for (QStringView g : irregular) {
        if (equal(tag, g))
            return {};
    }
    for (QChar c : tag) {
        if (c == u'_') {
            QString suggestion = tag.toString();
            suggestion.replace(u'_', u'-');
            return std::unexpected(
                tr("'%1' uses '_' between subtags; BCP 47 uses '-' (did you mean '%2'?)").arg(tag, normalizedCase(suggestion)));
        }
        if (!isAlnum(c) && c != u'-')
            return std::unexpected(tr("'%1' contains '%2'; a language tag has only letters, digits and '-'").arg(tag).arg(c));
    }
    const QList<QStringView> parts = tag.split(u'-');
    for (QStringView p : parts) {
        if (p.isEmpty())
            return std::unexpected(tr("'%1' has an empty subtag").arg(tag));
        if (p.size() > 8)
            return std::unexpected(tr("'%1': subtag '%2' is longer than 8 characters").arg(tag, p));
    }
    qsizetype i = 0;
    auto bad = [&](QStringView subtag, const QString &what) {
        return std::unexpected(tr("'%1': '%2' is not %3").arg(tag, subtag, what));
    };
    // privateuse = "x" 1*("-" (1*8alphanum))
    if (equal(parts[0], u"x")) {
        if (parts.size() < 2)
            return std::unexpected(tr("'%1': a private-use tag needs a subtag after 'x'").arg(tag));
        return {};
    }
    // language = 2*3ALPHA ["-" extlang] / 4ALPHA / 5*8ALPHA
    const QStringView language = parts[i++];
    if (!allOf(language, isAlpha) || language.size() < 2)
        return bad(language, tr("a language subtag (2 to 8 letters)"));
    // extlang = 3ALPHA *2("-" 3ALPHA), only after a 2-3 letter language
    if (language.size() <= 3) {
        int ext = 0;
        while (i < parts.size() && ext < 3 && parts[i].size() == 3 && allOf(parts[i], isAlpha)) {
            ++i;
            ++ext;
        }
    }
    // script = 4ALPHA
    if (i < parts.size() && parts[i].size() == 4 && allOf(parts[i], isAlpha))
        ++i;
    // region = 2ALPHA / 3DIGIT
    if (i < parts.size()
        && ((parts[i].size() == 2 && allOf(parts[i], isAlpha)) || (parts[i].size() == 3 && allOf(parts[i], isAsciiDigit))))
        ++i;
    // variant = 5*8alphanum / (DIGIT 3alphanum)
    QStringList variants;
    while (i < parts.size()
           && ((parts[i].size() >= 5 && allOf(parts[i], isAlnum))
               || (parts[i].size() == 4 && isAsciiDigit(parts[i][0]) && allOf(parts[i], isAlnum)))) {
        const QString v = parts[i].toString().toLower();
        if (variants.contains(v))
            return std::unexpected(tr("'%1' repeats the variant '%2'").arg(tag, parts[i]));
        variants << v;
        ++i;
    }
    // extension = singleton 1*("-" (2*8alphanum)); singleton is any alphanum but x
    QStringList singletons;
    while (i < parts.size() && parts[i].size() == 1 && !equal(parts[i], u"x")) {
        const QString s = parts[i].toString().toLower();
        if (singletons.contains(s))
            return std::unexpected(tr("'%1' repeats the extension '%2'").arg(tag, parts[i]));
        singletons << s;
        ++i;
        int n = 0;
        while (i < parts.size() && parts[i].size() >= 2) {
            ++i;
            ++n;
        }
        if (n == 0)
            return std::unexpected(tr("'%1': the extension '%2' has no subtags").arg(tag, s));
    }
    // ["-" privateuse]
    if (i < parts.size() && equal(parts[i], u"x")) {
        if (i + 1 >= parts.size())
            return std::unexpected(tr("'%1': a private-use part needs a subtag after 'x'").arg(tag));
        return {};
    }
    if (i < parts.size())
        return bad(parts[i], tr("a script, region, variant or extension subtag in this position"));
    return {};
}

QStringList LanguageTag::fallbackChain(QStringView tag)
{
    QStringList chain;
    QString t = tag.toString();
    while (!t.isEmpty()) {
        chain << t;
        qsizetype dash = t.lastIndexOf(u'-');
        if (dash < 0)
            break;
        t.truncate(dash);
        // RFC 4647 §3.4: drop a singleton left at the end along with it.
        const qsizetype prev = t.lastIndexOf(u'-');
        if (prev >= 0 && t.size() - prev - 1 == 1)
            t.truncate(prev);
    }
    return chain;
}

bool LanguageTag::equal(QStringView a, QStringView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

QString LanguageTag::bestMatch(const QStringList &wanted, const QStringList &available, QStringView defaultLanguage)
{
    for (const QString &language : wanted) {
        for (const QString &tag : fallbackChain(language)) {
            if (equal(tag, defaultLanguage))
                return {};
            for (const QString &l : available) {
                if (equal(l, tag))
                    return l;
            }
        }
    }
    // No lookup match: a locale of the same primary language.
    const auto primary = [](QStringView tag) { return tag.toString().section(u'-', 0, 0).toLower(); };
    for (const QString &language : wanted) {
        if (primary(language) == primary(defaultLanguage))
            return {};
        for (const QString &l : available) {
            if (primary(l) == primary(language))
                return l;
        }
    }
    return {};
}

QString LanguageTag::normalizedCase(QStringView tag)
{
    QStringList parts;
    bool afterSingleton = false;
    for (QStringView p : tag.split(u'-')) {
        QString s = p.toString().toLower();
        if (!parts.isEmpty() && !afterSingleton) {
            if (s.size() == 2 && allOf(s, isAlpha))
                s = s.toUpper();
            else if (s.size() == 4 && allOf(s, isAlpha))
                s[0] = s[0].toUpper();
        }
        if (s.size() == 1)
            afterSingleton = true;
        parts << s;
    }
    return parts.join(u'-');
}

QString LanguageTag::defaultLanguage(QStringView envelopeLang)
{
    const QStringView t = envelopeLang.trimmed();
    return t.isEmpty() ? u"en-US"_s : t.toString();
}

} // namespace ovf
