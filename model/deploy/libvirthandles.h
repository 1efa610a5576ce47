#pragma once

// Owning handles for the objects libvirt's C API hands out, shared by the files that
// implement LibvirtConnection (private to model/deploy: include only from there).

#include <libvirt/libvirt.h>

#include <cstdlib>
#include <memory>

namespace ovf::deploy::libvirt {

template<typename T, int (*Free)(T *)>
struct Freer
{
    void operator()(T *p) const
    {
        if (p)
            Free(p);
    }
};
using DomainPtr = std::unique_ptr<virDomain, Freer<virDomain, virDomainFree>>;
using NetworkPtr = std::unique_ptr<virNetwork, Freer<virNetwork, virNetworkFree>>;
using PoolPtr = std::unique_ptr<virStoragePool, Freer<virStoragePool, virStoragePoolFree>>;
using VolPtr = std::unique_ptr<virStorageVol, Freer<virStorageVol, virStorageVolFree>>;
using StreamPtr = std::unique_ptr<virStream, Freer<virStream, virStreamFree>>;

// A string libvirt allocated (XML descriptions, paths); freed with free().
struct CString
{
    char *p = nullptr;
    ~CString() { std::free(p); }
};

} // namespace ovf::deploy::libvirt
