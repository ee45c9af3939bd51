#pragma once

#include "net/client/paymentsubmission.h"
#include "net/client/smarthubclient.h"
#include "ui/services/memberservices.h"

#include <QPointer>

#include <functional>

namespace coopdesk::app {

// Where a refusal came from, for codes that mean different things in different forms
// (ADDRESS_INVALID: a contact's e-mail/phone, or a mailing address).
enum class RefusalArea { General, Contact, Profile };

// A portal error in the member's words: the kind the screens act on, PortalError::message() as
// the sentence (or a sentence of our own for a validation code we know), the redacted detail.
ui::Failure toFailure(const net::PortalError &error, RefusalArea area = RefusalArea::General);
// The sentence for a refusal code of the project-defined endpoints; empty for an unknown code.
QString refusalMessage(const QString &code, RefusalArea area = RefusalArea::General);

// A ui::Task over one or more net::Jobs run one after another (service location, then weather):
// relays progress and failure, finishes when the last attached job finishes. Parented to the
// caller's context, so it goes with it (the jobs then end silently too).
class JobTask : public ui::Task
{
    Q_OBJECT
public:
    explicit JobTask(QObject *context, RefusalArea area = RefusalArea::General);

    // Follows `job` from now on; a job attached earlier is finished with (its finished() is
    // ignored). Null (a call that could not start) is not allowed: use fail().
    void attach(net::Job *job);
    // Ends on the next event-loop turn with `failure` (nothing to send, or refused before sending).
    void failSoon(const ui::Failure &failure);
    // Ends on the next event-loop turn after running `deliver` (a result known locally).
    void succeedSoon(std::function<void()> deliver);
    // Ends now with `failure` (a follow-up step found a problem).
    void fail(const ui::Failure &failure);

    void cancel() override;

protected:
    void complete();

private:
    QPointer<net::Job> m_job;
    RefusalArea m_area;
    bool m_done = false;
};

// ui::PaymentTask over net::PaymentSubmission: the lost-answer states in the member's words.
class PaymentJobTask : public ui::PaymentTask
{
    Q_OBJECT
public:
    PaymentJobTask(net::PaymentSubmission *submission, QObject *context);
    // A payment that could not even be made (not signed in, no portal): fails on the next turn.
    PaymentJobTask(const ui::Failure &failure, QObject *context);

    QString idempotencyKey() const override { return m_key; }
    void cancel() override;

private:
    void complete();

    QPointer<net::PaymentSubmission> m_submission;
    QString m_key;
    bool m_done = false;
};

} // namespace coopdesk::app
