#include "model/l10n/msgfragment.h"

#include "model/commands/xmlfragment.h"
#include "model/ovf/sourcedigest.h"
#include "model/ovf/namespaces.h"
#include "model/ovf/xmldocument.h"

using namespace Qt::StringLiterals;

namespace ovf::l10n::msgfragment {

QString ovfNamespaceAt(const xml::Element *scope, const QString &fallback)
{
    if (!scope)
        return fallback;
    const QString bound = scope->lookupNamespace(u"ovf");
    if (!bound.isNull() && ns::isOvf(bound))
        return bound;
    for (const xml::Attribute &a : scope->attributes()) {
        if (!a.isNamespaceDeclaration() && ns::isOvf(a.namespaceUri))
            return a.namespaceUri;
    }
    const xml::Element *root = scope;
    while (root->parent())
        root = root->parent();
    if (ns::isOvf(root->namespaceUri()))
        return root->namespaceUri();
    return fallback;
}

QString workbenchPrefixAt(const xml::Element *scope, bool *declare)
{
    *declare = false;
    const QString bound = scope->lookupPrefix(ns::Workbench, true);
    if (!bound.isNull() && !bound.isEmpty())
        return bound;
    QString prefix = ns::WorkbenchPrefix.toString();
    for (int n = 2; !scope->lookupNamespace(prefix).isNull(); ++n)
        prefix = ns::WorkbenchPrefix + QString::number(n);
    *declare = true;
    return prefix;
}

xml::Attribute makeAttribute(xml::Document &doc, const QString &qualified, const QString &ns, const QString &value)
{
    xml::Attribute a;
    a.name = doc.internName(QStringView(qualified));
    a.namespaceUri = ns;
    a.value = value;
    return a;
}

std::vector<xml::Attribute> withWorkbenchDeclaration(xml::Document &doc, const xml::Element *element,
                                                     const QString &prefix)
{
    std::vector<xml::Attribute> attrs = element->attributes();
    attrs.push_back(makeAttribute(doc, u"xmlns:"_s + prefix, xml::xmlnsNamespace.toString(), ns::Workbench.toString()));
    return attrs;
}

std::vector<xml::Attribute> withSourceHash(xml::Document &doc, std::vector<xml::Attribute> attributes,
                                           const QString &prefix, const QString &hash)
{
    auto it = std::find_if(attributes.begin(), attributes.end(), [](const xml::Attribute &a) {
        return a.namespaceUri == ns::Workbench && a.name->local == SourceHashAttribute;
    });
    if (hash.isNull()) {
        if (it != attributes.end())
            attributes.erase(it);
        return attributes;
    }
    if (it != attributes.end()) {
        // Keep its place and prefix; the new value is written fresh.
        xml::Attribute a = makeAttribute(doc, it->name->qualified, it->namespaceUri, hash);
        *it = a;
        return attributes;
    }
    attributes.push_back(makeAttribute(doc, prefix + u':' + SourceHashAttribute, ns::Workbench.toString(), hash));
    return attributes;
}

std::unique_ptr<xml::Element> buildMsg(xml::Document &doc, const xml::Element *section, const QString &ovfNamespace,
                                       const QString &msgid, const QString &text, const QString &workbenchPrefix,
                                       const QString &sourceHash)
{
    auto msg = commands::fragment::element(doc, section, nullptr, section->namespaceUri(), u"Msg");
    commands::fragment::setAttribute(doc, msg.get(), section, ovfNamespace, u"msgid", msgid);
    if (!sourceHash.isNull())
        doc.swapAttributes(msg.get(), withSourceHash(doc, msg->attributes(), workbenchPrefix, sourceHash));
    if (!text.isEmpty())
        commands::fragment::append(doc, msg.get(), doc.createText(text));
    return msg;
}

} // namespace ovf::l10n::msgfragment
