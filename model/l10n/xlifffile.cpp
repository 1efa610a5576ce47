#include "model/l10n/xlifffile.h"

#include "model/ovf/xmldocument.h"

#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace ovf::l10n::xlifffile {

namespace {

class XliffText
{
    Q_DECLARE_TR_FUNCTIONS(ovf::l10n::TranslationFile)
};

constexpr QStringView Xliff12Ns = u"urn:oasis:names:tc:xliff:document:1.2";
constexpr QStringView Xliff20Ns = u"urn:oasis:names:tc:xliff:document:2.0";

// XLIFF 2.0 ids are NMTOKENs: letters, digits, '.', '-', '_', ':' (and other name characters).
bool isNmtoken(const QString &s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (!(c.isLetterOrNumber() || c == u'.' || c == u'-' || c == u'_' || c == u':'))
            return false;
    }
    return true;
}

// Units in document order (descendants() above collects per level; this keeps order).
void collect(const xml::Element *e, QStringView local, QList<const xml::Element *> &out)
{
    for (const xml::Element *c : e->childElements()) {
        if (c->localName() == local)
            out.append(c);
        else
            collect(c, local, out);
    }
}

const xml::Element *child(const xml::Element *e, QStringView local)
{
    for (const xml::Element *c : e->childElements()) {
        if (c->localName() == local)
            return c;
    }
    return nullptr;
}

QString attr(const xml::Element *e, QStringView local)
{
    return e ? e->attributeValue(u"", local) : QString();
}

bool notFinal12(const QString &state)
{
    return state == u"new" || state.startsWith(u"needs-");
}

} // namespace

QByteArray write12(const TranslationFile &file)
{
    QByteArray bytes;
    QXmlStreamWriter w(&bytes);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(2);
    w.writeStartDocument();
    w.writeStartElement(u"xliff"_s);
    w.writeDefaultNamespace(Xliff12Ns.toString());
    w.writeAttribute(u"version"_s, u"1.2"_s);
    w.writeStartElement(u"file"_s);
    w.writeAttribute(u"original"_s, file.original);
    w.writeAttribute(u"datatype"_s, u"plaintext"_s);
    w.writeAttribute(u"source-language"_s, file.sourceLanguage);
    w.writeAttribute(u"target-language"_s, file.targetLanguage);
    w.writeStartElement(u"header"_s);
    w.writeStartElement(u"tool"_s);
    w.writeAttribute(u"tool-id"_s, u"ovf-workbench"_s);
    w.writeAttribute(u"tool-name"_s, u"OVF Workbench"_s);
    w.writeEndElement();
    w.writeEndElement();
    w.writeStartElement(u"body"_s);
    for (const TranslationUnit &u : file.units) {
        w.writeStartElement(u"trans-unit"_s);
        w.writeAttribute(u"id"_s, u.msgid);
        w.writeAttribute(u"resname"_s, u.msgid);
        if (u.final)
            w.writeAttribute(u"approved"_s, u"yes"_s);
        w.writeAttribute(xml::xmlNamespace.toString(), u"space"_s, u"preserve"_s);
        w.writeTextElement(u"source"_s, u.source);
        if (u.hasTarget) {
            w.writeStartElement(u"target"_s);
            w.writeAttribute(u"state"_s, u.final ? u"translated"_s : u"needs-review-translation"_s);
            w.writeCharacters(u.target);
            w.writeEndElement();
        }
        if (!u.note.isEmpty()) {
            w.writeStartElement(u"note"_s);
            w.writeAttribute(u"from"_s, u"developer"_s);
            w.writeCharacters(u.note);
            w.writeEndElement();
        }
        w.writeEndElement();
    }
    w.writeEndDocument();
    return bytes;
}

QByteArray write20(const TranslationFile &file)
{
    QByteArray bytes;
    QXmlStreamWriter w(&bytes);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(2);
    w.writeStartDocument();
    w.writeStartElement(u"xliff"_s);
    w.writeDefaultNamespace(Xliff20Ns.toString());
    w.writeAttribute(u"version"_s, u"2.0"_s);
    w.writeAttribute(u"srcLang"_s, file.sourceLanguage);
    w.writeAttribute(u"trgLang"_s, file.targetLanguage);
    w.writeStartElement(u"file"_s);
    w.writeAttribute(u"id"_s, u"f1"_s);
    w.writeAttribute(u"original"_s, file.original);
    int serial = 0;
    for (const TranslationUnit &u : file.units) {
        ++serial;
        w.writeStartElement(u"unit"_s);
        w.writeAttribute(u"id"_s, isNmtoken(u.msgid) ? u.msgid : u"u%1"_s.arg(serial));
        w.writeAttribute(u"name"_s, u.msgid);
        w.writeAttribute(xml::xmlNamespace.toString(), u"space"_s, u"preserve"_s);
        if (!u.note.isEmpty()) {
            w.writeStartElement(u"notes"_s);
            w.writeStartElement(u"note"_s);
            w.writeAttribute(u"category"_s, u"location"_s);
            w.writeCharacters(u.note);
            w.writeEndElement();
            w.writeEndElement();
        }
        w.writeStartElement(u"segment"_s);
        w.writeAttribute(u"state"_s, u.final ? u"translated"_s : u"initial"_s);
        w.writeTextElement(u"source"_s, u.source);
        if (u.hasTarget)
            w.writeTextElement(u"target"_s, u.target);
        w.writeEndElement();
        w.writeEndElement();
    }
    w.writeEndDocument();
    return bytes;
}

std::expected<TranslationFile, TranslationFileError> read(const xml::Document &doc, const QString &fileName)
{
    const xml::Element *root = doc.root();
    auto fail = [&](const xml::Element *where, const QString &message) {
        return std::unexpected(TranslationFileError{fileName, where ? where->position().line : 0, message});
    };
    TranslationFile file;
    const QString ns = root->namespaceUri();
    const QString version = attr(root, u"version");
    const bool v2 = ns == Xliff20Ns || version.startsWith(u"2.");
    if (v2 && version != u"2.0" && version != u"2.1")
        return fail(root, XliffText::tr("XLIFF version %1 is not read (1.0 to 1.2, 2.0 and 2.1 are)").arg(version));
    file.format = v2 ? ExchangeFormat::Xliff20 : ExchangeFormat::Xliff12;
    if (v2) {
        file.sourceLanguage = attr(root, u"srcLang");
        file.targetLanguage = attr(root, u"trgLang");
    }
    QList<const xml::Element *> files;
    collect(root, u"file", files);
    if (files.isEmpty())
        return fail(root, XliffText::tr("the XLIFF document has no <file>"));
    for (const xml::Element *f : std::as_const(files)) {
        if (!v2) {
            if (file.sourceLanguage.isEmpty())
                file.sourceLanguage = attr(f, u"source-language");
            if (file.targetLanguage.isEmpty())
                file.targetLanguage = attr(f, u"target-language");
        }
        if (file.original.isEmpty())
            file.original = attr(f, u"original");
        QList<const xml::Element *> units;
        collect(f, v2 ? u"unit" : u"trans-unit", units);
        for (const xml::Element *x : std::as_const(units)) {
            TranslationUnit u;
            u.line = x->position().line;
            if (v2) {
                u.msgid = attr(x, u"name").isEmpty() ? attr(x, u"id") : attr(x, u"name");
                QList<const xml::Element *> segments;
                collect(x, u"segment", segments);
                if (segments.isEmpty())
                    return fail(x, XliffText::tr("unit '%1' has no <segment>").arg(u.msgid));
                bool allFinal = true;
                for (const xml::Element *s : std::as_const(segments)) {
                    const xml::Element *source = child(s, u"source");
                    if (!source)
                        return fail(s, XliffText::tr("a segment of unit '%1' has no <source>").arg(u.msgid));
                    u.source += source->text();
                    if (const xml::Element *target = child(s, u"target")) {
                        u.target += target->text();
                        u.hasTarget = true;
                    }
                    const QString state = attr(s, u"state");
                    allFinal = allFinal && state != u"initial";
                }
                u.hasTarget = u.hasTarget && !u.target.isEmpty();
                u.final = u.hasTarget && allFinal;
                QList<const xml::Element *> notes;
                collect(x, u"note", notes);
                for (const xml::Element *n : std::as_const(notes))
                    u.note += (u.note.isEmpty() ? QString() : u"\n"_s) + n->text();
            } else {
                if (attr(x, u"restype") == u"x-gettext-domain-header")
                    continue;
                QString ctxt, location;
                QList<const xml::Element *> contexts;
                collect(x, u"context", contexts);
                for (const xml::Element *c : std::as_const(contexts)) {
                    const QString type = attr(c, u"context-type");
                    if (type == u"x-po-msgctxt")
                        ctxt = c->text();
                    else if (type == u"sourcefile" && location.isEmpty())
                        location = c->text();
                }
                u.msgid = !attr(x, u"resname").isEmpty() ? attr(x, u"resname")
                    : !ctxt.isEmpty()                    ? ctxt
                    : !location.isEmpty()                ? location
                                                         : attr(x, u"id");
                const xml::Element *source = child(x, u"source");
                if (!source)
                    return fail(x, XliffText::tr("trans-unit '%1' has no <source>").arg(u.msgid));
                u.source = source->text();
                if (const xml::Element *target = child(x, u"target")) {
                    u.target = target->text();
                    u.hasTarget = !u.target.isEmpty();
                    const QString approved = attr(x, u"approved");
                    u.final = u.hasTarget
                        && (approved == u"yes" || (approved != u"no" && !notFinal12(attr(target, u"state"))));
                }
                QList<const xml::Element *> notes;
                collect(x, u"note", notes);
                for (const xml::Element *n : std::as_const(notes))
                    u.note += (u.note.isEmpty() ? QString() : u"\n"_s) + n->text();
            }
            if (u.msgid.isEmpty())
                return fail(x, XliffText::tr("a unit without id"));
            file.units.append(u);
        }
    }
    return file;
}

} // namespace ovf::l10n::xlifffile
