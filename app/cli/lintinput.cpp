#include "app/cli/lintinput.h"

#include "app/cli/output.h"
#include "app/cli/verifyinput.h"

#include "model/package/manifest.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace ovfctl {

namespace {

void readManifest(LintInput &in, const ovf::package::PackInput &package)
{
    if (!package.manifest())
        return;
    const auto manifest = ovf::package::Manifest::parse(*package.manifest(), package.manifestName());
    QStringList algorithms;
    if (manifest) {
        for (const ovf::package::ManifestEntry &e : manifest->entries()) {
            const QString name = ovf::package::digestAlgorithmName(e.algorithm);
            if (!algorithms.contains(name))
                algorithms << name;
        }
    }
    in.facts.manifestAlgorithms = algorithms;
}

} // namespace

std::expected<LintInput, int> openLintInput(const QString &path, bool json)
{
    LintInput in;
    auto package = ovf::package::PackInput::open(path);
    if (package) {
        auto descriptor = ovf::Descriptor::fromBytes(package->descriptorBytes(),
                                                     QFileInfo(path).isDir() || package->archiveFormat()
                                                         ? u"%1/%2"_s.arg(path, package->descriptorName())
                                                         : path);
        if (!descriptor) {
            printError(descriptor.error().toString());
            return std::unexpected(int(ExitFailed));
        }
        in.descriptor = std::move(*descriptor);
        in.descriptorBytes = package->descriptorBytes();
        for (const ovf::package::PackInputFile &f : package->files()) {
            in.facts.fileSizes.insert(f.href, f.size);
            for (const ovf::package::PackInputPart &part : f.parts)
                in.facts.archiveMembers.append({part.member, part.size});
        }
        in.facts.isOva = package->archiveFormat() == ovf::package::ArchiveReader::Format::Tar
            || package->archiveFormat() == ovf::package::ArchiveReader::Format::GzipTar;
        in.facts.descriptorBytes = in.descriptorBytes.size();
        readManifest(in, *package);
        in.package = std::move(*package);
        return in;
    }
    in.packageError = package.error();
    // A descriptor alone (its files are not all there): lint what it says.
    auto loaded = loadDescriptorInput(path, json);
    if (!loaded)
        return std::unexpected(loaded.error());
    in.descriptor = std::move(loaded->descriptor);
    in.descriptorBytes = in.descriptor->xml().save();
    in.facts.descriptorBytes = in.descriptorBytes.size();
    if (!loaded->fromPackage)
        in.facts.fileSizes = ovf::compat::PackageFacts::fileSizesBeside(*in.descriptor,
                                                                        QFileInfo(path).absolutePath());
    return in;
}

} // namespace ovfctl
