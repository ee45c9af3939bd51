#pragma once

#include "models/outage.h"
#include "net/client/smarthubclient.h"

namespace coopdesk::net {

struct OutageReportRequest
{
    QString accountNumber;
    QString locationNumber;
    QString kind = QStringLiteral("NO_POWER"); // NO_POWER, PARTIAL_POWER, LINE_DOWN,
                                               // FLICKERING, STREETLIGHT, OTHER
    QString note; // optional; required for OTHER (<= 500 chars)
};

// Outage reports and status (project-defined endpoints, docs/api.md), in one class for a real
// capture to replace.
class OutagesApi
{
public:
    explicit OutagesApi(Session *session);

    Job *report(const OutageReportRequest &request, QObject *context,
                std::function<void(const OutageReport &)> done);
    // Active outages near the member's locations and their reports of the last 45 days.
    Job *status(QObject *context, std::function<void(const OutageStatus &)> done);

private:
    Session *m_session;
};

} // namespace coopdesk::net
