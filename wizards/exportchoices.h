#pragma once

#include "model/package/digest.h"
#include "model/package/packagewriter.h"

#include <QString>

#include <memory>
#include <optional>

namespace ovf::package {
class Signer;
}

// What the Export wizard's pages chose, for whoever writes the package (plain data).
struct ExportChoices
{
    enum class Compression { Keep, Gzip, Uncompressed };

    ovf::package::PackageWriterOptions::Format format = ovf::package::PackageWriterOptions::Format::Ova;
    QString destination; // absolute; a file (OVA, ZIP) or a folder to create (OVF folder)
    // nullopt: no manifest (then no signature).
    std::optional<ovf::package::DigestAlgorithm> manifest = ovf::package::DigestAlgorithm::Sha256;
    qint64 chunkSize = 0; // 0: files are not split (DSP0243 §7.1 ovf:chunkSize)
    bool joinChunks = false; // a target profile asked for whole files
    Compression compression = Compression::Keep; // DSP0243 §7.1 ovf:compression
    std::shared_ptr<const ovf::package::Signer> signer; // null: unsigned
    QString profileId; // the target profile linted for, empty for none
};
