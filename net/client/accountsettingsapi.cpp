#include "accountsettingsapi.h"

#include "portaljob.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace coopdesk::net {

AccountSettingsApi::AccountSettingsApi(SmartHubClient *client)
    : m_client(client)
{
}

Job *AccountSettingsApi::statuses(QObject *context,
                                  std::function<void(const AccountStatuses &)> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("userId"), m_client->session()->info().username);
    const WallClock clock = m_client->wallClock();
    return new SingleCallJob<AccountStatuses>(
        m_client->transport(),
        getRequest(QStringLiteral("/services/secured/accounts/status"), query,
                   QStringLiteral("account status")),
        [clock](const PortalResponse &r) { return parse::accountStatuses(r.body, clock); },
        context, std::move(done));
}

Job *AccountSettingsApi::setAutoPay(const QString &accountNumber, const QString &methodId,
                                    QObject *context,
                                    std::function<void(const AccountStatus &)> done)
{
    PortalRequest request;
    if (methodId.isEmpty()) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("accountNumber"), accountNumber);
        request = deleteRequest(QStringLiteral("/services/secured/autopay"), query,
                                QStringLiteral("auto pay off"));
    } else {
        const QJsonObject body { { QStringLiteral("accountNumber"), accountNumber },
                                 { QStringLiteral("methodId"), methodId } };
        request = postJsonRequest(QStringLiteral("/services/secured/autopay"),
                                  QJsonDocument(body).toJson(QJsonDocument::Compact),
                                  QStringLiteral("auto pay on"));
    }
    const WallClock clock = m_client->wallClock();
    return new SingleCallJob<AccountStatus>(
        m_client->transport(), std::move(request),
        [clock](const PortalResponse &r) { return parse::accountStatus(r.body, clock); }, context,
        std::move(done));
}

Job *AccountSettingsApi::setPaperless(bool paperless, QObject *context,
                                      std::function<void(const AccountStatuses &)> done)
{
    const QJsonObject body { { QStringLiteral("paperless"), paperless } };
    const WallClock clock = m_client->wallClock();
    return new SingleCallJob<AccountStatuses>(
        m_client->transport(),
        putJsonRequest(QStringLiteral("/services/secured/paperless"),
                       QJsonDocument(body).toJson(QJsonDocument::Compact),
                       QStringLiteral("paperless")),
        [clock](const PortalResponse &r) { return parse::accountStatuses(r.body, clock); },
        context, std::move(done));
}

} // namespace coopdesk::net
