#pragma once

// Test data of tst_gui_deploypreview, in a header of its own: moc does not read raw string
// literals, and an XML one in the test's source hides its test class from it.
#include <QByteArray>

using namespace Qt::StringLiterals;

inline QByteArray localizedDescriptor()
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
      <Vendor ovf:msgid="product.vendor">Example Inc.</Vendor>
    </ProductSection>
  </VirtualSystem>
  <Strings xml:lang="de">
    <Msg ovf:msgid="web.info">Ein Webserver</Msg>
    <Msg ovf:msgid="product.product">Web-Appliance</Msg>
  </Strings>
  <Strings xml:lang="de-AT">
    <Msg ovf:msgid="web.info">A Webserver</Msg>
  </Strings>
  <Strings xml:lang="fr-FR" ovf:fileRef="fr"/>
</Envelope>
)"_ba;
}

inline QByteArray localizedFrenchBundle()
{
    return R"(<Strings xmlns="http://schemas.dmtf.org/ovf/envelope/1" xmlns:ovf="http://schemas.dmtf.org/ovf/envelope/1" xml:lang="fr-FR"><Msg ovf:msgid="product.vendor">Exemple SA</Msg></Strings>)"_ba;
}
