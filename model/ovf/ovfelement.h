#pragma once

#include "model/ovf/xmlnode.h"

#include <optional>

// Helpers shared by the typed API: OVF elements and attributes are matched by local name
// within the family of OVF envelope namespaces (see ns::isOvf).
namespace ovf {

// `e` is an OVF element named `local` (false for null).
bool isOvfNamed(const xml::Element *e, QStringView local);
xml::Element *ovfChild(const xml::Element *parent, QStringView local);
QList<xml::Element *> ovfChildren(const xml::Element *parent, QStringView local);
const xml::Attribute *ovfAttribute(const xml::Element *e, QStringView local);
QString ovfAttr(const xml::Element *e, QStringView local, const QString &fallback = {});
bool hasOvfAttr(const xml::Element *e, QStringView local);
// xs:boolean: "true"/"1" and "false"/"0" (case-insensitive, as real files vary); nullopt
// when absent or not a boolean.
std::optional<bool> parseXsBoolean(QStringView text);
// First child element with this local name in any namespace (used for CIM fields, whose
// namespace URIs vary between tools).
xml::Element *anyChild(const xml::Element *parent, QStringView local);
QList<xml::Element *> anyChildren(const xml::Element *parent, QStringView local);

// A text that operators read: its default text and, when localizable, its ovf:msgid
// (DSP0243 §10 Internationalization).
struct LocalizedText
{
    QString text;
    QString msgid;
    xml::Element *element = nullptr;
    bool isNull() const { return element == nullptr; }
};
LocalizedText localizedText(xml::Element *e);

// Base of every typed handle: a non-owning pointer to an element of a descriptor. Handles
// are cheap to copy and read the XML on every call, so they are always in step with edits;
// they are invalidated when their element is removed from the document.
class ElementHandle
{
public:
    ElementHandle() = default;
    explicit ElementHandle(xml::Element *e) : m_e(e) { }
    xml::Element *element() const { return m_e; }
    bool isNull() const { return m_e == nullptr; }
    explicit operator bool() const { return m_e != nullptr; }
    bool operator==(const ElementHandle &other) const { return m_e == other.m_e; }
    xml::SourcePos position() const { return m_e ? m_e->position() : xml::SourcePos(); }
    QString path() const { return m_e ? m_e->path() : QString(); }
    // The ovf:Info child, which most OVF elements carry (DSP0243 §9.1).
    LocalizedText info() const { return localizedText(child(u"Info")); }

protected:
    QString attr(QStringView local, const QString &fallback = {}) const { return ovfAttr(m_e, local, fallback); }
    bool hasAttr(QStringView local) const { return hasOvfAttr(m_e, local); }
    xml::Element *child(QStringView local) const { return m_e ? ovfChild(m_e, local) : nullptr; }
    QList<xml::Element *> children(QStringView local) const
    {
        return m_e ? ovfChildren(m_e, local) : QList<xml::Element *>();
    }
    QString childText(QStringView local) const
    {
        const xml::Element *c = child(local);
        return c ? c->text() : QString();
    }

    xml::Element *m_e = nullptr;
};

} // namespace ovf
