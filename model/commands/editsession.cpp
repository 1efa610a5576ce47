#include "model/commands/editsession.h"

#include "model/ovf/attributechanges.h"
#include "model/ovf/descriptor.h"
#include "model/ovf/elementpath.h"

#include <QUndoStack>

namespace ovf::commands {

namespace {

bool isCharacterContent(const xml::Node *node)
{
    return !node->isElement() && node->kind() != xml::NodeKind::ProcessingInstruction;
}

} // namespace

// The undo entry of a compound edit: the commands it pushed, each done when it was pushed,
// undone in reverse and redone in order.
class EditSession::Group : public QUndoCommand
{
public:
    explicit Group(const QString &text) { setText(text); }

    // QUndoStack::push() calls redo() on what it is given: a group is given done.
    void pushOnto(QUndoStack *stack)
    {
        m_pushing = true;
        stack->push(this);
    }

    void redo() override
    {
        if (m_pushing) {
            m_pushing = false;
            return;
        }
        for (const auto &step : m_steps)
            step->redo();
    }
    void undo() override
    {
        for (auto it = m_steps.rbegin(); it != m_steps.rend(); ++it)
            (*it)->undo();
    }

    void add(std::unique_ptr<QUndoCommand> step) { m_steps.push_back(std::move(step)); }
    bool isEmpty() const { return m_steps.empty(); }

private:
    std::vector<std::unique_ptr<QUndoCommand>> m_steps;
    bool m_pushing = false;
};

EditSession::EditSession(std::unique_ptr<Descriptor> descriptor, QObject *parent)
    : QObject(parent), m_descriptor(std::move(descriptor)), m_stack(new QUndoStack(this))
{
    Q_ASSERT(m_descriptor);
    connect(m_stack, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
}

EditSession::~EditSession()
{
    Q_ASSERT(m_groups.empty());
    // Commands hold removed nodes of the document: free them before the document.
    m_stack->clear();
    delete m_stack;
    m_stack = nullptr;
}

xml::Document &EditSession::document() const
{
    return m_descriptor->xml();
}

bool EditSession::isModified() const
{
    return !m_stack->isClean();
}

void EditSession::setSaved()
{
    m_stack->setClean();
}

void EditSession::setReadOnly(const QString &reason)
{
    m_readOnlyReason = reason;
}

std::expected<void, QString> EditSession::adoptAttributeChanges(const xml::AttributeChanges &changes)
{
    if (changes.isEmpty())
        return {};
    xml::Document &doc = document();
    // Every list first: a change that does not fit leaves the document as it was.
    std::vector<std::pair<xml::Element *, std::vector<xml::Attribute>>> lists;
    for (const xml::AttributeChanges::Change &change : changes.changes()) {
        xml::Element *element = xml::ElementPath::resolve(doc, change.path);
        auto attributes = xml::AttributeChanges::attributesFor(doc, element, change);
        if (!attributes)
            return std::unexpected(attributes.error());
        lists.emplace_back(element, std::move(*attributes));
    }
    beginChange();
    for (auto &[element, attributes] : lists)
        swapAttributes(element, std::move(attributes));
    endChange(nullptr);
    return {};
}

std::expected<void, QString> EditSession::push(Made<Command> command)
{
    if (!command)
        return std::unexpected(command.error());
    if (isReadOnly())
        return std::unexpected(m_readOnlyReason);
    record(std::move(*command));
    return {};
}

void EditSession::record(std::unique_ptr<Command> command)
{
    if (m_groups.empty()) {
        m_stack->push(command.release());
        return;
    }
    command->redo();
    m_groups.back()->add(std::move(command));
}

EditSession::Outcome EditSession::compound(const QString &text, const std::function<Outcome()> &steps)
{
    auto group = std::make_unique<Group>(text);
    m_groups.push_back(group.get());
    const Outcome outcome = steps();
    Q_ASSERT(m_groups.back() == group.get());
    m_groups.pop_back();
    if (!outcome) {
        group->undo();
        return outcome;
    }
    if (group->isEmpty())
        return outcome;
    if (m_groups.empty())
        group.release()->pushOnto(m_stack);
    else
        m_groups.back()->add(std::move(group));
    return outcome;
}

std::vector<std::unique_ptr<xml::Node>> EditSession::spliceChildren(xml::Element *parent, int index, int count,
                                                                    std::vector<std::unique_ptr<xml::Node>> replacement)
{
    emit aboutToChange();
    bool textOnly = true;
    for (const auto &n : replacement)
        textOnly = textOnly && isCharacterContent(n.get());
    for (int i = index; i < index + count && textOnly; ++i)
        textOnly = isCharacterContent(parent->child(i));
    const int inserted = int(replacement.size());
    auto removed = parent->document()->spliceChildren(parent, index, count, std::move(replacement));
    if (textOnly) {
        emit textChanged(parent);
        return removed;
    }
    if (count > 0) {
        QList<xml::Node *> nodes;
        nodes.reserve(count);
        for (const auto &n : removed)
            nodes.append(n.get());
        emit childrenRemoved(parent, index, index + count - 1, nodes);
    }
    if (inserted > 0)
        emit childrenInserted(parent, index, index + inserted - 1);
    return removed;
}

std::vector<xml::Attribute> EditSession::swapAttributes(xml::Element *element, std::vector<xml::Attribute> attributes)
{
    emit aboutToChange();
    auto previous = element->document()->swapAttributes(element, std::move(attributes));
    emit attributesChanged(element);
    return previous;
}

void EditSession::beginChange()
{
    ++m_changeDepth;
}

void EditSession::endChange(xml::Element *focus)
{
    if (--m_changeDepth > 0) {
        if (!m_pendingFocus)
            m_pendingFocus = focus;
    } else {
        xml::Element *f = focus ? focus : m_pendingFocus;
        m_pendingFocus = nullptr;
        emit documentChanged(f);
    }
}

} // namespace ovf::commands
