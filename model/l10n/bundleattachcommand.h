#pragma once

#include "model/commands/command.h"

#include <memory>

namespace ovf::xml {
class Document;
}

namespace ovf::l10n {

class BundleStore;

// Puts an external bundle document into a BundleStore, or takes one out, undoably (part of
// MoveLocaleCommand). While out of the store the document is owned by this command, so
// element pointers into it held by older commands stay valid.
class BundleAttachCommand : public commands::Command
{
    Q_DECLARE_TR_FUNCTIONS(ovf::l10n::BundleAttachCommand)

public:
    // Attach `document` under `href` (the href must be free in the store).
    static commands::Made<BundleAttachCommand> attach(commands::EditSession *session, BundleStore *store,
                                                      const QString &href, std::unique_ptr<xml::Document> document,
                                                      QUndoCommand *parent = nullptr);
    // Detach the document held under `href`.
    static commands::Made<BundleAttachCommand> detach(commands::EditSession *session, BundleStore *store,
                                                      const QString &href, QUndoCommand *parent = nullptr);
    ~BundleAttachCommand() override;

protected:
    void apply() override;
    void revert() override;

private:
    BundleAttachCommand(commands::EditSession *session, QUndoCommand *parent);
    void put();
    void take();

    BundleStore *m_store = nullptr;
    QString m_href;
    bool m_attach = true;
    std::unique_ptr<xml::Document> m_document; // while not in the store
};

} // namespace ovf::l10n
