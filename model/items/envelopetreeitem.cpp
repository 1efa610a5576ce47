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

EnvelopeTreeItem *EnvelopeTreeItem::insertChild(int row, std::unique_ptr<EnvelopeTreeItem> child)
{
    child->m_parent = this;
    EnvelopeTreeItem *raw = child.get();
    m_children.insert(m_children.begin() + row, std::move(child));
    renumber(row);
    return raw;
}

std::unique_ptr<EnvelopeTreeItem> EnvelopeTreeItem::takeChild(int row)
{
    std::unique_ptr<EnvelopeTreeItem> child = std::move(m_children[size_t(row)]);
    m_children.erase(m_children.begin() + row);
    child->m_parent = nullptr;
    renumber(row);
    return child;
}

void EnvelopeTreeItem::moveChild(int from, int to)
{
    std::unique_ptr<EnvelopeTreeItem> child = std::move(m_children[size_t(from)]);
    m_children.erase(m_children.begin() + from);
    m_children.insert(m_children.begin() + to, std::move(child));
    renumber(std::min(from, to));
}

std::vector<std::unique_ptr<EnvelopeTreeItem>> EnvelopeTreeItem::takeChildren()
{
    for (auto &c : m_children)
        c->m_parent = nullptr;
    return std::move(m_children);
}

bool EnvelopeTreeItem::sameLook(const EnvelopeTreeItem &other) const
{
    return m_texts == other.m_texts && m_extension == other.m_extension && m_emphasized == other.m_emphasized;
}

void EnvelopeTreeItem::copyLook(const EnvelopeTreeItem &other)
{
    m_texts = other.m_texts;
    m_extension = other.m_extension;
    m_emphasized = other.m_emphasized;
}

void EnvelopeTreeItem::renumber(int from)
{
    for (size_t i = size_t(from); i < m_children.size(); ++i)
        m_children[i]->m_row = int(i);
}

} // namespace ovf::items
