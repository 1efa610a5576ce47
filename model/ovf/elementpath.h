#pragma once

#include <QList>

namespace ovf::xml {

class Document;
class Element;

// An element named by its path of child node indexes from the root element (-1 names the root
// itself). Two documents parsed from the same serialization have the same node tree, so a path
// taken in one finds the same element in the other: validation and linting map their findings
// from a snapshot back to the live document this way, and a save maps the writer's edits.
class ElementPath
{
public:
    static QList<int> of(const Element *element);
    // nullptr when the path leads nowhere in `document` (or to a node that is no element).
    static Element *resolve(const Document &document, const QList<int> &path);
};

} // namespace ovf::xml
