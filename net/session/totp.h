#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace coopdesk::net {

// RFC 6238 time-based one-time codes (HMAC-SHA1, 30 s steps, 6 digits), for co-ops with MFA.
class Totp
{
public:
    // Accepts a base32 secret (spaces, '=' and case ignored) or an otpauth:// URI with secret=.
    static std::optional<Totp> fromSecret(const QString &secretOrUri);
    // The code for the 30-second step containing `unixSeconds`.
    QString codeAt(qint64 unixSeconds) const;
    // The same with 6..8 digits (RFC 6238's test vectors are 8 digits long).
    QString codeAt(qint64 unixSeconds, int digits) const;
    // Seconds until the current code changes: a code with < 5 s left is better waited out.
    static int secondsLeft(qint64 unixSeconds) { return int(30 - unixSeconds % 30); }

private:
    explicit Totp(QByteArray key) : m_key(std::move(key)) {}
    QByteArray m_key;
};

} // namespace coopdesk::net
