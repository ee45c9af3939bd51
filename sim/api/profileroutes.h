#pragma once

#include "call.h"

namespace sim {
class World;
struct Member;
} // namespace sim

namespace sim::api {

class Router;
class SessionGuard;

// Project-defined member profile and sign-in settings (docs/api.md):
//   GET  /services/secured/profile?userId=       name, phones, mailing address
//   PUT  /services/secured/profile                {phones, mailingAddress}
//   POST /services/secured/password               {currentPassword, newPassword}
//   PUT  /services/secured/security-phrase        {securityPhrase}
// A new password takes over at once for login (tokens already issued stay valid); a new phrase
// is what GET security-phrase answers from then on.
class ProfileRoutes
{
public:
    ProfileRoutes(World &world, SessionGuard &guard);
    void addTo(Router &router);

private:
    http::Response profile(const Call &call, const Member &member);
    http::Response setProfile(const Call &call, const Member &member);
    http::Response changePassword(const Call &call, const Member &member);
    http::Response setSecurityPhrase(const Call &call, const Member &member);

    static QJsonObject profileJson(const Member &member);

    World &m_world;
    SessionGuard &m_guard;
};

} // namespace sim::api
