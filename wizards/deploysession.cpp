#include "wizards/deploysession.h"

#include "model/deploy/effectiveconfiguration.h"

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

void DeploySession::setVerification(std::shared_ptr<const ovf::package::VerifyResult> result)
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
    if (const ovf::Descriptor *d = descriptor()) {
        m_texts.load(d->envelope(), QLocale());
        m_properties = collectDeployProperties(d->envelope(), m_texts);
        m_eulas = ovf::deploy::packageEulas(d->envelope());
    }
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
