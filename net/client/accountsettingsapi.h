#pragma once

#include "models/accountsettings.h"
#include "net/client/smarthubclient.h"

namespace coopdesk::net {

// Due dates, Auto Pay and paper bills of the login's accounts (project-defined endpoints of
// issue 4, docs/api.md): secured/accounts/status, secured/autopay, secured/paperless. Due
// dates are read in the client's current time zone.
class AccountSettingsApi
{
public:
    explicit AccountSettingsApi(SmartHubClient *client);

    Job *statuses(QObject *context, std::function<void(const AccountStatuses &)> done);
    // Enrols `accountNumber` in Auto Pay from stored method `methodId`; an empty id leaves it.
    Job *setAutoPay(const QString &accountNumber, const QString &methodId, QObject *context,
                    std::function<void(const AccountStatus &)> done);
    // Paper bills off (true) or on, for every account of the login; answers every status.
    Job *setPaperless(bool paperless, QObject *context,
                      std::function<void(const AccountStatuses &)> done);

private:
    SmartHubClient *m_client;
};

} // namespace coopdesk::net
