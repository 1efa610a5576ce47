#include "model/deploy/backend.h"

#include "model/deploy/folderbackend.h"
#include "model/deploy/libvirtbackend.h"

namespace ovf::deploy {


std::expected<std::unique_ptr<Backend>, BackendError> Backend::create(const Config &config)
{
    if (config.kind == Kind::Folder)
        return FolderBackend::create(config);
    return LibvirtBackend::create(config);
}

} // namespace ovf::deploy
