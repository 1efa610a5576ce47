#include "model/commands/editxmlcommand.h"

#include "model/commands/replaceattributescommand.h"
#include "model/commands/replacenodescommand.h"
#include "model/commands/xmlfragment.h"
#include "model/commands/editsession.h"
#include "model/ovf/xmldocument.h"

#include <QMap>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ovf::commands {

QString XmlSourceError::toString() const
{
    return line > 0 ? u"%1:%2: %3"_s.arg(line).arg(column).arg(message) : message;
}

QString XmlSourceError::shiftedMessage(const QString &message, int lines)
{
    static const QRegularExpression at(u"\\bat (\\d+):(\\d+)"_s);
    QString out;
    qsizetype last = 0;
    for (auto it = at.globalMatch(message); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += message.mid(last, m.capturedStart() - last);
        out += u"at %1:%2"_s.arg(std::max(1, m.captured(1).toInt() + lines)).arg(m.captured(2));
        last = m.capturedEnd();
    }
    return out + message.mid(last);
}

namespace {

// The wrapper element the edited text is parsed in: it declares the namespaces in scope at
// the element's place, on a line of its own (so lines in the text are lines of the parse,
// shifted by one).
constexpr int WrapperLines = 1;

QString escapeAttribute(QString v)
{
    v.replace(u'&', u"&amp;"_s);
    v.replace(u'<', u"&lt;"_s);
    v.replace(u'"', u"&quot;"_s);
    return v;
}

// The namespace declarations in force at `scope` (nearest first wins), as attribute text.
QString declarationsAt(const xml::Element *scope)
{
    QMap<QString, QString> bound; // prefix ("" default) -> namespace
    for (const xml::Element *e = scope; e; e = e->parent()) {
        for (const xml::Attribute &a : e->attributes()) {
            if (a.isNamespaceDeclaration() && !bound.contains(a.declaredPrefix()))
                bound.insert(a.declaredPrefix(), a.value);
        }
    }
    QString out;
    for (auto it = bound.cbegin(); it != bound.cend(); ++it) {
        out += it.key().isEmpty() ? u" xmlns=\""_s : u" xmlns:"_s + it.key() + u"=\""_s;
        out += escapeAttribute(it.value()) + u'"';
    }
    return out;
}

bool sameAttributes(const xml::Element *a, const xml::Element *b)
{
    if (a->attributes().size() != b->attributes().size())
        return false;
    for (size_t i = 0; i < a->attributes().size(); ++i) {
        const xml::Attribute &x = a->attributes()[i];
        const xml::Attribute &y = b->attributes()[i];
        if (x.name->qualified != y.name->qualified || x.value != y.value)
            return false;
    }
    return true;
}

QList<std::pair<QString, QString>> declarations(const xml::Element *e)
{
    QList<std::pair<QString, QString>> out;
    for (const xml::Attribute &a : e->attributes()) {
        if (a.isNamespaceDeclaration())
            out.append({a.declaredPrefix(), a.value});
    }
    std::sort(out.begin(), out.end());
    return out;
}

bool sameNode(const xml::Node *a, const xml::Node *b);

bool sameElement(const xml::Element *a, const xml::Element *b)
{
    if (a->qualifiedName() != b->qualifiedName() || a->namespaceUri() != b->namespaceUri() || !sameAttributes(a, b)
        || a->childCount() != b->childCount())
        return false;
    for (int i = 0; i < a->childCount(); ++i) {
        if (!sameNode(a->child(i), b->child(i)))
            return false;
    }
    return true;
}

bool sameNode(const xml::Node *a, const xml::Node *b)
{
    if (a->kind() != b->kind())
        return false;
    return a->isElement() ? sameElement(a->toElement(), b->toElement()) : a->text() == b->text();
}

// The new element can be merged into the old one (rather than replacing it whole).
bool mergeable(const xml::Element *old, const xml::Element *fresh)
{
    return old->qualifiedName() == fresh->qualifiedName() && old->namespaceUri() == fresh->namespaceUri()
        && declarations(old) == declarations(fresh);
}

class Merger
{
public:
    Merger(EditSession *session, QUndoCommand *parent, int lineShift)
        : m_session(session), m_doc(session->document()), m_parent(parent), m_lineShift(lineShift)
    {
    }

    std::expected<void, XmlSourceError> merge(xml::Element *old, const xml::Element *fresh, bool forceChildren)
    {
        if (!sameAttributes(old, fresh)) {
            std::vector<xml::Attribute> attrs;
            for (const xml::Attribute &n : fresh->attributes()) {
                const auto kept = std::find_if(old->attributes().begin(), old->attributes().end(),
                                               [&](const xml::Attribute &o) {
                                                   return o.name->qualified == n.name->qualified && o.value == n.value;
                                               });
                if (kept != old->attributes().end()) {
                    attrs.push_back(*kept);
                    continue;
                }
                xml::Attribute a = n;
                a.rawBegin = a.rawEnd = -1;
                a.name = m_doc.internName(QStringView(n.name->qualified));
                attrs.push_back(std::move(a));
            }
            if (auto made = ReplaceAttributesCommand::create(m_session, old, std::move(attrs), {}, m_parent))
                (void)made->release(); // owned by m_parent (a QUndoCommand child)
        }
        const int oldCount = old->childCount();
        const int newCount = fresh->childCount();
        int prefix = 0;
        int suffix = 0;
        if (!forceChildren) {
            while (prefix < oldCount && prefix < newCount && sameNode(old->child(prefix), fresh->child(prefix)))
                ++prefix;
            while (suffix < oldCount - prefix && suffix < newCount - prefix
                   && sameNode(old->child(oldCount - 1 - suffix), fresh->child(newCount - 1 - suffix)))
                ++suffix;
        }
        const int oldMid = oldCount - prefix - suffix;
        const int newMid = newCount - prefix - suffix;
        if (oldMid == 0 && newMid == 0)
            return {};
        bool pairwise = oldMid == newMid && !forceChildren;
        for (int i = 0; pairwise && i < oldMid; ++i) {
            const xml::Node *o = old->child(prefix + i);
            const xml::Node *n = fresh->child(prefix + i);
            pairwise = o->isElement() == n->isElement()
                && (!o->isElement() || mergeable(o->toElement(), n->toElement()));
        }
        if (pairwise) {
            for (int i = 0; i < oldMid; ++i) {
                xml::Node *o = old->child(prefix + i);
                const xml::Node *n = fresh->child(prefix + i);
                if (sameNode(o, n))
                    continue;
                if (o->isElement()) {
                    if (auto merged = merge(o->toElement(), n->toElement(), false); !merged)
                        return merged;
                } else if (auto replaced = replace(old, prefix + i, 1, fresh, prefix + i, 1); !replaced) {
                    return replaced;
                }
            }
            return {};
        }
        return replace(old, prefix, oldMid, fresh, prefix, newMid);
    }

    // Replaces old's children [index, index + count) by copies of fresh's [from, from + n).
    std::expected<void, XmlSourceError> replace(xml::Element *old, int index, int count, const xml::Element *fresh,
                                                int from, int n)
    {
        std::vector<std::unique_ptr<xml::Node>> nodes;
        for (int i = from; i < from + n; ++i) {
            auto copy = copyOf(fresh->child(i));
            if (!copy)
                return std::unexpected(copy.error());
            nodes.push_back(std::move(*copy));
        }
        auto made = ReplaceNodesCommand::create(m_session, old, index, count, std::move(nodes), {}, m_parent);
        if (!made)
            return std::unexpected(XmlSourceError{made.error()});
        (void)made->release(); // owned by m_parent (a QUndoCommand child)
        return {};
    }

    std::expected<std::unique_ptr<xml::Node>, XmlSourceError> copyOf(const xml::Node *n)
    {
        if (const auto pi = processingInstruction(n)) {
            const xml::SourcePos p = pi->position();
            return std::unexpected(XmlSourceError{EditXmlCommand::tr("Processing instructions are not kept in an "
                                                                     "edited element; remove this one."),
                                                  std::max(1, p.line - m_lineShift), p.column});
        }
        switch (n->kind()) {
        case xml::NodeKind::Element: return fragment::clone(m_doc, n->toElement());
        case xml::NodeKind::Comment: return m_doc.createComment(n->text());
        default: return m_doc.createText(n->text());
        }
    }

private:
    static const xml::Node *processingInstruction(const xml::Node *n)
    {
        if (n->kind() == xml::NodeKind::ProcessingInstruction)
            return n;
        if (n->isElement()) {
            for (const auto &c : n->toElement()->children()) {
                if (const xml::Node *pi = processingInstruction(c.get()))
                    return pi;
            }
        }
        return nullptr;
    }

    EditSession *m_session;
    xml::Document &m_doc;
    QUndoCommand *m_parent;
    int m_lineShift;
};

} // namespace

std::expected<std::unique_ptr<EditXmlCommand>, XmlSourceError>
EditXmlCommand::create(EditSession *session, xml::Element *element, const QString &text)
{
    if (!element || element->document() != &session->document())
        return std::unexpected(XmlSourceError{tr("There is no element to edit.")});
    const bool isRoot = element == session->document().root();
    const QString source = u"<edit"_s + declarationsAt(element->parent()) + u">\n"_s + text + u"\n</edit>"_s;
    auto parsed = xml::Document::parse(source.toUtf8());
    const int lastLine = int(text.count(u'\n')) + 1;
    const auto at = [&](xml::SourcePos p, const QString &message) {
        const int line = std::clamp(p.line - WrapperLines, 1, lastLine);
        return XmlSourceError{XmlSourceError::shiftedMessage(message, -WrapperLines), line,
                              p.line - WrapperLines == line ? p.column : 1};
    };
    if (!parsed)
        return std::unexpected(at(parsed.error().position, parsed.error().message));
    const xml::Element *wrapper = (*parsed)->root();
    const xml::Element *fresh = nullptr;
    for (const auto &c : wrapper->children()) {
        if (fragment::isWhitespaceText(c.get()))
            continue;
        if (!c->isElement() || fresh)
            return std::unexpected(at(c->position(), c->isElement()
                                                         ? tr("Only one element can stand here: this is a second one.")
                                                         : tr("Only whitespace may come before or after the element.")));
        fresh = c->toElement();
    }
    if (!fresh)
        return std::unexpected(XmlSourceError{tr("The text holds no element."), 1, 1});
    if (isRoot && (fresh->localName() != u"Envelope" || fresh->namespaceUri() != element->namespaceUri()))
        return std::unexpected(at(fresh->position(), tr("The descriptor's root must stay an Envelope in namespace %1 "
                                                        "(found <%2> in %3).")
                                                         .arg(element->namespaceUri(), fresh->qualifiedName(),
                                                              fresh->namespaceUri().isEmpty() ? tr("no namespace")
                                                                                              : fresh->namespaceUri())));
    if (isRoot && fresh->qualifiedName() != element->qualifiedName())
        return std::unexpected(at(fresh->position(), tr("The root element keeps its name <%1>; change what is inside it.")
                                                         .arg(element->qualifiedName())));
    if (sameElement(element, fresh))
        return std::unexpected(XmlSourceError{tr("The text is what the document holds: nothing to apply."), 0, 0, true});

    std::unique_ptr<EditXmlCommand> cmd(new EditXmlCommand(session));
    cmd->setText(tr("Edit the XML of %1").arg(element->localName()));
    Merger merger(session, cmd.get(), WrapperLines);
    std::expected<void, XmlSourceError> done;
    if (mergeable(element, fresh) || isRoot) {
        // The root cannot be replaced: when its declarations change, its children are
        // replaced whole (they were resolved against the old declarations).
        done = merger.merge(element, fresh, isRoot && !mergeable(element, fresh));
        cmd->m_focus = element;
    } else {
        xml::Element *parent = element->parent();
        done = merger.replace(parent, parent->indexOf(element), 1, wrapper, wrapper->indexOf(fresh), 1);
        if (done)
            cmd->m_focus = static_cast<const ReplaceNodesCommand *>(cmd->child(cmd->childCount() - 1))->firstNewElement();
    }
    if (!done)
        return std::unexpected(done.error());
    return cmd;
}

} // namespace ovf::commands
