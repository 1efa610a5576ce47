#pragma once

#include "model/l10n/messagestatus.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <expected>
#include <optional>
#include <vector>

namespace ovf {
class Envelope;
}
namespace ovf::xml {
class Element;
}

namespace ovf::l10n {

class BundleStore;

// One translatable message: an ovf:msgid and the elements that carry it (DSP0243 §10).
struct Message
{
    QString msgid;
    // The default text (in Catalogue::defaultLanguage()): the text of the first element that
    // carries the msgid and has text.
    QString defaultText;
    // Every element outside Strings with this msgid, in document order.
    QList<xml::Element *> uses;
    // Two uses carry different default texts (govmomi's internal.ovf reuses "msg1" so).
    bool conflictingDefaults = false;
};

// One <Strings> element of the descriptor.
struct StringsSection
{
    xml::Element *element = nullptr;
    QString language;     // its xml:lang, or the inherited default language
    bool ownLanguage = false;
    // External: ovf:fileRef names a File of the References (DSP2017 5.2).
    bool external = false;
    QString fileRef;
    QString href;         // the File's ovf:href; empty when no File has that id
    xml::Element *bundleRoot = nullptr; // root of the read bundle document; null when unreadable
    QString error;        // why an external bundle could not be read
};

// A message of one locale.
struct Translation
{
    QString text;
    xml::Element *msg = nullptr;
    int section = -1; // index in Catalogue::sections()
    QString sourceHash; // ovfw:sourceHash; null when the Msg has none
};

struct Coverage
{
    QString locale;
    int total = 0;
    int translated = 0; // Translated and Identical and Stale: a Msg with text exists
    int missing = 0;    // Missing and Empty
    int stale = 0;
    int identical = 0;
    int empty = 0;
    bool external = false; // some section of the locale is an external bundle
};

// The document's translatable text, read once: every msgid with its default text and uses,
// every Strings section (embedded, and external through a BundleStore), and the translations
// per locale. A snapshot: element pointers stay valid as long as the document (and the undo
// stack holding removed nodes) does, but the catalogue is not updated by edits; build a new
// one after a change (linear in the document, fast enough per command).
//
// Locales are compared case-insensitively (BCP 47) and reported as first written. Within one
// locale the first Msg of a msgid wins, a section's embedded Msg children before its external
// bundle (govmomi's external.ovf overrides bundle messages so).
class Catalogue
{
    Q_DECLARE_TR_FUNCTIONS(ovf::l10n::Catalogue)

public:
    // `store` may be null: external bundles are then unread (StringsSection::error says so).
    static Catalogue build(const Envelope &envelope, BundleStore *store);

    // The Envelope's xml:lang, "en-US" when absent.
    const QString &defaultLanguage() const { return m_defaultLanguage; }
    const std::vector<Message> &messages() const { return m_messages; }
    const Message *message(const QString &msgid) const;
    const QList<StringsSection> &sections() const { return m_sections; }
    // Every locale with a Strings section, in document order (the default language too when
    // it has a section of its own).
    const QStringList &locales() const { return m_locales; }
    // The locale as written in the document for `tag` (case-insensitive), or null.
    QString findLocale(const QString &tag) const;
    // Indexes into sections() of the sections of `locale`.
    QList<int> sectionsOf(const QString &locale) const;
    bool isExternal(const QString &locale) const;
    // Where a new Msg of `locale` goes: the first of its sections that can take one (an
    // embedded Strings element, or the root of an external bundle that was read). The error
    // names the unreadable bundle when that is all the locale has. `locale` must have a section.
    std::expected<xml::Element *, QString> writableSection(const QString &locale) const;

    // The Msg of `msgid` in exactly `locale` (no fallback).
    std::optional<Translation> translation(const QString &locale, const QString &msgid) const;
    MessageStatus status(const QString &locale, const QString &msgid) const;
    Coverage coverage(const QString &locale) const;
    // Every Msg element with `msgid` in every section (duplicates included), document order,
    // external bundles after the Strings element that names them.
    QList<xml::Element *> msgElements(const QString &msgid) const;
    // Msgids of `locale`'s sections that no element uses, in document order.
    QStringList unusedMessages(const QString &locale) const;

    // The text a consumer shows in `locale` (DSP0243 §10): the first translation with text
    // along LanguageTag::fallbackChain(locale), else the default text; a default text that is
    // empty is taken from a bundle in the default language.
    QString resolve(const QString &msgid, const QString &locale) const;
    // The same for an element: its msgid resolved, or its own text when it has no msgid.
    QString resolve(const xml::Element *element, const QString &locale) const;

    // Keeps the snapshot current after a SetTranslationCommand set `msg` (its Msg element,
    // now holding the new text) for `msgid` in `locale`, without a rebuild: for editors of
    // large documents. Any other change (clearing, undo, other commands) needs build().
    // False (nothing changed) when the catalogue has no such locale.
    bool noteTranslation(const QString &locale, const QString &msgid, xml::Element *msg);

private:
    struct LocaleData
    {
        QString language;
        QList<int> sections;
        QHash<QString, Translation> messages;
        QStringList order; // msgids in document order
    };
    void addSection(const xml::Element *envelope, xml::Element *strings, BundleStore *store);
    void addMessages(LocaleData &locale, xml::Element *parent, int section);
    const LocaleData *localeData(const QString &tag) const;

    QString m_defaultLanguage;
    std::vector<Message> m_messages;
    QHash<QString, int> m_messageIndex;
    QList<StringsSection> m_sections;
    QStringList m_locales;
    std::vector<LocaleData> m_localeData;
    QHash<QString, int> m_localeIndex; // lower-case tag -> index
};

} // namespace ovf::l10n
