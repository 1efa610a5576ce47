#pragma once

#include "model/validation/validator.h"

#include <QCoreApplication>
#include <QHash>

#include <memory>
#include <vector>

namespace ovf {
class Descriptor;
}

namespace ovf::validation {

class EnvelopeIndex;

// Internal to the validator: what every rule needs while it runs. Collects the problems,
// resolves element paths cheaply (siblings are indexed once per parent, so reporting many
// problems under one parent stays linear), and answers the cancel flag.
//
// Not thread-safe; one Context per validate() call.
class Context
{
    Q_DECLARE_TR_FUNCTIONS(ovf::validation::Validator)

public:
    Context(const Descriptor &descriptor, const Options &options);
    ~Context();
    Context(const Context &) = delete;
    Context &operator=(const Context &) = delete;

    const Descriptor &descriptor() const { return m_descriptor; }
    const Options &options() const { return m_options; }
    // Built on first use, shared by all rules (never null for an Envelope document).
    const EnvelopeIndex &index();

    // Polls Options::cancel; once it answered true it keeps answering true.
    bool cancelled();
    // Same, but reads the flag only every `stride` calls: for tight loops.
    bool cancelledEvery(int stride = 1024);

    // Records a problem of `ruleId` (must be in the catalogue) at `element` with the
    // rule's default severity, or with `severity`.
    void report(QStringView ruleId, const xml::Element *element, const QString &message);
    void report(QStringView ruleId, const xml::Element *element, const QString &message, Severity severity);

    void setConformanceLevel(int level) { m_conformanceLevel = level; }

    // The problems, rules in catalogue order and each rule's problems in document order.
    Report takeReport();

    // The same string as Element::path(), computed with cached sibling indexes.
    QString pathOf(const xml::Element *e);

private:
    struct Pending
    {
        int ruleIndex;
        qint64 order;
        Problem problem;
    };
    const QString &segmentOf(const xml::Element *e);

    const Descriptor &m_descriptor;
    const Options &m_options;
    std::unique_ptr<EnvelopeIndex> m_index;
    std::vector<Pending> m_pending;
    QHash<const xml::Element *, QString> m_segments;
    QHash<const xml::Element *, QString> m_paths;
    int m_conformanceLevel = 1;
    int m_pollCounter = 0;
    bool m_cancelled = false;
};

// Quotes a user value for a message: 'value', with control characters made visible and
// very long values shortened.
QString quoted(const QString &value);
// "${name}" references in a text, in order (names without the braces).
QStringList placeholderNames(QStringView text);
bool isPlaceholder(QStringView text);

} // namespace ovf::validation
