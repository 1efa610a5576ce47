#include "model/commands/xmltextcheck.h"

#include "model/ovf/xmlchars.h"
#include "model/ovf/xmlnode.h"

using namespace Qt::StringLiterals;

namespace ovf::commands {

std::optional<UnwritableCharacter> firstUnwritableCharacter(QStringView text)
{
    const qsizetype bad = xml::firstNonXmlChar(text);
    if (bad < 0)
        return std::nullopt;
    return UnwritableCharacter{QString::number(text[bad].unicode(), 16).toUpper().rightJustified(4, u'0'), bad + 1};
}

namespace {

struct Found
{
    UnwritableCharacter character;
    QString where;
};

std::optional<Found> find(const xml::Node *node, const QString &where)
{
    if (!node->isElement()) {
        if (auto bad = firstUnwritableCharacter(node->text()))
            return Found{*bad, where};
        return std::nullopt;
    }
    const xml::Element *e = node->toElement();
    const QString here = where.isEmpty() ? e->qualifiedName() : where + u'/' + e->qualifiedName();
    for (const xml::Attribute &a : e->attributes()) {
        if (auto bad = firstUnwritableCharacter(a.value))
            return Found{*bad, here + u"/@"_s + a.name->qualified};
    }
    for (const auto &child : e->children()) {
        if (auto found = find(child.get(), here))
            return found;
    }
    return std::nullopt;
}

} // namespace

QString XmlTextCheck::refusal(const xml::Node *node)
{
    const auto found = node ? find(node, QString()) : std::nullopt;
    if (!found)
        return {};
    return tr("The text of %1 holds the character U+%2 at character %3, which XML cannot hold.")
        .arg(found->where.isEmpty() ? tr("the new node") : found->where, found->character.code)
        .arg(found->character.position);
}

} // namespace ovf::commands
