#include "tokenissuer.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace sim::api {

namespace {

constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return bytes;
}

QByteArray encodePart(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact).toBase64(kBase64Url);
}

std::optional<QJsonObject> decodePart(QByteArrayView part)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        part.toByteArray(), kBase64Url | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(*decoded);
    if (!document.isObject())
        return std::nullopt;
    return document.object();
}

// Compares in time independent of where the first difference is.
bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace

TokenIssuer::TokenIssuer(QByteArray secret)
    : m_secret(secret.isEmpty() ? randomBytes(32) : std::move(secret))
{
}

QByteArray TokenIssuer::sign(QByteArrayView signingInput) const
{
    return QMessageAuthenticationCode::hash(signingInput.toByteArray(), m_secret,
                                            QCryptographicHash::Sha256)
        .toBase64(kBase64Url);
}

QByteArray TokenIssuer::issue(const QString &subject, qint64 nowSeconds, int lifetimeSeconds,
                              TokenClaims *claims)
{
    TokenClaims issued { subject, nowSeconds, nowSeconds + lifetimeSeconds,
                         QString::number(m_nextId++, 36) + u'.'
                             + QString::fromLatin1(randomBytes(6).toHex()) };
    ++m_issued;
    const QByteArray header = encodePart({ { u"alg"_qs, u"HS256"_qs }, { u"typ"_qs, u"JWT"_qs } });
    const QByteArray payload = encodePart({
        { u"sub"_qs, issued.subject },
        { u"iat"_qs, issued.issuedAt },
        { u"exp"_qs, issued.expiresAt },
        { u"jti"_qs, issued.id },
        { u"iss"_qs, u"smarthub-sim"_qs },
    });
    const QByteArray signingInput = header + '.' + payload;
    if (claims)
        *claims = issued;
    return signingInput + '.' + sign(signingInput);
}

std::optional<TokenClaims> TokenIssuer::verify(QByteArrayView token, qint64 nowSeconds) const
{
    const qsizetype firstDot = token.indexOf('.');
    const qsizetype lastDot = token.lastIndexOf('.');
    if (firstDot <= 0 || lastDot == firstDot)
        return std::nullopt;
    const QByteArrayView signingInput = token.first(lastDot);
    if (!constantTimeEquals(sign(signingInput), token.sliced(lastDot + 1)))
        return std::nullopt;
    const auto header = decodePart(token.first(firstDot));
    const auto payload = decodePart(token.sliced(firstDot + 1, lastDot - firstDot - 1));
    if (!header || !payload || header->value(u"alg"_qs).toString() != u"HS256"_qs)
        return std::nullopt;

    TokenClaims claims { payload->value(u"sub"_qs).toString(),
                         payload->value(u"iat"_qs).toInteger(),
                         payload->value(u"exp"_qs).toInteger(),
                         payload->value(u"jti"_qs).toString() };
    if (claims.subject.isEmpty() || nowSeconds >= claims.expiresAt || m_revoked.contains(claims.id))
        return std::nullopt;
    return claims;
}

void TokenIssuer::revoke(const TokenClaims &claims, qint64 nowSeconds)
{
    // Expired tokens fail verify() anyway: forget them so the set stays as small as the live ones.
    m_revoked.removeIf([nowSeconds](const auto &entry) { return entry.value() <= nowSeconds; });
    m_revoked.insert(claims.id, claims.expiresAt);
}

} // namespace sim::api
