#include "authroutes.h"

#include "loginservice.h"
#include "router.h"
#include "sim/world/coop.h"
#include "tokenissuer.h"

#include <QUrl>

namespace sim::api {

namespace {

const QString kLockedMessage
    = u"Invalid login. Repeated failed login attempts will lock your account."_qs;
// THU's research: what the portal answers (HTTP 500, text) when MFA is on and the code is
// missing or wrong.
constexpr QByteArrayView kMfaFailure
    = "Your data could not be verified. If the problem persists, please contact customer service.";

http::Response unauthorized(const Call &call)
{
    return call.error(401, u"Invalid or expired token"_qs);
}

} // namespace

QString requestParameter(const http::Request &request, const QString &name)
{
    const QUrlQuery form = request.formBody();
    if (form.hasQueryItem(name))
        return form.queryItemValue(name, QUrl::FullyDecoded);
    return request.query.queryItemValue(name, QUrl::FullyDecoded);
}

AuthRoutes::AuthRoutes(const Coop &coop, LoginService &logins, TokenIssuer &tokens,
                       Settings settings)
    : m_coop(coop)
    , m_logins(logins)
    , m_tokens(tokens)
    , m_settings(settings)
{
}

void AuthRoutes::addTo(Router &router)
{
    router.add("POST", u"/services/oauth/auth/v2"_qs, [this](const Call &c) { return login(c); });
    router.add("POST", u"/services/oauth/auth/v2/refresh"_qs,
               [this](const Call &c) { return refresh(c); });
}

http::Response AuthRoutes::success(const Member &member, qint64 nowSeconds)
{
    TokenClaims claims;
    const QByteArray token
        = m_tokens.issue(member.email, nowSeconds, m_settings.tokenLifetimeSeconds, &claims);
    // Keys as in the captured login.json, plus the token the scrubber removed from it.
    return Call::json(QJsonObject {
        { u"status"_qs, u"SUCCESS"_qs },
        { u"authorizationToken"_qs, QString::fromLatin1(token) },
        { u"username"_qs, member.email },
        { u"primaryUsername"_qs,
          member.primaryUsername.isEmpty() ? member.email : member.primaryUsername },
        { u"expiration"_qs, claims.expiresAt },
        { u"expiresIn"_qs, m_settings.tokenLifetimeSeconds },
        { u"isSecondaryRegistration"_qs, member.secondaryRegistration },
        { u"isBusinessUser"_qs, member.businessUser },
    });
}

http::Response AuthRoutes::login(const Call &call)
{
    const qint64 nowSeconds = call.now.toSecsSinceEpoch();
    const auto outcome
        = m_logins.attempt(requestParameter(call.request, u"userId"_qs),
                           requestParameter(call.request, u"password"_qs),
                           requestParameter(call.request, u"twoFactorCode"_qs), nowSeconds);
    switch (outcome.result) {
    case LoginService::Result::Success:
        return success(*outcome.member, nowSeconds);
    case LoginService::Result::MfaRequired:
        return http::Response::text(kMfaFailure.toByteArray(), 500);
    case LoginService::Result::Locked:
        return Call::json(QJsonObject { { u"status"_qs, u"LOCKED"_qs },
                                        { u"message"_qs, kLockedMessage },
                                        { u"isBusinessUser"_qs, false } });
    case LoginService::Result::Failure:
        break;
    }
    return Call::json(
        QJsonObject { { u"status"_qs, u"FAILURE"_qs }, { u"isBusinessUser"_qs, false } });
}

http::Response AuthRoutes::refresh(const Call &call)
{
    if (!m_settings.refreshEnabled)
        return unauthorized(call);
    const qint64 nowSeconds = call.now.toSecsSinceEpoch();
    const auto claims
        = m_tokens.verify(requestParameter(call.request, u"token"_qs).toLatin1(), nowSeconds);
    const Member *member = claims ? m_coop.member(claims->subject) : nullptr;
    if (!member || m_logins.isLocked(member->email))
        return unauthorized(call);
    return success(*member, nowSeconds);
}

} // namespace sim::api
