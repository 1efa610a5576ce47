#include "model/l10n/messagestatus.h"

using namespace Qt::StringLiterals;

namespace ovf::l10n {

QString MessageStatusText::key(MessageStatus status)
{
    switch (status) {
    case MessageStatus::Missing:
        return u"missing"_s;
    case MessageStatus::Empty:
        return u"empty"_s;
    case MessageStatus::Stale:
        return u"stale"_s;
    case MessageStatus::Identical:
        return u"identical"_s;
    case MessageStatus::Translated:
        return u"translated"_s;
    }
    return {};
}

QString MessageStatusText::label(MessageStatus status)
{
    switch (status) {
    case MessageStatus::Missing:
        return tr("missing");
    case MessageStatus::Empty:
        return tr("empty");
    case MessageStatus::Stale:
        return tr("stale");
    case MessageStatus::Identical:
        return tr("identical to the default text");
    case MessageStatus::Translated:
        return tr("translated");
    }
    return {};
}

} // namespace ovf::l10n
