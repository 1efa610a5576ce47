#pragma once

#include "model/ovf/envelope.h"

#include <QHash>
#include <QLocale>
#include <QString>

// Resolves the localizable texts of a descriptor (DSP0243 §10: an element with ovf:msgid
// takes its text from the Strings bundle of the user's locale when there is one, else its
// own default text). Only embedded bundles are read; external ones (ovf:fileRef) are
// ignored. Holds copies of the messages, so it outlives the document.
class TextResolver
{
public:
    TextResolver() = default;

    // Picks the bundle whose xml:lang best matches `locale` (its UI languages in order,
    // exact tag first, then the language alone); none when the envelope's own language
    // matches first.
    void load(const ovf::Envelope &envelope, const QLocale &locale);
    void clear();

    // The translation of `t` in the chosen bundle, or its default text.
    QString text(const ovf::LocalizedText &t) const;
    // The xml:lang of the chosen bundle, or the envelope's default language (may be empty).
    QString language() const { return m_language; }
    bool isTranslated() const { return m_translated; }

private:
    QHash<QString, QString> m_messages;
    QString m_language;
    bool m_translated = false;
};
