#pragma once

#include "net/session/session.h"
#include "net/transport/portaltransport.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace coopdesk::net {

// The two calls that make a SmartHub token (smarthub-api.md 2): what is sent, and how the answer
// is read. No state; the Session decides what to do with the result.
namespace loginexchange {

inline constexpr QStringView kLoginPath = u"/services/oauth/auth/v2";
inline constexpr QStringView kRefreshPath = u"/services/oauth/auth/v2/refresh";

// application/x-www-form-urlencoded, every byte outside [A-Za-z0-9-._~] percent-encoded, so a
// password with '+', '&', '%', '#', '=' or spaces reaches the servlet unchanged (gagata#7).
QByteArray formBody(const QList<QPair<QString, QString>> &fields);

// POST /services/oauth/auth/v2: userId, password and (when not empty) twoFactorCode.
PortalRequest loginRequest(const QString &user, const QString &password, const QString &code);
// POST /services/oauth/auth/v2/refresh: token=<the current JWT>.
PortalRequest refreshRequest(const QString &token);

// The `exp` claim of a JWT in epoch seconds (not verified: only the portal can); 0 when the
// token is not a JWT or has none. For answers without `expiration` and adopted tokens.
qint64 jwtExpiry(const QString &token);

struct Answer
{
    std::optional<LoginInfo> info; // set on success
    qint64 lifetimeSeconds = -1; // `expiresIn`, -1 when absent
    PortalError error; // kind None on success
};

// Reads a login or refresh answer. `codeSent` tells "MFA code missing" from "MFA code wrong" in
// the portal's 500 "could not be verified"; `fallbackUser` stands in for a missing `username`.
Answer readAnswer(const PortalResponse &response, bool codeSent, const QString &fallbackUser);

} // namespace loginexchange
} // namespace coopdesk::net
