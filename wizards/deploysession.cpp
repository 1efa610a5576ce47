#include "wizards/deploysession.h"

#include "model/deploy/effectiveconfiguration.h"
#include "model/package/hrefreader.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

DeploySession::DeploySession(QObject *parent) : QObject(parent) { }

QString DeploySession::packageFor(const QString &path)
{
    if (path.isEmpty())
        return {};
    const QFileInfo info(path);
    if (info.isFile() && info.suffix().compare(u"ovf"_s, Qt::CaseInsensitive) == 0)
        return QDir::cleanPath(info.absolutePath());
    return QDir::cleanPath(info.absoluteFilePath());
}

void DeploySession::setPackagePath(const QString &path)
{
    if (path == m_plan.package && m_verification)
        return;
    const ovf::deploy::Plan fresh;
    m_plan = fresh;
    m_plan.package = path;
    m_verification.reset();
    m_texts.clear();
    m_properties.clear();
    m_eulas.clear();
    emit packageChanged();
}

std::function<TextResolver()> DeploySession::textsLoader(std::shared_ptr<const ovf::package::VerifyResult> result) const
{
    // External bundles are read out of the package with the same href rules as every
    // member (at most 64 MiB each, after verification).
    ovf::l10n::BundleStore::Reader reader = m_bundleReader;
    if (!reader && result && !result->packagePath.isEmpty())
        reader = ovf::package::HrefReader::forPackage(result->packagePath, result->descriptorName).stringReader();
    return [result = std::move(result), reader = std::move(reader)] {
        TextResolver texts;
        if (result && result->descriptor)
            texts.load(result->descriptor->envelope(), QString(), reader);
        return texts;
    };
}

void DeploySession::setVerification(std::shared_ptr<const ovf::package::VerifyResult> result,
                                    std::optional<TextResolver> texts)
{
    m_verification = std::move(result);
    const QString package = m_plan.package;
    const ovf::deploy::BackendKind backend = m_plan.backend;
    const QString uri = m_plan.libvirtUri;
    const QString out = m_plan.outputPath;
    m_plan = ovf::deploy::Plan();
    m_plan.package = package;
    m_plan.backend = backend;
    m_plan.libvirtUri = uri;
    m_plan.outputPath = out;
    m_texts.clear();
    m_properties.clear();
    m_eulas.clear();
    if (descriptor()) {
        m_texts = texts ? std::move(*texts) : textsLoader(m_verification)();
        const QString locale = m_texts.bestLocale(QLocale().uiLanguages());
        m_texts.setLocale(locale);
        m_plan.locale = locale;
        resolveTexts();
    }
    applyAnswers();
    emit packageChanged();
}

const ovf::Descriptor *DeploySession::descriptor() const
{
    return m_verification && m_verification->descriptor ? m_verification->descriptor.get() : nullptr;
}

ovf::Envelope DeploySession::envelope() const
{
    const ovf::Descriptor *d = descriptor();
    return d ? d->envelope() : ovf::Envelope();
}

QString DeploySession::defaultConfiguration() const
{
    const ovf::Descriptor *d = descriptor();
    return d ? ovf::deploy::EffectiveConfiguration::defaultConfiguration(d->envelope()) : QString();
}

QString DeploySession::effectiveConfiguration() const
{
    return m_plan.deploymentOption.isEmpty() ? defaultConfiguration() : m_plan.deploymentOption;
}

void DeploySession::setConfiguration(const QString &id)
{
    if (id == m_plan.deploymentOption)
        return;
    m_plan.deploymentOption = id;
    emit configurationChanged(effectiveConfiguration());
}

QString DeploySession::planKey(const DeployProperty &p) const
{
    for (const DeployProperty &other : m_properties) {
        if (other.fullKey == p.fullKey && other.systemId != p.systemId)
            return p.systemId + u':' + p.fullKey;
    }
    return p.fullKey;
}

QString DeploySession::textLocale() const
{
    return m_texts.isTranslated() ? m_texts.language() : QString();
}

void DeploySession::setTextLocale(const QString &locale)
{
    if (locale == m_texts.locale())
        return;
    m_texts.setLocale(locale);
    m_plan.locale = locale;
    resolveTexts();
    emit textsChanged();
}

void DeploySession::resolveTexts()
{
    const ovf::Descriptor *d = descriptor();
    if (!d)
        return;
    // Property values the operator typed survive: they live in the plan, not here.
    m_properties = collectDeployProperties(d->envelope(), m_texts);
    m_eulas = ovf::deploy::packageEulas(d->envelope());
    // A license translated in an external bundle: the text shown is the one accepted.
    const QString locale = textLocale();
    if (!locale.isEmpty()) {
        for (ovf::deploy::PackageEula &eula : m_eulas) {
            if (!eula.texts.contains(locale))
                eula.texts.insert(locale, m_texts.text(eula.section.license()).trimmed());
        }
    }
}

void DeploySession::setAnswers(const ovf::deploy::Plan &answers, const QString &source)
{
    m_answers = answers;
    m_answersSource = source;
    if (descriptor()) {
        applyAnswers();
        emit packageChanged();
    }
}

void DeploySession::applyAnswers()
{
    m_answerNotes.clear();
    if (!m_answers || !descriptor())
        return;
    const ovf::deploy::Plan &a = *m_answers;
    m_plan.deploymentOption = a.deploymentOption;
    m_plan.properties = a.properties;
    m_plan.networks = a.networks;
    m_plan.storage = a.storage;
    m_plan.diskFormat = a.diskFormat;
    m_plan.names = a.names;
    m_plan.powerOn = a.powerOn;
    m_plan.backend = a.backend;
    m_plan.libvirtUri = a.libvirtUri;
    m_plan.outputPath = a.outputPath;
    m_plan.eulaAcceptances.clear();
    const QString file = QFileInfo(m_answersSource).fileName();
    QList<bool> used(a.eulaAcceptances.size(), false);
    for (const ovf::deploy::PackageEula &eula : std::as_const(m_eulas)) {
        const QString which = eula.entityId.isEmpty() ? tr("License %1 of the package").arg(eula.index + 1)
                                                      : tr("License %1 of %2").arg(eula.index + 1).arg(eula.entityId);
        bool found = false;
        for (qsizetype i = 0; i < a.eulaAcceptances.size(); ++i) {
            const ovf::deploy::EulaAcceptance &acc = a.eulaAcceptances.at(i);
            if (acc.entityId != eula.entityId || acc.index != eula.index)
                continue;
            found = true;
            used[i] = true;
            if (ovf::deploy::acceptanceMatches(acc, eula))
                m_plan.eulaAcceptances.append(acc);
            else
                m_answerNotes.append(tr("%1: %2 accepted a different text (its SHA-256 is not that of the "
                                        "package's text), so it must be accepted again.")
                                         .arg(which, file));
        }
        if (!found)
            m_answerNotes.append(tr("%1: %2 does not accept it, so it must be accepted here.").arg(which, file));
    }
    for (qsizetype i = 0; i < a.eulaAcceptances.size(); ++i) {
        if (!used.at(i))
            m_answerNotes.append(tr("%1 accepts license %2 of \"%3\", which this package does not have; ignored.")
                                     .arg(file)
                                     .arg(a.eulaAcceptances.at(i).index + 1)
                                     .arg(a.eulaAcceptances.at(i).entityId));
    }
}
