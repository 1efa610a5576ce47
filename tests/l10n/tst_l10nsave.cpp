// Saving a localized document as a package: a locale moved to a new bundle file and an edited
// external bundle become members of the OVA (PackInput::replaceDescriptor with member bytes),
// named in References with their size and covered by the manifest; unedited bundles are
// carried over byte for byte.
#include "l10ntestkit.h"

#include "model/l10n/movelocalecommand.h"
#include "model/l10n/settranslationcommand.h"
#include "model/package/hrefreader.h"
#include "model/package/packageopener.h"
#include "model/package/packagewriter.h"
#include "model/package/packinput.h"

#include <QCryptographicHash>
#include <QDir>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace ovf::l10n;
using namespace l10ntestkit;

class TestL10nSave : public QObject
{
    Q_OBJECT

private slots:
    void bundlesBecomeManifestedMembers();
};

void TestL10nSave::bundlesBecomeManifestedMembers()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(u"src"_s);
    QVERIFY(QDir().mkpath(folder));
    QByteArray descriptor = sampleDescriptor();
    // A second external locale that nobody edits.
    descriptor.replace("<File ovf:id=\"fr\" ovf:href=\"fr.xml\"/>",
                       "<File ovf:id=\"fr\" ovf:href=\"fr.xml\"/>\n    <File ovf:id=\"es\" ovf:href=\"es.xml\"/>");
    descriptor.replace("</Envelope>", "  <Strings xml:lang=\"es-ES\" ovf:fileRef=\"es\"/>\n</Envelope>");
    const QByteArray es = sampleFrenchBundle().replace("fr-FR", "es-ES");
    auto put = [&](const QString &name, const QByteArray &bytes) {
        QFile f(folder + u'/' + name);
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    };
    QVERIFY(put(u"app.ovf"_s, descriptor));
    QVERIFY(put(u"fr.xml"_s, sampleFrenchBundle()));
    QVERIFY(put(u"es.xml"_s, es));

    auto d = ovf::Descriptor::load(folder + u"/app.ovf"_s);
    QVERIFY(d);
    ovf::commands::EditSession session(std::move(*d));
    auto *store = new BundleStore(ovf::package::HrefReader::forDescriptorFile(folder + u"/app.ovf"_s).stringReader(), &session);
    auto cat = [&] { return Catalogue::build(session.descriptor().envelope(), store); };
    QVERIFY(session.push(SetTranslationCommand::create(&session, cat(), u"fr-FR"_s, u"eula"_s, u"Autre licence"_s)));
    QVERIFY(session.push(MoveLocaleCommand::create(&session, store, cat(), u"de-DE"_s, u"strings/de-DE.xml"_s)));
    const QHash<QString, QByteArray> members = store->changedMembers(session.descriptor().envelope());
    QCOMPARE(QStringList(members.keys()).size(), 2);
    QVERIFY(members.contains(u"fr.xml"_s));
    QVERIFY(members.contains(u"strings/de-DE.xml"_s));

    auto input = ovf::package::PackInput::open(folder);
    QVERIFY2(input, qPrintable(input ? QString() : input.error()));
    // Without the new member the edited descriptor names a file the source lacks.
    QVERIFY(!input->replaceDescriptor(session.document().save()));
    auto replaced = input->replaceDescriptor(session.document().save(), members);
    QVERIFY2(replaced, qPrintable(replaced ? QString() : replaced.error()));
    ovf::package::PackageWriterOptions options;
    options.format = ovf::package::PackageWriterOptions::Format::Ova;
    ovf::package::PackageWriter writer(*input, options);
    const QString ova = dir.filePath(u"out.ova"_s);
    auto written = writer.write(ova);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
    QVERIFY(written->members.contains(u"strings/de-DE.xml"_s));
    const QString manifest = QString::fromUtf8(written->manifest);
    for (const auto &[member, bytes] : {std::pair{u"strings/de-DE.xml"_s, members.value(u"strings/de-DE.xml"_s)},
                                        std::pair{u"fr.xml"_s, members.value(u"fr.xml"_s)}, std::pair{u"es.xml"_s, es}}) {
        const QString digest = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        QVERIFY2(manifest.contains(u"SHA256(%1)= %2"_s.arg(member, digest)), qPrintable(manifest));
        auto stored = ovf::package::PackageOpener::readMember(ova, member, 1 << 20);
        QVERIFY(stored);
        QCOMPARE(*stored, bytes);
    }
    // The descriptor in the OVA names the new bundle, with its size (the writer sets ovf:size
    // on every File).
    const QByteArray expectedFile = "<File ovf:id=\"strings-de-de\" ovf:href=\"strings/de-DE.xml\" ovf:size=\""
        + QByteArray::number(members.value(u"strings/de-DE.xml"_s).size()) + "\"/>";
    QVERIFY2(written->descriptor.contains(expectedFile), written->descriptor.constData());
}

QTEST_GUILESS_MAIN(TestL10nSave)
#include "tst_l10nsave.moc"
