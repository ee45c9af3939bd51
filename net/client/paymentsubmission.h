#pragma once

#include "models/payment.h"
#include "net/client/portaljob.h"

#include <optional>

namespace coopdesk::net {

// Submits one payment at most once and, when its answer is lost, finds out what happened by
// the idempotency key instead of sending it again (design.md, Money).
//
//   submitting --answer--------------------------------------------> done(outcome)
//       | Timeout, Offline, 5xx, a cut-off or unreadable answer: it may have been taken
//       v
//   checking (outcomeUnknown) --status by key: found--------------> done(outcome)
//       |  ^                  --status by key: unknown key--------> notReceived, failed
//       |  '-- the lookup failed: again after 2 s, then 4 s
//       '-- three lookups failed -----------------------------------> failed (outcome unknown)
//
// The submit request must have retryTransient = false; the transport then never re-sends it.
// The request's body (card or bank numbers for a guest payment) is dropped once sent.
class PaymentSubmission : public PortalJob
{
    Q_OBJECT
public:
    using Scheduler = PortalTransport::Scheduler;

    PaymentSubmission(PortalTransport *transport, QString idempotencyKey, PortalRequest submit,
                      PortalRequest status, std::optional<PortalError> refused, Scheduler scheduler,
                      QObject *context, std::function<void(const PaymentRecord &)> done);
    ~PaymentSubmission() override;

    const QString &idempotencyKey() const { return m_key; }

    // Errors after which a payment may have been taken: ask, do not re-send.
    static bool outcomeMayBeUnknown(const PortalError &error);

Q_SIGNALS:
    // The submit's answer was lost; the outcome is being looked up ("unknown, checking").
    void outcomeUnknown(const coopdesk::net::PortalError &why);
    // The portal has no payment with this key: nothing was charged, the member may try again
    // with the same key. failed() follows.
    void notReceived();

protected:
    void start() override;

private:
    void submitted(const PortalResponse &response);
    void lookUp();
    void lookedUp(const PortalResponse &response);
    void deliver(const PaymentRecord &record);

    QString m_key;
    PortalRequest m_submit;
    PortalRequest m_status;
    std::optional<PortalError> m_refused;
    Scheduler m_scheduler;
    std::function<void(const PaymentRecord &)> m_done;
    PortalError m_lost; // why the submit's outcome is unknown
    int m_lookups = 0;
};

} // namespace coopdesk::net
