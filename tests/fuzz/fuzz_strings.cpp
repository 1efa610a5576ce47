// An external Strings bundle (DSP0243 §10: a References File holding a standalone
// <Strings xml:lang> document) as the message catalogue, the Strings editor and the validator
// read it from a package: arbitrary bytes as the bundle of a fixed descriptor. Oracles besides
// the sanitizers: a bundle that is read is held byte for byte and not marked changed (the
// lossless promise: nobody edited it); one that is refused says why.
#include "fuzzinput.h"

#include "model/l10n/bundlestore.h"
#include "model/l10n/catalogue.h"
#include "model/ovf/descriptor.h"
#include "model/ovf/envelope.h"
#include "model/validation/validator.h"

namespace {

const char kDescriptor[] = R"(<?xml version="1.0" encoding="UTF-8"?>
<Envelope xmlns="http://schemas.dmtf.org/ovf/envelope/2" xmlns:ovf="http://schemas.dmtf.org/ovf/envelope/2" xml:lang="en-US">
  <References>
    <File ovf:id="strings-de" ovf:href="de-DE.xml"/>
  </References>
  <VirtualSystem ovf:id="vm">
    <Info ovf:msgid="system.info">A virtual machine</Info>
    <Name ovf:msgid="system.name">Appliance</Name>
    <ProductSection>
      <Info ovf:msgid="product.info">About the product</Info>
      <Product ovf:msgid="product.name">Product</Product>
      <Vendor ovf:msgid="product.vendor">Vendor</Vendor>
      <Category ovf:msgid="category.network">Network</Category>
      <Property ovf:key="admin_password" ovf:type="string" ovf:password="true">
        <Label ovf:msgid="prop.admin_password.label">Password</Label>
        <Description ovf:msgid="prop.admin_password.description">The administrator's password</Description>
      </Property>
    </ProductSection>
    <EulaSection>
      <Info ovf:msgid="eula.info">The licence</Info>
      <License ovf:msgid="eula.1">Use it well.</License>
    </EulaSection>
  </VirtualSystem>
  <Strings xml:lang="de-DE" ovf:fileRef="strings-de"/>
</Envelope>
)";

const ovf::Descriptor &descriptor()
{
    static const auto d = ovf::Descriptor::fromBytes(QByteArray(kDescriptor), QStringLiteral("fuzz.ovf"));
    if (!d)
        qFatal("fuzz_strings: the fixed descriptor does not load: %s", qPrintable(d.error().toString()));
    return **d;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace ovf::l10n;
    const QByteArray input = ovf::fuzz::bytes(data, size);
    const QString href = QStringLiteral("de-DE.xml");
    const auto reader = [&](const QString &name) -> std::expected<QByteArray, QString> {
        if (name == href)
            return input;
        return std::unexpected(QStringLiteral("no such member"));
    };
    const ovf::Descriptor &d = descriptor();
    {
        BundleStore store(reader);
        const Catalogue catalogue = Catalogue::build(d.envelope(), &store);
        if (store.isLoaded(href)) {
            if (store.bytes(href) != input || store.isChanged(href) || !store.changed().isEmpty())
                __builtin_trap();
        } else {
            const auto doc = store.document(href);
            if (doc || doc.error().isEmpty())
                __builtin_trap(); // not loaded, so refused, and the refusal says why
        }
        for (const QString &locale : catalogue.locales()) {
            (void)catalogue.coverage(locale);
            (void)catalogue.unusedMessages(locale);
            for (const Message &m : catalogue.messages())
                (void)catalogue.resolve(m.msgid, locale);
        }
        (void)catalogue.resolve(QStringLiteral("prop.admin_password.label"), QStringLiteral("de-AT"));
    }
    ovf::validation::Options options;
    options.resolveBundle = reader;
    (void)ovf::validation::validate(d, options);
    return 0;
}
