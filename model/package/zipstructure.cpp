#include "model/package/zipstructure.h"

#include "model/ovf/utf8text.h"
#include "model/package/zipformat.h"

#include <QIODevice>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace ovf::package {

using Rule = PackageError::Rule;

using namespace zipformat;

namespace {

// How much of a central directory the reader takes in at most.
constexpr qint64 kMaxDirectoryBytes = qint64(64) << 20;

quint64 le(const QByteArray &b, qint64 at, int bytes)
{
    quint64 v = 0;
    for (int i = bytes - 1; i >= 0; --i)
        v = (v << 8) | static_cast<unsigned char>(b.at(at + i));
    return v;
}

QByteArray readAt(QIODevice &file, qint64 pos, qint64 length)
{
    if (pos < 0 || length < 0 || !file.seek(pos))
        return {};
    return file.read(length);
}

struct Sizes
{
    quint64 compressed = 0;
    quint64 uncompressed = 0;
    quint64 offset = 0;
    bool zip64 = false; // the extra field held a zip64 block
};

// Resolves 0xFFFFFFFF sizes and offset from the zip64 extended information block (4.5.3),
// whose fields appear only for the values that overflowed, in this order.
std::optional<Sizes> resolveZip64(Sizes s, const QByteArray &extra, bool hasOffset)
{
    for (qint64 p = 0; p + 4 <= extra.size();) {
        const quint16 id = quint16(le(extra, p, 2));
        const qint64 length = qint64(le(extra, p + 2, 2));
        if (p + 4 + length > extra.size())
            return std::nullopt;
        if (id == kZip64ExtraId) {
            s.zip64 = true;
            qint64 q = p + 4;
            auto take = [&](quint64 &field) {
                if (field != 0xFFFFFFFFu)
                    return true;
                if (q + 8 > p + 4 + length)
                    return false;
                field = le(extra, q, 8);
                q += 8;
                return true;
            };
            if (!take(s.uncompressed) || !take(s.compressed) || (hasOffset && !take(s.offset)))
                return std::nullopt;
        }
        p += 4 + length;
    }
    return s;
}

struct Entry
{
    QByteArray name;
    quint32 flags = 0;
    quint32 method = 0;
    quint32 crc = 0;
    Sizes sizes;
};

} // namespace

std::expected<ZipStructure::Layout, PackageError>
ZipStructure::check(QIODevice &file, const QString &shown, const MemberPolicy::Limits &limits)
{
    auto refuse = [&](Rule rule, const QString &message) {
        return std::unexpected(PackageError{rule, shown, message});
    };
    auto malformed = [&](const QString &message) { return refuse(Rule::MalformedHeader, message); };
    auto name = [](const QByteArray &raw) { return PackageError::displayName(decodeUtf8(raw)); };

    // The end record minizip uses: the last signature within the last 64 KiB + 22 bytes.
    const qint64 size = file.size();
    const qint64 tailLength = std::min(size, kEndSize + kMaxCommentSize);
    const QByteArray tail = readAt(file, size - tailLength, tailLength);
    if (tail.size() != tailLength)
        return refuse(Rule::Io, tr("cannot read the end of the ZIP"));
    qint64 at = -1;
    for (qint64 i = tailLength - kEndSize; i >= 0; --i) {
        if (le(tail, i, 4) == kEndSignature) {
            at = i;
            break;
        }
    }
    if (at < 0)
        return refuse(Rule::Truncated, tr("the ZIP has no end-of-central-directory record (truncated)"));
    const qint64 end = size - tailLength + at;
    const qint64 commentLength = qint64(le(tail, at + 20, 2));
    if (end + kEndSize + commentLength > size)
        return refuse(Rule::Truncated, tr("the ZIP's comment runs past the end of the file (truncated)"));
    if (end + kEndSize + commentLength < size) {
        return refuse(Rule::TrailingData, tr("%1 bytes after the end of the ZIP (its end-of-central-directory record)")
                                              .arg(size - end - kEndSize - commentLength));
    }
    quint64 disk = le(tail, at + 4, 2), directoryDisk = le(tail, at + 6, 2);
    quint64 entriesHere = le(tail, at + 8, 2), entries = le(tail, at + 10, 2);
    quint64 directorySize = le(tail, at + 12, 4), directoryOffset = le(tail, at + 16, 4);
    qint64 directoryEnd = end;

    // ZIP64 (4.3.14, 4.3.15): minizip uses the zip64 end record whenever its locator is there.
    const QByteArray locator = end >= kZip64LocatorSize ? readAt(file, end - kZip64LocatorSize, kZip64LocatorSize) : QByteArray();
    if (locator.size() == kZip64LocatorSize && le(locator, 0, 4) == kZip64LocatorSignature) {
        const quint64 recordAt = le(locator, 8, 8);
        if (le(locator, 4, 4) != 0 || le(locator, 16, 4) > 1)
            return malformed(tr("split (multi-disk) ZIP archives are not supported"));
        if (recordAt > quint64(end - kZip64LocatorSize))
            return malformed(tr("the zip64 end-of-central-directory record lies outside the file"));
        const QByteArray record = readAt(file, qint64(recordAt), 56);
        if (record.size() != 56 || le(record, 0, 4) != kZip64EndSignature)
            return malformed(tr("the zip64 end-of-central-directory record is missing"));
        const quint64 recordEnd = recordAt + 12 + le(record, 4, 8);
        if (recordEnd < recordAt + 56 || recordEnd > quint64(end - kZip64LocatorSize))
            return malformed(tr("the zip64 end-of-central-directory record has a wrong size"));
        if (recordEnd < quint64(end - kZip64LocatorSize)) {
            return refuse(Rule::TrailingData, tr("%1 bytes between the zip64 end-of-central-directory record and its locator")
                                                  .arg(quint64(end - kZip64LocatorSize) - recordEnd));
        }
        disk = le(record, 16, 4);
        directoryDisk = le(record, 20, 4);
        entriesHere = le(record, 24, 8);
        entries = le(record, 32, 8);
        directorySize = le(record, 40, 8);
        directoryOffset = le(record, 48, 8);
        directoryEnd = qint64(recordAt);
    }
    if (disk != 0 || directoryDisk != 0 || entriesHere != entries)
        return malformed(tr("split (multi-disk) ZIP archives are not supported"));
    if (entries > quint64(limits.maxMembers)) {
        return refuse(Rule::TooManyMembers, tr("the ZIP's central directory lists %1 members; the limit is %2")
                                                .arg(entries).arg(limits.maxMembers));
    }
    if (directorySize > quint64(kMaxDirectoryBytes))
        return refuse(Rule::HeaderTooLarge, tr("the ZIP's central directory is %1 bytes").arg(directorySize));
    if (directoryOffset + directorySize > quint64(directoryEnd))
        return malformed(tr("the central directory overlaps its end record or lies outside the file"));
    if (directoryOffset + directorySize < quint64(directoryEnd)) {
        return refuse(Rule::TrailingData, tr("%1 bytes between the central directory and its end record")
                                              .arg(quint64(directoryEnd) - directoryOffset - directorySize));
    }

    // The central directory, record by record (4.3.12).
    const QByteArray directory = readAt(file, qint64(directoryOffset), qint64(directorySize));
    if (directory.size() != qint64(directorySize))
        return refuse(Rule::Io, tr("cannot read the ZIP's central directory"));
    QList<Entry> list;
    qint64 p = 0;
    for (quint64 i = 0; i < entries; ++i) {
        if (p + kCentralHeaderSize > directory.size() || le(directory, p, 4) != kCentralHeaderSignature)
            return malformed(tr("the central directory holds fewer records than its end record says (%1)").arg(entries));
        const qint64 nameLength = qint64(le(directory, p + 28, 2)), extraLength = qint64(le(directory, p + 30, 2));
        const qint64 commentBytes = qint64(le(directory, p + 32, 2));
        const qint64 next = p + kCentralHeaderSize + nameLength + extraLength + commentBytes;
        if (next > directory.size())
            return malformed(tr("a central directory record runs past the directory's end"));
        Entry e;
        e.flags = quint32(le(directory, p + 8, 2));
        e.method = quint32(le(directory, p + 10, 2));
        e.crc = quint32(le(directory, p + 16, 4));
        e.name = directory.mid(p + kCentralHeaderSize, nameLength);
        const Sizes raw{le(directory, p + 20, 4), le(directory, p + 24, 4), le(directory, p + 42, 4), false};
        const auto sizes = resolveZip64(raw, directory.mid(p + kCentralHeaderSize + nameLength, extraLength), true);
        if (!sizes)
            return malformed(tr("'%1': its zip64 extra field is malformed").arg(name(e.name)));
        e.sizes = *sizes;
        list.append(std::move(e));
        p = next;
    }
    if (p != directory.size()) {
        return refuse(Rule::TrailingData, tr("%1 bytes in the central directory after its last record")
                                              .arg(directory.size() - p));
    }

    // Every member's local header agrees with its record, and the members lie back to back.
    std::sort(list.begin(), list.end(), [](const Entry &a, const Entry &b) { return a.sizes.offset < b.sizes.offset; });
    quint64 expected = 0;
    for (const Entry &e : std::as_const(list)) {
        if (e.sizes.offset > expected) {
            return refuse(Rule::TrailingData, tr("%1 bytes before '%2' belong to no member")
                                                  .arg(e.sizes.offset - expected).arg(name(e.name)));
        }
        if (e.sizes.offset < expected)
            return malformed(tr("'%1' overlaps the member before it").arg(name(e.name)));
        const QByteArray local = readAt(file, qint64(e.sizes.offset), kLocalHeaderSize);
        if (local.size() != kLocalHeaderSize || le(local, 0, 4) != kLocalHeaderSignature)
            return malformed(tr("'%1': no local header where the central directory points").arg(name(e.name)));
        const quint32 flags = quint32(le(local, 6, 2));
        const qint64 nameLength = qint64(le(local, 26, 2)), extraLength = qint64(le(local, 28, 2));
        const QByteArray localName = readAt(file, qint64(e.sizes.offset) + kLocalHeaderSize, nameLength);
        const QByteArray localExtra = readAt(file, qint64(e.sizes.offset) + kLocalHeaderSize + nameLength, extraLength);
        if (localName != e.name) {
            return malformed(tr("'%1': its local header names it '%2'").arg(name(e.name), name(localName)));
        }
        if (quint32(le(local, 8, 2)) != e.method || (flags & kFlagEncrypted) != (e.flags & kFlagEncrypted)) {
            return malformed(tr("'%1': its local header and its central directory record disagree on the "
                                "compression method or encryption").arg(name(e.name)));
        }
        const auto localSizes = resolveZip64({le(local, 18, 4), le(local, 22, 4), 0, false}, localExtra, false);
        if (!localSizes || localExtra.size() != extraLength)
            return malformed(tr("'%1': its local header is malformed").arg(name(e.name)));
        const bool descriptor = flags & kFlagDataDescriptor;
        if (!descriptor
            && (quint32(le(local, 14, 4)) != e.crc || localSizes->compressed != e.sizes.compressed
                || localSizes->uncompressed != e.sizes.uncompressed)) {
            return malformed(tr("'%1': its local header and its central directory record disagree on the CRC-32 "
                                "or the sizes").arg(name(e.name)));
        }
        quint64 next = e.sizes.offset + quint64(kLocalHeaderSize + nameLength + extraLength) + e.sizes.compressed;
        if (descriptor) { // 4.3.9: [signature] CRC-32, sizes (8 bytes each for zip64)
            const QByteArray d = readAt(file, qint64(next), 24);
            const qint64 q = d.size() >= 4 && le(d, 0, 4) == kDataDescriptorSignature ? 4 : 0;
            auto matches = [&](int width) {
                return d.size() >= q + 4 + 2 * width && quint32(le(d, q, 4)) == e.crc
                    && le(d, q + 4, width) == e.sizes.compressed && le(d, q + 4 + width, width) == e.sizes.uncompressed;
            };
            const int width = matches(localSizes->zip64 ? 8 : 4) ? (localSizes->zip64 ? 8 : 4)
                : matches(localSizes->zip64 ? 4 : 8)             ? (localSizes->zip64 ? 4 : 8)
                                                                 : 0;
            if (width == 0) {
                return malformed(tr("'%1': its data descriptor and its central directory record disagree")
                                     .arg(name(e.name)));
            }
            next += quint64(q + 4 + 2 * width);
        }
        expected = next;
    }
    if (expected > directoryOffset)
        return malformed(tr("the last member overlaps the central directory"));
    if (expected < directoryOffset) {
        return refuse(Rule::TrailingData, tr("%1 bytes between the last member and the central directory")
                                              .arg(directoryOffset - expected));
    }

    Layout layout;
    layout.members = qint64(entries);
    if (commentLength > 0) {
        const QByteArray comment = tail.mid(at + kEndSize, commentLength);
        const std::optional<QString> decoded = decodeValidUtf8(comment);
        const QString text = decoded.value_or(QString());
        const bool printable = decoded && std::none_of(text.cbegin(), text.cend(), [](QChar c) {
            return (c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || c.unicode() == 0x7f;
        });
        if (!printable) {
            return refuse(Rule::TrailingData, tr("the ZIP comment holds %1 bytes that are not text")
                                                  .arg(commentLength));
        }
        QString shownComment = PackageError::displayName(text.left(80));
        if (text.size() > 80)
            shownComment += u"…"_s;
        layout.warnings.append(tr("ZIP comment ignored (%1 bytes): \"%2\"").arg(commentLength).arg(shownComment));
    }
    return layout;
}

} // namespace ovf::package
