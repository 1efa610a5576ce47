#pragma once

// Internal to model/package (certificate file, signature, signer): owners for OpenSSL
// objects and small helpers over them. Nothing outside model/package includes this header.

#include "model/package/digest.h"
#include "model/package/signature.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

#include <memory>

namespace ovf::package::ssl {

template <auto Free> struct Deleter
{
    template <typename T> void operator()(T *p) const noexcept { Free(p); }
};

struct X509StackDeleter
{
    void operator()(STACK_OF(X509) * stack) const noexcept { sk_X509_pop_free(stack, X509_free); }
};

using BioPtr = std::unique_ptr<BIO, Deleter<&BIO_free_all>>;
using PkeyPtr = std::unique_ptr<EVP_PKEY, Deleter<&EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<&X509_free>>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, Deleter<&EVP_MD_CTX_free>>;
using StorePtr = std::unique_ptr<X509_STORE, Deleter<&X509_STORE_free>>;
using StoreCtxPtr = std::unique_ptr<X509_STORE_CTX, Deleter<&X509_STORE_CTX_free>>;
using X509StackPtr = std::unique_ptr<STACK_OF(X509), X509StackDeleter>;

// Drains this thread's OpenSSL error queue into one line ("reason; reason"), in the order the
// errors were raised; empty when the queue was empty. Call it right after the failing call.
QString takeErrors();
// Empties this thread's error queue (before a call whose failure we want to explain).
void clearErrors();

// A read-only memory BIO over `bytes`, which must outlive it.
BioPtr memoryBio(QByteArrayView bytes);
// Everything written to a memory BIO.
QByteArray bioBytes(BIO *bio);

// "SHA1", "SHA256", "SHA512": OpenSSL's fetch names.
const char *digestName(DigestAlgorithm algorithm);

X509Ptr certificateFromDer(QByteArrayView der);
// The DER bytes of every PEM CERTIFICATE block of `pem`, in order (other blocks skipped).
QList<QByteArray> pemCertificates(QByteArrayView pem);
QByteArray certificateToDer(X509 *certificate);

// "RSA" / "EC (prime256v1)" / ...; bits from EVP_PKEY_get_bits.
QString keyType(const EVP_PKEY *key);

// Everything a user needs to recognise a certificate (see CertificateInfo).
CertificateInfo describeCertificate(X509 *certificate);

} // namespace ovf::package::ssl
