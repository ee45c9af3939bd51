#pragma once

#include "call.h"

#include <QList>

namespace sim {
class World;
struct Member;
struct ServiceLocation;
} // namespace sim

namespace sim::api {

class Router;
class SessionGuard;

// A member's outage report and where it stands. The status follows the clock, so a client
// (and a test with an injected clock) sees it progress without anyone driving it:
//
//   outage kinds (NO_POWER, PARTIAL_POWER, LINE_DOWN):
//     RECEIVED -5 min-> CONFIRMED -15-> CREW_ASSIGNED -45-> CREW_ON_SITE -90-> RESTORED
//   other kinds (FLICKERING, STREETLIGHT, OTHER):
//     RECEIVED -30 min-> UNDER_REVIEW -24 h-> CLOSED
struct OutageReport
{
    QString ticketId; // "OR-100001"
    QString accountNumber;
    QString serviceLocationNumber;
    QString kind;
    QString note;
    qint64 reportedMs = 0;

    struct Step
    {
        QString status;
        qint64 atMs = 0;
    };
    // The steps reached by nowMs, first to current.
    QList<Step> progress(qint64 nowMs) const;
    bool isOutageKind() const;
};

// Project-defined outage endpoints (docs/api.md):
//   POST /services/secured/outages/reports   {accountNumber, serviceLocationNumber, kind, note}
//   GET  /services/secured/outages/status    active outages near the member's locations,
//                                            and the member's own reports
// Active outages are a pure function of the seed, the area and the 4-hour window of the clock;
// an unrestored outage report adds its own outage at the reported location.
class OutageRoutes
{
public:
    static const QStringList &kinds();

    OutageRoutes(const World &world, SessionGuard &guard);
    void addTo(Router &router);
    qsizetype reportCount() const { return m_reports.size(); }

private:
    http::Response report(const Call &call, const Member &member);
    http::Response status(const Call &call, const Member &member);
    QJsonArray areaOutages(const Member &member, qint64 nowMs) const;

    const World &m_world;
    SessionGuard &m_guard;
    QList<OutageReport> m_reports;
    int m_nextTicket = 100001;
};

} // namespace sim::api
