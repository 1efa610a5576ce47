#include "model/l10n/translationexport.h"

#include "model/l10n/catalogue.h"
#include "model/l10n/messageusage.h"

namespace ovf::l10n {

TranslationFile TranslationExport::build(const Catalogue &catalogue, const QString &locale, ExchangeFormat format,
                                         const QString &original)
{
    TranslationFile file;
    file.format = format;
    file.original = original;
    file.sourceLanguage = catalogue.defaultLanguage();
    const QString written = catalogue.findLocale(locale);
    file.targetLanguage = written.isNull() ? locale : written;
    file.units.reserve(qsizetype(catalogue.messages().size()));
    for (const Message &m : catalogue.messages()) {
        TranslationUnit u;
        u.msgid = m.msgid;
        u.source = m.defaultText;
        u.note = MessageUsage::describe(m.uses.first());
        if (m.uses.size() > 1)
            u.note += tr(" (and %n more place(s))", nullptr, int(m.uses.size() - 1));
        if (!written.isNull()) {
            const MessageStatus status = catalogue.status(written, m.msgid);
            if (status != MessageStatus::Missing && status != MessageStatus::Empty) {
                u.target = catalogue.translation(written, m.msgid)->text;
                u.hasTarget = true;
                u.final = status != MessageStatus::Stale;
            }
        }
        file.units.append(u);
    }
    return file;
}

} // namespace ovf::l10n
