#pragma once

#include "router.h"

#include <QHostAddress>

#include <functional>

namespace sim::api {

class FaultPlan;
class LoginService;

// The simulator's control surface for tests and demos, answered only to peers on loopback
// (403 to anyone else) and never subject to injected faults:
//   GET    /__admin/faults               the rules in force
//   POST   /__admin/faults               add rules: one object, an array, or {"rules":[...]}
//   DELETE /__admin/faults[?all=true]    drop the run-time rules (with all=true, start-up ones too)
//   POST   /__admin/unlock[?user=EMAIL]  end a lockout (no user: every lockout and PayNow limit)
//   GET    /__admin/state                clock, settings, faults, locked logins, counters
class AdminRoutes
{
public:
    static constexpr QStringView kPrefix = u"/__admin/";

    struct Hooks
    {
        FaultPlan &faults;
        LoginService &logins;
        std::function<void()> resetRateLimits;
        std::function<QJsonObject()> state; // the simulator's own counters and settings
    };

    explicit AdminRoutes(Hooks hooks);
    Q_DISABLE_COPY_MOVE(AdminRoutes)

    static bool isAdminPath(const QString &path) { return path.startsWith(kPrefix); }
    static bool allows(const QHostAddress &peer);

    http::Response handle(const http::Request &request, const QDateTime &now) const;

private:
    http::Response listFaults(const Call &call) const;
    http::Response addFaults(const Call &call) const;
    http::Response clearFaults(const Call &call) const;
    http::Response unlock(const Call &call) const;
    http::Response state(const Call &call) const;

    Hooks m_hooks;
    Router m_router;
};

} // namespace sim::api
