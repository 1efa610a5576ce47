// Runs the real ovfctl binary: exit statuses, messages, JSON output, text output, and every
// corpus file through `info` and `validate`.

#include "packagetestkit.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Result
{
    bool finished = false;
    QProcess::ExitStatus status = QProcess::CrashExit;
    int code = -1;
    QString out;
    QString err;
    QString processError; // set when ovfctl could not be started or timed out
};

Result runOvfctl(const QStringList &args, const QString &workingDir = {})
{
    QProcess p;
    if (!workingDir.isEmpty())
        p.setWorkingDirectory(workingDir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"NO_COLOR"_s);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(OVFCTL_PATH), args);
    Result r;
    r.finished = p.waitForFinished(60'000);
    if (!r.finished) {
        r.processError = p.errorString();
        qWarning("ovfctl %s: %s", qPrintable(args.join(u' ')), qPrintable(r.processError));
        p.kill();
    }
    r.status = p.exitStatus();
    r.code = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString corpus(const QString &relative)
{
    return QStringLiteral(OVFW_CORPUS_DIR) + u'/' + relative;
}

QJsonObject parseJson(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        qWarning("not a JSON object (%s): %s", qPrintable(error.errorString()), qPrintable(text.left(300)));
    return doc.object();
}

// A small descriptor that breaks no rule: one VirtualSystem with hardware, a disk, a network,
// a product with a password property holding `secret`, and `extra` markup inside the
// VirtualSystem.
QByteArray cleanOvf(const QByteArray &secret = "s3cr3t-Value!", const QByteArray &product = "Hello Appliance")
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<Envelope xmlns=\"http://schemas.dmtf.org/ovf/envelope/1\"\n"
        "          xmlns:ovf=\"http://schemas.dmtf.org/ovf/envelope/1\"\n"
        "          xmlns:rasd=\"http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocationSettingData\"\n"
        "          xmlns:vssd=\"http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_VirtualSystemSettingData\"\n"
        "          ovf:version=\"1.1.0\">\n"
        "  <References>\n"
        "    <File ovf:id=\"file1\" ovf:href=\"disk1.vmdk\" ovf:size=\"1048576\"/>\n"
        "  </References>\n"
        "  <DiskSection>\n"
        "    <Info>Virtual disks</Info>\n"
        "    <Disk ovf:diskId=\"vmdisk1\" ovf:fileRef=\"file1\" ovf:capacity=\"8\" ovf:capacityAllocationUnits=\"byte * 2^30\"\n"
        "          ovf:format=\"http://www.vmware.com/interfaces/specifications/vmdk.html#streamOptimized\"/>\n"
        "  </DiskSection>\n"
        "  <NetworkSection>\n"
        "    <Info>Logical networks</Info>\n"
        "    <Network ovf:name=\"LAN\"><Description>The local network</Description></Network>\n"
        "  </NetworkSection>\n"
        "  <VirtualSystem ovf:id=\"hello\">\n"
        "    <Info>A virtual machine</Info>\n"
        "    <Name>Hello</Name>\n"
        "    <ProductSection>\n"
        "      <Info>The product</Info>\n"
        "      <Product>" + product + "</Product>\n"
        "      <Vendor>Example Corp</Vendor>\n"
        "      <Version>1.2</Version>\n"
        "      <Property ovf:key=\"admin-password\" ovf:type=\"string\" ovf:password=\"true\" ovf:userConfigurable=\"true\"\n"
        "                ovf:value=\"" + secret + "\">\n"
        "        <Label>Administrator password</Label>\n"
        "      </Property>\n"
        "      <Property ovf:key=\"hostname\" ovf:type=\"string\" ovf:userConfigurable=\"true\" ovf:value=\"hello-host\">\n"
        "        <Label>Host name</Label>\n"
        "      </Property>\n"
        "    </ProductSection>\n"
        "    <VirtualHardwareSection>\n"
        "      <Info>Virtual hardware</Info>\n"
        "      <System>\n"
        "        <vssd:ElementName>Virtual Hardware Family</vssd:ElementName>\n"
        "        <vssd:InstanceID>0</vssd:InstanceID>\n"
        "        <vssd:VirtualSystemType>vmx-10</vssd:VirtualSystemType>\n"
        "      </System>\n"
        "      <Item>\n"
        "        <rasd:AllocationUnits>hertz * 10^6</rasd:AllocationUnits>\n"
        "        <rasd:ElementName>2 virtual CPUs</rasd:ElementName>\n"
        "        <rasd:InstanceID>1</rasd:InstanceID>\n"
        "        <rasd:ResourceType>3</rasd:ResourceType>\n"
        "        <rasd:VirtualQuantity>2</rasd:VirtualQuantity>\n"
        "      </Item>\n"
        "      <Item>\n"
        "        <rasd:AllocationUnits>byte * 2^20</rasd:AllocationUnits>\n"
        "        <rasd:ElementName>2048 MB of memory</rasd:ElementName>\n"
        "        <rasd:InstanceID>2</rasd:InstanceID>\n"
        "        <rasd:ResourceType>4</rasd:ResourceType>\n"
        "        <rasd:VirtualQuantity>2048</rasd:VirtualQuantity>\n"
        "      </Item>\n"
        "      <Item>\n"
        "        <rasd:ElementName>SCSI controller</rasd:ElementName>\n"
        "        <rasd:InstanceID>3</rasd:InstanceID>\n"
        "        <rasd:ResourceSubType>lsilogic</rasd:ResourceSubType>\n"
        "        <rasd:ResourceType>6</rasd:ResourceType>\n"
        "      </Item>\n"
        "      <Item>\n"
        "        <rasd:AddressOnParent>0</rasd:AddressOnParent>\n"
        "        <rasd:ElementName>Hard disk</rasd:ElementName>\n"
        "        <rasd:HostResource>ovf:/disk/vmdisk1</rasd:HostResource>\n"
        "        <rasd:InstanceID>4</rasd:InstanceID>\n"
        "        <rasd:Parent>3</rasd:Parent>\n"
        "        <rasd:ResourceType>17</rasd:ResourceType>\n"
        "      </Item>\n"
        "      <Item>\n"
        "        <rasd:AutomaticAllocation>true</rasd:AutomaticAllocation>\n"
        "        <rasd:Connection>LAN</rasd:Connection>\n"
        "        <rasd:ElementName>Ethernet adapter</rasd:ElementName>\n"
        "        <rasd:InstanceID>5</rasd:InstanceID>\n"
        "        <rasd:ResourceType>10</rasd:ResourceType>\n"
        "      </Item>\n"
        "    </VirtualHardwareSection>\n"
        "  </VirtualSystem>\n"
        "</Envelope>\n";
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// Every descriptor-like file of the corpus, relative to it.
QStringList corpusDocuments()
{
    QStringList files;
    QDirIterator it(QStringLiteral(OVFW_CORPUS_DIR), {u"*.ovf"_s, u"*.xml"_s}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(QStringLiteral(OVFW_CORPUS_DIR)).relativeFilePath(it.next()));
    files.sort();
    return files;
}

} // namespace

class TestOvfctl : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void help_data();
    void help();
    void usageErrors_data();
    void usageErrors();
    void missingFile_data();
    void missingFile();
    void loadFailures_data();
    void loadFailures();
    void loadFailureJson_data();
    void loadFailureJson();
    void cleanDescriptor_data();
    void cleanDescriptor();
    void cleanCorpusFiles_data();
    void cleanCorpusFiles();
    void invalidDescriptor();
    void validateJson();
    void validateQuietAndStrict();
    void infoJsonCsr1000v();
    void infoTextCsr1000v();
    void infoCollection();
    void passwordsMasked();
    void hostileTextSanitized();
    void environmentDocument();
    void externalBundles();
    void noColourWhenPiped();
    void corpusNeverCrashes_data();
    void corpusNeverCrashes();
    void verifyCorpus_data();
    void verifyCorpus();
    void verifyOptions();
    void verifyBuiltPackage();
    void infoAndValidateOnPackages();
    void infoListsArchiveMembers();
    void packageBundlesStayInside();

private:
    QTemporaryDir m_dir;
};

void TestOvfctl::initTestCase()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(OVFCTL_PATH)), OVFCTL_PATH);
    QVERIFY(m_dir.isValid());
    QVERIFY(writeFile(m_dir.filePath(u"clean.ovf"_s), cleanOvf()));
}

void TestOvfctl::help_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    QTest::newRow("--help") << QStringList{u"--help"_s} << u"Usage: ovfctl COMMAND"_s;
    QTest::newRow("-h") << QStringList{u"-h"_s} << u"Commands:"_s;
    QTest::newRow("help") << QStringList{u"help"_s} << u"validate"_s;
    QTest::newRow("help info") << QStringList{u"help"_s, u"info"_s} << u"Usage: ovfctl info [--json] FILE"_s;
    QTest::newRow("info --help") << QStringList{u"info"_s, u"--help"_s} << u"Usage: ovfctl info [--json] FILE"_s;
    QTest::newRow("validate -h") << QStringList{u"validate"_s, u"-h"_s} << u"--werror, --strict"_s;
    QTest::newRow("--version") << QStringList{u"--version"_s} << u"ovfctl (OVF Workbench) "_s;
}

void TestOvfctl::help()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const Result r = runOvfctl(args);
    QVERIFY(r.finished);
    QCOMPARE(r.status, QProcess::NormalExit);
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(expected), qPrintable(r.out));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
}

void TestOvfctl::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    const QString clean = m_dir.filePath(u"clean.ovf"_s);
    QTest::newRow("no arguments") << QStringList{} << u"Usage: ovfctl COMMAND"_s;
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s, clean} << u"unknown command 'frobnicate'"_s;
    QTest::newRow("option before command") << QStringList{u"--json"_s, u"info"_s, clean} << u"unknown option"_s;
    QTest::newRow("info unknown option") << QStringList{u"info"_s, u"--bogus"_s, clean} << u"Unknown option 'bogus'"_s;
    QTest::newRow("validate unknown option") << QStringList{u"validate"_s, u"-z"_s, clean} << u"Unknown option 'z'"_s;
    QTest::newRow("info without FILE") << QStringList{u"info"_s} << u"missing FILE"_s;
    QTest::newRow("validate without FILE") << QStringList{u"validate"_s, u"--json"_s} << u"missing FILE"_s;
    QTest::newRow("two FILEs") << QStringList{u"info"_s, clean, clean} << u"unexpected argument"_s;
    QTest::newRow("help unknown") << QStringList{u"help"_s, u"nosuch"_s} << u"unknown command 'nosuch'"_s;
}

void TestOvfctl::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const Result r = runOvfctl(args);
    QVERIFY(r.finished);
    QCOMPARE(r.status, QProcess::NormalExit);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
}

void TestOvfctl::missingFile_data()
{
    QTest::addColumn<QStringList>("args");
    const QString missing = m_dir.filePath(u"does-not-exist.ovf"_s);
    QTest::newRow("info") << QStringList{u"info"_s, missing};
    QTest::newRow("info --json") << QStringList{u"info"_s, u"--json"_s, missing};
    QTest::newRow("validate") << QStringList{u"validate"_s, missing};
    QTest::newRow("validate --json") << QStringList{u"validate"_s, u"--json"_s, missing};
}

void TestOvfctl::missingFile()
{
    QFETCH(QStringList, args);
    const Result r = runOvfctl(args);
    QVERIFY(r.finished);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.startsWith(u"ovfctl: "_s + args.constLast()), qPrintable(r.err));
    if (args.contains(u"--json"_s)) {
        const QJsonObject o = parseJson(r.out);
        QCOMPARE(o.value(u"loaded"), QJsonValue(false));
        QCOMPARE(o.value(u"file").toString(), args.constLast());
        QCOMPARE(o.value(u"error")[u"kind"].toString(), u"io"_s);
    } else {
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    }
}

void TestOvfctl::loadFailures_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");  // in the message
    QTest::addColumn<bool>("hasPosition");  // FILE:LINE:COL:
    const QStringList commands{u"info"_s, u"validate"_s};
    for (const QString &c : commands) {
        auto row = [&c](const char *name) -> QTestData & { return QTest::addRow("%s %s", qPrintable(c), name); };
        row("malformed") << c << u"ganeti/wrong_xml.ovf"_s << u"not well-formed"_s << true;
        row("not XML at all") << c << u"glance/illegal-xml.ovf"_s << u"not well-formed"_s << true;
        row("DOCTYPE") << c << u"proxmox/XEE.ovf"_s << u"DOCTYPE"_s << true;
        row("HTML page") << c << u"govmomi/html-404-descriptor.ovf"_s << u"HTML page"_s << false;
        row("empty file") << c << u"govmomi/empty-descriptor.ovf"_s << u"empty"_s << false;
        row("unknown version") << c << u"cot/ersatz_ovf_3.0.ovf"_s << u"unknown OVF version"_s << true;
        row("wrong root namespace") << c << u"govmomi/ovftool-neg/invalid_namespace.ovf"_s << u"root element"_s
                                    << true;
    }
}

void TestOvfctl::loadFailures()
{
    QFETCH(QString, command);
    QFETCH(QString, file);
    QFETCH(QString, expected);
    QFETCH(bool, hasPosition);
    const QString path = corpus(file);
    const Result r = runOvfctl({command, path});
    QVERIFY(r.finished);
    QCOMPARE(r.status, QProcess::NormalExit);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.startsWith(u"ovfctl: "_s + path + u':'), qPrintable(r.err));
    QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    if (hasPosition) {
        const QRegularExpression where(u"^ovfctl: "_s + QRegularExpression::escape(path) + u":\\d+:\\d+: \\S"_s);
        QVERIFY2(where.match(r.err).hasMatch(), qPrintable(r.err));
    }
    QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
}

void TestOvfctl::loadFailureJson_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("line");
    const QStringList commands{u"info"_s, u"validate"_s};
    for (const QString &c : commands) {
        QTest::addRow("%s malformed", qPrintable(c)) << c << u"ganeti/wrong_xml.ovf"_s << u"malformed"_s << 71;
        QTest::addRow("%s doctype", qPrintable(c)) << c << u"proxmox/XEE.ovf"_s << u"doctype"_s << 2;
        QTest::addRow("%s html", qPrintable(c)) << c << u"govmomi/html-404-descriptor.ovf"_s << u"html"_s << -1;
        QTest::addRow("%s empty", qPrintable(c)) << c << u"govmomi/empty-descriptor.ovf"_s << u"empty"_s << -1;
        QTest::addRow("%s version", qPrintable(c)) << c << u"cot/ersatz_ovf_3.0.ovf"_s << u"unknown-version"_s << 2;
    }
}

void TestOvfctl::loadFailureJson()
{
    QFETCH(QString, command);
    QFETCH(QString, file);
    QFETCH(QString, kind);
    QFETCH(int, line);
    const Result r = runOvfctl({command, u"--json"_s, corpus(file)});
    QCOMPARE(r.code, 1);
    QVERIFY(!r.err.isEmpty());
    const QJsonObject o = parseJson(r.out);
    QCOMPARE(o.value(u"file").toString(), corpus(file));
    QCOMPARE(o.value(u"loaded"), QJsonValue(false));
    const QJsonObject e = o.value(u"error").toObject();
    QCOMPARE(e.value(u"kind").toString(), kind);
    QVERIFY(!e.value(u"message").toString().isEmpty());
    QVERIFY(e.contains(u"line"_s) && e.contains(u"column"_s));
    if (line > 0) {
        QCOMPARE(e.value(u"line").toInt(), line);
        QVERIFY(e.value(u"column").toInt() > 0);
    }
    if (command == u"validate")
        QCOMPARE(o.value(u"valid"), QJsonValue(false));
}

void TestOvfctl::cleanDescriptor_data()
{
    QTest::addColumn<QStringList>("args");
    const QString clean = m_dir.filePath(u"clean.ovf"_s);
    QTest::newRow("validate") << QStringList{u"validate"_s, clean};
    QTest::newRow("validate --werror") << QStringList{u"validate"_s, u"--werror"_s, clean};
    QTest::newRow("validate --json") << QStringList{u"validate"_s, u"--json"_s, clean};
    QTest::newRow("info") << QStringList{u"info"_s, clean};
    QTest::newRow("info --json") << QStringList{u"info"_s, u"--json"_s, clean};
}

void TestOvfctl::cleanDescriptor()
{
    QFETCH(QStringList, args);
    const Result r = runOvfctl(args);
    QVERIFY(r.finished);
    QCOMPARE(r.status, QProcess::NormalExit);
    QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
    if (args.contains(u"--json"_s)) {
        const QJsonObject o = parseJson(r.out);
        QCOMPARE(o.value(u"loaded"), QJsonValue(true));
        QCOMPARE(o.value(u"conformanceLevel").toInt(), 1);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    } else if (args.constFirst() == u"validate") {
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
        QVERIFY2(r.err.contains(QRegularExpression(u"clean\\.ovf: 0 errors, 0 warnings(, \\d+ infos?)? \\(conformance level 1\\)\n$"_s)),
                 qPrintable(r.err));
        QVERIFY2(!r.err.contains(u": info: "_s), qPrintable(r.err)); // infos only with --verbose
    } else {
        QVERIFY2(r.out.contains(u"Hello Appliance 1.2 (Example Corp)"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"2 vCPU, 2.0 GiB memory, 1 disk, 1 NIC"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"8.0 GiB (8589934592 bytes)"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"Conformance:       level 1"_s), qPrintable(r.out));
    }
}

void TestOvfctl::cleanCorpusFiles_data()
{
    QTest::addColumn<QString>("file");
    for (const char *f : {"cot/minimal.ovf", "cot/csr1000v.ovf", "cot/iosv.ovf", "virt-v2v/test-i-ova.ovf"})
        QTest::newRow(f) << QString::fromLatin1(f);
}

void TestOvfctl::cleanCorpusFiles()
{
    QFETCH(QString, file);
    const Result r = runOvfctl({u"validate"_s, corpus(file)});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(!r.err.contains(u": error: "_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(u" 0 errors, "_s), qPrintable(r.err));
    QCOMPARE(runOvfctl({u"info"_s, corpus(file)}).code, 0);
}

void TestOvfctl::invalidDescriptor()
{
    const QString path = corpus(u"cot/invalid.ovf"_s);
    const Result r = runOvfctl({u"validate"_s, path});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    const QStringList lines = r.err.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= 2);
    // FILE:LINE:COL: error: message [rule-id], sorted by position, then the summary.
    const QRegularExpression diagnostic(u"^"_s + QRegularExpression::escape(path)
                                        + u":(\\d+):(\\d+): (error|warning|info): .+ \\[[a-z0-9-]+\\]$"_s);
    int errors = 0;
    std::pair<int, int> previous{0, 0};
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        const QRegularExpressionMatch m = diagnostic.match(lines.at(i));
        QVERIFY2(m.hasMatch(), qPrintable(lines.at(i)));
        const std::pair<int, int> position{m.captured(1).toInt(), m.captured(2).toInt()};
        QVERIFY2(previous <= position, qPrintable(lines.at(i)));
        previous = position;
        errors += m.captured(3) == u"error";
    }
    QVERIFY(errors > 0);
    QVERIFY2(lines.constLast().startsWith(path + u": %1 error"_s.arg(errors)), qPrintable(lines.constLast()));
    QVERIFY2(lines.constLast().contains(u"(conformance level "_s), qPrintable(lines.constLast()));
    // The summary is still printed by info, which reports the errors through its status.
    const Result info = runOvfctl({u"info"_s, path});
    QCOMPARE(info.code, 1);
    QVERIFY(info.out.contains(u"Validation:"_s));
}

void TestOvfctl::validateJson()
{
    const QString path = corpus(u"cot/invalid.ovf"_s);
    const Result r = runOvfctl({u"validate"_s, u"--json"_s, path});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    const QJsonObject o = parseJson(r.out);
    QCOMPARE(o.value(u"file").toString(), path);
    QCOMPARE(o.value(u"loaded"), QJsonValue(true));
    QCOMPARE(o.value(u"valid"), QJsonValue(false));
    QVERIFY(o.value(u"errors").toInt() > 0);
    const QJsonArray problems = o.value(u"problems").toArray();
    QCOMPARE(problems.size(), o.value(u"errors").toInt() + o.value(u"warnings").toInt() + o.value(u"infos").toInt());
    for (const QJsonValue &p : problems) {
        for (const char *key : {"ruleId", "severity", "message", "file", "path", "line", "column"})
            QVERIFY2(p.toObject().contains(QLatin1StringView(key)), key);
        QVERIFY(!p[u"ruleId"].toString().isEmpty());
    }
}

void TestOvfctl::validateQuietAndStrict()
{
    // Warnings only: an unreferenced File and Disk.
    QByteArray bytes = cleanOvf();
    bytes.replace("</References>", "<File ovf:id=\"spare\" ovf:href=\"spare.vmdk\" ovf:size=\"10\"/></References>");
    const QString path = m_dir.filePath(u"warnings.ovf"_s);
    QVERIFY(writeFile(path, bytes));
    const Result plain = runOvfctl({u"validate"_s, path});
    QCOMPARE(plain.code, 0);
    QVERIFY2(plain.err.contains(u": warning: "_s) && plain.err.contains(u"[unreferenced-file]"_s), qPrintable(plain.err));
    QVERIFY2(plain.err.contains(u"0 errors, 1 warning, "_s), qPrintable(plain.err));
    QVERIFY2(!plain.err.contains(u": info: "_s), qPrintable(plain.err));
    const Result verbose = runOvfctl({u"validate"_s, u"--verbose"_s, path});
    QCOMPARE(verbose.code, 0);
    QVERIFY2(verbose.err.contains(u": info: "_s) && verbose.err.contains(u"[conformance-level]"_s),
             qPrintable(verbose.err));
    const Result strict = runOvfctl({u"validate"_s, u"--werror"_s, path});
    QCOMPARE(strict.code, 1);
    QCOMPARE(runOvfctl({u"validate"_s, u"--strict"_s, u"--json"_s, path}).code, 1);
    const Result quiet = runOvfctl({u"validate"_s, u"--quiet"_s, path});
    QCOMPARE(quiet.code, 0);
    QVERIFY2(quiet.err.isEmpty(), qPrintable(quiet.err));
    // --quiet keeps the errors.
    const Result quietErrors = runOvfctl({u"validate"_s, u"-q"_s, corpus(u"cot/invalid.ovf"_s)});
    QCOMPARE(quietErrors.code, 1);
    QVERIFY(quietErrors.err.contains(u": error: "_s));
    QVERIFY(!quietErrors.err.contains(u": warning: "_s));
    QVERIFY(!quietErrors.err.contains(u"(conformance level"_s));
}

void TestOvfctl::infoJsonCsr1000v()
{
    const Result r = runOvfctl({u"info"_s, u"--json"_s, corpus(u"cot/csr1000v.ovf"_s)});
    QCOMPARE(r.code, 0);
    const QJsonObject o = parseJson(r.out);
    for (const char *key : {"file", "loaded", "kind", "ovfVersion", "versionDescription", "conformanceLevel",
                            "problems", "defaultLocale", "locales", "references", "disks", "networks",
                            "configurations", "defaultConfiguration", "content", "stringsBundles"})
        QVERIFY2(o.contains(QLatin1StringView(key)), key);
    QCOMPARE(o.value(u"kind").toString(), u"envelope"_s);
    QCOMPARE(o.value(u"ovfVersion").toString(), u"OVF 1.x"_s);
    QCOMPARE(o.value(u"references").toArray().size(), 2);
    QCOMPARE(o.value(u"networks").toArray().size(), 3);
    const QJsonObject disk = o.value(u"disks")[0].toObject();
    QCOMPARE(disk.value(u"capacityBytes").toDouble(), 1073741824.0);
    QCOMPARE(disk.value(u"formatName").toString(), u"VMDK streamOptimized"_s);
    QCOMPARE(disk.value(u"href").toString(), u"input.vmdk"_s);

    const QJsonArray configs = o.value(u"configurations").toArray();
    QCOMPARE(configs.size(), 4);
    QCOMPARE(o.value(u"defaultConfiguration").toString(), u"1CPU-4GB"_s);
    int defaults = 0;
    for (const QJsonValue &c : configs)
        defaults += c[u"default"].toBool();
    QCOMPARE(defaults, 1);
    QCOMPARE(configs.at(0)[u"label"].toString(), u"Small"_s);

    const QJsonObject vs = o.value(u"content").toObject();
    QCOMPARE(vs.value(u"kind").toString(), u"VirtualSystem"_s);
    QCOMPARE(vs.value(u"id").toString(), u"com.cisco.csr1000v"_s);
    const QJsonObject product = vs.value(u"products")[0].toObject();
    QCOMPARE(product.value(u"product").toString(), u"Cisco CSR 1000V Cloud Services Router"_s);
    const QJsonArray properties = product.value(u"properties").toArray();
    QCOMPARE(properties.size(), 27);
    int passwords = 0;
    for (const QJsonValue &p : properties) {
        if (p[u"password"].toBool()) {
            ++passwords;
            QVERIFY(p[u"value"].isNull());
        }
    }
    QVERIFY(passwords >= 3);
    QCOMPARE(properties.at(1)[u"fullKey"].toString(), u"com.cisco.csr1000v.hostname.1"_s);
    QCOMPARE(properties.at(1)[u"category"].toString(), u"1. Bootstrap Properties"_s);

    const QJsonObject hw = vs.value(u"hardware")[0].toObject();
    QCOMPARE(hw.value(u"summary")[u"cpus"].toInt(), 1);
    QCOMPARE(hw.value(u"summary")[u"memoryBytes"].toDouble(), 4294967296.0);
    QCOMPARE(hw.value(u"summary")[u"nics"].toInt(), 3);
    const QJsonArray byConfig = hw.value(u"byConfiguration").toArray();
    QCOMPARE(byConfig.size(), 4);
    QCOMPARE(byConfig.at(3)[u"configuration"].toString(), u"4CPU-8GB"_s);
    QCOMPARE(byConfig.at(3)[u"cpus"].toInt(), 4);
    QCOMPARE(byConfig.at(3)[u"memoryBytes"].toDouble(), 8589934592.0);
}

void TestOvfctl::infoTextCsr1000v()
{
    const Result r = runOvfctl({u"info"_s, corpus(u"cot/csr1000v.ovf"_s)});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    for (const QString &s : {u"Cisco CSR 1000V Cloud Services Router"_s, u"VMDK streamOptimized"_s,
                             u"1.0 GiB (1073741824 bytes)"_s, u"* 1CPU-4GB"_s, u"1. Bootstrap Properties:"_s,
                             u"* com.cisco.csr1000v.hostname.1"_s, u"4 vCPU, 8.0 GiB memory"_s,
                             u"Deployment options (4, * = default)"_s})
        QVERIFY2(r.out.contains(s), qPrintable(s));
    QVERIFY(r.out.contains(QRegularExpression(u"login-password\\.1 +string +\\*{8}"_s)));
}

void TestOvfctl::infoCollection()
{
    const Result r = runOvfctl({u"info"_s, corpus(u"govmomi/SugarCRM.ovf"_s)});
    QVERIFY(r.code == 0 || r.code == 1);
    QVERIFY2(r.out.contains(u"VirtualSystemCollection SugarCRM  \"SugarCRM Solution\"\n"
                            "  ├─ VirtualSystem web  \"SugarmCRM Server\"\n"
                            "  └─ VirtualSystem db  \"Database Server\"\n"_s),
             qPrintable(r.out));
    QVERIFY(r.out.contains(u"SugarCRM 4.5.1e (SugarCRM Inc)"_s));
    QVERIFY(r.out.contains(u"2 vCPU, 1.0 GiB memory"_s)); // the large configuration's override

    const QJsonObject o = parseJson(runOvfctl({u"info"_s, u"--json"_s, corpus(u"govmomi/SugarCRM.ovf"_s)}).out);
    const QJsonObject vsc = o.value(u"content").toObject();
    QCOMPARE(vsc.value(u"kind").toString(), u"VirtualSystemCollection"_s);
    const QJsonArray children = vsc.value(u"children").toArray();
    QCOMPARE(children.size(), 2);
    QCOMPARE(children.at(0)[u"id"].toString(), u"web"_s);
    QCOMPARE(children.at(1)[u"id"].toString(), u"db"_s);
    QCOMPARE(vsc.value(u"startup").toArray().size(), 2);
    QCOMPARE(vsc.value(u"eulas").toArray().size(), 1);
    QCOMPARE(vsc.value(u"eulas")[0][u"msgid"].toString(), u"eula"_s);
    QCOMPARE(o.value(u"stringsBundles")[0][u"external"], QJsonValue(true));
    QCOMPARE(o.value(u"disks").toArray().size(), 8);
    QCOMPARE(o.value(u"disks")[2][u"parentRef"].toString(), u"basedisk14"_s);
}

void TestOvfctl::passwordsMasked()
{
    const QString path = m_dir.filePath(u"clean.ovf"_s);
    const Result text = runOvfctl({u"info"_s, path});
    QCOMPARE(text.code, 0);
    QVERIFY(text.out.contains(u"hello-host"_s)); // ordinary values are shown
    QVERIFY2(!text.out.contains(u"s3cr3t"_s), qPrintable(text.out));
    QVERIFY(text.out.contains(QRegularExpression(u"admin-password +string +\\*{8} +Administrator password"_s)));
    const Result json = runOvfctl({u"info"_s, u"--json"_s, path});
    QVERIFY2(!json.out.contains(u"s3cr3t"_s), qPrintable(json.out));
    const QJsonObject p = parseJson(json.out).value(u"content")[u"products"][0][u"properties"][0].toObject();
    QCOMPARE(p.value(u"hasValue"), QJsonValue(true));
    QCOMPARE(p.value(u"password"), QJsonValue(true));
    QVERIFY(p.value(u"value").isNull());
}

void TestOvfctl::hostileTextSanitized()
{
    // C1 CSI (U+009B) and a right-to-left override in a product name must not reach the
    // terminal as such.
    const QString path = m_dir.filePath(u"hostile.ovf"_s);
    QVERIFY(writeFile(path, cleanOvf("x", "Evil&#x9B;2J&#x202E;gnp.exe")));
    const Result r = runOvfctl({u"info"_s, path});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(u"Evil\uFFFD2J\uFFFDgnp.exe"_s), qPrintable(r.out));
    QVERIFY(!r.out.contains(QChar(0x9b)));
    QVERIFY(!r.out.contains(QChar(0x202e)));
    // JSON keeps the text as it is (escaped by the JSON writer where needed).
    const QJsonObject o = parseJson(runOvfctl({u"info"_s, u"--json"_s, path}).out);
    QCOMPARE(o.value(u"content")[u"products"][0][u"product"].toString(), u"Evil\u009B2J\u202Egnp.exe"_s);
}

void TestOvfctl::environmentDocument()
{
    const QString path = corpus(u"cloud-init/ovf-env.xml"_s);
    const Result r = runOvfctl({u"info"_s, path});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(u"OVF environment document"_s));
    QVERIFY(r.out.contains(QRegularExpression(u"Platform: +ESX Server 3\\.0\\.1 \\(VMware, Inc\\.\\)"_s)));
    QVERIFY(r.out.contains(QRegularExpression(u"hostname +ubuntuhost"_s)));
    const QJsonObject o = parseJson(runOvfctl({u"info"_s, u"--json"_s, path}).out);
    QCOMPARE(o.value(u"kind").toString(), u"environment"_s);
    QCOMPARE(o.value(u"id").toString(), u"WebTier"_s);
    QCOMPARE(o.value(u"platform")[u"locale"].toString(), u"en_US"_s);
    const QJsonArray props = o.value(u"properties").toArray();
    QCOMPARE(props.size(), 7);
    QCOMPARE(props.at(0)[u"key"].toString(), u"instance-id"_s);
    QCOMPARE(props.at(0)[u"value"].toString(), u"i-abcdefg"_s);
}

void TestOvfctl::externalBundles()
{
    // One bundle next to the descriptor (read), one outside its folder (refused).
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkdir(u"pkg"_s));
    QVERIFY(writeFile(dir.filePath(u"outside.xml"_s),
                      "<Strings xmlns=\"http://schemas.dmtf.org/ovf/envelope/1\" xml:lang=\"fr\"><Msg ovf:msgid=\"m\" xmlns:ovf=\"http://schemas.dmtf.org/ovf/envelope/1\">x</Msg></Strings>"));
    QVERIFY(writeFile(dir.filePath(u"pkg/de.xml"_s),
                      "<Strings xmlns=\"http://schemas.dmtf.org/ovf/envelope/1\" xmlns:ovf=\"http://schemas.dmtf.org/ovf/envelope/1\" xml:lang=\"de-DE\"><Msg ovf:msgid=\"name\">Hallo</Msg></Strings>"));
    QByteArray bytes = cleanOvf();
    bytes.replace("<Name>Hello</Name>", "<Name ovf:msgid=\"name\">Hello</Name>");
    bytes.replace("</References>", "<File ovf:id=\"de\" ovf:href=\"de.xml\"/><File ovf:id=\"fr\" ovf:href=\"../outside.xml\"/></References>");
    bytes.replace("</Envelope>", "<Strings xml:lang=\"de-DE\" ovf:fileRef=\"de\"/><Strings xml:lang=\"fr\" ovf:fileRef=\"fr\"/></Envelope>");
    const QString path = dir.filePath(u"pkg/bundles.ovf"_s);
    QVERIFY(writeFile(path, bytes));

    const Result r = runOvfctl({u"validate"_s, path});
    QVERIFY2(r.err.contains(u"../outside.xml: the href has a '..' segment"_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"[href-outside]"_s), qPrintable(r.err));
    QVERIFY2(!r.err.contains(u"'de.xml'"_s), qPrintable(r.err));
    QVERIFY(!r.err.contains(u"Hallo"_s));

    const QJsonObject o = parseJson(runOvfctl({u"info"_s, u"--json"_s, path}).out);
    const QJsonArray bundles = o.value(u"stringsBundles").toArray();
    QCOMPARE(bundles.size(), 2);
    QCOMPARE(bundles.at(0)[u"href"].toString(), u"de.xml"_s);
    QCOMPARE(o.value(u"locales").toArray(), QJsonArray({u"de-DE"_s, u"fr"_s}));
}

void TestOvfctl::noColourWhenPiped()
{
    const Result info = runOvfctl({u"info"_s, corpus(u"cot/invalid.ovf"_s)});
    const Result validate = runOvfctl({u"validate"_s, corpus(u"cot/invalid.ovf"_s)});
    QVERIFY(!info.out.isEmpty() && !validate.err.isEmpty());
    QVERIFY(!info.out.contains(u'\x1b'));
    QVERIFY(!validate.err.contains(u'\x1b'));
}

void TestOvfctl::corpusNeverCrashes_data()
{
    QTest::addColumn<QString>("file");
    const QStringList files = corpusDocuments();
    QVERIFY(files.size() > 50);
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << f;
}

void TestOvfctl::corpusNeverCrashes()
{
    QFETCH(QString, file);
    for (const QStringList &args : {QStringList{u"info"_s}, QStringList{u"info"_s, u"--json"_s},
                                    QStringList{u"validate"_s}}) {
        const Result r = runOvfctl(args + QStringList{corpus(file)});
        QVERIFY2(r.finished, qPrintable(args.join(u' ')));
        QVERIFY2(r.status == QProcess::NormalExit, qPrintable(args.join(u' ') + u": crashed"_s));
        QVERIFY2(r.code == 0 || r.code == 1, qPrintable(u"%1: exit %2: %3"_s.arg(args.join(u' ')).arg(r.code).arg(r.err)));
        if (args.contains(u"--json"_s))
            QVERIFY(!parseJson(r.out).isEmpty());
        else if (args.constFirst() == u"info" && !r.err.startsWith(u"ovfctl: "_s))
            QVERIFY(r.out.startsWith(u"File:"_s));
    }
}

void TestOvfctl::verifyCorpus_data()
{
    QTest::addColumn<QString>("package");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("mention");
    QTest::newRow("no manifest") << u"glance/testserver.ova"_s << 0 << u"unchecked"_s << u"Trust: Unchecked"_s;
    QTest::newRow("gzip OVA") << u"ganeti/ova.ova"_s << 0 << u"unchecked"_s << u"gzip-compressed OVA"_s;
    QTest::newRow("manifest lists itself") << u"open-ovf/ourOVF.ova"_s << 1 << u"invalid"_s << u"lists itself"_s;
    QTest::newRow("descriptor not XML") << u"glance/testserver-bad-ovf.ova"_s << 1 << u"invalid"_s
                                        << u"illegal-xml.ovf: the descriptor cannot be read"_s;
}

void TestOvfctl::verifyCorpus()
{
    QFETCH(QString, package);
    QFETCH(int, code);
    QFETCH(QString, state);
    QFETCH(QString, mention);
    const Result text = runOvfctl({u"verify"_s, corpus(package)});
    QCOMPARE(text.code, code);
    QVERIFY2(text.out.contains(mention), qPrintable(text.out));
    QVERIFY2(text.err.isEmpty(), qPrintable(text.err)); // no progress bar when stderr is a pipe
    const Result json = runOvfctl({u"verify"_s, u"--json"_s, corpus(package)});
    QCOMPARE(json.code, code);
    const QJsonObject o = parseJson(json.out);
    QCOMPARE(o.value(u"state").toString(), state);
    QVERIFY(!o.value(u"reasons").toArray().isEmpty());
    // Unchecked is below both --require levels.
    if (state == u"unchecked")
        QCOMPARE(runOvfctl({u"verify"_s, u"--require"_s, u"intact"_s, corpus(package)}).code, 1);
}

void TestOvfctl::verifyOptions()
{
    const QString ova = corpus(u"glance/testserver.ova"_s);
    Result r = runOvfctl({u"verify"_s, u"--require"_s, u"perfect"_s, ova});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(u"--require takes"_s), qPrintable(r.err));
    r = runOvfctl({u"verify"_s, u"--trust"_s, m_dir.filePath(u"no-such.pem"_s), ova});
    QCOMPARE(r.code, 2);
    r = runOvfctl({u"verify"_s, m_dir.filePath(u"no-such.ova"_s)});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(u"no-such.ova"_s), qPrintable(r.err));
    r = runOvfctl({u"help"_s, u"verify"_s});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(u"--no-system-trust"_s));
}

void TestOvfctl::verifyBuiltPackage()
{
    const QByteArray disk = testkit::payload(50'000);
    const QByteArray ovf = testkit::descriptor({{u"file1"_s, u"disk1.vmdk"_s, disk.size(), {}, false}});
    const testkit::Members files{{"a.ovf", ovf}, {"disk1.vmdk", disk}};
    const QString path = m_dir.filePath(u"built.ova"_s);
    QVERIFY(writeFile(path, testkit::tar({files[0], {"a.mf", testkit::manifest(files)}, files[1]})));
    Result r = runOvfctl({u"verify"_s, path});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(u"Trust: Intact"_s) && r.out.contains(u"not signed"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"disk1.vmdk"_s) && r.out.contains(u"SHA256 "_s), qPrintable(r.out));
    QCOMPARE(runOvfctl({u"verify"_s, u"--require"_s, u"intact"_s, path}).code, 0);
    r = runOvfctl({u"verify"_s, u"--require"_s, u"verified"_s, u"--no-system-trust"_s, path});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"--require verified"_s), qPrintable(r.err));
    const QJsonObject o = parseJson(runOvfctl({u"verify"_s, u"--json"_s, path}).out);
    const QJsonObject file = o.value(u"files").toArray().at(0).toObject();
    QCOMPARE(file.value(u"status").toString(), u"ok"_s);
    QCOMPARE(file.value(u"members").toArray().at(0)[u"status"].toString(), u"match"_s);
    QCOMPARE(o.value(u"manifest").toString(), u"a.mf"_s);

    // One flipped byte in the disk: Invalid, exit 1, the file named.
    QByteArray bad = disk;
    bad[100] = char(bad[100] ^ 1);
    QVERIFY(writeFile(path, testkit::tar({files[0], {"a.mf", testkit::manifest(files)}, {"disk1.vmdk", bad}})));
    r = runOvfctl({u"verify"_s, path});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains(u"Trust: Invalid"_s) && r.out.contains(u"mismatch"_s), qPrintable(r.out));
}

void TestOvfctl::infoAndValidateOnPackages()
{
    Result r = runOvfctl({u"info"_s, u"--json"_s, corpus(u"glance/testserver.ova"_s)});
    QVERIFY2(r.code == 0 || r.code == 1, qPrintable(r.err));
    QCOMPARE(parseJson(r.out).value(u"file").toString(), u"testserver.ova/testserver.ovf"_s);
    r = runOvfctl({u"validate"_s, corpus(u"glance/testserver-bad-ovf.ova"_s)});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"testserver-bad-ovf.ova/illegal-xml.ovf"_s), qPrintable(r.err));
    // A folder package: its descriptor is found by the reader.
    QTemporaryDir folder;
    QVERIFY(writeFile(folder.filePath(u"clean.ovf"_s), cleanOvf()));
    r = runOvfctl({u"info"_s, folder.path()});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(u"clean.ovf"_s), qPrintable(r.out));
    // The safety policy applies: a member named "../x" before the descriptor is refused.
    const QString hostile = m_dir.filePath(u"hostile.ova"_s);
    QVERIFY(writeFile(hostile, testkit::tar({{"../x", "boo"}, {"a.ovf", cleanOvf()}})));
    r = runOvfctl({u"validate"_s, u"--json"_s, hostile});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"member-dotdot"_s), qPrintable(r.err));
    QCOMPARE(parseJson(r.out).value(u"error")[u"kind"].toString(), u"member-dotdot"_s);
    // An empty folder holds no package.
    QTemporaryDir empty;
    QCOMPARE(runOvfctl({u"info"_s, empty.path()}).code, 1);
}

void TestOvfctl::infoListsArchiveMembers()
{
    // Every member with its size and where its data starts, so a disk can be read in place.
    QByteArray disk(1000, '\0');
    for (int i = 0; i < disk.size(); ++i)
        disk[i] = char('a' + i % 26);
    const QByteArray ovf = cleanOvf();
    const QString path = m_dir.filePath(u"members.ova"_s);
    QVERIFY(writeFile(path, testkit::tar({{"a.ovf", ovf}, {"disk.img", disk}})));
    Result r = runOvfctl({u"info"_s, u"--json"_s, path});
    QCOMPARE(r.code, 0);
    const QJsonArray members = parseJson(r.out).value(u"archiveMembers").toArray();
    QCOMPARE(members.size(), 2);
    QCOMPARE(members.at(0)[u"name"].toString(), u"a.ovf"_s);
    QCOMPARE(qint64(members.at(0)[u"size"].toDouble()), qint64(ovf.size()));
    QCOMPARE(qint64(members.at(0)[u"dataOffset"].toDouble()), 512);
    QCOMPARE(members.at(1)[u"name"].toString(), u"disk.img"_s);
    const qint64 offset = qint64(members.at(1)[u"dataOffset"].toDouble());
    QCOMPARE(offset, 512 + (ovf.size() + 511) / 512 * 512 + 512);
    QCOMPARE(testkit::readFile(path).mid(offset, disk.size()), disk); // the bytes are where it says
    r = runOvfctl({u"info"_s, path});
    QVERIFY2(r.out.contains(u"Archive members (2)"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"disk.img"_s) && r.out.contains(QString::number(offset)), qPrintable(r.out));
    // A descriptor on its own has no archive.
    QVERIFY(parseJson(runOvfctl({u"info"_s, u"--json"_s, m_dir.filePath(u"clean.ovf"_s)}).out).value(u"archiveMembers").isNull());
}

void TestOvfctl::packageBundlesStayInside()
{
    // Bundles are read from inside the OVA; an href leaving it is refused even when a file of
    // that name exists next to the package.
    QTemporaryDir dir;
    const QByteArray de = "<Strings xmlns=\"http://schemas.dmtf.org/ovf/envelope/1\" xmlns:ovf=\"http://schemas.dmtf.org/ovf/envelope/1\" xml:lang=\"de-DE\"><Msg ovf:msgid=\"name\">Hallo</Msg></Strings>";
    QVERIFY(writeFile(dir.filePath(u"outside.xml"_s), de));
    QByteArray bytes = cleanOvf();
    bytes.replace("<Name>Hello</Name>", "<Name ovf:msgid=\"name\">Hello</Name>");
    bytes.replace("</References>", "<File ovf:id=\"de\" ovf:href=\"l10n/de.xml\"/><File ovf:id=\"fr\" ovf:href=\"../outside.xml\"/></References>");
    bytes.replace("</Envelope>", "<Strings xml:lang=\"de-DE\" ovf:fileRef=\"de\"/><Strings xml:lang=\"fr\" ovf:fileRef=\"fr\"/></Envelope>");
    const QString path = dir.filePath(u"bundles.ova"_s);
    QVERIFY(writeFile(path, testkit::tar({{"a.ovf", bytes}, {"l10n/de.xml", de}})));
    const Result r = runOvfctl({u"validate"_s, path});
    QVERIFY2(r.err.contains(u"../outside.xml: the href has a '..' segment"_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"[href-outside]"_s), qPrintable(r.err));
    QVERIFY2(!r.err.contains(u"'l10n/de.xml'"_s), qPrintable(r.err));
    const QJsonObject o = parseJson(runOvfctl({u"info"_s, u"--json"_s, path}).out);
    QCOMPARE(o.value(u"locales").toArray(), QJsonArray({u"de-DE"_s, u"fr"_s}));
}

QTEST_GUILESS_MAIN(TestOvfctl)
#include "tst_ovfctl.moc"
