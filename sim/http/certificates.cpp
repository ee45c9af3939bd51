#include "certificates.h"

#include <QHostAddress>
#include <QUrl>

#include <memory>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace sim::http {

namespace {

template<auto FreeFunction> struct OpenSslDeleter
{
    template<typename T> void operator()(T *object) const { FreeFunction(object); }
};
template<typename T, auto FreeFunction>
using OpenSslPtr = std::unique_ptr<T, OpenSslDeleter<FreeFunction>>;

using KeyPtr = OpenSslPtr<EVP_PKEY, &EVP_PKEY_free>;
using CertPtr = OpenSslPtr<X509, &X509_free>;
using ExtensionPtr = OpenSslPtr<X509_EXTENSION, &X509_EXTENSION_free>;
using NamesPtr = OpenSslPtr<GENERAL_NAMES, &GENERAL_NAMES_free>;
using NamePtr = OpenSslPtr<GENERAL_NAME, &GENERAL_NAME_free>;
using BioPtr = OpenSslPtr<BIO, &BIO_free_all>;
using BignumPtr = OpenSslPtr<BIGNUM, &BN_free>;

constexpr long kDaySeconds = 24 * 60 * 60;
// 397 days: the longest validity browsers accept for a server certificate.
constexpr long kValidDays = 397;

// Failure with the reason OpenSSL queued, if any.
struct Failure
{
    QString message;
};

Failure failure(const char *what)
{
    QString message = QString::fromLatin1(what);
    if (const unsigned long code = ERR_get_error()) {
        char text[256];
        ERR_error_string_n(code, text, sizeof text);
        message += u": "_qs + QString::fromLatin1(text);
    }
    ERR_clear_error();
    return Failure { message };
}

KeyPtr makeP256Key()
{
    return KeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
}

bool setRandomSerial(X509 *cert)
{
    unsigned char bytes[16];
    if (RAND_bytes(bytes, sizeof bytes) != 1)
        return false;
    // Positive (DER integers are signed) and still 16 bytes long.
    bytes[0] = static_cast<unsigned char>((bytes[0] & 0x7f) | 0x40);
    const BignumPtr serial(BN_bin2bn(bytes, sizeof bytes, nullptr));
    return serial && BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert)) != nullptr;
}

bool setCommonName(X509 *cert, const char *commonName)
{
    X509_NAME *name = X509_get_subject_name(cert);
    return X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char *>(commonName), -1, -1,
                                      0)
        == 1;
}

// A certificate with everything but extensions and signature: version 3, serial, subject,
// issuer, validity from a day ago (clock skew) for 397 days, public key.
CertPtr newCertificate(EVP_PKEY *key, const char *commonName, X509 *issuer)
{
    CertPtr cert(X509_new());
    if (!cert || X509_set_version(cert.get(), X509_VERSION_3) != 1 || !setRandomSerial(cert.get())
        || !setCommonName(cert.get(), commonName)
        || X509_set_issuer_name(cert.get(), X509_get_subject_name(issuer ? issuer : cert.get()))
            != 1
        || !X509_gmtime_adj(X509_getm_notBefore(cert.get()), -kDaySeconds)
        || !X509_gmtime_adj(X509_getm_notAfter(cert.get()), kValidDays * kDaySeconds)
        || X509_set_pubkey(cert.get(), key) != 1)
        return nullptr;
    return cert;
}

// An extension given in openssl.cnf syntax ("critical,CA:TRUE"); the issuer is needed for the
// authority key identifier.
bool addExtension(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX context;
    X509V3_set_ctx(&context, issuer, cert, nullptr, nullptr, 0);
    const ExtensionPtr extension(X509V3_EXT_conf_nid(nullptr, &context, nid, value));
    return extension && X509_add_ext(cert, extension.get(), -1) == 1;
}

// Built from structures rather than a "DNS:a,IP:b" string, so no name can inject syntax.
bool addSubjectAltNames(X509 *cert, const QStringList &names)
{
    const NamesPtr entries(GENERAL_NAMES_new());
    if (!entries)
        return false;
    for (const QString &name : names) {
        NamePtr entry(GENERAL_NAME_new());
        if (!entry)
            return false;
        if (QHostAddress address; address.setAddress(name)) {
            ASN1_OCTET_STRING *ip = a2i_IPADDRESS(address.toString().toLatin1().constData());
            if (!ip)
                return false;
            GENERAL_NAME_set0_value(entry.get(), GEN_IPADD, ip);
        } else {
            const QByteArray dns = QUrl::toAce(name);
            ASN1_IA5STRING *text = ASN1_IA5STRING_new();
            if (!text || dns.isEmpty()
                || ASN1_STRING_set(text, dns.constData(), int(dns.size())) != 1) {
                ASN1_IA5STRING_free(text);
                return false;
            }
            GENERAL_NAME_set0_value(entry.get(), GEN_DNS, text);
        }
        if (sk_GENERAL_NAME_push(entries.get(), entry.get()) == 0)
            return false;
        entry.release(); // now owned by the stack
    }
    return X509_add1_ext_i2d(cert, NID_subject_alt_name, entries.get(), 0, X509V3_ADD_DEFAULT) == 1;
}

template<typename Write> QByteArray toPem(Write write)
{
    const BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || !write(bio.get()))
        return {};
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, size);
}

QSslCertificate toQt(X509 *cert)
{
    const QByteArray pem = toPem([cert](BIO *bio) { return PEM_write_bio_X509(bio, cert) == 1; });
    return QSslCertificate(pem, QSsl::Pem);
}

QSslKey toQt(EVP_PKEY *key)
{
    // The traditional "EC PRIVATE KEY" form is the one every Qt TLS backend reads.
    const QByteArray pem = toPem([key](BIO *bio) {
        return PEM_write_bio_PrivateKey_traditional(bio, key, nullptr, nullptr, 0, nullptr, nullptr)
            == 1;
    });
    return QSslKey(pem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
}

std::optional<GeneratedPki> generate(const QStringList &names, Failure *error)
{
    const KeyPtr caKey = makeP256Key();
    const KeyPtr leafKey = makeP256Key();
    if (!caKey || !leafKey) {
        *error = failure("cannot generate a P-256 key");
        return std::nullopt;
    }

    const CertPtr ca = newCertificate(caKey.get(), "smarthub-sim local CA", nullptr);
    if (!ca || !addExtension(ca.get(), ca.get(), NID_basic_constraints, "critical,CA:TRUE")
        || !addExtension(ca.get(), ca.get(), NID_key_usage, "critical,keyCertSign,cRLSign")
        || !addExtension(ca.get(), ca.get(), NID_subject_key_identifier, "hash")
        || X509_sign(ca.get(), caKey.get(), EVP_sha256()) <= 0) {
        *error = failure("cannot make the CA certificate");
        return std::nullopt;
    }

    const CertPtr leaf = newCertificate(leafKey.get(), "localhost", ca.get());
    if (!leaf || !addExtension(leaf.get(), ca.get(), NID_basic_constraints, "CA:FALSE")
        || !addExtension(leaf.get(), ca.get(), NID_key_usage, "critical,digitalSignature")
        || !addExtension(leaf.get(), ca.get(), NID_ext_key_usage, "serverAuth")
        || !addExtension(leaf.get(), ca.get(), NID_subject_key_identifier, "hash")
        || !addExtension(leaf.get(), ca.get(), NID_authority_key_identifier, "keyid:always")
        || !addSubjectAltNames(leaf.get(), names)
        || X509_sign(leaf.get(), caKey.get(), EVP_sha256()) <= 0) {
        *error = failure("cannot make the server certificate");
        return std::nullopt;
    }

    GeneratedPki pki { toQt(ca.get()), toQt(leaf.get()), toQt(leafKey.get()) };
    if (pki.ca.isNull() || pki.leaf.isNull() || pki.leafKey.isNull()) {
        *error = failure("Qt cannot read the generated certificate or key");
        return std::nullopt;
    }
    return pki;
}

} // namespace

std::optional<GeneratedPki> generateLoopbackPki(const QStringList &names, QString *error)
{
    Failure failed;
    std::optional<GeneratedPki> pki;
    if (names.isEmpty())
        failed.message = QStringLiteral("no names for the server certificate");
    else
        pki = generate(names, &failed);
    if (!pki && error)
        *error = failed.message;
    return pki;
}

} // namespace sim::http
