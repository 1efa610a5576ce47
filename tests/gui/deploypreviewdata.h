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

// A French section for resources/samples/hello-appliance.ovf (every msgid its German one has),
// inserted before </Envelope> by the French preview test: what a localizer would have added.
inline QByteArray helloFrenchStrings()
{
    return R"(  <Strings xml:lang="fr-FR">
    <Msg ovf:msgid="network.frontend.description">Réseau public sur lequel le frontal web sert les clients</Msg>
    <Msg ovf:msgid="network.backend.description">Réseau privé entre le frontal web et la base de données</Msg>
    <Msg ovf:msgid="config.small.label">Petite</Msg>
    <Msg ovf:msgid="config.small.description">Pour l’évaluation et jusqu’à 50 utilisateurs : 1 vCPU et 2 Gio de mémoire par système</Msg>
    <Msg ovf:msgid="config.large.label">Grande</Msg>
    <Msg ovf:msgid="config.large.description">Pour la production et jusqu’à 2 000 utilisateurs : 4 vCPU et 8 Gio de mémoire par système</Msg>
    <Msg ovf:msgid="category.network">Réseau</Msg>
    <Msg ovf:msgid="category.application">Application</Msg>
    <Msg ovf:msgid="hostname.label">Nom d’hôte</Msg>
    <Msg ovf:msgid="hostname.description">Nom d’hôte du frontal web (lettres, chiffres et traits d’union)</Msg>
    <Msg ovf:msgid="domain.label">Domaine DNS</Msg>
    <Msg ovf:msgid="domain.description">Domaine dans lequel les deux systèmes s’enregistrent</Msg>
    <Msg ovf:msgid="http_port.label">Port HTTP</Msg>
    <Msg ovf:msgid="http_port.description">Port TCP sur lequel le frontal web écoute</Msg>
    <Msg ovf:msgid="enable_tls.label">Activer TLS</Msg>
    <Msg ovf:msgid="enable_tls.description">Servir HTTPS avec un certificat autosigné créé au premier démarrage</Msg>
    <Msg ovf:msgid="log_level.label">Niveau de journalisation</Msg>
    <Msg ovf:msgid="log_level.description">Quantité d’informations que l’application écrit dans son journal</Msg>
    <Msg ovf:msgid="admin_password.label">Mot de passe administrateur</Msg>
    <Msg ovf:msgid="admin_password.description">Mot de passe du compte « admin » de la console web (au moins 12 caractères)</Msg>
    <Msg ovf:msgid="eula.license">Contrat de licence utilisateur final de Hello Appliance

Cette appliance d’exemple est fournie uniquement à des fins d’évaluation, sans garantie d’aucune sorte.
Vous pouvez la déployer, la copier et la modifier librement pour tester des outils OVF.</Msg>
    <Msg ovf:msgid="annotation">Déployez sur un hôte disposant d’au moins 4 Gio de mémoire libre (petite) ou 16 Gio (grande). La console web est accessible à l’adresse https://HÔTE:PORT/ dès que les deux systèmes sont démarrés.</Msg>
    <Msg ovf:msgid="worker_count.label">Processus de travail</Msg>
    <Msg ovf:msgid="worker_count.description">Nombre de processus de travail qui traitent les requêtes</Msg>
    <Msg ovf:msgid="frontend_ip.label">Adresse IP du frontal</Msg>
    <Msg ovf:msgid="frontend_ip.description">Adresse statique sur le réseau frontal ; laisser vide pour DHCP</Msg>
    <Msg ovf:msgid="db_name.label">Nom de la base de données</Msg>
    <Msg ovf:msgid="db_name.description">Nom de la base de données de l’application</Msg>
    <Msg ovf:msgid="db_port.label">Port de la base de données</Msg>
    <Msg ovf:msgid="db_port.description">Port TCP sur lequel la base de données écoute (réseau dorsal uniquement)</Msg>
    <Msg ovf:msgid="db_password.label">Mot de passe de la base de données</Msg>
    <Msg ovf:msgid="db_password.description">Mot de passe avec lequel le frontal web se connecte</Msg>
  </Strings>
)"_ba;
}
