#pragma once

#include "model/deploy/plan.h"
#include "model/deploy/planeula.h"
#include "model/ovf/descriptor.h"
#include "model/package/verifyoptions.h"
#include "model/package/verifyresult.h"
#include "wizards/deployoutcome.h"
#include "wizards/deployproperty.h"
#include "wizards/textresolver.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

// What the deploy wizard knows and what the operator chose, shared by its pages: the
// package, its verification and descriptor, the resolved texts, and the deployment plan
// being filled in. Pages read and write it; the wizard owns it. GUI thread only.
class DeploySession : public QObject
{
    Q_OBJECT

public:
    explicit DeploySession(QObject *parent = nullptr);

    // The package to verify for `path`: a .ovf file stands for its folder (an OVF folder
    // package); anything else as given, made absolute.
    static QString packageFor(const QString &path);

    QString packagePath() const { return m_plan.package; }
    // Clears the verification and every choice tied to the package.
    void setPackagePath(const QString &path);

    // Where external Strings bundles are read from instead of the verified package (a
    // preview of the document open in the main window reads its edited bundles). Set before
    // setVerification().
    void setBundleReader(ovf::l10n::BundleStore::Reader reader) { m_bundleReader = std::move(reader); }

    // The texts of `result`'s descriptor in every locale, read by the returned function, which
    // reads files (external bundles: through the reader of setBundleReader(), else out of the
    // verified package) and may run on any thread: the VerificationPage runs it on a worker.
    std::function<TextResolver()> textsLoader(std::shared_ptr<const ovf::package::VerifyResult> result) const;
    // The result of verifying packagePath(); sets the descriptor, texts, properties, EULAs
    // and resets the plan's package-dependent choices. Emits packageChanged(). `texts`: what
    // textsLoader(result) returned; without it they are read here, on the calling thread.
    void setVerification(std::shared_ptr<const ovf::package::VerifyResult> result,
                         std::optional<TextResolver> texts = std::nullopt);
    const ovf::package::VerifyResult *verification() const { return m_verification.get(); }
    std::shared_ptr<const ovf::package::VerifyResult> verificationPtr() const { return m_verification; }
    // Null until a verification produced a descriptor.
    const ovf::Descriptor *descriptor() const;
    ovf::Envelope envelope() const;

    const TextResolver &texts() const { return m_texts; }
    const QList<DeployProperty> &properties() const { return m_properties; }
    const QList<ovf::deploy::PackageEula> &eulas() const { return m_eulas; }
    // The default Configuration id of the package; null when it has no deployment options.
    QString defaultConfiguration() const;
    // The deployment option in effect: the plan's, else the default.
    QString effectiveConfiguration() const;
    void setConfiguration(const QString &id);

    // The key of `p` in Plan::properties: its full key when no other entity has it, else
    // "ENTITY:FULLKEY".
    QString planKey(const DeployProperty &p) const;

    ovf::deploy::Plan &plan() { return m_plan; }
    const ovf::deploy::Plan &plan() const { return m_plan; }

    // How packages are verified (trust anchors, time); tests set their own anchors.
    const ovf::package::VerifyOptions &verifyOptions() const { return m_verifyOptions; }
    void setVerifyOptions(const ovf::package::VerifyOptions &options) { m_verifyOptions = options; }

    // How the deployment ended (set by the Progress page).
    const DeployOutcome &outcome() const { return m_outcome; }
    void setOutcome(const DeployOutcome &outcome) { m_outcome = outcome; }

    // The locale texts are shown in ("" for the descriptor's default texts): the document's
    // locale the resolution ends in (de-AT asked, de found: "de").
    QString textLocale() const;
    // Resolves every text again in `locale` (fallback de-AT → de → default text; "" for the
    // default texts): properties, EULAs and the pages that show them follow (textsChanged()).
    // The plan's locale (the environment's PlatformSection Locale) becomes `locale` too.
    void setTextLocale(const QString &locale);
    // The locale asked for with setTextLocale(), or picked from the UI languages on
    // verification; "" for the default texts.
    QString requestedTextLocale() const { return m_texts.locale(); }

    // Choices read from an answer file (`source` names it). They are copied into the plan
    // now when a package is verified (emitting packageChanged() so pages rebuild), and again
    // after every later verification, except the package path. An EULA acceptance is kept
    // only when it is for a EULA of the package (entity and index) and its digest is that of
    // one of the package's texts for it; every other EULA must be accepted again, and
    // answerNotes() says why.
    void setAnswers(const ovf::deploy::Plan &answers, const QString &source);
    bool hasAnswers() const { return m_answers.has_value(); }
    QString answersSource() const { return m_answersSource; }
    // Why loaded answers were not all taken over (EULAs), for the operator.
    QStringList answerNotes() const { return m_answerNotes; }

signals:
    void packageChanged();
    void configurationChanged(const QString &id);
    void textsChanged();

private:
    ovf::package::VerifyOptions m_verifyOptions;
    std::shared_ptr<const ovf::package::VerifyResult> m_verification;
    TextResolver m_texts;
    ovf::l10n::BundleStore::Reader m_bundleReader;
    QList<DeployProperty> m_properties;
    QList<ovf::deploy::PackageEula> m_eulas;
    ovf::deploy::Plan m_plan;
    DeployOutcome m_outcome;
    std::optional<ovf::deploy::Plan> m_answers;
    QString m_answersSource;
    QStringList m_answerNotes;

    void applyAnswers();
    void resolveTexts();
};
