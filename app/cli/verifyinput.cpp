#include "app/cli/verifyinput.h"

#include "app/cli/output.h"

#include "model/package/hrefreader.h"
#include "model/package/packageopener.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace ovfctl {

std::expected<DescriptorInput, int> loadDescriptorInput(const QString &path, bool json, const QJsonObject &extra)
{
    using ovf::package::PackageOpener;
    if (!PackageOpener::isPackage(path)) {
        auto loaded = loadDescriptor(path, json, extra);
        if (!loaded)
            return std::unexpected(loaded.error());
        return DescriptorInput{std::move(*loaded), ovf::package::HrefReader::forDescriptorFile(path).stringReader(), false};
    }

    auto descriptor = PackageOpener::readDescriptor(path);
    if (!descriptor) {
        const ovf::package::PackageError &error = descriptor.error();
        printError(sanitize(path) + u": "_s + sanitize(error.toString()));
        if (json) {
            QJsonObject object{
                {u"file"_s, path},
                {u"loaded"_s, false},
                {u"error"_s, QJsonObject{{u"kind"_s, ovf::package::ruleId(error.rule)},
                                         {u"member"_s, error.member},
                                         {u"message"_s, error.message}}},
            };
            for (auto it = extra.begin(); it != extra.end(); ++it)
                object.insert(it.key(), it.value());
            printJson(object);
        }
        return std::unexpected(error.rule == ovf::package::PackageError::Rule::Io ? int(ExitUsage) : int(ExitFailed));
    }
    const QString name = QFileInfo(path).fileName() + u'/' + descriptor->name;
    auto loaded = ovf::Descriptor::fromBytes(descriptor->bytes, name);
    if (!loaded) {
        printError(sanitize(loaded.error().toString()));
        if (json) {
            QJsonObject object = loadErrorJson(loaded.error());
            for (auto it = extra.begin(); it != extra.end(); ++it)
                object.insert(it.key(), it.value());
            printJson(object);
        }
        return std::unexpected(int(ExitFailed));
    }
    return DescriptorInput{std::move(*loaded), ovf::package::HrefReader::forPackage(path, descriptor->name).stringReader(), true};
}

} // namespace ovfctl
