#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>

#include <optional>

namespace sim::api {

struct TokenClaims
{
    QString subject; // the member's login email, as the co-op stores it
    qint64 issuedAt = 0; // epoch seconds
    qint64 expiresAt = 0; // epoch seconds; the token is valid while now < expiresAt
    QString id; // jti: names the token for revocation, never its secret part
};

// Issues and checks the bearer tokens: real JWTs (HS256) signed with a secret made at random for
// each run, so a token from one simulator run never works against the next one. Clients such as
// dmea-smarthub decode `exp` themselves, so the payload is a normal JWT payload.
class TokenIssuer
{
public:
    // An empty secret means: make a random one.
    explicit TokenIssuer(QByteArray secret = {});

    QByteArray issue(const QString &subject, qint64 nowSeconds, int lifetimeSeconds,
                     TokenClaims *claims = nullptr);
    // The claims of a well-formed, correctly signed, unrevoked token that has not expired.
    std::optional<TokenClaims> verify(QByteArrayView token, qint64 nowSeconds) const;

    // Server-side end of a token before its `exp` (the expireTokens fault).
    void revoke(const TokenClaims &claims, qint64 nowSeconds);
    int issuedCount() const { return m_issued; }

private:
    QByteArray sign(QByteArrayView signingInput) const;

    QByteArray m_secret;
    QHash<QString, qint64> m_revoked; // jti -> exp, dropped once the token would be expired anyway
    quint64 m_nextId = 1;
    int m_issued = 0;
};

} // namespace sim::api
