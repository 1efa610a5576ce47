#pragma once

#include <QDateTime>
#include <QStringList>

namespace ovf::package {

// Where trust comes from when a signature's certificate chain is verified.
struct TrustOptions
{
    // Trust the anchors of the system store (OpenSSL's default paths: /etc/ssl/certs, ...).
    bool useSystemStore = true;
    // PEM files with trust anchors the user added, one or more certificates each. An anchor
    // need not be self-signed: a trusted intermediate ends the chain (partial chains allowed).
    QStringList extraAnchors;
    // The time at which the certificates must be valid; invalid means now. Set it to check a
    // package as of its signing date, or in tests.
    QDateTime at;
    // OpenSSL's authentication security level for the chain (keys and certificate signature
    // digests): 2 means 112-bit security, so RSA and DSA keys of at least 2048 bits, EC keys of
    // at least 224 bits and no SHA-1 or MD5 certificate signatures below the anchor.
    int securityLevel = 2;
};

} // namespace ovf::package
