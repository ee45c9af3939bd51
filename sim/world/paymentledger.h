#pragma once

#include "world.h"

#include <QHash>

#include <vector>

namespace sim {

// Payments made through the API: checked against the co-op, posted at most once per
// idempotency key, numbered "P-6xxxxx" in the order they post.
class PaymentLedger
{
public:
    static constexpr qint64 maximumCents = 10000 * 100;

    // Why a new payment may not post (None: it may). Does not look at idempotency keys.
    static PaymentError check(const Coop &coop, const QString &accountNumber, Money amount,
                              const QString &methodId, bool guest);
    static bool isGuestMethod(const QString &methodId);

    // The payment first posted under a key, if any.
    const Payment *byKey(const QString &idempotencyKey) const;
    // Posts the payment (assigning its confirmation number) and returns it.
    Payment post(Payment payment);
    // Payments of one account, in the order they posted.
    std::vector<Payment> ofAccount(const QString &accountNumber) const;

private:
    std::vector<Payment> m_payments;
    QHash<QString, size_t> m_byKey;
    int m_nextConfirmation = 600001; // synthetic history uses 100000-599999
};

} // namespace sim
