#include "paymentsubmission.h"

#include "clientlog.h"

#include <QPointer>
#include <QTimer>

namespace coopdesk::net {

namespace {
constexpr int maxLookups = 3;
constexpr int lookupDelaysMs[] = { 2000, 4000 };
} // namespace

PaymentSubmission::PaymentSubmission(PortalTransport *transport, QString idempotencyKey,
                                     PortalRequest submit, PortalRequest status,
                                     std::optional<PortalError> refused, Scheduler scheduler,
                                     QObject *context,
                                     std::function<void(const PaymentRecord &)> done)
    : PortalJob(transport, context)
    , m_key(std::move(idempotencyKey))
    , m_submit(std::move(submit))
    , m_status(std::move(status))
    , m_refused(std::move(refused))
    , m_scheduler(std::move(scheduler))
    , m_done(std::move(done))
{
    m_submit.retryTransient = false;
}

PaymentSubmission::~PaymentSubmission()
{
    m_submit.body.fill('\0');
}

bool PaymentSubmission::outcomeMayBeUnknown(const PortalError &error)
{
    switch (error.kind) {
    case ErrorKind::Timeout:
    case ErrorKind::Offline:
    case ErrorKind::UnexpectedAnswer:
    case ErrorKind::PortalError:
        return true;
    default:
        return false;
    }
}

void PaymentSubmission::start()
{
    if (m_refused) {
        m_submit.body.fill('\0');
        m_submit.body.clear();
        fail(*m_refused);
        return;
    }
    qCInfo(lcClient).noquote() << "payment: submitting" << m_submit.label << "key"
                               << Redactor::text(m_key);
    send(m_submit, [this](const PortalResponse &response) { submitted(response); });
    // Our copy is no longer needed; the card or bank number must not linger in it.
    m_submit.body.fill('\0');
    m_submit.body.clear();
}

void PaymentSubmission::submitted(const PortalResponse &response)
{
    if (response.error.isError()) {
        if (!outcomeMayBeUnknown(response.error)) {
            PortalError error = response.error;
            error.detail
                = m_submit.label + u": " + errorBodyDetail(response) + u"; " + error.detail;
            fail(error);
            return;
        }
        m_lost = response.error;
    } else {
        const auto outcome = parse::paymentOutcome(response.body);
        if (outcome.ok()) {
            deliver(*outcome.value);
            return;
        }
        m_lost = PortalError::make(ErrorKind::UnexpectedAnswer,
                                   m_submit.label + u": " + outcome.error, response.httpStatus);
    }
    qCWarning(lcClient).noquote() << "payment: answer lost (" << m_lost.detail
                                  << "), checking by key" << Redactor::text(m_key);
    Q_EMIT outcomeUnknown(m_lost);
    if (!isFinished())
        lookUp();
}

void PaymentSubmission::lookUp()
{
    ++m_lookups;
    send(m_status, [this](const PortalResponse &response) { lookedUp(response); });
}

void PaymentSubmission::lookedUp(const PortalResponse &response)
{
    if (!response.error.isError()) {
        const auto outcome = parse::paymentOutcome(response.body);
        if (outcome.ok()) {
            deliver(*outcome.value);
            return;
        }
    } else if (response.httpStatus == 404) {
        qCInfo(lcClient).noquote() << "payment: not received, key" << Redactor::text(m_key);
        Q_EMIT notReceived();
        PortalError error = m_lost;
        error.detail = m_lost.detail
            + u"; the portal has no payment with this key: nothing was charged, and it is safe"
              u" to try again with the same key";
        fail(error);
        return;
    }
    if (m_lookups >= maxLookups) {
        PortalError error = m_lost;
        error.detail = m_lost.detail + u"; the payment's outcome is still unknown after "
            + QString::number(m_lookups) + u" lookups (last: "
            + (response.error.isError() ? response.error.detail : QStringLiteral("unreadable"))
            + u')';
        fail(error);
        return;
    }
    const int delay = lookupDelaysMs[qMin(m_lookups - 1, 1)];
    auto again = [self = QPointer<PaymentSubmission>(this)] {
        if (self && !self->isFinished())
            self->lookUp();
    };
    if (m_scheduler)
        m_scheduler(delay, this, std::move(again));
    else
        QTimer::singleShot(delay, this, std::move(again));
}

void PaymentSubmission::deliver(const PaymentRecord &record)
{
    qCInfo(lcClient).noquote() << "payment:" << record.status << record.confirmation
                               << (record.replayed ? "(replayed)" : "");
    succeed([this, &record] {
        if (m_done)
            m_done(record);
    });
}

} // namespace coopdesk::net
