#pragma once

#include "models/money.h"
#include "models/payment.h"
#include "net/client/paymentsubmission.h"
#include "net/session/session.h"

#include <QCoreApplication>

namespace coopdesk::net {

using coopdesk::PaymentOrder;

// The member's payments: history, stored methods, the security phrase, paying. The endpoints
// are project-defined (docs/api.md), so all of them sit in this one class for a real capture
// to replace.
class PaymentsApi
{
    Q_DECLARE_TR_FUNCTIONS(PaymentsApi)
public:
    explicit PaymentsApi(Session *session);

    // Lookups between status checks after a lost answer: QTimer by default.
    void setScheduler(PortalTransport::Scheduler scheduler) { m_scheduler = std::move(scheduler); }

    Job *history(const QString &accountNumber, QObject *context,
                 std::function<void(const QList<PaymentRecord> &)> done);
    Job *storedMethods(QObject *context,
                       std::function<void(const QList<StoredPaymentMethod> &)> done);
    // The anti-phishing phrase shown before any financial form.
    Job *securityPhrase(QObject *context, std::function<void(const QString &)> done);

    // Pays once. An empty key gets a new one (see PaymentSubmission::idempotencyKey()); to
    // retry the same payment later, pass that key again.
    PaymentSubmission *submit(const PaymentOrder &order, QObject *context,
                              std::function<void(const PaymentRecord &)> done);
    // What became of the payment with this key (payments/status).
    Job *outcomeOf(const QString &idempotencyKey, QObject *context,
                   std::function<void(const PaymentRecord &)> done);

    // "We lost the co-op's answer to your payment; checking whether it went through." For the
    // outcomeUnknown() signal.
    static QString checkingMessage();
    // Why an order would be refused before sending, for the member; nullopt when it looks right.
    static std::optional<QString> problemWith(const PaymentOrder &order);

private:
    Session *m_session;
    PortalTransport::Scheduler m_scheduler;
};

} // namespace coopdesk::net
