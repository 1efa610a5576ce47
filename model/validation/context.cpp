#include "model/validation/context.h"

#include "model/ovf/descriptor.h"
#include "model/validation/envelopeindex.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ovf::validation {

namespace {

int catalogueIndex(QStringView id)
{
    static const QHash<QString, int> indexes = [] {
        QHash<QString, int> h;
        const QList<RuleInfo> &rules = ruleCatalogue();
        for (int i = 0; i < rules.size(); ++i)
            h.insert(rules[i].id, i);
        return h;
    }();
    return indexes.value(id.toString(), -1);
}

// Document order for sorting: the source offset of the element, or of its nearest ancestor
// that has one (elements created by edits have none).
qint64 documentOrder(const xml::Element *e)
{
    for (const xml::Element *a = e; a; a = a->parent()) {
        if (a->sourceOffset() >= 0)
            return a->sourceOffset();
    }
    return -1;
}

} // namespace

Context::Context(const Descriptor &descriptor, const Options &options)
    : m_descriptor(descriptor), m_options(options)
{
}

Context::~Context() = default;

const EnvelopeIndex &Context::index()
{
    if (!m_index)
        m_index = std::make_unique<EnvelopeIndex>(m_descriptor.envelope());
    return *m_index;
}

bool Context::cancelled()
{
    if (!m_cancelled && m_options.cancel)
        m_cancelled = m_options.cancel->load(std::memory_order_relaxed);
    return m_cancelled;
}

bool Context::cancelledEvery(int stride)
{
    if (m_cancelled)
        return true;
    if (++m_pollCounter < stride)
        return false;
    m_pollCounter = 0;
    return cancelled();
}

void Context::report(QStringView ruleId, const xml::Element *element, const QString &message)
{
    const int i = catalogueIndex(ruleId);
    Q_ASSERT_X(i >= 0, "Context::report", "rule id missing from the catalogue");
    report(ruleId, element, message, i >= 0 ? ruleCatalogue()[i].severity : Severity::Error);
}

void Context::report(QStringView ruleId, const xml::Element *element, const QString &message, Severity severity)
{
    Pending p;
    p.ruleIndex = catalogueIndex(ruleId);
    Q_ASSERT_X(p.ruleIndex >= 0, "Context::report", "rule id missing from the catalogue");
    p.order = element ? documentOrder(element) : -1;
    p.problem.ruleId = ruleId.toString();
    p.problem.severity = severity;
    p.problem.message = message;
    p.problem.location.file = m_descriptor.fileName();
    p.problem.location.element = element;
    if (element) {
        p.problem.location.path = pathOf(element);
        p.problem.location.position = element->position();
    }
    m_pending.push_back(std::move(p));
}

Report Context::takeReport()
{
    std::stable_sort(m_pending.begin(), m_pending.end(), [](const Pending &a, const Pending &b) {
        if (a.ruleIndex != b.ruleIndex)
            return a.ruleIndex < b.ruleIndex;
        return a.order < b.order;
    });
    Report r;
    r.problems.reserve(qsizetype(m_pending.size()));
    for (Pending &p : m_pending)
        r.problems.append(std::move(p.problem));
    m_pending.clear();
    r.conformanceLevel = m_conformanceLevel;
    r.cancelled = m_cancelled;
    return r;
}

const QString &Context::segmentOf(const xml::Element *e)
{
    auto found = m_segments.constFind(e);
    if (found != m_segments.cend())
        return *found;
    const xml::Element *parent = e->parent();
    if (!parent)
        return *m_segments.insert(e, e->localName());
    // Index all element children of the parent at once, as Element::path() would name them:
    // local name, with a 1-based index among siblings of the same qualified name when there
    // is more than one.
    QHash<const xml::Name *, int> totals;
    for (const auto &c : parent->children()) {
        if (c->isElement())
            ++totals[static_cast<const xml::Element *>(c.get())->name()];
    }
    QHash<const xml::Name *, int> seen;
    for (const auto &c : parent->children()) {
        if (!c->isElement())
            continue;
        const auto *ce = static_cast<const xml::Element *>(c.get());
        const int total = totals.value(ce->name());
        const int index = ++seen[ce->name()];
        m_segments.insert(ce, total > 1 ? u"%1[%2]"_s.arg(ce->localName()).arg(index) : ce->localName());
    }
    return *m_segments.constFind(e);
}

QString Context::pathOf(const xml::Element *e)
{
    auto found = m_paths.constFind(e);
    if (found != m_paths.cend())
        return *found;
    const QString segment = segmentOf(e);
    const QString path = e->parent() ? QString(pathOf(e->parent()) + u'/' + segment) : QString(u'/' + segment);
    m_paths.insert(e, path);
    return path;
}

QString quoted(const QString &value)
{
    constexpr qsizetype maxLength = 80;
    QString v;
    v.reserve(qMin(value.size(), maxLength) + 2);
    for (qsizetype i = 0; i < value.size() && i < maxLength; ++i) {
        const QChar c = value[i];
        if (c == u'\n')
            v += u"\\n"_s;
        else if (c == u'\t')
            v += u"\\t"_s;
        else if (c == u'\r')
            v += u"\\r"_s;
        else if (c.unicode() < 0x20)
            v += u"\\x%1"_s.arg(uint(c.unicode()), 2, 16, QChar(u'0'));
        else
            v += c;
    }
    if (value.size() > maxLength)
        v += u"…"_s;
    return u'\'' + v + u'\'';
}

QStringList placeholderNames(QStringView text)
{
    QStringList names;
    qsizetype from = 0;
    while (true) {
        const qsizetype open = text.indexOf(u"${", from);
        if (open < 0)
            break;
        const qsizetype close = text.indexOf(u'}', open + 2);
        if (close < 0)
            break;
        names.append(text.mid(open + 2, close - open - 2).toString());
        from = close + 1;
    }
    return names;
}

bool isPlaceholder(QStringView text)
{
    const QStringView t = text.trimmed();
    return t.startsWith(u"${") && t.endsWith(u'}') && t.indexOf(u'}') == t.size() - 1;
}

} // namespace ovf::validation
