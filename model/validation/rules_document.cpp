// Rules about the document as a whole: OVF environment documents, the version attribute,
// elements outside the OVF namespace, and the Envelope's mandatory parts.
#include "model/ovf/descriptor.h"
#include "model/validation/context.h"
#include "model/validation/envelopeindex.h"
#include "model/validation/rules.h"

using namespace Qt::StringLiterals;

namespace ovf::validation {

namespace {

class DocumentRules
{
    Q_DECLARE_TR_FUNCTIONS(ovf::validation::Validator)

public:
    explicit DocumentRules(Context &ctx) : m_ctx(ctx), m_root(ctx.descriptor().xml().root()) { }

    void checkVersionAttribute();
    // Returns the local names of Envelope children that are in no namespace.
    void checkUnqualified();
    void checkMandatoryParts();
    void checkUnqualifiedAttributes();
    void checkEnvironment();

private:
    Context &m_ctx;
    const xml::Element *m_root;
};

void DocumentRules::checkVersionAttribute()
{
    const Descriptor &d = m_ctx.descriptor();
    const ns::OvfVersion v = d.version();
    const QString attr = d.versionAttribute().trimmed();
    const QString nsName = ns::versionName(v);
    if (!hasOvfAttr(m_root, u"version")) {
        // Most OVF 1.x producers leave it out; the namespace alone tells the version.
        m_ctx.report(u"unknown-ovf-version-attribute", m_root,
                     tr("The Envelope has no ovf:version; the namespace %1 says %2").arg(d.envelopeNamespace(), nsName),
                     Severity::Info);
        return;
    }
    bool matches = true;
    switch (v) {
    case ns::OvfVersion::V0_9: matches = attr == u"0.9"; break;
    case ns::OvfVersion::V1: matches = attr == u"1" || attr.startsWith(u"1."); break;
    case ns::OvfVersion::V2: matches = attr == u"2" || attr.startsWith(u"2."); break;
    case ns::OvfVersion::Draft: matches = attr.startsWith(u"0."); break;
    case ns::OvfVersion::None:
    case ns::OvfVersion::Unknown: matches = false; break;
    }
    if (!matches) {
        m_ctx.report(u"unknown-ovf-version-attribute", m_root,
                     tr("The Envelope says ovf:version %1, but its namespace %2 is %3")
                         .arg(quoted(attr), d.envelopeNamespace(), nsName));
    }
}

void DocumentRules::checkUnqualified()
{
    // Some OVF 0.9 and pre-1.0 producers (and oVirt) bind only the ovf: prefix and write the
    // Envelope's children without a prefix, which puts them in no namespace at all. The
    // typed API reads them as OVF (ns::isOvfElement); say so once.
    QStringList names;
    const xml::Element *first = nullptr;
    for (const xml::Element *c : m_root->childElements()) {
        if (!c->namespaceUri().isEmpty())
            continue;
        if (!first)
            first = c;
        if (!names.contains(c->localName()))
            names.append(c->localName());
    }
    if (first) {
        m_ctx.report(u"unqualified-elements", first,
                     tr("The Envelope's children %1 are in no namespace, so strictly they are not OVF elements; "
                        "OVF Workbench reads them as OVF (the oVirt and OVF 0.9 dialect), other tools may not. "
                        "Declare the OVF namespace as the default namespace (xmlns=\"%2\")")
                         .arg(names.join(u", "_s), m_ctx.descriptor().envelopeNamespace()));
    }
}

void DocumentRules::checkMandatoryParts()
{
    const Envelope env = m_ctx.descriptor().envelope();
    if (!env.referencesElement()) {
        m_ctx.report(u"missing-references", m_root,
                     tr("The Envelope has no References element; it is required, even when the package has no "
                        "files (write <References/>)"));
    }
    if (env.content().isNull()) {
        m_ctx.report(u"missing-content", m_root,
                     tr("The Envelope has neither a VirtualSystem nor a VirtualSystemCollection, so there is "
                        "nothing to deploy"));
    }
}

void DocumentRules::checkUnqualifiedAttributes()
{
    // One report per element name and attribute name: VMware's vCenter writes hundreds of
    // <Item configuration="..."> (without ovf:), which other OVF readers ignore.
    struct Seen
    {
        const xml::Element *first;
        int count;
    };
    QHash<QString, Seen> seen;
    QStringList order;
    for (const EnvelopeIndex::Use &use : m_ctx.index().unqualifiedAttributes) {
        const QString key = use.element->localName() + u' ' + use.value;
        auto it = seen.find(key);
        if (it == seen.end()) {
            seen.insert(key, {use.element, 1});
            order.append(key);
        } else {
            ++it->count;
        }
    }
    for (const QString &key : std::as_const(order)) {
        const Seen &s = seen[key];
        const QString attribute = key.section(u' ', 1);
        const QString times = s.count > 1 ? tr(" (%1 times)").arg(s.count) : QString();
        m_ctx.report(u"unqualified-attribute", s.first,
                     tr("%1 has an attribute %2 without the ovf: prefix%3; OVF attributes are namespace-qualified, "
                        "so OVF readers do not see it as ovf:%2")
                         .arg(s.first->localName(), attribute, times));
    }
}

void DocumentRules::checkEnvironment()
{
    m_ctx.report(u"environment-document", m_root,
                 tr("This is an OVF environment document (what a platform hands to a deployed guest), not an "
                    "OVF descriptor; only its properties are checked"));
    // DSP0243 §11: PropertySection/Property with oe:key and oe:value, at the top and in each
    // nested Entity.
    QList<const xml::Element *> pending{m_root};
    while (!pending.isEmpty()) {
        const xml::Element *e = pending.takeLast();
        for (const xml::Element *c : e->childElements()) {
            if (c->localName() == u"Entity") {
                pending.append(c);
                continue;
            }
            if (c->localName() != u"PropertySection")
                continue;
            for (const xml::Element *p : c->childElements()) {
                if (p->localName() != u"Property")
                    continue;
                const xml::Attribute *key = nullptr;
                const xml::Attribute *value = nullptr;
                for (const xml::Attribute &a : p->attributes()) {
                    if (a.isNamespaceDeclaration())
                        continue;
                    if (a.name->local == u"key")
                        key = &a;
                    else if (a.name->local == u"value")
                        value = &a;
                }
                if (!key || key->value.trimmed().isEmpty()) {
                    m_ctx.report(u"environment-property", p, tr("An environment Property has no oe:key"));
                } else if (!value) {
                    m_ctx.report(u"environment-property", p,
                                 tr("Environment property %1 has no oe:value").arg(quoted(key->value)));
                }
            }
        }
    }
}

} // namespace

void runVersionRules(Context &ctx)
{
    DocumentRules rules(ctx);
    rules.checkVersionAttribute();
    rules.checkUnqualified();
    rules.checkMandatoryParts();
    rules.checkUnqualifiedAttributes();
}

void runEnvironmentRules(Context &ctx)
{
    DocumentRules(ctx).checkEnvironment();
}

} // namespace ovf::validation
