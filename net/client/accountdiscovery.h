#pragma once

#include "net/client/portaljob.h"

namespace coopdesk::net {

// Which accounts, locations and meters a login has (smarthub-api.md §3.4):
//
//   user-data?userId=<primaryUsername> --ok, not empty--> done
//          | 401/403/404, HTML, unreadable or empty
//          v
//   accounts?user=<username> --ok, not empty--> done (numbers only: no names, meters, addresses)
//          | fails or empty
//          v
//   failed: without account numbers nothing else (billing history) can be asked
class AccountDiscovery : public PortalJob
{
    Q_OBJECT
public:
    AccountDiscovery(PortalTransport *transport, QString primaryUsername, QString username,
                     QObject *context, std::function<void(const QList<Account> &)> done);

protected:
    void start() override;

private:
    static bool worthFallingBack(const PortalError &error);
    void fallBack(const QString &why);
    void deliver(const QList<Account> &accounts);

    QString m_primaryUsername;
    QString m_username;
    std::function<void(const QList<Account> &)> m_done;
};

} // namespace coopdesk::net
