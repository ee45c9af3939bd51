#pragma once

#include "call.h"
#include "sim/world/coop.h"

#include <functional>
#include <optional>

namespace sim::api {

class FaultPlan;
class TokenIssuer;

// The check in front of every /services/secured/ route: a valid, unexpired bearer token (by the
// simulator's clock) and an X-Nisc-Smarthub-Username header naming the token's member
// (case-insensitive). Anything else is 401, as on the real portal. Also where the expireTokens
// fault ends a token early.
class SessionGuard
{
public:
    struct Admission
    {
        const Member *member = nullptr; // set when admitted
        std::optional<http::Response> refusal; // the 401 otherwise
    };

    SessionGuard(const Coop &coop, TokenIssuer &tokens, FaultPlan &faults);

    Admission admit(const Call &call);

    // A route handler that runs `handler` for an admitted member and answers 401 otherwise.
    using MemberHandler = std::function<http::Response(const Call &, const Member &)>;
    std::function<http::Response(const Call &)> secured(MemberHandler handler);
    template<typename Owner>
    std::function<http::Response(const Call &)>
    secured(Owner *owner, http::Response (Owner::*handler)(const Call &, const Member &))
    {
        return secured(
            [owner, handler](const Call &c, const Member &m) { return (owner->*handler)(c, m); });
    }

    // Whether the member may see an account (their own only).
    static bool owns(const Member &member, const QString &accountNumber);
    // Whether a userId/user/email parameter names the member (login or primary username).
    static bool names(const Member &member, const QString &userId);

    // The bearer token of a request, empty when there is none.
    static QByteArray bearerToken(const http::Request &request);

private:
    const Coop &m_coop;
    TokenIssuer &m_tokens;
    FaultPlan &m_faults;
};

} // namespace sim::api
