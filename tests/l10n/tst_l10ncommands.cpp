// The l10n commands on the EditSession's stack: add/remove a locale, set/clear a translation,
// make a text translatable, rename a msgid, move a locale to and from a bundle file. Every
// test undoes all and compares the original bytes (descriptor and bundles).
#include "l10ntestkit.h"

#include "model/l10n/addlocalecommand.h"
#include "model/l10n/maketranslatablecommand.h"
#include "model/l10n/movelocalecommand.h"
#include "model/l10n/removelocalecommand.h"
#include "model/l10n/renamemsgidcommand.h"
#include "model/l10n/settranslationcommand.h"
#include "model/ovf/sourcedigest.h"
#include "model/commands/setelementtextcommand.h"

#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace ovf;
using namespace ovf::l10n;
using namespace l10ntestkit;

namespace {

BundleStore *store(ovf::commands::EditSession &s)
{
    return BundleStore::of(&s);
}

void undoAllIsOriginal(ovf::commands::EditSession &s, const QByteArray &original)
{
    while (s.undoStack()->canUndo())
        s.undoStack()->undo();
    QCOMPARE(s.document().save(), original);
    QVERIFY(!s.isModified());
    QVERIFY(store(s)->changed().isEmpty());
}

// Redo everything, then check that the state equals `expected` bytes.
void redoAll(ovf::commands::EditSession &s)
{
    while (s.undoStack()->canRedo())
        s.undoStack()->redo();
}

} // namespace

class TestL10nCommands : public QObject
{
    Q_OBJECT

private slots:
    void addLocale();
    void removeLocale();
    void setTranslationExisting();
    void setTranslationNewAndExternal();
    void typingMerges();
    void clearTranslation();
    void makeTranslatable();
    void renameMsgid();
    void moveToBundleAndBack();
    void unchangedBundleKeepsBytes();
};

void TestL10nCommands::addLocale()
{
    auto s = sample();
    const QByteArray original = s->document().save();
    QVERIFY(!AddLocaleCommand::create(s.get(), catalogue(*s), u"de_DE"_s).has_value());
    QVERIFY(!AddLocaleCommand::create(s.get(), catalogue(*s), u"de-de"_s).has_value()); // exists
    QVERIFY(s->push(AddLocaleCommand::create(s.get(), catalogue(*s), u"it-IT"_s)));
    const Catalogue c = catalogue(*s);
    QCOMPARE(c.locales(), QStringList({u"de-DE"_s, u"fr-FR"_s, u"it-IT"_s}));
    QCOMPARE(c.coverage(u"it-IT"_s).missing, 5);
    const QString xml = QString::fromUtf8(s->document().save());
    QVERIFY2(xml.contains(u"<Strings xml:lang=\"fr-FR\" ovf:fileRef=\"fr\"/>\n  <Strings xml:lang=\"it-IT\"/>"),
             qPrintable(xml));
    // A translation into the new locale.
    QVERIFY(s->push(SetTranslationCommand::create(s.get(), catalogue(*s), u"it-IT"_s, u"eula"_s, u"Usalo bene."_s)));
    QCOMPARE(catalogue(*s).resolve(u"eula"_s, u"it-IT"_s), u"Usalo bene."_s);
    undoAllIsOriginal(*s, original);
}

void TestL10nCommands::removeLocale()
{
    auto s = sample();
    const QByteArray original = s->document().save();
    QVERIFY(!RemoveLocaleCommand::create(s.get(), catalogue(*s), u"it"_s).has_value());
    QVERIFY(s->push(RemoveLocaleCommand::create(s.get(), catalogue(*s), u"fr-FR"_s)));
    const QString xml = QString::fromUtf8(s->document().save());
    QVERIFY(!xml.contains(u"fr.xml")); // the File goes with its only user
    QVERIFY(!xml.contains(u"fr-FR"));
    QVERIFY(s->push(RemoveLocaleCommand::create(s.get(), catalogue(*s), u"de-DE"_s)));
    QVERIFY(catalogue(*s).locales().isEmpty());
    undoAllIsOriginal(*s, original);
}

void TestL10nCommands::setTranslationExisting()
{
    auto s = sample();
    const QByteArray original = s->document().save();
    QVERIFY(!SetTranslationCommand::create(s.get(), catalogue(*s), u"de-DE"_s, u"nope"_s, u"x"_s).has_value());
    QVERIFY(!SetTranslationCommand::create(s.get(), catalogue(*s), u"it"_s, u"eula"_s, u"x"_s).has_value());
    QVERIFY(s->push(SetTranslationCommand::create(s.get(), catalogue(*s), u"de-DE"_s, u"product.product"_s,
                                                  u"Web-Appliance"_s)));
    const Catalogue c = catalogue(*s);
    QCOMPARE(c.translation(u"de-DE"_s, u"product.product"_s)->text, u"Web-Appliance"_s);
    QCOMPARE(c.translation(u"de-DE"_s, u"product.product"_s)->sourceHash, sourceDigest(u"Web Appliance"));
    QCOMPARE(c.status(u"de-DE"_s, u"product.product"_s), MessageStatus::Translated);
    const QString xml = QString::fromUtf8(s->document().save());
    // The namespace is declared once, on the section.
    QVERIFY2(xml.contains(u"<Strings xml:lang=\"de-DE\" xmlns:ovfw=\"urn:ovf-workbench:1\">"), qPrintable(xml));
    QVERIFY2(xml.contains(u"<Msg ovf:msgid=\"product.product\" ovfw:sourceHash=\"%1\">Web-Appliance</Msg>"_s.arg(
                 sourceDigest(u"Web Appliance"))),
             qPrintable(xml));
    // Everything else of the document is untouched.
    QVERIFY(xml.contains(u"<!-- old -->"));
    // The same text again only records the source: refused when nothing changes.
    QVERIFY(!SetTranslationCommand::create(s.get(), catalogue(*s), u"de-DE"_s, u"product.product"_s, u"Web-Appliance"_s)
                 .has_value());
    // The default text changes: the translation goes stale.
    ovf::xml::Element *product = c.message(u"product.product"_s)->uses.first();
    QVERIFY(s->push(ovf::commands::SetElementTextCommand::create(s.get(), product, u"Web Appliance 2"_s)));
    QCOMPARE(catalogue(*s).status(u"de-DE"_s, u"product.product"_s), MessageStatus::Stale);
    // Confirming the same text as still right makes it current again.
    QVERIFY(s->push(SetTranslationCommand::create(s.get(), catalogue(*s), u"de-DE"_s, u"product.product"_s,
                                                  u"Web-Appliance"_s)));
    QCOMPARE(catalogue(*s).status(u"de-DE"_s, u"product.product"_s), MessageStatus::Translated);
    undoAllIsOriginal(*s, original);
    redoAll(*s);
    QCOMPARE(catalogue(*s).status(u"de-DE"_s, u"product.product"_s), MessageStatus::Translated);
}

void TestL10nCommands::setTranslationNewAndExternal()
{
    auto s = sample();
    const QByteArray original = s->document().save();
    QVERIFY(s->push(SetTranslationCommand::create(s.get(), catalogue(*s), u"de-DE"_s, u"eula"_s,
                                                  u"Gut benutzen.\nZweite Zeile."_s)));
    QVERIFY(s->push(SetTranslationCommand::create(s.get(), catalogue(*s), u"fr-FR"_s, u"product.product"_s,
                                                  u"Appliance Web"_s)));
    const Catalogue c = catalogue(*s);
    QCOMPARE(c.translation(u"de-DE"_s, u"eula"_s)->text, u"Gut benutzen.\nZweite Zeile."_s);
    QCOMPARE(c.resolve(u"product.product"_s, u"fr-FR"_s), u"Appliance Web"_s);
    // The descriptor did not get the French message: the bundle did.
    QVERIFY(!s->document().save().contains("Appliance Web"));
    QCOMPARE(store(*s)->changed().size(), 1);
    const QString bundle = QString::fromUtf8(store(*s)->changed().first().second);
    QVERIFY2(bundle.contains(u"  <Msg ovf:msgid=\"eula\">Utilisez-le bien.</Msg>\n  <Msg ovf:msgid=\"product.product\" "
                             u"ovfw:sourceHash=\"%1\">Appliance Web</Msg>\n</Strings>"_s.arg(sourceDigest(u"Web Appliance"))),
             qPrintable(bundle));
    QVERIFY(bundle.contains(u"xmlns:ovfw=\"urn:ovf-workbench:1\""));
    undoAllIsOriginal(*s, original);
    QCOMPARE(store(*s)->bytes(u"fr.xml"_s), sampleFrenchBundle());
}

void TestL10nCommands::typingMerges()
{
    auto s = sample();
    const QByteArray original = s->document().save();
    QVERIFY(s->push(SetTranslationCommand::create(s.get(), catalogue(*s), u"de-DE"_s, u"web.info"_s, u"E"_s, true)));
    QVERIFY(s->push(SetTranslationCommand::create(s.get(), catalogue(*s), u"de-DE"_s, u"web.info"_s, u"Ei"_s, true)));
    QVERIFY(s->push(SetTranslationCommand::create(s.get(), catalogue(*s), u"de-DE"_s, u"web.info"_s, u"Ein"_s, true)));
    QCOMPARE(s->undoStack()->count(), 1);
    QCOMPARE(catalogue(*s).translation(u"de-DE"_s, u"web.info"_s)->text, u"Ein"_s);
    undoAllIsOriginal(*s, original);
}

void TestL10nCommands::clearTranslation()
{
    auto s = sample();
    const QByteArray original = s->document().save();
    QVERIFY(!SetTranslationCommand::create(s.get(), catalogue(*s), u"de-DE"_s, u"eula"_s, std::nullopt).has_value());
    QVERIFY(s->push(SetTranslationCommand::create(s.get(), catalogue(*s), u"de-DE"_s, u"web.info"_s, std::nullopt)));
    QVERIFY(s->push(SetTranslationCommand::create(s.get(), catalogue(*s), u"fr-FR"_s, u"eula"_s, std::nullopt)));
    const Catalogue c = catalogue(*s);
    QCOMPARE(c.status(u"de-DE"_s, u"web.info"_s), MessageStatus::Missing);
    QCOMPARE(c.status(u"fr-FR"_s, u"eula"_s), MessageStatus::Missing);
    QVERIFY(!store(*s)->changed().first().second.contains("Utilisez"));
    undoAllIsOriginal(*s, original);
}

void TestL10nCommands::makeTranslatable()
{
    auto s = sample();
    const QByteArray original = s->document().save();
    Catalogue c = catalogue(*s);
    ovf::xml::Element *product = c.message(u"product.product"_s)->uses.first()->parent();
    ovf::xml::Element *vendor = product->childElements()[2];
    ovf::xml::Element *info = product->childElements()[0];
    QVERIFY(!MakeTranslatableCommand::create(s.get(), c, product).has_value());           // not Msg_Type
    QVERIFY(!MakeTranslatableCommand::create(s.get(), c, c.message(u"eula"_s)->uses.first()).has_value()); // has one
    QVERIFY(!MakeTranslatableCommand::create(s.get(), c, vendor, u"web.info"_s).has_value()); // taken
    QVERIFY(!MakeTranslatableCommand::create(s.get(), c, vendor, u"a b"_s).has_value());
    QVERIFY(!MakeTranslatableCommand::create(s.get(), c, vendor, u"old.unused"_s).has_value()); // in a bundle
    auto made = MakeTranslatableCommand::create(s.get(), c, vendor);
    QVERIFY(made);
    QCOMPARE((*made)->msgid(), u"product.vendor"_s);
    QVERIFY(s->push(ovf::commands::Made<ovf::commands::Command>(std::move(*made))));
    QVERIFY(s->push(MakeTranslatableCommand::create(s.get(), catalogue(*s), info)));
    c = catalogue(*s);
    QCOMPARE(c.message(u"product.vendor"_s)->defaultText, u"Example Inc."_s);
    QVERIFY(c.message(u"product.info"_s));
    QVERIFY(s->document().save().contains(R"(<Vendor ovf:msgid="product.vendor">Example Inc.</Vendor>)"));
    QCOMPARE(c.coverage(u"de-DE"_s).total, 7);
    undoAllIsOriginal(*s, original);
}

void TestL10nCommands::renameMsgid()
{
    auto s = sample();
    const QByteArray original = s->document().save();
    QVERIFY(!RenameMsgidCommand::create(s.get(), catalogue(*s), u"web.info"_s, u"eula"_s).has_value());
    QVERIFY(!RenameMsgidCommand::create(s.get(), catalogue(*s), u"nope"_s, u"x"_s).has_value());
    QVERIFY(s->push(RenameMsgidCommand::create(s.get(), catalogue(*s), u"web.info"_s, u"vs.web.info"_s)));
    const Catalogue c = catalogue(*s);
    QVERIFY(!c.message(u"web.info"_s));
    QCOMPARE(c.translation(u"de-DE"_s, u"vs.web.info"_s)->text, u"Ein Webserver"_s);
    QCOMPARE(c.translation(u"fr-FR"_s, u"vs.web.info"_s)->text, u"Un serveur web"_s);
    QCOMPARE(s->undoStack()->count(), 1);
    undoAllIsOriginal(*s, original);
}

void TestL10nCommands::moveToBundleAndBack()
{
    auto s = sample();
    const QByteArray original = s->document().save();
    QVERIFY(!MoveLocaleCommand::create(s.get(), store(*s), catalogue(*s), u"de-DE"_s, u"../de.xml"_s).has_value());
    QVERIFY(!MoveLocaleCommand::create(s.get(), store(*s), catalogue(*s), u"de-DE"_s, u"fr.xml"_s).has_value());
    QVERIFY(!MoveLocaleCommand::create(s.get(), store(*s), catalogue(*s), u"fr-FR"_s, u"x.xml"_s).has_value());
    QVERIFY(!MoveLocaleCommand::create(s.get(), store(*s), catalogue(*s), u"de-DE"_s, std::nullopt).has_value());
    // Give one de-DE message a source memory first: it moves with the message.
    QVERIFY(s->push(SetTranslationCommand::create(s.get(), catalogue(*s), u"de-DE"_s, u"web.info"_s, u"Webserver"_s)));
    QVERIFY(s->push(MoveLocaleCommand::create(s.get(), store(*s), catalogue(*s), u"de-DE"_s, u"strings/de-DE.xml"_s)));
    Catalogue c = catalogue(*s);
    QVERIFY(c.isExternal(u"de-DE"_s));
    QCOMPARE(c.translation(u"de-DE"_s, u"web.info"_s)->text, u"Webserver"_s);
    QCOMPARE(c.status(u"de-DE"_s, u"web.info"_s), MessageStatus::Translated);
    QCOMPARE(c.status(u"de-DE"_s, u"prop.admin_password.label"_s), MessageStatus::Empty);
    const QString xml = QString::fromUtf8(s->document().save());
    QVERIFY2(xml.contains(u"<File ovf:id=\"strings-de-de\" ovf:href=\"strings/de-DE.xml\"/>"), qPrintable(xml));
    QVERIFY2(xml.contains(u"ovf:fileRef=\"strings-de-de\"></Strings>"), qPrintable(xml));
    QVERIFY(!xml.contains(u"Webserver"));
    const QList<std::pair<QString, QByteArray>> changed = store(*s)->changed();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first, u"strings/de-DE.xml"_s);
    const QString bundle = QString::fromUtf8(changed.first().second);
    QVERIFY2(bundle.startsWith(u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Strings xmlns=\"http://schemas.dmtf.org/ovf/envelope/1\" "
                               u"xmlns:ovf=\"http://schemas.dmtf.org/ovf/envelope/1\" xml:lang=\"de-DE\""),
             qPrintable(bundle));
    QVERIFY(bundle.contains(u"\n  <Msg ovf:msgid=\"old.unused\">Alt</Msg>\n</Strings>"));
    // The bundle parses as a Strings document of its own.
    auto parsed = ovf::xml::Document::parse(changed.first().second);
    QVERIFY(parsed);
    QCOMPARE((*parsed)->root()->childElements().size(), 4);

    // And back into the descriptor: the same messages, the File gone.
    QVERIFY(s->push(MoveLocaleCommand::create(s.get(), store(*s), catalogue(*s), u"de-DE"_s, std::nullopt)));
    c = catalogue(*s);
    QVERIFY(!c.isExternal(u"de-DE"_s));
    QCOMPARE(c.translation(u"de-DE"_s, u"web.info"_s)->text, u"Webserver"_s);
    QCOMPARE(c.translation(u"de-DE"_s, u"old.unused"_s)->text, u"Alt"_s);
    QVERIFY(!s->document().save().contains("strings-de-de"));
    QVERIFY(store(*s)->changed().isEmpty());
    // The external French bundle moves in too, keeping its bytes in the store until then.
    QVERIFY(s->push(MoveLocaleCommand::create(s.get(), store(*s), catalogue(*s), u"fr-FR"_s, std::nullopt)));
    c = catalogue(*s);
    QCOMPARE(c.translation(u"fr-FR"_s, u"eula"_s)->text, u"Utilisez-le bien."_s);
    QVERIFY(!s->document().save().contains("fr.xml"));
    undoAllIsOriginal(*s, original);
    QCOMPARE(store(*s)->bytes(u"fr.xml"_s), sampleFrenchBundle());
    redoAll(*s);
    QCOMPARE(catalogue(*s).translation(u"fr-FR"_s, u"eula"_s)->text, u"Utilisez-le bien."_s);
}

void TestL10nCommands::unchangedBundleKeepsBytes()
{
    auto s = sample();
    (void)catalogue(*s); // reads fr.xml
    QVERIFY(store(*s)->isLoaded(u"fr.xml"_s));
    QVERIFY(store(*s)->changed().isEmpty());
    QCOMPARE(store(*s)->bytes(u"fr.xml"_s), sampleFrenchBundle());
    // Edited and undone: the same bytes again, not listed as changed.
    QVERIFY(s->push(SetTranslationCommand::create(s.get(), catalogue(*s), u"fr-FR"_s, u"eula"_s, u"Autre"_s)));
    QVERIFY(!store(*s)->changed().isEmpty());
    s->undoStack()->undo();
    QVERIFY(store(*s)->changed().isEmpty());
    QCOMPARE(store(*s)->bytes(u"fr.xml"_s), sampleFrenchBundle());
}

QTEST_GUILESS_MAIN(TestL10nCommands)
#include "tst_l10ncommands.moc"
