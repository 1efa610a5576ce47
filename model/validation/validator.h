#pragma once

#include "model/validation/problem.h"

#include <QByteArray>

#include <atomic>
#include <expected>
#include <functional>

namespace ovf {
class Descriptor;
}

namespace ovf::validation {

// A rule of the catalogue: its stable id (kebab-case, never reused), default severity, a
// one-line title, and the DSP0243 clause it enforces.
struct RuleInfo
{
    QString id;
    Severity severity;
    QString title;
    QString reference;
};
const QList<RuleInfo> &ruleCatalogue();
const RuleInfo *findRule(QStringView id);

// Returns the bytes of an external Strings bundle named by a File href (relative to the
// descriptor), or an error message. Without a resolver, external bundles are reported as
// not checked (info) instead of being read.
using BundleResolver = std::function<std::expected<QByteArray, QString>(const QString &href)>;

struct Options
{
    BundleResolver resolveBundle;
    // Polled between rules and inside long loops; validation stops early when set.
    const std::atomic<bool> *cancel = nullptr;
};

// DSP0243 §5.4 / DSP2017 5.4: 1 = no custom extensions, 2 = extensions, all optional,
// 3 = at least one required extension.
struct Report
{
    QList<Problem> problems;
    int conformanceLevel = 1;
    bool cancelled = false;
    int count(Severity s) const;
    bool hasErrors() const { return count(Severity::Error) > 0; }
};

// Runs every rule over a descriptor. Pure: reads the document, never changes it; safe to
// run on a worker thread while nobody edits the document. Problems come in document order
// within each rule, rules in catalogue order.
Report validate(const Descriptor &descriptor, const Options &options = {});

} // namespace ovf::validation
