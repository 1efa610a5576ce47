#pragma once

#include "model/package/archivereader.h"
#include "model/package/packinputstream.h"

#include "model/ovf/pendingsource.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <atomic>
#include <expected>
#include <memory>
#include <optional>
#include <utility>

namespace ovf {
class Descriptor;
namespace xml {
class Element;
}
} // namespace ovf

namespace ovf::package {

// One stored piece of a File: the whole file, or one of its chunks.
struct PackInputPart
{
    QString member;  // "disk.vmdk" or "disk.vmdk.000000001"
    qint64 size = 0;
    QString path;    // the file on disk; empty for a member of the source archive
    bool inMemory = false; // given by replaceDescriptor(bytes, memberBytes)
};

// One File of the References section (DSP0243 §7.1) and where its bytes come from.
struct PackInputFile
{
    QString id;
    QString href;      // ovf:href as written
    QString member;    // the normalized member name (HrefPolicy::resolve)
    // The bytes as stored in the source: compressed when gzip, all chunks together when
    // chunked (what ovf:size declares, DSP0243 §7.1).
    qint64 size = 0;
    QString path;      // the file on disk (unchunked disk sources); empty otherwise
    qint64 chunkSize = 0; // ovf:chunkSize in the source; 0 when not chunked
    bool gzip = false;    // ovf:compression="gzip" in the source
    QList<PackInputPart> parts; // in order: the file itself, or its chunks
    xml::Element *element = nullptr; // the File element, owned by descriptor()
    // A disk image to convert into this File while packing (ovfw:source, PendingSource):
    // no parts, size 0; its path is absolute.
    std::optional<PendingSource> pending;
};

// What PackageWriter packs: a descriptor (its bytes and the parsed, editable document) and a
// source for every file its References name. Opened from a .ovf with its files beside it, an
// OVF folder (exactly one top-level .ovf), an OVA or a ZIP; archives are read through
// ArchiveReader, so the source is held to the same safety policy as any package.
//
// A File with a pending source (ovfw:source, PendingSource) names a disk image on this machine
// that PackageWriter converts while packing; it is accepted from a descriptor on disk (an
// author's .ovf or folder) and from replaceDescriptor() (the editor's own document), never
// from a descriptor inside an OVA or ZIP: a package from elsewhere must not make the packer
// read local files. A relative ovfw:source is resolved against the descriptor's folder.
//
// Files that are chunked (ovf:chunkSize) or gzip-compressed in the source are accepted:
// openFile() gives their stored bytes (the chunks joined, still compressed), and PackageWriter
// carries them through, rechunks them or inflates them as its options say.
//
// Refused when opening, with a message naming the file: no descriptor, or one that does not
// load; an href the HrefPolicy refuses; two Files naming the same member; a referenced file
// that is missing, not a regular file or a symbolic link; a compression other than gzip or
// identity; an unusable ovf:chunkSize; chunks missing, out of order, of the wrong size, or
// beside the whole file (ChunkReassembler's rules).
// Move-only; not thread-safe (one packer at a time; setCancelFlag() is the only cross-thread
// channel).
class PackInput
{
    Q_DECLARE_TR_FUNCTIONS(ovf::package::PackInput)

public:
    static std::expected<PackInput, QString> open(const QString &source);

    PackInput(PackInput &&other) noexcept;
    PackInput &operator=(PackInput &&other) noexcept;
    ~PackInput();

    // The source: a folder or a descriptor's folder (nullopt), or an archive's format.
    std::optional<ArchiveReader::Format> archiveFormat() const { return m_format; }
    const QString &sourcePath() const { return m_path; }

    const QByteArray &descriptorBytes() const { return m_descriptorBytes; }
    // The descriptor's file name ("appliance.ovf"); the manifest and certificate are named
    // after it (DSP0243 §5.1: same base name, ".mf" and ".cert").
    const QString &descriptorName() const { return m_descriptorName; }
    QString manifestName() const;
    QString certificateName() const;
    // The parsed descriptor; PackageWriter edits its References (sizes, chunks, compression).
    Descriptor &descriptor() const { return *m_descriptor; }
    const QList<PackInputFile> &files() const { return m_files; }

    // The source's own manifest and certificate, when it has them.
    const std::optional<QByteArray> &manifest() const { return m_manifest; }
    const std::optional<QByteArray> &certificate() const { return m_certificate; }

    // Opens file `index` of files() from its start (not a pending one: DiskImageReader reads
    // those): exactly files()[index].size stored bytes
    // (every chunk in turn). For an archive source, the stream before is invalidated; files
    // read in References order stream the archive once, other orders reopen it.
    std::expected<std::unique_ptr<PackInputStream>, QString> openFile(qsizetype index);

    // Replaces the descriptor with `bytes` (an edited version of it, keeping its member name),
    // re-reading its References against the same source: the files it names must be there,
    // as for open(). On error the input is unchanged. Used to save an edited document back
    // into its package.
    std::expected<void, QString> replaceDescriptor(const QByteArray &bytes);
    // The same, with files given as bytes (member name as HrefPolicy resolves the href ->
    // bytes): a File whose member is in `memberBytes` takes these bytes instead of the
    // source's, whether the source has the member or not (an edited or a new external
    // Strings bundle, DSP0243 §10). Such files are stored whole and uncompressed, so their
    // File must have neither ovf:chunkSize nor ovf:compression="gzip". PackageWriter writes
    // them like any other member: ovf:size corrected, covered by the manifest.
    std::expected<void, QString> replaceDescriptor(const QByteArray &bytes, const QHash<QString, QByteArray> &memberBytes);

    // Polled in every read loop; the flag must outlive the input.
    void setCancelFlag(const std::atomic<bool> *flag);

private:
    PackInput();
    std::expected<void, QString> openFolder(const QString &descriptorPath);
    std::expected<void, QString> openArchive();
    std::expected<void, QString> loadDescriptor(const QList<std::pair<QString, qint64>> &archiveMembers);
    std::expected<void, QString> findParts(PackInputFile &file, const QList<std::pair<QString, qint64>> &archiveMembers,
                                           const QHash<QString, qint64> &archiveSizes) const;
    std::expected<bool, QString> seekArchive(const QString &member);
    std::expected<std::unique_ptr<PackInputStream>, QString> openPart(const PackInputPart &part);

    QString m_path;
    std::optional<ArchiveReader::Format> m_format;
    QByteArray m_descriptorBytes;
    QString m_descriptorName;
    QString m_folder; // disk sources: the descriptor's folder
    QList<std::pair<QString, qint64>> m_archiveMembers; // archive sources: every member and its size
    std::unique_ptr<Descriptor> m_descriptor;
    QList<PackInputFile> m_files;
    std::optional<QByteArray> m_manifest;
    std::optional<QByteArray> m_certificate;
    std::unique_ptr<ArchiveReader> m_reader;
    QHash<QString, QByteArray> m_memberBytes; // files given as bytes (replaceDescriptor)
    const std::atomic<bool> *m_cancel = nullptr;
    bool m_pendingAllowed = true; // see the class comment
};

} // namespace ovf::package
