#pragma once

// Shared by the l10n tests: a descriptor with embedded and external Strings in an edit session
// whose BundleStore reads bundles from a map (tests that need the package layer use
// package::HrefReader instead).
#include "model/commands/editsession.h"
#include "model/l10n/bundlestore.h"
#include "model/l10n/catalogue.h"
#include "model/ovf/descriptor.h"
#include "model/ovf/xmldocument.h"

#include <QFile>
#include <QHash>
#include <QTest>

namespace l10ntestkit {

using namespace Qt::StringLiterals;

inline QString corpusPath(const QString &relative)
{
    return QStringLiteral(OVFW_CORPUS_DIR) + u'/' + relative;
}

inline QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

// A session over `bytes` with a BundleStore child reading `bundles` (href -> bytes).
inline std::unique_ptr<ovf::commands::EditSession> session(const QByteArray &bytes,
                                                           const QHash<QString, QByteArray> &bundles = {})
{
    auto d = ovf::Descriptor::fromBytes(bytes, u"test.ovf"_s);
    if (!d)
        qFatal("cannot parse: %s", qPrintable(d.error().toString()));
    auto s = std::make_unique<ovf::commands::EditSession>(std::move(*d));
    new ovf::l10n::BundleStore(
        [bundles](const QString &href) -> std::expected<QByteArray, QString> {
            if (!bundles.contains(href))
                return std::unexpected(u"'%1' not found"_s.arg(href));
            return bundles.value(href);
        },
        s.get());
    return s;
}

inline ovf::l10n::Catalogue catalogue(ovf::commands::EditSession &s)
{
    return ovf::l10n::Catalogue::build(s.descriptor().envelope(), ovf::l10n::BundleStore::of(&s));
}

// A small appliance: Envelope xml:lang en-US, a product with a property, an EULA, one
// embedded de-DE section and one external fr-FR bundle.
inline QByteArray sampleDescriptor()
{
    return R"(<?xml version="1.0" encoding="UTF-8"?>
<Envelope xmlns="http://schemas.dmtf.org/ovf/envelope/1" xmlns:ovf="http://schemas.dmtf.org/ovf/envelope/1" xml:lang="en-US">
  <References>
    <File ovf:id="fr" ovf:href="fr.xml"/>
  </References>
  <VirtualSystem ovf:id="web">
    <Info ovf:msgid="web.info">A web server</Info>
    <ProductSection>
      <Info>Product</Info>
      <Product ovf:msgid="product.product">Web Appliance</Product>
      <Vendor>Example Inc.</Vendor>
      <Property ovf:key="admin_password" ovf:type="string" ovf:password="true">
        <Label ovf:msgid="prop.admin_password.label">Administrator password</Label>
        <Description ovf:msgid="prop.admin_password.description">The password of admin</Description>
      </Property>
    </ProductSection>
    <EulaSection>
      <Info>License</Info>
      <License ovf:msgid="eula">Use it well.
Second line.</License>
    </EulaSection>
  </VirtualSystem>
  <Strings xml:lang="de-DE">
    <Msg ovf:msgid="web.info">Ein Webserver</Msg>
    <Msg ovf:msgid="product.product">Web Appliance</Msg>
    <Msg ovf:msgid="prop.admin_password.label"> </Msg>
    <!-- old -->
    <Msg ovf:msgid="old.unused">Alt</Msg>
  </Strings>
  <Strings xml:lang="fr-FR" ovf:fileRef="fr"/>
</Envelope>
)"_ba;
}

inline QByteArray sampleFrenchBundle()
{
    return R"(<?xml version="1.0" encoding="UTF-8"?>
<Strings xmlns="http://schemas.dmtf.org/ovf/envelope/1" xmlns:ovf="http://schemas.dmtf.org/ovf/envelope/1" xml:lang="fr-FR">
  <Msg ovf:msgid="web.info">Un serveur web</Msg>
  <Msg ovf:msgid="eula">Utilisez-le bien.</Msg>
</Strings>
)"_ba;
}

inline std::unique_ptr<ovf::commands::EditSession> sample()
{
    return session(sampleDescriptor(), {{u"fr.xml"_s, sampleFrenchBundle()}});
}

} // namespace l10ntestkit
