#pragma once

#include "world.h"

#include <vector>

namespace sim {

// The money story of one account: each bill's previous balance, payments received and amount
// due, with the member's synthetic payment history interleaved with payments made through the
// API, in time order.
//
// Synthetic payments: a manual payer pays each bill in full 2-11 days before its due date, but
// only before the World started (`historyEndMs`): from then on the member pays through the API.
// The latest `unpaidRecentBills` bills as of that start stay unpaid. An autopay account is paid
// on the due date, whenever that falls, for whatever is still owed then; Auto Pay enrolled or
// ended through the API applies to due dates from then on.
class AccountStatement
{
public:
    struct Rules
    {
        quint64 seed = 0;
        int accountOrdinal = 0; // position in the co-op: keeps history confirmations unique
        qint64 historyEndMs = 0;
        QDate historyEndDay;
        qint64 nowMs = 0;
        QString manualMethodId; // stored methods the synthetic payments use
        QString autopayMethodId;
        // Auto Pay changes made through the API after the start, in time order: a draft on a
        // due date follows the enrolment in force at that instant (account.autoPay is the
        // enrolment before the first change).
        struct AutoPayChange
        {
            qint64 fromMs = 0;
            bool enrolled = false;
            QString methodId;
        };
        bool autopayAtStart = false;
        QList<AutoPayChange> autopayChanges;
    };

    AccountStatement(const Account &account, const QList<Bill> &charges,
                     const std::vector<Payment> &apiPayments, const Rules &rules,
                     const coopdesk::WallClock &clock);

    const QList<Bill> &bills() const { return m_bills; }
    // Oldest first.
    const QList<Payment> &payments() const { return m_payments; }
    Balance balance(QDate today) const;

private:
    QList<Bill> m_bills;
    QList<Payment> m_payments;
};

} // namespace sim
