#pragma once

#include "model/l10n/bundlestore.h"
#include "model/package/verifyresult.h"
#include "wizards/deploypage.h"

#include <QStringList>
#include <QWizard>

#include <expected>
#include <memory>

class DeploySession;
class TargetInventory;

// The deploy wizard: assembles the pages (each its own class, each skipped when it has
// nothing to ask) around one DeploySession. Start it with a package path to begin at the
// verification, or with the document open in the main window to offer it on the Source page.
class DeployWizard : public QWizard
{
    Q_OBJECT

public:
    struct Options
    {
        QString package; // when set, the Source page is skipped and this package verified
        QString openDocument; // offered on the Source page (the main window's document)
        // Preview (File > Preview Deployment in ▸): the document as it is now, not verified
        // (no package yet), shown from the Details page in `locale` ("" for the default
        // texts) up to the Summary, whose Finish closes the wizard without deploying.
        std::shared_ptr<const ovf::package::VerifyResult> preview;
        QString locale;
        ovf::l10n::BundleStore::Reader bundles; // the document's Strings bundles as edited
    };

    explicit DeployWizard(const Options &options, QWidget *parent = nullptr);
    ~DeployWizard() override;

    DeploySession *session() const { return m_session; }
    bool isPreview() const { return m_preview; }
    int nextId() const override;

    // Reads the answer file at `path` (ovf::deploy::AnswerFile) and hands its choices to the
    // session, which fills every page in from them once the package is verified. When no
    // package is chosen yet, the Source page gets the file's "package". On an error nothing
    // changes. The error or the reader's warnings (each naming its key) are shown in a
    // window-modal message box (objectName "answersMessage") unless `interactive` is false.
    // Offered (button "Load Answers…") on the pages before any choice is made: Source,
    // Verification and Details.
    std::expected<QStringList, QString> loadAnswerFile(const QString &path, bool interactive = true);
    TargetInventory *inventory() const { return m_inventory; }

    template<typename Page>
    Page *deployPage(DeployPageId id) const
    {
        return qobject_cast<Page *>(page(int(id)));
    }

protected:
    void reject() override;

private:
    void chooseAnswerFile();
    void updateLoadButton(int pageId);
    void showAnswersMessage(bool error, const QString &text);

    DeploySession *m_session;
    TargetInventory *m_inventory;
    bool m_preview = false;
};
