#include "model/deploy/backend.h"

#include "model/deploy/folderbackend.h"
#include "model/deploy/libvirtbackend.h"

using namespace Qt::StringLiterals;

namespace ovf::deploy {


void Backend::Config::applyEnvironment()
{
    if (domainType.isEmpty())
        domainType = qEnvironmentVariable("OVFW_DOMAIN_TYPE");
    if (consoleLogDir.isEmpty())
        consoleLogDir = qEnvironmentVariable("OVFW_CONSOLE_LOG_DIR");
}

std::expected<std::unique_ptr<Backend>, BackendError> Backend::create(const Config &given)
{
    Config config = given;
    config.applyEnvironment();
    if (!config.domainType.isEmpty() && config.domainType != u"qemu" && config.domainType != u"kvm")
        return std::unexpected(BackendError{BackendError::Kind::Invalid, config.domainType, tr("the domain type must be 'qemu' or 'kvm'")});
    if (config.kind == Kind::Folder)
        return FolderBackend::create(config);
    return LibvirtBackend::create(config);
}

} // namespace ovf::deploy
