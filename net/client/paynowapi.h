#pragma once

#include "models/money.h"
#include "models/payment.h"
#include "models/wallclock.h"
#include "net/client/paymentsubmission.h"

#include <QCoreApplication>

#include <variant>

namespace coopdesk::net {

using coopdesk::CardDetails;
using coopdesk::BankDetails;
using coopdesk::GuestPayment;

// A reason a guest payment would be refused, found before sending.
struct PaymentProblem
{
    QString code; // the portal's code for it: "CARD_NUMBER_INVALID", "ROUTING_NUMBER_INVALID"
    QString message; // one translated sentence for the member
};

// The kiosk's "Pay Now" without a login (project-defined endpoints, docs/api.md): look an
// account up by number and last name, then pay by card or bank account. Card and bank
// details are checked here first (Luhn, ABA routing checksum, expiry, CVV, ZIP) and a payment
// that fails a check is never sent.
class PayNowApi
{
    Q_DECLARE_TR_FUNCTIONS(PayNowApi)
public:
    PayNowApi(PortalTransport *transport, const WallClock &clock);

    void setScheduler(PortalTransport::Scheduler scheduler) { m_scheduler = std::move(scheduler); }
    // "Today" for card expiry checks; default: the current date in the co-op's zone.
    void setToday(std::function<QDate()> today) { m_today = std::move(today); }

    Job *lookup(const QString &accountNumber, const QString &name, QObject *context,
                std::function<void(const PayNowLookup &)> done);
    // Pays once; a lost answer is resolved with paynow/payments/status (see PaymentSubmission).
    PaymentSubmission *pay(const GuestPayment &payment, QObject *context,
                           std::function<void(const PaymentRecord &)> done);

    static std::optional<PaymentProblem> problemWith(const GuestPayment &payment, QDate today);

private:
    QDate today() const;

    PortalTransport *m_transport;
    WallClock m_clock;
    PortalTransport::Scheduler m_scheduler;
    std::function<QDate()> m_today;
};

} // namespace coopdesk::net
