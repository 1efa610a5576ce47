#include "packagetestkit.h"

#include "model/package/digesthasher.h"
#include "model/package/signer.h"
#include "model/package/trust.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

#include <zlib.h>

namespace testkit {

using namespace Qt::StringLiterals;

// --- tar ----------------------------------------------------------------------------------

QByteArray tarOctal(qint64 value, int width)
{
    return QByteArray::number(value, 8).rightJustified(width - 1, '0') + '\0';
}

// One 512-byte ustar header; the checksum is computed over the final block.
QByteArray tarHeader(const QByteArray &name, char type, qint64 size, const QByteArray &link)
{
    QByteArray h(512, '\0');
    auto put = [&h](int offset, const QByteArray &field) { h.replace(offset, field.size(), field); };
    put(0, name.left(100));
    put(100, tarOctal(0644, 8));
    put(108, tarOctal(0, 8));
    put(116, tarOctal(0, 8));
    put(124, tarOctal(size, 12));
    put(136, tarOctal(1'600'000'000, 12));
    h[156] = type;
    put(157, link.left(100));
    put(257, QByteArray("ustar\0" "00", 8));
    put(265, "root");
    put(297, "root");
    h.replace(148, 8, QByteArray(8, ' '));
    qint64 sum = 0;
    for (char c : std::as_const(h))
        sum += static_cast<unsigned char>(c);
    h.replace(148, 8, QByteArray(QByteArray::number(sum, 8).rightJustified(6, '0') + QByteArray("\0 ", 2)));
    return h;
}

QByteArray tarPad(const QByteArray &data)
{
    return data + QByteArray((512 - data.size() % 512) % 512, '\0');
}

QByteArray tarMember(const QByteArray &name, const QByteArray &data, char type, const QByteArray &link)
{
    return tarHeader(name, type, data.size(), link) + tarPad(data);
}

QByteArray tarEnd()
{
    return QByteArray(1024, '\0');
}


QByteArray tar(const Members &members)
{
    QByteArray bytes;
    for (const auto &[name, data] : members)
        bytes += tarMember(name, data);
    return bytes + tarEnd();
}

// --- contents -----------------------------------------------------------------------------

// Deterministic, incompressible-looking bytes.
QByteArray payload(qsizetype size, int seed)
{
    QByteArray d(size, Qt::Uninitialized);
    quint32 x = 2463534242u + quint32(seed) * 7919u;
    for (qsizetype i = 0; i < size; ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        d[i] = char(x & 0xff);
    }
    return d;
}

QByteArray gzip(const QByteArray &data)
{
    z_stream z{};
    deflateInit2(&z, 9, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(qsizetype(deflateBound(&z, uLong(data.size()))) + 64, '\0');
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    deflate(&z, Z_FINISH);
    out.truncate(qsizetype(z.total_out));
    deflateEnd(&z);
    return out;
}


// An OVF 1.x descriptor with these Files, one disk per File and a minimal VirtualSystem.
QByteArray descriptor(const QList<FileRef> &files, const QByteArray &extraBeforeEnvelope)
{
    QByteArray refs;
    QByteArray disks;
    for (const FileRef &f : files) {
        refs += "    <File ovf:id=\"" + f.id.toUtf8() + "\" ovf:href=\"" + f.href.toUtf8() + "\"";
        if (f.size)
            refs += " ovf:size=\"" + QByteArray::number(*f.size) + "\"";
        if (f.chunkSize)
            refs += " ovf:chunkSize=\"" + QByteArray::number(*f.chunkSize) + "\"";
        if (f.gzip)
            refs += " ovf:compression=\"gzip\"";
        refs += "/>\n";
        disks += "    <Disk ovf:diskId=\"d-" + f.id.toUtf8() + "\" ovf:fileRef=\"" + f.id.toUtf8()
            + "\" ovf:capacity=\"1073741824\" ovf:format=\"http://www.vmware.com/interfaces/specifications/vmdk.html#streamOptimized\"/>\n";
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + extraBeforeEnvelope
        + "<Envelope xmlns=\"http://schemas.dmtf.org/ovf/envelope/1\" "
          "xmlns:ovf=\"http://schemas.dmtf.org/ovf/envelope/1\" "
          "xmlns:rasd=\"http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocationSettingData\" "
          "xmlns:vssd=\"http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_VirtualSystemSettingData\">\n"
          "  <References>\n" + refs + "  </References>\n"
          "  <DiskSection>\n    <Info>Disks</Info>\n" + disks + "  </DiskSection>\n"
          "  <VirtualSystem ovf:id=\"vm\">\n    <Info>A test machine</Info>\n"
          "  </VirtualSystem>\n</Envelope>\n";
}

QByteArray manifestLine(const QByteArray &algorithm, const QByteArray &name, const QByteArray &data)
{
    const auto alg = algorithm == "SHA1" ? ovf::package::DigestAlgorithm::Sha1
        : algorithm == "SHA512"          ? ovf::package::DigestAlgorithm::Sha512
                                         : ovf::package::DigestAlgorithm::Sha256;
    return algorithm + "(" + name + ")= " + ovf::package::DigestHasher::hash(alg, data).toHex() + "\n";
}

QByteArray manifest(const Members &files, const QByteArray &algorithm)
{
    QByteArray text;
    for (const auto &[name, data] : files)
        text += manifestLine(algorithm, name, data);
    return text;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// --- a certificate authority --------------------------------------------------------------

const char kCaConfig[] = R"(
[ req ]
distinguished_name = dn
[ dn ]
[ ca ]
default_ca = testca
[ testca ]
dir = .
database = ./index.txt
new_certs_dir = ./issued
serial = ./serial
default_md = sha256
policy = anything
unique_subject = no
[ anything ]
commonName = supplied
[ v3_root ]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[ v3_inter ]
basicConstraints = critical, CA:TRUE, pathlen:0
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[ v3_inter_tls ]
basicConstraints = critical, CA:TRUE, pathlen:0
keyUsage = critical, keyCertSign, cRLSign
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[ codesign ]
basicConstraints = CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = codeSigning
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[ tlsserver ]
basicConstraints = CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
[ encipher ]
basicConstraints = CA:FALSE
keyUsage = critical, keyEncipherment
[ plain ]
basicConstraints = CA:FALSE
)";

CertificateAuthority::CertificateAuthority(const QString &dir) : m_dir(dir) { }

QString CertificateAuthority::path(const QString &name) const
{
    return QDir(m_dir).filePath(name);
}

bool CertificateAuthority::create()
{
    m_openssl = QStandardPaths::findExecutable(u"openssl"_s);
    if (m_openssl.isEmpty() || !QDir(m_dir).mkpath(u"issued"_s) || !writeFile(path(u"ca.cnf"_s), kCaConfig)
        || !writeFile(path(u"index.txt"_s), {}) || !writeFile(path(u"serial"_s), "1000\n"))
        return false;
    const QStringList ec{u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s, u"-nodes"_s};
    return run(QStringList{u"req"_s, u"-x509"_s, u"-new"_s} + ec
               + QStringList{u"-keyout"_s, u"root.key"_s, u"-out"_s, u"root.pem"_s, u"-subj"_s,
                             u"/CN=OVFW verify test root"_s, u"-days"_s, u"3650"_s, u"-extensions"_s, u"v3_root"_s})
        && run(QStringList{u"req"_s, u"-x509"_s, u"-new"_s} + ec
               + QStringList{u"-keyout"_s, u"self.key"_s, u"-out"_s, u"self.pem"_s, u"-subj"_s,
                             u"/CN=OVFW verify self-signed"_s, u"-days"_s, u"365"_s, u"-extensions"_s, u"codesign"_s})
        && issue(u"leaf"_s, u"codesign"_s, {u"-days"_s, u"365"_s})
        && issue(u"expired"_s, u"codesign"_s, {u"-startdate"_s, u"20000101000000Z"_s, u"-enddate"_s, u"20010101000000Z"_s})
        && issue(u"future"_s, u"codesign"_s, {u"-startdate"_s, u"20990101000000Z"_s, u"-enddate"_s, u"21000101000000Z"_s})
        && issue(u"tls"_s, u"tlsserver"_s, {u"-days"_s, u"365"_s});
}

QByteArray CertificateAuthority::sign(const QString &who, const QByteArray &manifestBytes, const QString &manifestName) const
{
    auto signer = ovf::package::Signer::fromPem(path(who + u".key"_s), path(who + u".pem"_s));
    if (!signer)
        return {};
    auto cert = ovf::package::signManifest(manifestBytes, manifestName, *signer);
    return cert ? *cert : QByteArray();
}

bool CertificateAuthority::run(const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(m_dir);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"OPENSSL_CONF"_s, path(u"ca.cnf"_s));
    process.setProcessEnvironment(environment);
    process.start(m_openssl, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning("openssl %s failed: %s", qPrintable(arguments.join(u' ')), process.readAllStandardError().constData());
        return false;
    }
    return true;
}

bool CertificateAuthority::issue(const QString &name, const QString &section, const QStringList &dates)
{
    return run({u"req"_s, u"-new"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s, u"-nodes"_s,
                u"-keyout"_s, name + u".key"_s, u"-out"_s, name + u".csr"_s, u"-subj"_s,
                u"/CN=OVFW verify %1/O=OVF Workbench"_s.arg(name)})
        && run(QStringList{u"ca"_s, u"-batch"_s, u"-notext"_s, u"-config"_s, u"ca.cnf"_s, u"-cert"_s, u"root.pem"_s,
                           u"-keyfile"_s, u"root.key"_s, u"-in"_s, name + u".csr"_s, u"-out"_s, name + u".pem"_s,
                           u"-extensions"_s, section}
               + dates);
}

// A path inside the shared corpus of real packages.
QString corpus(const QString &relative)
{
    return QStringLiteral(OVFW_CORPUS_DIR) + u'/' + relative;
}

// A verification's trust state, reasons and warnings, for failure messages.
QString describe(const ovf::package::VerifyResult &r)
{
    QStringList lines{ovf::package::trustStateName(r.verdict.state)};
    lines += r.verdict.reasons;
    lines += r.warnings;
    return lines.join(QStringLiteral("\n  "));
}

} // namespace testkit
