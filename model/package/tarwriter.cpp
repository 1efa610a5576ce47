#include "model/package/tarwriter.h"

#include <QFileInfo>

#include <cstring>
#include <optional>

using namespace Qt::StringLiterals;

namespace ovf::package {

namespace {

// Offsets and widths of the ustar header fields (POSIX.1-2001, pax "ustar Interchange Format").
constexpr int kName = 0, kNameLen = 100;
constexpr int kMode = 100, kUid = 108, kGid = 116, kSize = 124, kMtime = 136, kChksum = 148;
constexpr int kType = 156, kMagic = 257, kVersion = 263, kUname = 265, kGname = 297;
constexpr int kPrefix = 345, kPrefixLen = 155;

// `value` in octal, zero-padded to width - 1 digits and NUL-terminated.
void putOctal(char *field, int width, qint64 value)
{
    const QByteArray digits = QByteArray::number(value, 8).rightJustified(width - 1, '0');
    std::memcpy(field, digits.constData(), size_t(width - 1));
    field[width - 1] = '\0';
}

// Splits a UTF-8 name into ustar's prefix and name fields: nullopt when it cannot.
std::optional<std::pair<QByteArray, QByteArray>> splitName(const QByteArray &name)
{
    if (name.size() <= kNameLen)
        return std::pair{QByteArray(), name};
    for (qsizetype slash = name.indexOf('/'); slash >= 0; slash = name.indexOf('/', slash + 1)) {
        const qsizetype rest = name.size() - slash - 1;
        if (slash > kPrefixLen)
            break;
        if (rest > 0 && rest <= kNameLen)
            return std::pair{name.left(slash), name.mid(slash + 1)};
    }
    return std::nullopt;
}

} // namespace

bool TarWriter::paxNeeded(const QString &name, qint64 size)
{
    return size > kMaxUstarSize || !splitName(name.toUtf8());
}

QByteArray TarWriter::ustarBlock(const QByteArray &name, const QByteArray &prefix, qint64 size,
                                 qint64 mtime, char type)
{
    QByteArray block(kBlockSize, '\0');
    char *h = block.data();
    std::memcpy(h + kName, name.constData(), size_t(qMin<qsizetype>(name.size(), kNameLen)));
    putOctal(h + kMode, 8, 0644);
    putOctal(h + kUid, 8, 0);
    putOctal(h + kGid, 8, 0);
    putOctal(h + kSize, 12, size);
    putOctal(h + kMtime, 12, mtime);
    h[kType] = type;
    std::memcpy(h + kMagic, "ustar", 6); // "ustar\0"
    std::memcpy(h + kVersion, "00", 2);
    std::memcpy(h + kUname, "root", 4);
    std::memcpy(h + kGname, "root", 4);
    std::memcpy(h + kPrefix, prefix.constData(), size_t(qMin<qsizetype>(prefix.size(), kPrefixLen)));
    // The checksum is computed with its own field as eight spaces, then written as six octal
    // digits, NUL, space (the historical layout every reader accepts).
    std::memset(h + kChksum, ' ', 8);
    quint32 sum = 0;
    for (char c : block)
        sum += quint8(c);
    const QByteArray digits = QByteArray::number(sum, 8).rightJustified(6, '0');
    std::memcpy(h + kChksum, digits.constData(), 6);
    h[kChksum + 6] = '\0';
    h[kChksum + 7] = ' ';
    return block;
}

QByteArray TarWriter::paxRecord(const QByteArray &key, const QByteArray &value)
{
    // "LEN key=value\n", LEN counting the whole record including its own digits.
    const qsizetype body = 1 + key.size() + 1 + value.size() + 1;
    qsizetype length = body + 1;
    while (QByteArray::number(length).size() + body != length)
        ++length;
    return QByteArray::number(length) + ' ' + key + '=' + value + '\n';
}

std::expected<QByteArray, QString> TarWriter::header(const QString &name, qint64 size, qint64 mtime, bool paxSize)
{
    const QByteArray utf8 = name.toUtf8();
    if (utf8.isEmpty())
        return std::unexpected(tr("a tar member needs a name"));
    if (utf8.contains('\0'))
        return std::unexpected(tr("%1: a tar member name cannot hold a NUL byte").arg(name));
    if (size < 0 || mtime < 0 || mtime > kMaxUstarSize)
        return std::unexpected(tr("%1: invalid size or time for a tar member").arg(name));

    const auto split = splitName(utf8);
    QByteArray records;
    if (!split)
        records += paxRecord("path", utf8);
    if (size > kMaxUstarSize || paxSize)
        records += paxRecord("size", QByteArray::number(size));

    QByteArray out;
    if (!records.isEmpty()) {
        // The pax header's own name only has to be unique-looking and fit the ustar field.
        QString base = QFileInfo(name).fileName();
        while (base.toUtf8().size() > kNameLen - 11)
            base.chop(1);
        out += ustarBlock("PaxHeaders/" + base.toUtf8(), {}, records.size(), mtime, 'x');
        out += records;
        out += QByteArray(dataPadding(records.size()), '\0');
    }
    const QByteArray shortName = split ? split->second : utf8.right(kNameLen);
    const QByteArray prefix = split ? split->first : QByteArray();
    out += ustarBlock(shortName, prefix, size > kMaxUstarSize || paxSize ? 0 : size, mtime, '0');
    return out;
}

qint64 TarWriter::memberBytes(const QString &name, qint64 size)
{
    const auto h = header(name, size);
    return (h ? h->size() : kBlockSize) + size + dataPadding(size);
}

QByteArray TarWriter::endOfArchive(qint64 archiveSize)
{
    const qint64 end = archiveSize + 2 * kBlockSize;
    const qint64 padded = (end + kRecordSize - 1) / kRecordSize * kRecordSize;
    return QByteArray(padded - archiveSize, '\0');
}

} // namespace ovf::package
