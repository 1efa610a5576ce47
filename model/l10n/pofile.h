#pragma once

#include "model/l10n/translationfile.h"

// GNU gettext PO files (internal to TranslationFile): one entry per message, the OVF msgid as
// msgctxt (one source text may stand for several messages), the default text as msgid, the
// translation as msgstr, where it is used as an extracted comment ("#."), "#, fuzzy" for a
// translation that is not final (a stale one), the msgid again as a "#:" reference. Read: msgctxt, else the first "#:" reference
// (what translate-toolkit's xliff2po writes from an XLIFF trans-unit id), gives the msgid;
// obsolete ("#~") entries are skipped; plural forms are refused (OVF has none).
namespace ovf::l10n::pofile {

QByteArray write(const TranslationFile &file);
std::expected<TranslationFile, TranslationFileError> read(const QByteArray &bytes, const QString &fileName);
// True when `bytes` look like a PO file (the first non-comment line starts with a keyword).
bool looksLikePo(const QByteArray &bytes);

} // namespace ovf::l10n::pofile
