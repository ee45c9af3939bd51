#include "accountdiscovery.h"

#include "clientlog.h"

namespace coopdesk::net {

AccountDiscovery::AccountDiscovery(PortalTransport *transport, QString primaryUsername,
                                   QString username, QObject *context,
                                   std::function<void(const QList<Account> &)> done)
    : PortalJob(transport, context)
    , m_primaryUsername(std::move(primaryUsername))
    , m_username(std::move(username))
    , m_done(std::move(done))
{
    if (m_primaryUsername.isEmpty())
        m_primaryUsername = m_username;
}

bool AccountDiscovery::worthFallingBack(const PortalError &error)
{
    switch (error.httpStatus) {
    case 401:
    case 403:
    case 404:
        return true;
    default:
        break;
    }
    return error.kind == ErrorKind::Forbidden || error.kind == ErrorKind::NotFound
        || error.kind == ErrorKind::UnexpectedAnswer;
}

void AccountDiscovery::start()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("userId"), m_primaryUsername);
    send(getRequest(QStringLiteral("/services/secured/user-data"), query,
                    QStringLiteral("user-data")),
         [this](const PortalResponse &response) {
             if (response.error.isError()) {
                 if (!worthFallingBack(response.error)) {
                     fail(response.error);
                     return;
                 }
                 fallBack(response.error.detail);
                 return;
             }
             const auto accounts = parse::userData(response.body);
             if (!accounts.ok()) {
                 fallBack(accounts.error);
                 return;
             }
             if (accounts.value->isEmpty()) {
                 fallBack(QStringLiteral("user-data lists no accounts"));
                 return;
             }
             deliver(*accounts.value);
         });
}

void AccountDiscovery::fallBack(const QString &why)
{
    qCInfo(lcClient).noquote() << "discovery: user-data unusable (" << why
                               << "), trying accounts?user=";
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("user"), m_username);
    send(
        getRequest(QStringLiteral("/services/secured/accounts"), query, QStringLiteral("accounts")),
        [this, why](const PortalResponse &response) {
            if (response.error.isError()) {
                PortalError error = response.error;
                error.detail = u"discovery: user-data (" + why + u") and accounts (" + error.detail
                    + u") both failed";
                fail(error);
                return;
            }
            const auto accounts = parse::accountsList(response.body);
            if (!accounts.ok() || accounts.value->isEmpty()) {
                fail(PortalError::make(
                    ErrorKind::UnexpectedAnswer,
                    u"discovery: neither user-data (" + why + u") nor accounts ("
                        + (accounts.ok() ? QStringLiteral("empty") : accounts.error)
                        + u") named an account, and the billing history needs account numbers",
                    response.httpStatus));
                return;
            }
            deliver(*accounts.value);
        });
}

void AccountDiscovery::deliver(const QList<Account> &accounts)
{
    qCDebug(lcClient) << "discovery:" << accounts.size() << "accounts";
    succeed([this, &accounts] {
        if (m_done)
            m_done(accounts);
    });
}

} // namespace coopdesk::net
