// LibvirtConnection: listing domains and their disks, for machine export.
#include "model/deploy/libvirtconnection.h"

#include "model/deploy/libvirthandles.h"

#include <QXmlStreamReader>

#include <libvirt/virterror.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ovf::deploy {

using namespace libvirt;

namespace {

// The <title> and the disk targets ("vda", ...) of a domain XML.
void readDomainXml(const char *xml, QString *title, QStringList *disks)
{
    QXmlStreamReader reader(QByteArray(xml ? xml : ""));
    QStringList stack;
    bool inDisk = false;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            stack << reader.name().toString();
            const QString path = stack.join(u'/');
            if (path == u"domain/title") {
                *title = reader.readElementText().trimmed();
                stack.removeLast();
            } else if (path == u"domain/devices/disk") {
                inDisk = reader.attributes().value(u"device"_s) == u"disk";
            } else if (inDisk && path == u"domain/devices/disk/target") {
                *disks << reader.attributes().value(u"dev"_s).toString();
            }
        } else if (token == QXmlStreamReader::EndElement && !stack.isEmpty()) {
            stack.removeLast();
        }
    }
}

} // namespace

QString LibvirtConnection::stateName(DomainInfo::State state)
{
    switch (state) {
    case DomainInfo::State::Running: return tr("running");
    case DomainInfo::State::Paused: return tr("paused");
    case DomainInfo::State::ShutOff: return tr("shut off");
    case DomainInfo::State::Other: break;
    }
    return tr("other");
}

std::expected<QList<LibvirtConnection::DomainInfo>, BackendError> LibvirtConnection::domains()
{
    virDomainPtr *list = nullptr;
    const int count = virConnectListAllDomains(m_conn, &list, 0);
    if (count < 0)
        return std::unexpected(lastError(m_uri));
    QList<DomainInfo> result;
    for (int i = 0; i < count; ++i) {
        DomainPtr domain(list[i]);
        DomainInfo info;
        info.name = QString::fromUtf8(virDomainGetName(domain.get()));
        info.persistent = virDomainIsPersistent(domain.get()) == 1;
        virDomainInfo di{};
        if (virDomainGetInfo(domain.get(), &di) == 0) {
            info.vcpus = di.nrVirtCpu;
            info.memoryBytes = quint64(di.maxMem) * 1024;
            switch (di.state) {
            case VIR_DOMAIN_RUNNING: case VIR_DOMAIN_BLOCKED: info.state = DomainInfo::State::Running; break;
            case VIR_DOMAIN_PAUSED: case VIR_DOMAIN_PMSUSPENDED: info.state = DomainInfo::State::Paused; break;
            case VIR_DOMAIN_SHUTOFF: case VIR_DOMAIN_CRASHED: info.state = DomainInfo::State::ShutOff; break;
            default: info.state = DomainInfo::State::Other; break;
            }
        }
        CString xml{virDomainGetXMLDesc(domain.get(), 0)};
        QStringList disks;
        readDomainXml(xml.p, &info.title, &disks);
        qint64 total = 0;
        for (const QString &disk : std::as_const(disks)) {
            virDomainBlockInfo bi{};
            if (virDomainGetBlockInfo(domain.get(), disk.toUtf8().constData(), &bi, 0) < 0) {
                total = -1;
                break;
            }
            total += qint64(bi.capacity);
        }
        info.diskBytes = total;
        result << info;
    }
    free(list);
    std::sort(result.begin(), result.end(), [](const DomainInfo &a, const DomainInfo &b) { return a.name < b.name; });
    return result;
}

std::expected<LibvirtConnection::BlockInfo, BackendError> LibvirtConnection::blockInfo(const QString &domainName,
                                                                                       const QString &disk)
{
    DomainPtr domain(virDomainLookupByName(m_conn, domainName.toUtf8().constData()));
    if (!domain)
        return std::unexpected(lastError(domainName));
    virDomainBlockInfo bi{};
    if (virDomainGetBlockInfo(domain.get(), disk.toUtf8().constData(), &bi, 0) < 0)
        return std::unexpected(lastError(domainName + u'/' + disk));
    return BlockInfo{bi.capacity, bi.allocation, bi.physical};
}

} // namespace ovf::deploy
