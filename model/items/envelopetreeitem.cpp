#include "model/items/envelopetreeitem.h"

namespace ovf::items {

EnvelopeTreeItem::EnvelopeTreeItem(EnvelopeNodeType type, xml::Element *element)
    : m_type(type), m_element(element)
{
}

void EnvelopeTreeItem::setTexts(QString name, QString kind, QString info)
{
    m_texts[NameColumn] = std::move(name);
    m_texts[KindColumn] = std::move(kind);
    m_texts[InfoColumn] = std::move(info);
}

EnvelopeTreeItem *EnvelopeTreeItem::child(int row) const
{
    if (row < 0 || row >= childCount())
        return nullptr;
    return m_children[size_t(row)].get();
}

EnvelopeTreeItem *EnvelopeTreeItem::appendChild(std::unique_ptr<EnvelopeTreeItem> child)
{
    child->m_parent = this;
    child->m_row = childCount();
    m_children.push_back(std::move(child));
    return m_children.back().get();
}

} // namespace ovf::items
