#include "model/deploy/answerfile.h"

#include "model/ovf/languagetag.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryFile>

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace ovf::deploy {

namespace {

constexpr qint64 maxAnswerFileBytes = qint64(16) << 20;

// A JSON number that is a whole number in [min, max], or nullopt. Checked on the double before
// any conversion: converting a double outside an integer type's range is undefined (found by
// fuzz_answers with "version": 5.5e36).
std::optional<int> wholeNumber(const QJsonValue &v, int min, int max)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (!(d >= double(min) && d <= double(max)) || d != std::floor(d))
        return std::nullopt;
    return int(d);
}

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(AnswerFile)

public:
    explicit Reader(AnswerFileContents &out) : m_out(out) { }

    void unknownKeys(const QJsonObject &o, const QString &where, std::initializer_list<QStringView> known)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (std::find(known.begin(), known.end(), it.key()) == known.end())
                m_out.warnings.append(tr("%1: unknown key, ignored").arg(where.isEmpty() ? it.key() : where + u'.' + it.key()));
        }
    }

    std::expected<QString, QString> string(const QJsonObject &o, const QString &key, const QString &where,
                                           const QString &fallback = {})
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isString())
            return std::unexpected(tr("%1: not a string").arg(where));
        return v.toString();
    }

    std::expected<QMap<QString, QString>, QString> stringMap(const QJsonObject &o, const QString &key)
    {
        QMap<QString, QString> out;
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return out;
        if (!v.isObject())
            return std::unexpected(tr("%1: not an object").arg(key));
        const QJsonObject map = v.toObject();
        for (auto it = map.begin(); it != map.end(); ++it) {
            if (!it.value().isString())
                return std::unexpected(tr("%1.%2: not a string").arg(key, it.key()));
            out.insert(it.key(), it.value().toString());
        }
        return out;
    }

    // An object of whole numbers in [min, max], by key.
    std::expected<QMap<QString, quint64>, QString> countMap(const QJsonObject &o, const QString &key, quint64 min,
                                                            quint64 max)
    {
        QMap<QString, quint64> out;
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return out;
        if (!v.isObject())
            return std::unexpected(tr("%1: not an object").arg(key));
        const QJsonObject map = v.toObject();
        for (auto it = map.begin(); it != map.end(); ++it) {
            const double d = it.value().toDouble(-1);
            if (!it.value().isDouble() || d != double(quint64(d)) || d < double(min) || d > double(max))
                return std::unexpected(tr("%1.%2: expected a whole number from %3 to %4").arg(key, it.key()).arg(min).arg(max));
            out.insert(it.key(), quint64(d));
        }
        return out;
    }

private:
    AnswerFileContents &m_out;
};

} // namespace

std::expected<AnswerFileContents, QString> AnswerFile::parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return std::unexpected(tr("not valid JSON at offset %1: %2").arg(error.offset).arg(error.errorString()));
    if (!doc.isObject())
        return std::unexpected(tr("the answer file is not a JSON object"));
    const QJsonObject root = doc.object();
    if (root.value(u"format").toString() != formatName)
        return std::unexpected(tr("format: expected \"%1\"").arg(formatName));
    const QJsonValue v = root.value(u"version");
    if (v.isDouble() && v.toDouble() > version && v.toDouble() == std::floor(v.toDouble()))
        return std::unexpected(tr("version: %1 is newer than the version this program reads (%2)")
                                   .arg(QString::number(v.toDouble(), 'g', 17))
                                   .arg(version));
    if (!wholeNumber(v, 1, version))
        return std::unexpected(tr("version: expected a positive integer"));

    AnswerFileContents out;
    Reader r(out);
    r.unknownKeys(root, QString(),
                  {u"format", u"version", u"package", u"deploymentOption", u"eulas", u"properties", u"networks",
                   u"names", u"storage", u"diskFormat", u"powerOn", u"target", u"cpus", u"memoryMiB", u"firmware",
                   u"allowUnchecked", u"locale"});
    Plan &plan = out.plan;
#define OVFW_TRY(var, expr)                                                                                           \
    auto var = (expr);                                                                                               \
    if (!var)                                                                                                        \
        return std::unexpected(var.error());
    OVFW_TRY(package, r.string(root, u"package"_s, u"package"_s))
    plan.package = *package;
    OVFW_TRY(option, r.string(root, u"deploymentOption"_s, u"deploymentOption"_s))
    plan.deploymentOption = *option;
    OVFW_TRY(locale, r.string(root, u"locale"_s, u"locale"_s))
    if (!locale->isEmpty() && !LanguageTag::isWellFormed(*locale))
        return std::unexpected(tr("locale: %1").arg(LanguageTag::check(*locale).error()));
    plan.locale = *locale;
    OVFW_TRY(storage, r.string(root, u"storage"_s, u"storage"_s))
    plan.storage = *storage;
    OVFW_TRY(format, r.string(root, u"diskFormat"_s, u"diskFormat"_s, u"qcow2"_s))
    const auto diskFormat = parseDiskFormat(*format);
    if (!diskFormat)
        return std::unexpected(tr("diskFormat: '%1' is not \"qcow2\" or \"raw\"").arg(*format));
    plan.diskFormat = *diskFormat;
    const QJsonValue powerOn = root.value(u"powerOn");
    if (!powerOn.isUndefined() && !powerOn.isNull() && !powerOn.isBool())
        return std::unexpected(tr("powerOn: not a boolean"));
    plan.powerOn = powerOn.toBool(false);
    const QJsonValue allowUnchecked = root.value(u"allowUnchecked");
    if (!allowUnchecked.isUndefined() && !allowUnchecked.isNull() && !allowUnchecked.isBool())
        return std::unexpected(tr("allowUnchecked: not a boolean"));
    plan.allowUnchecked = allowUnchecked.toBool(false);
    OVFW_TRY(firmware, r.string(root, u"firmware"_s, u"firmware"_s, u"auto"_s))
    const auto firmwareChoice = parseFirmwareChoice(*firmware);
    if (!firmwareChoice)
        return std::unexpected(tr("firmware: '%1' is not \"auto\", \"bios\" or \"efi\"").arg(*firmware));
    plan.firmware = *firmwareChoice;
    OVFW_TRY(cpus, r.countMap(root, u"cpus"_s, 1, 256))
    for (auto it = cpus->cbegin(); it != cpus->cend(); ++it)
        plan.cpus.insert(it.key(), int(it.value()));
    OVFW_TRY(memory, r.countMap(root, u"memoryMiB"_s, 1, quint64(1) << 32))
    plan.memoryMiB = *memory;
    OVFW_TRY(properties, r.stringMap(root, u"properties"_s))
    plan.properties = *properties;
    OVFW_TRY(networks, r.stringMap(root, u"networks"_s))
    plan.networks = *networks;
    OVFW_TRY(names, r.stringMap(root, u"names"_s))
    plan.names = *names;

    const QJsonValue target = root.value(u"target");
    if (!target.isUndefined() && !target.isNull()) {
        if (!target.isObject())
            return std::unexpected(tr("target: not an object"));
        const QJsonObject t = target.toObject();
        r.unknownKeys(t, u"target"_s, {u"backend", u"uri", u"out", u"domainType"});
        OVFW_TRY(backend, r.string(t, u"backend"_s, u"target.backend"_s, u"folder"_s))
        const auto kind = parseBackendKind(*backend);
        if (!kind)
            return std::unexpected(tr("target.backend: '%1' is not \"libvirt\" or \"folder\"").arg(*backend));
        plan.backend = *kind;
        OVFW_TRY(uri, r.string(t, u"uri"_s, u"target.uri"_s, Plan::defaultLibvirtUri.toString()))
        plan.libvirtUri = *uri;
        OVFW_TRY(outPath, r.string(t, u"out"_s, u"target.out"_s))
        plan.outputPath = *outPath;
        OVFW_TRY(domainType, r.string(t, u"domainType"_s, u"target.domainType"_s))
        if (!domainType->isEmpty() && *domainType != u"kvm" && *domainType != u"qemu")
            return std::unexpected(tr("target.domainType: '%1' is not \"kvm\" or \"qemu\"").arg(*domainType));
        plan.domainType = *domainType;
    }

    const QJsonValue eulas = root.value(u"eulas");
    if (!eulas.isUndefined() && !eulas.isNull()) {
        if (!eulas.isArray())
            return std::unexpected(tr("eulas: not an array"));
        const QJsonArray list = eulas.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString where = u"eulas[%1]"_s.arg(i);
            if (!list.at(i).isObject())
                return std::unexpected(tr("%1: not an object").arg(where));
            const QJsonObject e = list.at(i).toObject();
            r.unknownKeys(e, where, {u"entity", u"index", u"sha256", u"locale", u"acceptedAt"});
            EulaAcceptance a;
            OVFW_TRY(entity, r.string(e, u"entity"_s, where + u".entity"_s))
            a.entityId = *entity;
            const std::optional<int> index = wholeNumber(e.value(u"index"), 0, std::numeric_limits<int>::max());
            if (!index)
                return std::unexpected(tr("%1.index: expected a non-negative integer").arg(where));
            a.index = *index;
            OVFW_TRY(sha, r.string(e, u"sha256"_s, where + u".sha256"_s))
            static const QRegularExpression hex(u"^[0-9a-fA-F]{64}$"_s);
            if (!hex.match(*sha).hasMatch())
                return std::unexpected(tr("%1.sha256: expected 64 hexadecimal digits").arg(where));
            a.sha256 = sha->toLower();
            OVFW_TRY(locale, r.string(e, u"locale"_s, where + u".locale"_s))
            a.locale = *locale;
            OVFW_TRY(when, r.string(e, u"acceptedAt"_s, where + u".acceptedAt"_s))
            a.acceptedAt = QDateTime::fromString(*when, Qt::ISODate);
            if (!a.acceptedAt.isValid())
                return std::unexpected(tr("%1.acceptedAt: expected an ISO 8601 date and time").arg(where));
            a.acceptedAt = a.acceptedAt.toUTC();
            plan.eulaAcceptances.append(a);
        }
    }
#undef OVFW_TRY
    return out;
}

std::expected<AnswerFileContents, QString> AnswerFile::read(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::unexpected(tr("%1: cannot be read: %2").arg(path, f.errorString()));
    if (f.size() > maxAnswerFileBytes)
        return std::unexpected(tr("%1: larger than 16 MiB, not an answer file").arg(path));
    const QByteArray bytes = f.read(maxAnswerFileBytes + 1);
    auto parsed = parse(bytes);
    if (!parsed)
        return std::unexpected(path + u": "_s + parsed.error());
    for (QString &w : parsed->warnings)
        w = path + u": "_s + w;
    return parsed;
}

namespace {

QJsonObject mapObject(const QMap<QString, QString> &map)
{
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

} // namespace

QByteArray AnswerFile::toJson(const Plan &plan)
{
    QJsonArray eulas;
    for (const EulaAcceptance &a : plan.eulaAcceptances) {
        eulas.append(QJsonObject{
            {u"entity"_s, a.entityId},
            {u"index"_s, a.index},
            {u"sha256"_s, a.sha256},
            {u"locale"_s, a.locale},
            {u"acceptedAt"_s, a.acceptedAt.toUTC().toString(Qt::ISODate)},
        });
    }
    QJsonObject target{{u"backend"_s, backendKindName(plan.backend)}};
    if (plan.backend == BackendKind::Libvirt)
        target.insert(u"uri"_s, plan.libvirtUri);
    else
        target.insert(u"out"_s, plan.outputPath);
    if (!plan.domainType.isEmpty())
        target.insert(u"domainType"_s, plan.domainType);
    QJsonObject root{
        {u"format"_s, formatName.toString()},
        {u"version"_s, version},
        {u"deploymentOption"_s, plan.deploymentOption},
        {u"eulas"_s, eulas},
        {u"properties"_s, mapObject(plan.properties)},
        {u"networks"_s, mapObject(plan.networks)},
        {u"names"_s, mapObject(plan.names)},
        {u"storage"_s, plan.storage},
        {u"diskFormat"_s, diskFormatName(plan.diskFormat)},
        {u"powerOn"_s, plan.powerOn},
        {u"target"_s, target},
    };
    if (!plan.package.isEmpty())
        root.insert(u"package"_s, plan.package);
    if (!plan.locale.isEmpty())
        root.insert(u"locale"_s, plan.locale);
    if (!plan.cpus.isEmpty()) {
        QJsonObject cpus;
        for (auto it = plan.cpus.cbegin(); it != plan.cpus.cend(); ++it)
            cpus.insert(it.key(), it.value());
        root.insert(u"cpus"_s, cpus);
    }
    if (!plan.memoryMiB.isEmpty()) {
        QJsonObject memory;
        for (auto it = plan.memoryMiB.cbegin(); it != plan.memoryMiB.cend(); ++it)
            memory.insert(it.key(), qint64(it.value()));
        root.insert(u"memoryMiB"_s, memory);
    }
    if (plan.firmware != FirmwareChoice::Auto)
        root.insert(u"firmware"_s, firmwareChoiceName(plan.firmware));
    // The acknowledgement is recorded: a replay deploys an unchecked package only when the
    // file says so.
    root.insert(u"allowUnchecked"_s, plan.allowUnchecked);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::expected<void, QString> AnswerFile::write(const QString &path, const Plan &plan)
{
    // QTemporaryFile creates the file with mode 0600 (it may hold passwords), next to `path`
    // so that the rename is atomic.
    QTemporaryFile tmp(QFileInfo(path).absolutePath() + u"/.answers-XXXXXX"_s);
    tmp.setAutoRemove(true);
    if (!tmp.open())
        return std::unexpected(tr("%1: cannot be written: %2").arg(path, tmp.errorString()));
    const QByteArray bytes = toJson(plan);
    if (tmp.write(bytes) != bytes.size() || !tmp.flush())
        return std::unexpected(tr("%1: cannot be written: %2").arg(path, tmp.errorString()));
    tmp.close();
    if (std::rename(QFile::encodeName(tmp.fileName()).constData(), QFile::encodeName(path).constData()) != 0)
        return std::unexpected(tr("%1: cannot be written: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    tmp.setAutoRemove(false);
    return {};
}

} // namespace ovf::deploy
