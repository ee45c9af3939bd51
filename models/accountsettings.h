#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace coopdesk {

// What the overview needs beyond billing facts: due date, Auto Pay and paper bills per account
// (project-defined `secured/accounts/status`, docs/api.md).
struct AccountStatus
{
    QString accountNumber;
    QDate dueDate;               // local date in the co-op's zone; invalid when nothing is due
    qint64 dueDateMs = 0;        // the instant as sent (local midnight); 0 when null
    bool autoPay = false;
    QString autoPayMethodId;     // the stored method Auto Pay draws from; empty when not enrolled
};

// Paper bills are a setting of the login, not of one account (the co-ops warn of this).
struct AccountStatuses
{
    bool paperless = false;
    QList<AccountStatus> accounts;
    const AccountStatus *find(const QString &accountNumber) const
    {
        for (const AccountStatus &status : accounts)
            if (status.accountNumber == accountNumber)
                return &status;
        return nullptr;
    }
};

} // namespace coopdesk
