#pragma once

#include "call.h"

namespace sim {
class Coop;
struct Member;
} // namespace sim

namespace sim::api {

class LoginService;
class Router;
class TokenIssuer;

// POST /services/oauth/auth/v2 (login) and POST /services/oauth/auth/v2/refresh.
// Parameters are read servlet-style: from the form body, else from the query string.
class AuthRoutes
{
public:
    struct Settings
    {
        int tokenLifetimeSeconds = 299;
        bool refreshEnabled = true;
    };

    AuthRoutes(const Coop &coop, LoginService &logins, TokenIssuer &tokens, Settings settings);
    void addTo(Router &router);

private:
    http::Response login(const Call &call);
    http::Response refresh(const Call &call);
    http::Response success(const Member &member, qint64 nowSeconds);

    const Coop &m_coop;
    LoginService &m_logins;
    TokenIssuer &m_tokens;
    Settings m_settings;
};

// A servlet-style parameter: the form body's value, else the query string's.
QString requestParameter(const http::Request &request, const QString &name);

} // namespace sim::api
