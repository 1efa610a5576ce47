#pragma once

#include "model/compat/linter.h"
#include "model/validation/envelopeindex.h"
#include "model/validation/validator.h"

#include <memory>

namespace ovf::compat {

// Internal to the linter: the descriptor, the target, the package facts, the validator's
// index and report (shared rules are asked there, not re-implemented), and the findings.
class LintContext
{
    Q_DECLARE_TR_FUNCTIONS(ovf::compat::Linter)

public:
    LintContext(const Descriptor &descriptor, const Profile &profile, const PackageFacts &facts);

    const Descriptor &descriptor() const { return m_descriptor; }
    const Profile &profile() const { return m_profile; }
    const PackageFacts &facts() const { return m_facts; }
    const validation::EnvelopeIndex &index() const { return *m_index; }
    // The validator's report on the same document (computed on first use).
    const validation::Report &validation();

    void add(QStringView ruleId, Verdict verdict, const xml::Element *element, const QString &message,
             const QString &fixDescription = {}, const QString &fixValue = {}, QStringView fixId = {});

    QList<Finding> take() { return std::move(m_findings); }

private:
    const Descriptor &m_descriptor;
    const Profile &m_profile;
    const PackageFacts &m_facts;
    std::unique_ptr<validation::EnvelopeIndex> m_index;
    std::optional<validation::Report> m_validation;
    QList<Finding> m_findings;
};

// The rule groups (lintrules_*.cpp).
void lintEnvelope(LintContext &ctx);
void lintHardware(LintContext &ctx);
void lintPackage(LintContext &ctx);

// Shared by rules and fixes.
// The VM name a platform derives for an entity (its Name, else its ovf:id).
QString entityVmName(const Entity &entity);
// True when `units` (AllocationUnits of a memory Item) means MiB: "byte * 2^20", "MB",
// "MegaBytes" or absent.
bool isMegabytes(const QString &units);

} // namespace ovf::compat
