#include "outagesapi.h"

#include "portaljob.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace coopdesk::net {

OutagesApi::OutagesApi(Session *session)
    : m_session(session)
{
}

Job *OutagesApi::report(const OutageReportRequest &request, QObject *context,
                        std::function<void(const OutageReport &)> done)
{
    QJsonObject body { { QStringLiteral("accountNumber"), request.accountNumber },
                       { QStringLiteral("serviceLocationNumber"), request.locationNumber },
                       { QStringLiteral("kind"), request.kind } };
    if (!request.note.isEmpty())
        body.insert(u"note", request.note);
    PortalRequest post = postJsonRequest(QStringLiteral("/services/secured/outages/reports"),
                                         QJsonDocument(body).toJson(QJsonDocument::Compact),
                                         QStringLiteral("outage report"));
    // Not re-sent blindly: a second report would open a second ticket.
    post.retryTransient = false;
    return new SingleCallJob<OutageReport>(
        m_session->transport(), std::move(post),
        [](const PortalResponse &r) { return parse::outageReport(r.body); }, context,
        std::move(done));
}

Job *OutagesApi::status(QObject *context, std::function<void(const OutageStatus &)> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("userId"), m_session->info().username);
    return new SingleCallJob<OutageStatus>(
        m_session->transport(),
        getRequest(QStringLiteral("/services/secured/outages/status"), query,
                   QStringLiteral("outage status")),
        [](const PortalResponse &r) { return parse::outageStatus(r.body); }, context,
        std::move(done));
}

} // namespace coopdesk::net
