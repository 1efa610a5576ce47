#pragma once

#include "model/l10n/translationfile.h"

namespace ovf::l10n {

class Catalogue;

// The translation file of one locale: every message of the catalogue in document order, its
// default text as source, where it is used as a note (MessageUsage::describe, "and N more
// places"), its translation as target when it has one with text; stale translations are
// marked not final (XLIFF 1.2 needs-review-translation, XLIFF 2.0 initial, PO fuzzy). A
// locale the document does not have yet gives a file with no targets.
class TranslationExport
{
    Q_DECLARE_TR_FUNCTIONS(ovf::l10n::TranslationExport)

public:
    static TranslationFile build(const Catalogue &catalogue, const QString &locale, ExchangeFormat format,
                                 const QString &original);
};

} // namespace ovf::l10n
