#include "paymentledger.h"

namespace sim {

bool PaymentLedger::isGuestMethod(const QString &methodId)
{
    return methodId == u"guest-card" || methodId == u"guest-bank";
}

PaymentError PaymentLedger::check(const Coop &coop, const QString &accountNumber, Money amount,
                                  const QString &methodId, bool guest)
{
    const Account *account = coop.account(accountNumber);
    if (!account)
        return PaymentError::UnknownAccount;
    if (account->inactive)
        return PaymentError::InactiveAccount;
    if (amount.cents() <= 0 || amount.cents() > maximumCents)
        return PaymentError::BadAmount;
    if (isGuestMethod(methodId))
        return PaymentError::None; // a one-time card or bank draft, logged in or not
    if (guest)
        return PaymentError::UnknownMethod; // a guest has no stored methods
    // A stored method must belong to a member who can see this account.
    const QList<const Member *> owners = coop.owners(*account);
    for (const Member *m : owners) {
        for (const StoredPaymentMethod &method : m->paymentMethods) {
            if (method.id == methodId)
                return PaymentError::None;
        }
    }
    return PaymentError::UnknownMethod;
}

const Payment *PaymentLedger::byKey(const QString &idempotencyKey) const
{
    const auto it = m_byKey.constFind(idempotencyKey);
    return it == m_byKey.constEnd() ? nullptr : &m_payments[*it];
}

Payment PaymentLedger::post(Payment payment)
{
    payment.confirmation = u"P-" + QString::number(m_nextConfirmation++).rightJustified(6, u'0');
    payment.status = QStringLiteral("POSTED");
    m_payments.push_back(payment);
    // An empty key cannot be replayed: each such request posts on its own.
    if (!payment.idempotencyKey.isEmpty())
        m_byKey.insert(payment.idempotencyKey, m_payments.size() - 1);
    return payment;
}

std::vector<Payment> PaymentLedger::ofAccount(const QString &accountNumber) const
{
    std::vector<Payment> out;
    for (const Payment &p : m_payments) {
        if (p.accountNumber == accountNumber)
            out.push_back(p);
    }
    return out;
}

} // namespace sim
