#include "wizards/donepage.h"

#include "wizards/deploysession.h"

#include <QDir>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

DonePage::DonePage(DeploySession *session, QWidget *parent) : DeployPage(DeployPageId::Done, session, parent)
{
    setTitle(tr("Done"));
    setFinalPage(true);
    m_headline = new QLabel(this);
    m_headline->setObjectName(u"doneHeadline"_s);
    m_headline->setWordWrap(true);
    QFont big = m_headline->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_headline->setFont(big);
    m_details = new QTextBrowser(this);
    m_details->setObjectName(u"doneDetails"_s);
    m_details->setOpenExternalLinks(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_details, 1);
}

QString DonePage::scriptName()
{
    return u"define-and-start.sh"_s; // FolderBackend's script (folderbackend.h)
}

void DonePage::initializePage()
{
    const DeployOutcome &o = session()->outcome();
    const bool folder = session()->plan().backend == ovf::deploy::BackendKind::Folder;
    QString html;
    if (o.ok) {
        setSubTitle(tr("The appliance was deployed."));
        m_headline->setText(folder ? tr("Written to %1.").arg(o.location) : tr("Defined at %1.").arg(o.location));
        html += u"<p>"_s + tr("Virtual machines: %1").arg(o.domains.join(u", "_s).toHtmlEscaped()) + u"</p>"_s;
        if (folder) {
            html += u"<p>"_s
                + tr("To define them in libvirt, run the script in the folder (it takes a connection URI, "
                     "qemu:///system by default):").toHtmlEscaped()
                + u"</p><pre>"_s + u"sh %1"_s.arg(QDir(o.location).filePath(scriptName())).toHtmlEscaped()
                + u"</pre>"_s;
        }
    } else if (o.cancelled) {
        setSubTitle(tr("The deployment was cancelled."));
        m_headline->setText(tr("Cancelled: everything created so far was removed."));
    } else {
        setSubTitle(tr("The deployment failed."));
        m_headline->setText(tr("The deployment failed: %1").arg(o.error));
    }
    if (!o.rollbackProblems.isEmpty()) {
        html += u"<p><b>"_s + tr("These could not be removed:").toHtmlEscaped() + u"</b></p><ul>"_s;
        for (const QString &p : o.rollbackProblems)
            html += u"<li>"_s + p.toHtmlEscaped() + u"</li>"_s;
        html += u"</ul>"_s;
    }
    if (!o.log.isEmpty()) {
        html += u"<p><b>"_s + tr("Steps:").toHtmlEscaped() + u"</b></p><ul>"_s;
        for (const QString &l : o.log)
            html += u"<li>"_s + l.toHtmlEscaped() + u"</li>"_s;
        html += u"</ul>"_s;
    }
    m_details->setHtml(html);
}
