#include "model/l10n/pofile.h"

#include "model/commands/xmltextcheck.h"

#include <QStringDecoder>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ovf::l10n::pofile {

namespace {

class PoText
{
    Q_DECLARE_TR_FUNCTIONS(ovf::l10n::TranslationFile)
};

QString quote(const QString &s)
{
    QString out;
    out.reserve(s.size() + 2);
    out += u'"';
    for (QChar c : s) {
        switch (c.unicode()) {
        case u'\\': out += u"\\\\"_s; break;
        case u'"': out += u"\\\""_s; break;
        case u'\n': out += u"\\n"_s; break;
        case u'\t': out += u"\\t"_s; break;
        case u'\r': out += u"\\r"_s; break;
        case u'\a': out += u"\\a"_s; break;
        case u'\b': out += u"\\b"_s; break;
        case u'\f': out += u"\\f"_s; break;
        case u'\v': out += u"\\v"_s; break;
        default: out += c;
        }
    }
    out += u'"';
    return out;
}

// keyword "text", split after each \n into continuation lines when the text spans lines.
void writeString(QString &out, QStringView keyword, const QString &text)
{
    out += keyword;
    out += u' ';
    const qsizetype nl = text.indexOf(u'\n');
    if (nl < 0 || nl == text.size() - 1) {
        out += quote(text);
        out += u'\n';
        return;
    }
    out += u"\"\"\n"_s;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        end = end < 0 ? text.size() : end + 1;
        out += quote(text.mid(start, end - start));
        out += u'\n';
        start = end;
    }
}

QString posixLocale(const QString &bcp47)
{
    QString s = bcp47;
    s.replace(u'-', u'_');
    return s;
}

QString bcp47FromPosix(QString s)
{
    if (const qsizetype at = s.indexOf(u'@'); at >= 0)
        s.truncate(at);
    if (const qsizetype dot = s.indexOf(u'.'); dot >= 0)
        s.truncate(dot);
    s.replace(u'_', u'-');
    return s.trimmed();
}

// `text` on one comment line: line breaks (and the other characters QString::simplified
// treats as white space) become single spaces.
QString oneLine(const QString &text)
{
    return text.contains(u'\n') || text.contains(u'\r') ? text.simplified() : text;
}

} // namespace

QByteArray write(const TranslationFile &file)
{
    QString out;
    // A comment ends at the line's end: a file name or note with line breaks must not spill
    // into the entry (found by fuzz_translations).
    out += u"# %1: translations into %2, written by OVF Workbench.\n"_s.arg(oneLine(file.original), oneLine(file.targetLanguage));
    out += u"# msgctxt is the OVF message id (ovf:msgid); msgid is the default text.\n"_s;
    out += u"msgid \"\"\nmsgstr \"\"\n"_s;
    const QStringList header = {
        u"Project-Id-Version: %1"_s.arg(file.original),
        u"Report-Msgid-Bugs-To: "_s,
        u"PO-Revision-Date: "_s,
        u"Last-Translator: "_s,
        u"Language-Team: "_s,
        u"Language: %1"_s.arg(posixLocale(file.targetLanguage)),
        u"MIME-Version: 1.0"_s,
        u"Content-Type: text/plain; charset=UTF-8"_s,
        u"Content-Transfer-Encoding: 8bit"_s,
        u"X-Source-Language: %1"_s.arg(file.sourceLanguage),
        u"X-Generator: OVF Workbench"_s,
    };
    for (const QString &h : header)
        out += quote(h + u'\n') + u'\n';
    for (const TranslationUnit &u : file.units) {
        out += u'\n';
        if (!u.note.isEmpty()) {
            for (const QString &line : u.note.split(u'\n'))
                out += u"#. "_s + oneLine(line) + u'\n';
        }
        // The id as a reference too: translate-toolkit's po2xliff drops msgctxt but keeps
        // references (as XLIFF location contexts). References are separated by white space, so
        // an id with white space in it (a line break, found by fuzz_translations) has none:
        // msgctxt alone carries it.
        if (!u.msgid.isEmpty() && std::none_of(u.msgid.cbegin(), u.msgid.cend(), [](QChar c) { return c.isSpace(); }))
            out += u"#: "_s + u.msgid + u'\n';
        if (u.hasTarget && !u.final)
            out += u"#, fuzzy\n"_s;
        writeString(out, u"msgctxt", u.msgid);
        writeString(out, u"msgid", u.source);
        writeString(out, u"msgstr", u.hasTarget ? u.target : QString());
    }
    return out.toUtf8();
}

bool looksLikePo(const QByteArray &bytes)
{
    for (const QByteArray &raw : bytes.left(64 * 1024).split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        return line.startsWith("msgid") || line.startsWith("msgctxt") || line.startsWith("msgstr");
    }
    return false;
}

std::expected<TranslationFile, TranslationFileError> read(const QByteArray &bytes, const QString &fileName)
{
    auto fail = [&](int line, const QString &message) {
        return std::unexpected(TranslationFileError{fileName, line, message});
    };
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    TranslationFile file;
    file.format = ExchangeFormat::Po;

    struct Entry
    {
        int line = 0;
        bool obsolete = false;
        bool fuzzy = false;
        QStringList notes;
        QStringList references;
        std::optional<QString> ctxt, id, str;
    };
    Entry e;
    QString *current = nullptr; // the string continuation lines extend
    std::optional<QString> *slot = nullptr;
    bool sawHeader = false;

    auto flush = [&]() -> std::optional<TranslationFileError> {
        if (!e.id && !e.ctxt && !e.str) {
            e = Entry();
            return std::nullopt;
        }
        if (e.obsolete) {
            e = Entry();
            return std::nullopt;
        }
        if (!e.id)
            return TranslationFileError{fileName, e.line, PoText::tr("an entry without msgid")};
        if (!e.str)
            return TranslationFileError{fileName, e.line, PoText::tr("an entry without msgstr")};
        if (!e.ctxt && e.id->isEmpty()) {
            if (sawHeader)
                return TranslationFileError{fileName, e.line, PoText::tr("a second header entry")};
            sawHeader = true;
            for (const QString &h : e.str->split(u'\n')) {
                const qsizetype colon = h.indexOf(u':');
                if (colon < 0)
                    continue;
                const QString key = h.left(colon).trimmed();
                const QString value = h.mid(colon + 1).trimmed();
                if (key.compare(u"Language", Qt::CaseInsensitive) == 0)
                    file.targetLanguage = bcp47FromPosix(value);
                else if (key.compare(u"X-Source-Language", Qt::CaseInsensitive) == 0)
                    file.sourceLanguage = value;
                else if (key.compare(u"Project-Id-Version", Qt::CaseInsensitive) == 0)
                    file.original = value;
                else if (key.compare(u"Content-Type", Qt::CaseInsensitive) == 0) {
                    const qsizetype cs = value.indexOf(u"charset=", 0, Qt::CaseInsensitive);
                    const QString charset = cs < 0 ? QString() : value.mid(cs + 8).trimmed();
                    if (!charset.isEmpty() && charset.compare(u"UTF-8", Qt::CaseInsensitive) != 0
                        && charset.compare(u"CHARSET", Qt::CaseInsensitive) != 0
                        && charset.compare(u"ASCII", Qt::CaseInsensitive) != 0)
                        return TranslationFileError{fileName, e.line,
                                                    PoText::tr("the file is in %1; only UTF-8 PO files are read (msgconv "
                                                               "--to-code=UTF-8 converts it)")
                                                        .arg(charset)};
                }
            }
            e = Entry();
            return std::nullopt;
        }
        TranslationUnit u;
        u.line = e.line;
        u.msgid = e.ctxt ? *e.ctxt : (e.references.isEmpty() ? QString() : e.references.first());
        u.alternatives = e.references;
        u.source = *e.id;
        u.target = *e.str;
        u.hasTarget = !e.str->isEmpty();
        u.final = u.hasTarget && !e.fuzzy;
        u.note = e.notes.join(u'\n');
        // PO's \a \b \f \v escapes and raw control characters, in a string, a reference or a
        // comment: a Strings bundle is XML, and our own files must read back.
        auto unwritable = [&](const QString &text) -> std::optional<TranslationFileError> {
            const auto bad = commands::firstUnwritableCharacter(text);
            if (!bad)
                return std::nullopt;
            return TranslationFileError{fileName, e.line,
                                        PoText::tr("a string of this entry holds the character U+%1 (character "
                                                   "%2), which XML cannot hold")
                                            .arg(bad->code)
                                            .arg(bad->position)};
        };
        for (const QString *text : {&u.msgid, &u.source, &u.target, &u.note}) {
            if (auto error = unwritable(*text))
                return error;
        }
        for (const QString &alternative : std::as_const(u.alternatives)) {
            if (auto error = unwritable(alternative))
                return error;
        }
        file.units.append(u);
        e = Entry();
        return std::nullopt;
    };

    const QList<QByteArray> lines = bytes.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNo = int(i) + 1;
        QByteArray raw = lines[i];
        if (raw.endsWith('\r'))
            raw.chop(1);
        if (i == 0 && raw.startsWith("\xEF\xBB\xBF"))
            raw.remove(0, 3);
        const QString line = decoder.decode(raw);
        if (decoder.hasError())
            return fail(lineNo, PoText::tr("the line is not UTF-8"));
        const QString t = line.trimmed();
        if (t.isEmpty()) {
            if (auto err = flush())
                return std::unexpected(*err);
            current = nullptr;
            continue;
        }
        QString body = t;
        bool obsolete = false;
        if (t.startsWith(u"#~")) {
            obsolete = true;
            body = t.mid(2).trimmed();
            if (body.startsWith(u'|'))
                continue;
        } else if (t.startsWith(u'#')) {
            if (e.id || e.str) { // a comment starts the next entry
                if (auto err = flush())
                    return std::unexpected(*err);
                current = nullptr;
            }
            if (!e.line)
                e.line = lineNo;
            if (t.startsWith(u"#."))
                e.notes << t.mid(2).trimmed();
            else if (t.startsWith(u"#:"))
                e.references += t.mid(2).trimmed().split(u' ', Qt::SkipEmptyParts);
            else if (t.startsWith(u"#,"))
                e.fuzzy = e.fuzzy || t.mid(2).split(u',').contains(u"fuzzy"_s, Qt::CaseSensitive)
                    || t.mid(2).split(u',').contains(u" fuzzy"_s);
            continue;
        }
        if (obsolete)
            e.obsolete = true;
        // A string: a keyword with its first part, or a continuation.
        QString keyword;
        QString quoted = body;
        if (!body.startsWith(u'"')) {
            const qsizetype space = body.indexOf(u' ');
            keyword = space < 0 ? body : body.left(space);
            quoted = space < 0 ? QString() : body.mid(space + 1).trimmed();
        }
        if (!quoted.startsWith(u'"') || !quoted.endsWith(u'"') || quoted.size() < 2)
            return fail(lineNo, PoText::tr("expected a quoted string"));
        QString value;
        for (qsizetype k = 1; k < quoted.size() - 1; ++k) {
            QChar c = quoted[k];
            if (c == u'"')
                return fail(lineNo, PoText::tr("an unescaped '\"' inside a string"));
            if (c != u'\\') {
                value += c;
                continue;
            }
            if (++k >= quoted.size() - 1)
                return fail(lineNo, PoText::tr("a string ends with a lone backslash"));
            switch (quoted[k].unicode()) {
            case u'n': value += u'\n'; break;
            case u't': value += u'\t'; break;
            case u'r': value += u'\r'; break;
            case u'a': value += u'\a'; break;
            case u'b': value += u'\b'; break;
            case u'f': value += u'\f'; break;
            case u'v': value += u'\v'; break;
            case u'\\': value += u'\\'; break;
            case u'"': value += u'"'; break;
            default:
                return fail(lineNo, PoText::tr("an unknown escape '\\%1'").arg(quoted[k]));
            }
        }
        if (keyword.isEmpty()) {
            if (!current)
                return fail(lineNo, PoText::tr("a string continues no msgctxt, msgid or msgstr"));
            *current += value;
            continue;
        }
        if (keyword == u"msgctxt") {
            if (e.id || e.str || e.ctxt) {
                if (auto err = flush())
                    return std::unexpected(*err);
            }
            slot = &e.ctxt;
        } else if (keyword == u"msgid") {
            if (e.id || e.str) {
                if (auto err = flush())
                    return std::unexpected(*err);
            }
            slot = &e.id;
        } else if (keyword == u"msgstr") {
            if (!e.id)
                return fail(lineNo, PoText::tr("msgstr without msgid"));
            if (e.str)
                return fail(lineNo, PoText::tr("a second msgstr in one entry"));
            slot = &e.str;
        } else if (keyword == u"msgid_plural" || keyword.startsWith(u"msgstr[")) {
            return fail(lineNo, PoText::tr("plural forms (%1) are not used by OVF messages").arg(keyword));
        } else {
            return fail(lineNo, PoText::tr("unknown keyword '%1'").arg(keyword));
        }
        if (!e.line)
            e.line = lineNo;
        *slot = value;
        current = &**slot;
    }
    if (auto err = flush())
        return std::unexpected(*err);
    return file;
}

} // namespace ovf::l10n::pofile
