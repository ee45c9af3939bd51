#pragma once

#include "call.h"

namespace sim {
class World;
struct Account;
struct Member;
} // namespace sim

namespace sim::api {

class Router;
class SessionGuard;

// Project-defined account overview and billing options (docs/api.md):
//   GET    /services/secured/accounts/status?userId=    paperless, and per account the due date
//                                                       and Auto Pay enrolment
//   PUT    /services/secured/paperless                  {paperless}: every account of the login
//   POST   /services/secured/autopay                    {accountNumber, methodId}
//   DELETE /services/secured/autopay?accountNumber=
// Auto Pay changes show in user-data's isAutoPay and decide the drafts on later due dates.
class AccountStatusRoutes
{
public:
    AccountStatusRoutes(World &world, SessionGuard &guard);
    void addTo(Router &router);

private:
    http::Response status(const Call &call, const Member &member);
    http::Response setPaperless(const Call &call, const Member &member);
    http::Response enrol(const Call &call, const Member &member);
    http::Response cancel(const Call &call, const Member &member);

    QJsonObject accountJson(const Account &account) const;
    QJsonObject statusJson(const Member &member) const;

    World &m_world;
    SessionGuard &m_guard;
};

} // namespace sim::api
