#pragma once

#include "model/package/verifyoptions.h"
#include "wizards/exportchoices.h"

#include <QWizard>

#include <functional>

namespace ovf::commands {
class EditSession;
}
class ExportDestinationPage;
class ExportFormatPage;
class ExportProfilePage;
class ExportRunPage;
class ExportSigningPage;

// File > Export… (and Save As for packages): Format (OVA / OVF folder / ZIP, manifest
// algorithm, chunk size, compression) → Target (lint for a compatibility profile, its refused
// and degraded findings, Make Compatible as one undoable command) → Signing (none, PEM key and
// chain, PKCS#12) → Destination (overwrite confirmed) → Export (write with byte progress and
// Cancel, then PackageVerifier over the result; the outcome is shown there).
//
// The wizard does not write: it emits writeRequested() and whoever owns the writer
// (ExportController: DocumentSaver → PackageWriter, the code Save runs) reports back through
// writeProgress() / writeFinished(); cancelRequested() asks it to stop (the writer removes its
// temporary output; an existing destination stays as it was). The verification runs here, on
// a worker, with the trust options given. GUI thread only.
class ExportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FormatId, ProfileId, SigningId, DestinationId, RunId };
    // Asks a yes/no question (overwrite?); tests replace it. Default: a QMessageBox.
    using Confirm = std::function<bool(const QString &title, const QString &text)>;

    // `session` is edited by Make Compatible (not owned, outlives the wizard); `baseName` is the
    // default file name without extension.
    ExportWizard(ovf::commands::EditSession *session, const QString &baseName,
                 const ovf::package::VerifyOptions &verify, QWidget *parent = nullptr);
    ~ExportWizard() override;

    ExportChoices choices() const;
    // Presets (Save As: the destination and format the file dialog chose).
    void setDestination(const QString &path, ovf::package::PackageWriterOptions::Format format);

    ovf::commands::EditSession *session() const { return m_session; }
    const ovf::package::VerifyOptions &verifyOptions() const { return m_verify; }
    const QString &baseName() const { return m_baseName; }
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    bool confirm(const QString &title, const QString &text) const;

    ExportFormatPage *formatPage() const { return m_format; }
    ExportProfilePage *profilePage() const { return m_profile; }
    ExportSigningPage *signingPage() const { return m_signing; }
    ExportDestinationPage *destinationPage() const { return m_destination; }
    ExportRunPage *runPage() const { return m_run; }

    // From the writer.
    void writeProgress(qint64 done, qint64 total);
    // `error` empty: written to `path`; the verification starts.
    void writeFinished(const QString &path, const QString &error);

    void reject() override;

signals:
    void writeRequested(const ExportChoices &choices);
    void cancelRequested();
    // The package was written and verified (whatever the verdict).
    void exported(const QString &path);

private:
    ovf::commands::EditSession *m_session;
    QString m_baseName;
    ovf::package::VerifyOptions m_verify;
    Confirm m_confirm;
    ExportFormatPage *m_format;
    ExportProfilePage *m_profile;
    ExportSigningPage *m_signing;
    ExportDestinationPage *m_destination;
    ExportRunPage *m_run;
};
