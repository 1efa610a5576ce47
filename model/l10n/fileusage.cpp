#include "model/l10n/fileusage.h"

#include "model/ovf/namespaces.h"
#include "model/ovf/ovfelement.h"
#include "model/ovf/xmlnode.h"

using namespace Qt::StringLiterals;

namespace ovf::l10n {

xml::Element *FileUsage::fileElement(const xml::Element *root, const QString &id)
{
    for (xml::Element *f : ovfChildren(ovfChild(root, u"References"), u"File")) {
        if (ovfAttr(f, u"id") == id)
            return f;
    }
    return nullptr;
}

bool FileUsage::isNamedOutside(const xml::Element *root, const QString &id, const QList<xml::Element *> &ignoring)
{
    const QString reference = u"ovf:/file/"_s + id;
    std::vector<const xml::Element *> stack{root};
    while (!stack.empty()) {
        const xml::Element *e = stack.back();
        stack.pop_back();
        if (ignoring.contains(const_cast<xml::Element *>(e)))
            continue;
        for (const xml::Attribute &a : e->attributes()) {
            if (a.name->local == u"fileRef" && ns::isOvf(a.namespaceUri) && a.value == id)
                return true;
        }
        bool hasChildElements = false;
        for (const auto &c : e->children()) {
            if (c->isElement()) {
                hasChildElements = true;
                stack.push_back(static_cast<const xml::Element *>(c.get()));
            }
        }
        if (!hasChildElements && e->text().trimmed() == reference)
            return true;
    }
    return false;
}

QString FileUsage::freeFileId(const xml::Element *root, const QString &base)
{
    if (!fileElement(root, base))
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = base + u'-' + QString::number(n);
        if (!fileElement(root, candidate))
            return candidate;
    }
}

} // namespace ovf::l10n
