#pragma once

#include <QByteArray>
#include <QSslCertificate>
#include <QSslKey>
#include <QStringList>

#include <optional>

namespace sim::http {

// A private CA and a server certificate it signed, made at run time with OpenSSL, so the
// simulator can serve HTTPS on loopback without shipping keys. Clients trust `ca` explicitly.
struct GeneratedPki
{
    QSslCertificate ca;
    QSslCertificate leaf;
    QSslKey leafKey;
    QByteArray caPem() const { return ca.toPem(); }
};

// Names go into the leaf's subjectAltName; IP literals become IP entries. Default: localhost,
// 127.0.0.1 and ::1. Returns nullopt (and a reason in *error) if OpenSSL fails.
std::optional<GeneratedPki> generateLoopbackPki(
    const QStringList &names = {QStringLiteral("localhost"), QStringLiteral("127.0.0.1"),
                                QStringLiteral("::1")},
    QString *error = nullptr);

} // namespace sim::http
