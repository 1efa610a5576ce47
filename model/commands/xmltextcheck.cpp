#include "model/commands/xmltextcheck.h"

#include "model/ovf/xmlchars.h"

namespace ovf::commands {

std::optional<UnwritableCharacter> firstUnwritableCharacter(QStringView text)
{
    const qsizetype bad = xml::firstNonXmlChar(text);
    if (bad < 0)
        return std::nullopt;
    return UnwritableCharacter{QString::number(text[bad].unicode(), 16).toUpper().rightJustified(4, u'0'), bad + 1};
}

} // namespace ovf::commands
