#pragma once

#include "model/l10n/catalogue.h"
#include "model/l10n/messagestatus.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace ovf {
class Envelope;
}
namespace ovf::l10n {
class BundleStore;
}

// Where in the descriptor a message is used, for the Strings editor's section filter.
enum class StringsArea {
    Systems,           // Info and Name of the Envelope and its virtual systems and collections
    Product,           // ProductSection texts other than properties
    Properties,        // Property and Category labels and descriptions
    Eulas,
    DeploymentOptions,
    Networks,
    Disks,
    Hardware,          // VirtualHardwareSection items (ElementName, Caption, Description)
    Other,             // any other section
};

// One row of the Strings editor: a message of the catalogue seen in the shown locale.
struct StringsRow
{
    int message = -1;       // index in Catalogue::messages()
    QString usage;          // where it is used, readable ("Property admin_password · Label")
    StringsArea area = StringsArea::Other;
    QString translation;    // the shown locale's text ("" when it has none)
    ovf::l10n::MessageStatus status = ovf::l10n::MessageStatus::Missing;
};

// Everything the Strings editor shows, computed in one go so that it can run on a worker
// thread: the catalogue, one row per message for the shown locale (usage, area, translation,
// status), the coverage of every locale, and the texts that could be made translatable.
//
// Threading: build() reads the document and the BundleStore (it may read an external bundle
// through the store's reader). The caller guarantees that nothing edits the document or uses
// the store while it runs (StringsEditor stops it in EditSession::aboutToChange(), and holds
// its own edits back until it has ended).
// Element pointers inside stay valid as the Catalogue's do.
class StringsSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(StringsSnapshot)

public:
    // `locale` empty: the first locale of the document (none when it has none). Null when
    // `cancel` (may be null) became true during the build.
    static std::shared_ptr<StringsSnapshot> build(const ovf::Envelope &envelope, ovf::l10n::BundleStore *store,
                                                  const QString &locale, const std::atomic<bool> *cancel = nullptr);

    ovf::l10n::Catalogue catalogue;
    QString locale;                        // as written in the document; empty when none
    std::vector<StringsRow> rows;
    QList<ovf::l10n::Coverage> coverage;   // every locale, document order
    // Elements of Msg_Type with text and no msgid (MessageUsage::isTranslatable), document order.
    QList<ovf::xml::Element *> untranslatable;

    // After Catalogue::noteTranslation() or noteCleared() for `msgid` in `locale`, whose status
    // was `before`: moves that locale's coverage counts along and, when it is the shown locale,
    // re-reads the row's translation and status. The row changed, or -1.
    int noteEdit(const QString &locale, const QString &msgid, ovf::l10n::MessageStatus before);
    // An edit not in the document yet (the editor holds it back while a worker reads): the
    // shown locale's row `row` shows `text` (nullopt: cleared) with the status the edit will
    // give it, and the coverage follows. The catalogue is not changed: the next build replaces
    // this snapshot, and the edit is made on that one.
    void showPending(int row, const std::optional<QString> &text);
    int rowOf(const QString &msgid) const;
    const ovf::l10n::Message &message(int row) const { return catalogue.messages()[size_t(rows[size_t(row)].message)]; }

    static QString areaLabel(StringsArea area);
    static StringsArea areaOf(const ovf::xml::Element *use);
    // "fr-FR 412/530 · 12 stale"
    static QString coverageText(const ovf::l10n::Coverage &coverage);
};
