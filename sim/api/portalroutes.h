#pragma once

#include "call.h"

#include <QHash>

namespace sim {
class World;
struct Member;
} // namespace sim

namespace sim::api {

class FaultPlan;
class PollJobTracker;
class Router;
class SessionGuard;

// The endpoints a real SmartHub portal serves (../shared/smarthub-api.md §3-§5), answered from
// the World through sim::payloads: discovery, billing, bill PDFs, the asynchronous usage poll,
// plus the weather sources (the mobile weather summaries and an Open-Meteo-compatible archive).
// Members see their own accounts only: anything else is the portal's 403.
class PortalRoutes
{
public:
    PortalRoutes(const World &world, SessionGuard &guard, FaultPlan &faults, PollJobTracker &polls);
    void addTo(Router &router);

private:
    http::Response userData(const Call &call, const Member &member);
    http::Response accounts(const Call &call, const Member &member);
    http::Response serviceLocation(const Call &call, const Member &member);
    http::Response billing(const Call &call, const Member &member);
    http::Response billingHistory(const Call &call, const Member &member);
    http::Response billPdf(const Call &call, const Member &member);
    http::Response usagePoll(const Call &call, const Member &member);
    http::Response weatherSummaries(const Call &call);
    http::Response openMeteoArchive(const Call &call);

    const World &m_world;
    SessionGuard &m_guard;
    FaultPlan &m_faults;
    PollJobTracker &m_polls;
    QHash<QString, QByteArray> m_pdfCache; // bill uuid + amount due -> PDF; a few entries
};

// Spring's 400 for a missing @RequestParam.
http::Response missingParameter(const Call &call, const QString &name);

} // namespace sim::api
