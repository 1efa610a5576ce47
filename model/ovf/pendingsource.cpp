#include "model/ovf/pendingsource.h"

#include "model/ovf/namespaces.h"
#include "model/ovf/xmldocument.h"

#include <algorithm>

namespace ovf {

std::optional<PendingSource> PendingSource::of(const xml::Element *file)
{
    if (!file || !file->hasAttribute(ns::Workbench, kSource))
        return std::nullopt;
    return PendingSource{file->attributeValue(ns::Workbench, kSource),
                         file->attributeValue(ns::Workbench, kSourceFormat)};
}

std::vector<xml::Attribute> PendingSource::attributesOn(xml::Document &doc, const xml::Element *file) const
{
    std::vector<xml::Attribute> attrs = doc.withAttribute(file, ns::Workbench, kSource, path, ns::WorkbenchPrefix);
    auto it = std::find_if(attrs.begin(), attrs.end(), [](const xml::Attribute &a) {
        return !a.isNamespaceDeclaration() && a.namespaceUri == ns::Workbench && a.name->local == kSourceFormat;
    });
    if (it != attrs.end()) {
        it->value = format;
        it->rawBegin = it->rawEnd = -1;
        return attrs;
    }
    // The prefix ovfw:source got (in scope already, or declared by withAttribute()).
    const auto source = std::find_if(attrs.begin(), attrs.end(), [](const xml::Attribute &a) {
        return !a.isNamespaceDeclaration() && a.namespaceUri == ns::Workbench && a.name->local == kSource;
    });
    xml::Attribute a;
    a.namespaceUri = ns::Workbench.toString();
    a.value = format;
    a.name = doc.internName(QString(source->name->prefix + u':' + kSourceFormat));
    attrs.push_back(std::move(a));
    return attrs;
}

std::vector<xml::Attribute> PendingSource::attributesWithout(xml::Document &doc, const xml::Element *file)
{
    std::vector<xml::Attribute> attrs = doc.withoutAttribute(file, ns::Workbench, kSource);
    std::erase_if(attrs, [](const xml::Attribute &a) {
        return !a.isNamespaceDeclaration() && a.namespaceUri == ns::Workbench && a.name->local == kSourceFormat;
    });
    const bool stillUsed = std::any_of(attrs.begin(), attrs.end(), [](const xml::Attribute &a) {
        return !a.isNamespaceDeclaration() && a.namespaceUri == ns::Workbench;
    }) || file->namespaceUri() == ns::Workbench || file->childCount() > 0;
    if (!stillUsed) {
        std::erase_if(attrs, [](const xml::Attribute &a) {
            return a.isNamespaceDeclaration() && a.value == ns::Workbench;
        });
    }
    return attrs;
}

} // namespace ovf
