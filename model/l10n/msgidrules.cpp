#include "model/l10n/msgidrules.h"

#include "model/l10n/catalogue.h"

namespace ovf::l10n {

std::expected<void, QString> MsgidRules::check(const QString &msgid)
{
    if (msgid.isEmpty())
        return std::unexpected(tr("A message id cannot be empty."));
    for (QChar c : msgid) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return std::unexpected(tr("The message id '%1' contains whitespace or a control character.").arg(msgid));
    }
    return {};
}

bool MsgidRules::isTaken(const Catalogue &catalogue, const QString &msgid)
{
    if (catalogue.message(msgid))
        return true;
    for (const QString &locale : catalogue.locales()) {
        if (catalogue.translation(locale, msgid))
            return true;
    }
    return false;
}

} // namespace ovf::l10n
