#include "model/ovf/elementpath.h"

#include "model/ovf/xmldocument.h"

namespace ovf::xml {

QList<int> ElementPath::of(const Element *element)
{
    QList<int> path;
    for (const Element *e = element; e && e->parent(); e = e->parent())
        path.prepend(e->indexInParent());
    path.prepend(-1); // the root itself
    return path;
}

Element *ElementPath::resolve(const Document &document, const QList<int> &path)
{
    Element *e = document.root();
    for (qsizetype i = 1; e && i < path.size(); ++i) {
        const int index = path.at(i);
        if (index < 0 || index >= e->childCount())
            return nullptr;
        e = e->child(index)->toElement();
    }
    return e;
}

} // namespace ovf::xml
