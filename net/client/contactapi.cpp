#include "contactapi.h"

#include "portaljob.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace coopdesk::net {

ContactApi::ContactApi(PortalTransport *transport)
    : m_transport(transport)
{
}

Job *ContactApi::sendMessage(const MemberMessage &message, QObject *context,
                             std::function<void(const QString &)> done)
{
    const QJsonObject body {
        { QStringLiteral("accountNumber"), message.accountNumber },
        { QStringLiteral("topic"), message.topic },
        { QStringLiteral("subject"), message.subject },
        { QStringLiteral("body"), message.body },
    };
    PortalRequest request = postJsonRequest(QStringLiteral("/services/secured/messages"),
                                            QJsonDocument(body).toJson(QJsonDocument::Compact),
                                            QStringLiteral("message"));
    request.retryTransient = false; // one message, not two
    return new SingleCallJob<QString>(
        m_transport, std::move(request),
        [](const PortalResponse &r) { return parse::messageTicket(r.body); }, context,
        std::move(done));
}

Job *ContactApi::offices(QObject *context, std::function<void(const QList<CoopOffice> &)> done)
{
    PortalRequest request
        = getRequest(QStringLiteral("/services/exposed/offices"), {}, QStringLiteral("offices"));
    request.authenticated = false;
    return new SingleCallJob<QList<CoopOffice>>(
        m_transport, std::move(request),
        [](const PortalResponse &r) { return parse::offices(r.body); }, context, std::move(done));
}

} // namespace coopdesk::net
