#pragma once

#include <QString>

#include <array>
#include <memory>
#include <vector>

namespace ovf::xml {
class Element;
}

namespace ovf::items {

// What a node of the envelope tree stands for. Views pick icons and behaviour from it;
// the numbers are not stable across versions (never store them).
enum class EnvelopeNodeType {
    References,
    File,
    DiskSection,
    Disk,
    NetworkSection,
    Network,
    DeploymentOptionSection,
    Configuration,
    VirtualSystemCollection,
    VirtualSystem,
    ProductSection,
    Category,
    Property,
    VirtualHardwareSection,
    HardwareItem,
    EulaSection,
    AnnotationSection,
    OperatingSystemSection,
    StartupSection,
    StartupEntry,
    Section,          // a known OVF section without a node type of its own
    ExtensionSection, // vendor or unknown section: kept and shown, not interpreted
    StringsBundle,
    Message,
};

// One node of the envelope tree: a plain item that caches the texts it shows and points at
// the XML element it stands for. The tree owns its children; the elements belong to the
// descriptor (or to the undo commands holding removed ones), which must outlive the tree.
// EnvelopeTreeModel changes items only between its begin/end notifications.
class EnvelopeTreeItem
{
public:
    enum Column { NameColumn, KindColumn, InfoColumn, ColumnCount };

    EnvelopeTreeItem(EnvelopeNodeType type, xml::Element *element);
    EnvelopeTreeItem(const EnvelopeTreeItem &) = delete;
    EnvelopeTreeItem &operator=(const EnvelopeTreeItem &) = delete;

    EnvelopeNodeType type() const { return m_type; }
    xml::Element *element() const { return m_element; }

    const QString &text(int column) const { return m_texts[size_t(column)]; }
    void setTexts(QString name, QString kind, QString info);

    // An extension: a section this program does not interpret (DSP0243 §9, ovf:required).
    bool isExtension() const { return m_extension; }
    void setExtension(bool extension) { m_extension = extension; }
    // Shown emphasised (the default Configuration, a required extension section).
    bool isEmphasized() const { return m_emphasized; }
    void setEmphasized(bool emphasized) { m_emphasized = emphasized; }

    EnvelopeTreeItem *parent() const { return m_parent; }
    // Position in the parent's child list; 0 for the root.
    int row() const { return m_row; }
    int childCount() const { return int(m_children.size()); }
    EnvelopeTreeItem *child(int row) const;
    // Takes ownership and returns the child.
    EnvelopeTreeItem *appendChild(std::unique_ptr<EnvelopeTreeItem> child);
    EnvelopeTreeItem *insertChild(int row, std::unique_ptr<EnvelopeTreeItem> child);
    std::unique_ptr<EnvelopeTreeItem> takeChild(int row);
    // Moves the child at `from` so that it ends up at row `to`.
    void moveChild(int from, int to);
    std::vector<std::unique_ptr<EnvelopeTreeItem>> takeChildren();
    // Same texts and flags (the children are not compared).
    bool sameLook(const EnvelopeTreeItem &other) const;
    // Takes texts and flags from `other`.
    void copyLook(const EnvelopeTreeItem &other);

private:
    void renumber(int from);

    EnvelopeNodeType m_type;
    xml::Element *m_element;
    std::array<QString, ColumnCount> m_texts;
    bool m_extension = false;
    bool m_emphasized = false;
    EnvelopeTreeItem *m_parent = nullptr;
    int m_row = 0;
    std::vector<std::unique_ptr<EnvelopeTreeItem>> m_children;
};

} // namespace ovf::items
