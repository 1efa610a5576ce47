#include "model/commands/entityreferences.h"

#include "model/ovf/entity.h"
#include "model/ovf/namespaces.h"

#include <QCoreApplication>

namespace ovf::commands::entityrefs {

namespace {

void collectIds(const xml::Element *e, QSet<QString> &ids)
{
    for (const xml::Element *c : e->childElements()) {
        if (Entity::isEntity(c)) {
            if (hasOvfAttr(c, u"id"))
                ids.insert(ovfAttr(c, u"id"));
            collectIds(c, ids);
        }
    }
}

void collectReferences(xml::Element *e, const QString &id, QList<xml::Element *> &out)
{
    for (xml::Element *c : e->childElements()) {
        if (!ns::isOvfElement(c->namespaceUri()))
            continue;
        if (Entity::isEntity(c)) {
            collectReferences(c, id, out);
        } else if (isSectionElement(c) && sectionKindOf(c) == SectionKind::Startup) {
            for (xml::Element *item : ovfChildren(c, u"Item")) {
                if (ovfAttr(item, u"id") == id)
                    out << item;
            }
        } else if (isSectionElement(c) && sectionKindOf(c) == SectionKind::ScaleOut) {
            if (ovfAttr(c, u"id") == id)
                out << c;
        }
    }
}

} // namespace

QSet<QString> entityIds(const xml::Element *root)
{
    QSet<QString> ids;
    if (root)
        collectIds(root, ids);
    return ids;
}

QList<xml::Element *> referencesTo(const xml::Element *root, const QString &id)
{
    QList<xml::Element *> out;
    if (root)
        collectReferences(const_cast<xml::Element *>(root), id, out);
    return out;
}

QString uniqueId(const QString &base, const QSet<QString> &taken)
{
    if (!taken.contains(base))
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = base + u'-' + QString::number(n);
        if (!taken.contains(candidate))
            return candidate;
    }
}

QString idProblem(const QString &id)
{
    if (id.isEmpty())
        return QCoreApplication::translate("ovf::commands::entityrefs", "An id cannot be empty.");
    if (std::any_of(id.begin(), id.end(), [](QChar c) { return c.isSpace(); }))
        return QCoreApplication::translate("ovf::commands::entityrefs",
                                           "An id cannot contain spaces: references to it are space-separated lists.");
    return {};
}

} // namespace ovf::commands::entityrefs
