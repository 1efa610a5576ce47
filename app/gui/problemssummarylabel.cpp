#include "app/gui/problemssummarylabel.h"

using namespace Qt::StringLiterals;
using ovf::validation::Severity;

namespace {

QString iconHtml(const QString &name)
{
    return u"<img src=\":/icons/%1.svg\" width=\"14\" height=\"14\" style=\"vertical-align: middle\">"_s.arg(name);
}

} // namespace

ProblemsSummaryLabel::ProblemsSummaryLabel(QWidget *parent) : QLabel(parent)
{
    setTextFormat(Qt::RichText);
    setContentsMargins(8, 0, 8, 0);
}

void ProblemsSummaryLabel::showState(bool hasDocument, bool validating, const ovf::validation::Report *report)
{
    if (!hasDocument) {
        clear();
        return;
    }
    if (validating) {
        setText(tr("Checking…").toHtmlEscaped());
        return;
    }
    if (!report)
        return;
    if (report->problems.isEmpty()) {
        setText(iconHtml(u"ok"_s) + u"&nbsp;"_s + tr("No problems").toHtmlEscaped());
        return;
    }
    const int errors = report->count(Severity::Error);
    const int warnings = report->count(Severity::Warning);
    const int notes = report->count(Severity::Info);
    QStringList parts;
    if (errors)
        parts << iconHtml(u"error"_s) + u"&nbsp;"_s
                     + (errors == 1 ? tr("1 error") : tr("%n errors", nullptr, errors)).toHtmlEscaped();
    if (warnings)
        parts << iconHtml(u"warning"_s) + u"&nbsp;"_s
                     + (warnings == 1 ? tr("1 warning") : tr("%n warnings", nullptr, warnings)).toHtmlEscaped();
    if (notes)
        parts << iconHtml(u"info"_s) + u"&nbsp;"_s
                     + (notes == 1 ? tr("1 note") : tr("%n notes", nullptr, notes)).toHtmlEscaped();
    setText(parts.join(u"&nbsp;&nbsp;&nbsp;"_s));
}

