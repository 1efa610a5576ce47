#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <expected>
#include <vector>

namespace ovf::xml {

class Document;
class Element;
struct Attribute;

// What a writer changed in a copy of a document when it changed attributes only: for every
// element whose attribute list differs, its path (ElementPath) and the list before and after,
// with the attributes the writer left untouched marked as kept. PackageWriter edits only
// attributes of the copy it saves (ovf:size, ovf:compression, ovf:chunkSize on Files; a
// converted disk's href, format and sizes), so its edits can be carried back into the document
// being edited (commands::EditSession::adoptAttributeChanges) without parsing anything on the
// GUI thread. Plain data; computed on any thread.
class AttributeChanges
{
    Q_DECLARE_TR_FUNCTIONS(ovf::xml::AttributeChanges)

public:
    struct Value
    {
        QString qualified;    // the name as written, prefix included
        QString namespaceUri; // resolved
        QString value;
        bool kept = false;    // untouched by the edit: written back with its source bytes

        friend bool operator==(const Value &, const Value &) = default;
    };
    struct Change
    {
        QList<int> path;
        QList<Value> before;
        QList<Value> after;
    };

    // The attribute changes that turn `from` into `to`. Fails (naming the first difference)
    // when they differ in anything but attributes: elements, text, comments, their order.
    // Whitespace after the root element is not compared (an OVA's descriptor is padded there).
    static std::expected<AttributeChanges, QString> between(const Document &from, const Document &to);

    bool isEmpty() const { return m_changes.isEmpty(); }
    const QList<Change> &changes() const { return m_changes; }

    // The attribute list `element` (of `document`) gets from `change`: kept attributes are
    // taken from the element itself (their source bytes with them), the others made anew.
    // Fails when the element does not hold `change.before`.
    static std::expected<std::vector<Attribute>, QString> attributesFor(Document &document, const Element *element,
                                                                         const Change &change);

private:
    QList<Change> m_changes;
};

} // namespace ovf::xml
