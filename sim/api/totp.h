#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <optional>

namespace sim::api {

// RFC 6238 time-based one-time passwords as authenticator apps make them: HMAC-SHA-1,
// 6 digits, 30-second steps from the Unix epoch.
class Totp
{
public:
    static constexpr int kStepSeconds = 30;
    static constexpr int kDigits = 6;

    // RFC 4648 base32 (case-insensitive; spaces, dashes and '=' padding ignored).
    static std::optional<QByteArray> decodeBase32(QStringView text);
    // The code for one counter value (RFC 4226 HOTP), zero-padded to `digits`.
    static QString hotp(const QByteArray &key, quint64 counter, int digits = kDigits);
    static QString codeAt(const QByteArray &key, qint64 unixSeconds, int digits = kDigits);
    // True when `code` is the code of the step at `unixSeconds` or of one step either side
    // (RFC 6238 §5.2's allowance for clock drift and network delay).
    static bool verify(const QByteArray &key, QStringView code, qint64 unixSeconds,
                       int allowedSteps = 1);
};

} // namespace sim::api
