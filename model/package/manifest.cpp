#include "model/package/manifest.h"

#include "model/ovf/utf8text.h"
#include "model/package/manifestline.h"

#include <QFileInfo>
#include <QHash>

using namespace Qt::StringLiterals;

namespace ovf::package {

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

} // namespace

// The parse state; a class (rather than free functions) so it can fill Manifest's members.
class ManifestParser
{
    Q_DECLARE_TR_FUNCTIONS(ovf::package::Manifest)

public:
    ManifestParser(Manifest &manifest, const QString &fileName)
        : m_manifest(manifest)
        , m_file(fileName)
    {
        const QFileInfo info(fileName);
        m_selfName = info.fileName();
        m_certName = info.completeBaseName() + u".cert"_s;
    }

    std::expected<void, ManifestError> run(QByteArrayView bytes);

private:
    std::unexpected<ManifestError> fail(int line, const QString &message) const
    {
        return std::unexpected(ManifestError { m_file, line, message });
    }
    void warn(int line, const QString &message)
    {
        m_manifest.m_warnings.append({ ManifestProblem::Severity::Warning, m_file, line, message });
    }
    void problem(ManifestProblem::Severity severity, int line, const QString &message)
    {
        m_manifest.m_problems.append({ severity, m_file, line, message });
    }
    std::expected<void, ManifestError> parseLine(QByteArrayView line, int number);
    // Why `name` cannot name a file in a package; empty when it can.
    QString unsafeNameReason(const QString &name) const;
    void addEntry(ManifestEntry entry);

    Manifest &m_manifest;
    QString m_file;
    QString m_selfName;
    QString m_certName;
    int m_firstUpperCaseHex = 0;
    int m_firstBsd = 0;
    int m_firstOtherSpacing = 0;
    int m_linesSeen = 0;
    QHash<QString, qsizetype> m_byName; // name -> index in m_entries
    QHash<QString, qsizetype> m_byFoldedName;
};

std::expected<void, ManifestError> ManifestParser::run(QByteArrayView bytes)
{
    if (bytes.size() > Manifest::MaxSize) {
        return fail(0,
            tr("The manifest is %1 bytes long; manifests larger than 1 MiB are refused")
                .arg(bytes.size()));
    }
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0) {
        const int line = int(bytes.first(nul).count('\n')) + 1;
        return fail(line, tr("Not a manifest: the file contains NUL bytes (it is not text)"));
    }
    if (!bytes.isValidUtf8())
        return fail(0, tr("Not a manifest: the file is not UTF-8 text"));
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        warn(1,
            tr("The manifest starts with a UTF-8 byte order mark, which ovftool does not write"));
        bytes = bytes.sliced(3);
    }

    int firstCrlf = 0;
    int crlfLines = 0;
    int number = 0;
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        ++number;
        qsizetype end = bytes.indexOf('\n', pos);
        if (end < 0)
            end = bytes.size();
        QByteArrayView line = bytes.sliced(pos, end - pos);
        pos = end + 1;
        if (line.endsWith('\r')) {
            line.chop(1);
            if (crlfLines++ == 0)
                firstCrlf = number;
        }
        if (line.contains('\r')) {
            return fail(number,
                tr("Line %1 contains a carriage return in the middle: %2")
                    .arg(number)
                    .arg(quoteForMessage(line)));
        }
        if (auto parsed = parseLine(line, number); !parsed)
            return std::unexpected(parsed.error());
    }

    if (crlfLines > 0) {
        warn(firstCrlf, tr("Lines end with CRLF (Windows line ends); ovftool writes LF"));
    }
    if (m_firstBsd > 0) {
        warn(m_firstBsd,
            tr("The manifest uses the BSD spelling \"SHA1 (name) = digest\"; ovftool "
               "writes \"SHA1(name)= digest\""));
    }
    if (m_firstOtherSpacing > 0) {
        warn(m_firstOtherSpacing,
            tr("Unusual spacing around \"(\", \")\" or \"=\"; ovftool writes "
               "\"SHA1(name)= digest\""));
    }
    if (m_firstUpperCaseHex > 0) {
        warn(m_firstUpperCaseHex,
            tr("Digests are written in upper-case hexadecimal; ovftool writes lower case"));
    }
    // OVF Tool 4.0 wrote manifests that are nothing but blank padding: no digest at all is
    // not a mismatch, so the manifest is read with no entries and the coverage check names
    // every file it leaves unchecked (TrustState::Incomplete).
    if (m_linesSeen == 0) {
        warn(0, bytes.trimmed().isEmpty() && !bytes.isEmpty()
                 ? tr("The manifest is blank padding: it lists no file (OVF Tool 4.0 wrote such manifests)")
                 : tr("The manifest is empty: it lists no file"));
    }
    return {};
}

std::expected<void, ManifestError> ManifestParser::parseLine(QByteArrayView raw, int number)
{
    QByteArrayView line = raw;
    while (!line.isEmpty() && isBlank(line.back()))
        line.chop(1);
    if (line.isEmpty()) {
        warn(number, tr("Line %1 is blank").arg(number));
        m_manifest.m_paddingLines.append(number);
        return {};
    }
    if (line.size() != raw.size())
        warn(number, tr("Line %1 ends with spaces or tabs").arg(number));
    if (isBlank(line.front())) {
        warn(number, tr("Line %1 starts with spaces or tabs").arg(number));
        while (isBlank(line.front()))
            line = line.sliced(1);
    }
    ++m_linesSeen;

    const std::optional<ManifestLine> parts = ManifestLine::split(line);
    if (!parts) {
        return fail(number,
            tr("Line %1 is not of the form \"SHA256(file)= digest\": %2")
                .arg(number)
                .arg(quoteForMessage(line)));
    }
    const std::optional<DigestAlgorithm> algorithm = parseDigestAlgorithm(parts->algorithm);
    if (!algorithm) {
        return fail(number,
            tr("Line %1 uses the digest algorithm \"%2\", which is not supported "
               "(SHA1, SHA256 and SHA512 are)")
                .arg(number)
                .arg(quoteForMessage(parts->algorithm)));
    }
    if (parts->spelling == ManifestLine::Spelling::Bsd && m_firstBsd == 0)
        m_firstBsd = number;
    if (parts->spelling == ManifestLine::Spelling::Other && m_firstOtherSpacing == 0)
        m_firstOtherSpacing = number;

    const QByteArrayView hex = parts->digest;
    const QString algorithmName = digestAlgorithmName(*algorithm);
    if (hex.isEmpty())
        return fail(number, tr("Line %1 has no digest after \"=\"").arg(number));
    for (const char c : hex) {
        if (!isHexDigit(c)) {
            return fail(number,
                tr("Line %1: the digest \"%2\" is not hexadecimal")
                    .arg(number)
                    .arg(quoteForMessage(hex)));
        }
        if (c >= 'A' && c <= 'F' && m_firstUpperCaseHex == 0)
            m_firstUpperCaseHex = number;
    }
    const qsizetype expectedDigits = 2 * digestLength(*algorithm);
    if (hex.size() != expectedDigits) {
        return fail(number,
            tr("Line %1: a %2 digest has %3 hexadecimal digits, this one has %4")
                .arg(number)
                .arg(algorithmName)
                .arg(expectedDigits)
                .arg(hex.size()));
    }

    ManifestEntry entry;
    entry.algorithm = *algorithm;
    entry.fileName = decodeUtf8(parts->name);
    entry.digest = QByteArray::fromHex(hex.toByteArray());
    entry.line = number;

    if (const QString reason = unsafeNameReason(entry.fileName); !reason.isEmpty()) {
        problem(ManifestProblem::Severity::Error, number,
            tr("Line %1 names \"%2\", which is not a file in the package: %3")
                .arg(number)
                .arg(quoteForMessage(parts->name), reason));
        return {};
    }
    if (entry.fileName.compare(m_selfName, Qt::CaseInsensitive) == 0
        || entry.fileName.compare(m_certName, Qt::CaseInsensitive) == 0) {
        problem(ManifestProblem::Severity::Error, number,
            tr("The manifest lists itself: line %1 gives a digest for \"%2\", which a manifest "
               "cannot cover (DSP0243 §5.1)")
                .arg(number)
                .arg(entry.fileName));
        return {};
    }
    addEntry(std::move(entry));
    return {};
}

void ManifestParser::addEntry(ManifestEntry entry)
{
    if (const auto it = m_byName.constFind(entry.fileName); it != m_byName.cend()) {
        const ManifestEntry &first = m_manifest.m_entries.at(*it);
        if (first.algorithm == entry.algorithm && first.digest == entry.digest) {
            problem(ManifestProblem::Severity::Warning, entry.line,
                tr("Line %1 repeats the entry for \"%2\" of line %3")
                    .arg(entry.line)
                    .arg(entry.fileName)
                    .arg(first.line));
        } else {
            problem(ManifestProblem::Severity::Error, entry.line,
                tr("Conflicting entries for \"%1\": line %2 gives %3 %4, line %5 gives %6 %7")
                    .arg(entry.fileName)
                    .arg(first.line)
                    .arg(digestAlgorithmName(first.algorithm), digestToHex(first.digest))
                    .arg(entry.line)
                    .arg(digestAlgorithmName(entry.algorithm), digestToHex(entry.digest)));
        }
        return;
    }
    const QString folded = entry.fileName.toCaseFolded();
    if (const auto it = m_byFoldedName.constFind(folded); it != m_byFoldedName.cend()) {
        const ManifestEntry &first = m_manifest.m_entries.at(*it);
        problem(ManifestProblem::Severity::Error, entry.line,
            tr("Lines %1 and %2 name \"%3\" and \"%4\", which differ only by letter case")
                .arg(first.line)
                .arg(entry.line)
                .arg(first.fileName, entry.fileName));
        return;
    }
    m_byName.insert(entry.fileName, m_manifest.m_entries.size());
    m_byFoldedName.insert(folded, m_manifest.m_entries.size());
    m_manifest.m_entries.append(std::move(entry));
}

QString ManifestParser::unsafeNameReason(const QString &name) const
{
    if (name.isEmpty())
        return tr("the name is empty");
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() < 0xa0))
            return tr("it contains control characters");
    }
    if (name.contains(u'\\'))
        return tr("it contains a backslash");
    if (name.startsWith(u'/') || (name.size() >= 2 && name.at(1) == u':' && name.at(0).isLetter()))
        return tr("it is an absolute path");
    for (const QStringView segment : QStringView(name).split(u'/')) {
        if (segment == u".." || segment == u"." || segment.isEmpty())
            return tr("it contains \"..\", \".\" or an empty path segment");
    }
    return {};
}

QString ManifestError::toString() const
{
    if (line > 0)
        return u"%1:%2: %3"_s.arg(file).arg(line).arg(message);
    return u"%1: %2"_s.arg(file, message);
}

QString ManifestProblem::toString() const
{
    if (line > 0)
        return u"%1:%2: %3"_s.arg(file).arg(line).arg(message);
    return u"%1: %2"_s.arg(file, message);
}

std::expected<Manifest, ManifestError> Manifest::parse(
    QByteArrayView bytes, const QString &fileName)
{
    Manifest manifest;
    manifest.m_fileName = fileName;
    ManifestParser parser(manifest, fileName);
    if (auto result = parser.run(bytes); !result)
        return std::unexpected(result.error());
    return manifest;
}

std::optional<ManifestEntry> Manifest::entry(const QString &fileName) const
{
    for (const ManifestEntry &e : m_entries) {
        if (e.fileName == fileName)
            return e;
    }
    return std::nullopt;
}

DigestAlgorithm Manifest::weakestAlgorithm() const
{
    DigestAlgorithm weakest = DigestAlgorithm::Sha512;
    for (const ManifestEntry &e : m_entries) {
        if (digestLength(e.algorithm) < digestLength(weakest))
            weakest = e.algorithm;
    }
    return weakest;
}

bool Manifest::hasErrors() const
{
    for (const ManifestProblem &p : m_problems) {
        if (p.severity == ManifestProblem::Severity::Error)
            return true;
    }
    return false;
}

QByteArray Manifest::serialize(const QList<ManifestEntry> &entries)
{
    QByteArray text;
    for (const ManifestEntry &e : entries) {
        Q_ASSERT(!e.fileName.contains(u'\n') && !e.fileName.contains(u'\r'));
        text += digestAlgorithmName(e.algorithm).toLatin1();
        text += '(';
        text += e.fileName.toUtf8();
        text += ")= ";
        text += e.digest.toHex();
        text += '\n';
    }
    return text;
}

} // namespace ovf::package
