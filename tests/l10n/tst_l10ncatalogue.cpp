// The message catalogue (model/l10n): language tags, default texts, embedded and external
// bundles, fallback, status per message and locale, corpus descriptors.
#include "l10ntestkit.h"

#include "model/ovf/languagetag.h"
#include "model/l10n/messageusage.h"
#include "model/ovf/sourcedigest.h"

using namespace Qt::StringLiterals;
using namespace ovf;
using namespace ovf::l10n;
using namespace l10ntestkit;

class TestL10nCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void languageTags_data();
    void languageTags();
    void fallbackChain();
    void sample();
    void statuses();
    void resolveWithFallback();
    void unreadableBundle();
    void internalOvf();
    void nsxAppliance();
    void externalOvfDefaultLanguage();
    void usageAndSuggestions();
};

void TestL10nCatalogue::languageTags_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<bool>("ok");
    for (const char *good : {"de", "de-DE", "de-AT", "fr-FR", "zh-Hant-TW", "es-419", "sl-rozaj-biske", "de-CH-1996",
                             "en-US-x-twain", "x-whatever", "i-klingon", "en-GB-oed", "zh-yue-HK", "da", "ja-JP",
                             "en-a-bbb-x-a-ccc", "DE-de"})
        QTest::newRow(good) << QString::fromLatin1(good) << true;
    for (const char *bad : {"", "de_DE", "d", "de-", "-de", "de--DE", "1de", "de-DE-DE", "toolongtag", "de DE",
                            "en-a", "sl-rozaj-rozaj", "en-a-bbb-a-ccc", "x", "de-x"})
        QTest::newRow(bad[0] ? bad : "empty") << QString::fromLatin1(bad) << false;
}

void TestL10nCatalogue::languageTags()
{
    QFETCH(QString, tag);
    QFETCH(bool, ok);
    const auto r = LanguageTag::check(tag);
    QCOMPARE(r.has_value(), ok);
    if (tag == u"de_DE")
        QVERIFY2(r.error().contains(u"de-DE"), qPrintable(r.error()));
}

void TestL10nCatalogue::fallbackChain()
{
    QCOMPARE(LanguageTag::fallbackChain(u"de-AT"), QStringList({u"de-AT"_s, u"de"_s}));
    QCOMPARE(LanguageTag::fallbackChain(u"zh-Hant-CN-x-private1"),
             QStringList({u"zh-Hant-CN-x-private1"_s, u"zh-Hant-CN"_s, u"zh-Hant"_s, u"zh"_s}));
    QCOMPARE(LanguageTag::fallbackChain(u"de"), QStringList({u"de"_s}));
    QCOMPARE(LanguageTag::normalizedCase(u"ZH-hant-tw"), u"zh-Hant-TW"_s);
    QCOMPARE(LanguageTag::defaultLanguage(u""), u"en-US"_s);
    QCOMPARE(LanguageTag::defaultLanguage(u"de-DE"), u"de-DE"_s);

    // Which translation a reader of these languages is shown (wizard and ovfctl deploy --locale).
    const QStringList available{u"de-DE"_s, u"fr"_s, u"pt-BR"_s};
    QCOMPARE(LanguageTag::bestMatch({u"fr-CA"_s}, available, u"en-US"), u"fr"_s); // lookup: fr-CA -> fr
    QCOMPARE(LanguageTag::bestMatch({u"de-AT"_s}, available, u"en-US"), u"de-DE"_s); // same language
    QCOMPARE(LanguageTag::bestMatch({u"DE-de"_s}, available, u"en-US"), u"de-DE"_s); // as written
    QCOMPARE(LanguageTag::bestMatch({u"en-GB"_s, u"de"_s}, available, u"en-US"), QString()); // default fits first
    QCOMPARE(LanguageTag::bestMatch({u"it"_s, u"pt"_s}, available, u"en-US"), u"pt-BR"_s);
    QCOMPARE(LanguageTag::bestMatch({u"ja"_s}, available, u"en-US"), QString()); // nothing fits
    QCOMPARE(LanguageTag::bestMatch({u"de-AT"_s, u"fr"_s}, available, u"en-US"), u"fr"_s); // a lookup match first
}

void TestL10nCatalogue::sample()
{
    auto s = l10ntestkit::sample();
    const Catalogue c = catalogue(*s);
    QCOMPARE(c.defaultLanguage(), u"en-US"_s);
    QCOMPARE(c.messages().size(), size_t(5));
    QCOMPARE(c.messages()[0].msgid, u"web.info"_s);
    QCOMPARE(c.message(u"eula"_s)->defaultText, u"Use it well.\nSecond line."_s);
    QCOMPARE(c.locales(), QStringList({u"de-DE"_s, u"fr-FR"_s}));
    QCOMPARE(c.findLocale(u"DE-de"_s), u"de-DE"_s);
    QVERIFY(c.findLocale(u"it"_s).isNull());
    QVERIFY(!c.isExternal(u"de-DE"_s));
    QVERIFY(c.isExternal(u"fr-FR"_s));
    const StringsSection &fr = c.sections()[c.sectionsOf(u"fr-FR"_s).first()];
    QCOMPARE(fr.href, u"fr.xml"_s);
    QVERIFY(fr.bundleRoot);
    QVERIFY(fr.error.isEmpty());
    QCOMPARE(c.translation(u"fr-FR"_s, u"eula"_s)->text, u"Utilisez-le bien."_s);
    QCOMPARE(c.unusedMessages(u"de-DE"_s), QStringList({u"old.unused"_s}));
    QCOMPARE(c.msgElements(u"web.info"_s).size(), 2);
}

void TestL10nCatalogue::statuses()
{
    auto s = l10ntestkit::sample();
    const Catalogue c = catalogue(*s);
    QCOMPARE(c.status(u"de-DE"_s, u"web.info"_s), MessageStatus::Translated);
    QCOMPARE(c.status(u"de-DE"_s, u"product.product"_s), MessageStatus::Identical);
    QCOMPARE(c.status(u"de-DE"_s, u"prop.admin_password.label"_s), MessageStatus::Empty);
    QCOMPARE(c.status(u"de-DE"_s, u"eula"_s), MessageStatus::Missing);
    QCOMPARE(c.status(u"it"_s, u"eula"_s), MessageStatus::Missing);
    const Coverage de = c.coverage(u"de-de"_s);
    QCOMPARE(de.locale, u"de-DE"_s);
    QCOMPARE(de.total, 5);
    QCOMPARE(de.translated, 2);
    QCOMPARE(de.missing, 3);
    QCOMPARE(de.empty, 1);
    QCOMPARE(de.identical, 1);
    QCOMPARE(de.stale, 0);
    const Coverage fr = c.coverage(u"fr-FR"_s);
    QCOMPARE(fr.translated, 2);
    QVERIFY(fr.external);

    // Stale: a Msg remembering another source text; current: one remembering this one.
    QByteArray bytes = sampleDescriptor();
    bytes.replace(R"(<Envelope )", R"(<Envelope xmlns:ovfw="urn:ovf-workbench:1" )");
    bytes.replace(R"(<Msg ovf:msgid="web.info">Ein)",
                  QByteArray(R"(<Msg ovf:msgid="web.info" ovfw:sourceHash=")" + sourceDigest(u"A web server").toUtf8()
                             + R"(">Ein)"));
    bytes.replace(R"(<Msg ovf:msgid="product.product">)", R"(<Msg ovf:msgid="product.product" ovfw:sourceHash="0000000000000000">)");
    auto s2 = session(bytes);
    const Catalogue c2 = catalogue(*s2);
    QCOMPARE(c2.status(u"de-DE"_s, u"web.info"_s), MessageStatus::Translated);
    QCOMPARE(c2.status(u"de-DE"_s, u"product.product"_s), MessageStatus::Stale);
    QCOMPARE(c2.coverage(u"de-DE"_s).stale, 1);
    QCOMPARE(MessageStatusText::key(MessageStatus::Stale), u"stale"_s);
}

void TestL10nCatalogue::resolveWithFallback()
{
    auto s = l10ntestkit::sample();
    const Catalogue c = catalogue(*s);
    // de-AT -> de -> default text: no "de-AT" and no "de" section here, so default texts.
    QCOMPARE(c.resolve(u"web.info"_s, u"de-AT"_s), u"A web server"_s);
    QCOMPARE(c.resolve(u"web.info"_s, u"de-DE"_s), u"Ein Webserver"_s);
    // An empty translation falls back too.
    QCOMPARE(c.resolve(u"prop.admin_password.label"_s, u"de-DE"_s), u"Administrator password"_s);
    QCOMPARE(c.resolve(u"eula"_s, u"fr-FR"_s), u"Utilisez-le bien."_s);

    QByteArray bytes = sampleDescriptor();
    bytes.replace(R"(<Strings xml:lang="de-DE">)", R"(<Strings xml:lang="de">)");
    auto s2 = session(bytes);
    const Catalogue c2 = catalogue(*s2);
    QCOMPARE(c2.resolve(u"web.info"_s, u"de-AT"_s), u"Ein Webserver"_s);
    QCOMPARE(c2.resolve(u"web.info"_s, u"de-CH-1996"_s), u"Ein Webserver"_s);
    QCOMPARE(c2.resolve(u"web.info"_s, u"it-IT"_s), u"A web server"_s);
    // Elements without msgid resolve to their own text.
    const ovf::xml::Element *vendor = s2->document().root()->childElements()[1]->childElements()[1]->childElements()[2];
    QCOMPARE(vendor->localName(), u"Vendor"_s);
    QCOMPARE(c2.resolve(vendor, u"de"_s), u"Example Inc."_s);
}

void TestL10nCatalogue::unreadableBundle()
{
    auto s = session(sampleDescriptor()); // no fr.xml
    const Catalogue c = catalogue(*s);
    const StringsSection &fr = c.sections()[c.sectionsOf(u"fr-FR"_s).first()];
    QVERIFY(!fr.bundleRoot);
    QVERIFY2(fr.error.contains(u"fr.xml"), qPrintable(fr.error));
    QCOMPARE(c.status(u"fr-FR"_s, u"eula"_s), MessageStatus::Missing);

    auto bad = session(sampleDescriptor(), {{u"fr.xml"_s, "<Strings><Msg>"_ba}});
    const Catalogue c2 = catalogue(*bad);
    QVERIFY2(c2.sections()[1].error.contains(u"well-formed"), qPrintable(c2.sections()[1].error));
    auto wrong = session(sampleDescriptor(), {{u"fr.xml"_s, "<Envelope/>"_ba}});
    QVERIFY(catalogue(*wrong).sections()[1].error.contains(u"not a Strings document"));
}

void TestL10nCatalogue::internalOvf()
{
    auto s = session(fileBytes(corpusPath(u"govmomi/internal.ovf"_s)));
    const Catalogue c = catalogue(*s);
    // msg1 is used by many elements with different default texts.
    const l10n::Message *m1 = c.message(u"msg1"_s);
    QVERIFY(m1);
    QVERIFY(m1->uses.size() > 3);
    QVERIFY(m1->conflictingDefaults);
    QVERIFY(c.locales().contains(u"da-DK"_s));
    // The Strings without xml:lang inherits the default language (en-US here).
    QVERIFY(!c.findLocale(c.defaultLanguage()).isNull());
    QCOMPARE(c.translation(u"da-DK"_s, u"msg1"_s)->text, u"da-msg1"_s);
}

void TestL10nCatalogue::nsxAppliance()
{
    auto s = session(fileBytes(corpusPath(u"govmomi/nsx-unified-appliance-9.1.0.0.25262063.ovf"_s)));
    const Catalogue c = catalogue(*s);
    QCOMPARE(c.locales(), QStringList({u"ja-JP"_s, u"fr-FR"_s, u"es-ES"_s}));
    QCOMPARE(c.messages().size(), size_t(66));
    const Coverage ja = c.coverage(u"ja-JP"_s);
    QCOMPARE(ja.total, int(c.messages().size()));
    QCOMPARE(ja.translated + ja.missing, 66);
    QVERIFY(ja.translated > 60);
    QCOMPARE(c.translation(u"ja-JP"_s, u"config.small.label"_s)->text, u"Small"_s);
    QCOMPARE(c.status(u"ja-JP"_s, u"config.small.label"_s), MessageStatus::Identical);
    QVERIFY(c.resolve(u"config.small.description"_s, u"ja-JP"_s).contains(u"重要"));
    QVERIFY(c.resolve(u"config.small.description"_s, u"ja"_s).contains(u"IMPORTANT"));
}

void TestL10nCatalogue::externalOvfDefaultLanguage()
{
    // govmomi's external.ovf: bundles in files next to it, embedded Msgs that override them.
    const QByteArray bundle = R"(<Strings xmlns="http://schemas.dmtf.org/ovf/envelope/1" xmlns:ovf="http://schemas.dmtf.org/ovf/envelope/1" xml:lang="da">
  <Msg ovf:msgid="msg2">from the bundle</Msg>
  <Msg ovf:msgid="info2">da info</Msg>
</Strings>)"_ba;
    auto s = session(fileBytes(corpusPath(u"govmomi/external.ovf"_s)), {{u"msgbundle001-da.msgs"_s, bundle}});
    const Catalogue c = catalogue(*s);
    QCOMPARE(c.defaultLanguage(), u"en-US"_s);
    QCOMPARE(c.locales(), QStringList({u"en-US"_s, u"da"_s, u"de"_s}));
    QCOMPARE(c.translation(u"da"_s, u"msg2"_s)->text, u"Overridden in msgbundle-da"_s);
    QCOMPARE(c.translation(u"da"_s, u"info2"_s)->text, u"da info"_s);
    QVERIFY(!c.sections()[0].error.isEmpty()); // msgbundle001.msgs is not there
    QCOMPARE(c.resolve(u"info2"_s, u"da-DK"_s), u"da info"_s);
}

void TestL10nCatalogue::usageAndSuggestions()
{
    auto s = l10ntestkit::sample();
    const Catalogue c = catalogue(*s);
    const l10n::Message *label = c.message(u"prop.admin_password.label"_s);
    QCOMPARE(MessageUsage::describe(label->uses.first()), u"Property admin_password · Label"_s);
    QCOMPARE(MessageUsage::describe(c.message(u"eula"_s)->uses.first()), u"EULA 1 of web"_s);
    ovf::xml::Element *product = c.message(u"product.product"_s)->uses.first()->parent();
    ovf::xml::Element *vendor = product->childElements()[2];
    QVERIFY(MessageUsage::isTranslatable(vendor));
    QCOMPARE(MessageUsage::describe(vendor), u"Product of web · Vendor"_s);
    auto none = [](const QString &) { return false; };
    QCOMPARE(MessageUsage::suggestMsgid(vendor, none), u"product.vendor"_s);
    auto takenOnce = [](const QString &id) { return id == u"product.vendor"; };
    QCOMPARE(MessageUsage::suggestMsgid(vendor, takenOnce), u"web.product.vendor"_s);
    auto takenTwice = [](const QString &id) { return id == u"product.vendor" || id == u"web.product.vendor"; };
    QCOMPARE(MessageUsage::suggestMsgid(vendor, takenTwice), u"web.product.vendor.2"_s);
    QCOMPARE(MessageUsage::suggestMsgid(label->uses.first(), none), u"prop.admin_password.label"_s);
    QVERIFY(!MessageUsage::isTranslatable(s->document().root()->childElements()[0]));
    QCOMPARE(MessageUsage::msgidPart(u"VM Network"_s), u"vm_network"_s);
}

QTEST_GUILESS_MAIN(TestL10nCatalogue)
#include "tst_l10ncatalogue.moc"
