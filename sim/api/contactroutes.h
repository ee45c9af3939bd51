#pragma once

#include "call.h"

namespace sim {
class World;
struct Member;
} // namespace sim

namespace sim::api {

class Router;
class SessionGuard;

// Project-defined "Contact the co-op" endpoints (docs/api.md):
//   POST /services/secured/messages     {accountNumber|"", topic, subject, body}: a ticket
//   GET  /services/exposed/offices      offices and drop boxes; no login needed
class ContactRoutes
{
public:
    static const QStringList &topics();

    ContactRoutes(World &world, SessionGuard &guard);
    void addTo(Router &router);

private:
    http::Response sendMessage(const Call &call, const Member &member);
    http::Response offices(const Call &call) const;

    World &m_world;
    SessionGuard &m_guard;
};

} // namespace sim::api
