#pragma once

#include "model/l10n/translationfile.h"

namespace ovf::xml {
class Document;
}

// XLIFF 1.2 and 2.0 (internal to TranslationFile).
//
// 1.2: <file original source-language target-language datatype="plaintext"><body>, one
// <trans-unit id resname xml:space="preserve"> per message with <source>, <target state> and
// <note from="developer">; a final target is approved="yes" (translate-toolkit and lconvert
// take anything else as unfinished), a stale one state="needs-review-translation".
// Read: 1.0/1.1/1.2 namespaces; the msgid from resname, else a PO msgctxt context, else a
// location context (po2xliff writes "#:" references so), else the id; the gettext header unit
// is skipped.
// 2.0: <file id original>, <unit id name xml:space="preserve"> with <notes><note>, one
// <segment state> of <source>/<target>. Several segments are joined.
namespace ovf::l10n::xlifffile {

QByteArray write12(const TranslationFile &file);
QByteArray write20(const TranslationFile &file);
std::expected<TranslationFile, TranslationFileError> read(const xml::Document &doc, const QString &fileName);

} // namespace ovf::l10n::xlifffile
