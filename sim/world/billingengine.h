#pragma once

#include "toucalendar.h"
#include "usagemodel.h"
#include "world.h"

#include <QUuid>

namespace sim {

// Billing periods of an account and the charges on each bill, computed from the interval data
// and the location's rate. The fields that depend on payments (previous balance, payments
// received, amount due) are filled in by the AccountStatement.
class BillingEngine
{
public:
    struct Period
    {
        QDate start; // first local day
        QDate end; // last local day, inclusive
    };

    BillingEngine(quint64 seed, const coopdesk::WallClock &clock, const UsageStore &usage);

    // Periods closing on the account's read day whose bill date (end + 1) is on or before today.
    // The first period runs at least 14 days; a closed account ends with a final period on the
    // day before its disconnect date.
    QList<Period> periods(const Account &account, QDate today) const;
    QList<Bill> charges(const Account &account, QDate today) const;

    // First day of the account's service (earliest connect date), invalid before any.
    static QDate serviceStart(const Account &account);

private:
    Bill bill(const Account &account, const Period &period) const;
    void chargeLocation(const Account &account, const ServiceLocation &location,
                        const Period &period, Bill &bill, qint64 &netWh) const;

    const coopdesk::WallClock &m_clock;
    const UsageStore &m_usage;
    QUuid m_namespace;
};

} // namespace sim
