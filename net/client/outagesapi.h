#pragma once

#include "models/outage.h"
#include "net/client/smarthubclient.h"

namespace coopdesk::net {

using coopdesk::OutageReportRequest;

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
