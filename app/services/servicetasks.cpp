#include "servicetasks.h"

#include "net/client/paymentsapi.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimer>

namespace coopdesk::app {

using net::ErrorKind;
using Kind = ui::Failure::Kind;

namespace {

Kind kindOf(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None:
        return Kind::Other;
    case ErrorKind::Cancelled:
        return Kind::Cancelled;
    case ErrorKind::Offline:
    case ErrorKind::Timeout:
    case ErrorKind::RateLimited:
    case ErrorKind::PortalError:
        return Kind::Offline;
    case ErrorKind::Tls:
    case ErrorKind::InsecurePortal:
        return Kind::Security;
    case ErrorKind::BadCredentials:
    case ErrorKind::Locked:
    case ErrorKind::SessionExpired:
        return Kind::SignIn;
    case ErrorKind::MfaRequired:
    case ErrorKind::MfaRejected:
        return Kind::CodeNeeded;
    case ErrorKind::Forbidden:
    case ErrorKind::NotFound:
    case ErrorKind::Conflict:
    case ErrorKind::Invalid:
        return Kind::Refused;
    case ErrorKind::UnexpectedAnswer:
        return Kind::Unreadable;
    case ErrorKind::KeychainUnavailable:
        return Kind::Other;
    }
    return Kind::Other;
}

// The parent of a task: the caller's context, so the task goes when the caller does.
QObject *parentFor(QObject *context)
{
    return context;
}

struct Refusals
{
    Q_DECLARE_TR_FUNCTIONS(coopdesk::app::Refusals)
};

QString number(int value)
{
    return QLocale().toString(value);
}

} // namespace

QString refusalMessage(const QString &code, RefusalArea area)
{
    if (code == u"ADDRESS_INVALID") {
        if (area == RefusalArea::Profile)
            return Refusals::tr("Check the mailing address: the street and city are needed, the "
                                "state as two letters and a ZIP code of %1 or %2 digits.")
                .arg(number(5), number(9));
        return Refusals::tr("Enter a complete e-mail address, or a phone number of %1 digits.")
            .arg(number(10));
    }
    if (code == u"METHOD_UNKNOWN")
        return Refusals::tr("That payment method is no longer stored with the co-op, so please "
                            "choose another one.");
    if (code == u"ACCOUNT_INACTIVE")
        return Refusals::tr("This account is closed, so its settings cannot be changed.");
    if (code == u"CONTACT_NOT_VERIFIED")
        return Refusals::tr("Alerts can only go to a verified e-mail address or phone number: "
                            "add one and enter the code the co-op sends to it first.");
    if (code == u"THRESHOLD_INVALID")
        return Refusals::tr("Enter a daily usage limit from %1 to %2 kWh for the usage alert.")
            .arg(number(1), number(1000));
    if (code == u"EVENT_UNKNOWN")
        return Refusals::tr("The co-op does not offer one of the chosen alerts.");
    if (code == u"CONTACT_EXISTS")
        return Refusals::tr("That address is already one of your contacts.");
    if (code == u"CODE_INVALID")
        return Refusals::tr(
            "That verification code is not right. Check the message and try again.");
    if (code == u"CONTACT_IN_USE")
        return Refusals::tr("Alerts still go to this contact and there is no other of its kind, "
                            "so turn those alerts off first.");
    if (code == u"PHONE_INVALID")
        return Refusals::tr("Each phone number needs %1 digits.").arg(number(10));
    if (code == u"PHONE_TYPE_INVALID")
        return Refusals::tr("Choose mobile, home or work for each phone number.");
    if (code == u"PASSWORD_WRONG")
        return Refusals::tr("The current password is not right.");
    if (code == u"PASSWORD_RULES")
        return Refusals::tr("The new password needs %1 to %2 characters with a capital letter, a "
                            "numeral and a special character, and no spaces.")
            .arg(number(8), number(15));
    if (code == u"PASSWORD_SAME")
        return Refusals::tr("The new password must be different from the current one.");
    if (code == u"PHRASE_INVALID")
        return Refusals::tr("The security phrase needs %1 to %2 characters.")
            .arg(number(5), number(64));
    if (code == u"TOPIC_INVALID")
        return Refusals::tr("Choose what your message is about.");
    if (code == u"SUBJECT_INVALID")
        return Refusals::tr("Enter a subject of at most %1 characters.").arg(number(120));
    if (code == u"BODY_INVALID")
        return Refusals::tr("Enter a message of at most %1 characters.").arg(number(2000));
    return {};
}

ui::Failure toFailure(const net::PortalError &error, RefusalArea area)
{
    ui::Failure failure;
    failure.kind = kindOf(error.kind);
    failure.message = error.message();
    failure.detail = error.detail;
    if (!error.code.isEmpty()) {
        if (const QString words = refusalMessage(error.code, area); !words.isEmpty())
            failure.message = words;
        if (!failure.detail.contains(error.code))
            failure.detail = error.code + u"; " + failure.detail;
    }
    return failure;
}


// ---- JobTask

JobTask::JobTask(QObject *context, RefusalArea area)
    : ui::Task(parentFor(context))
    , m_area(area)
{
}

void JobTask::attach(net::Job *job)
{
    m_job = job;
    connect(job, &net::Job::progress, this, &ui::Task::progress);
    connect(job, &net::Job::failed, this,
            [this](const net::PortalError &error) { fail(toFailure(error, m_area)); });
    connect(job, &net::Job::finished, this, [this, job] {
        // An earlier step's end is not the task's end.
        if (m_job.data() == job || m_job.isNull())
            complete();
    });
}

void JobTask::failSoon(const ui::Failure &failure)
{
    QTimer::singleShot(0, this, [this, failure] { fail(failure); });
}

void JobTask::succeedSoon(std::function<void()> deliver)
{
    QTimer::singleShot(0, this, [this, deliver = std::move(deliver)] {
        if (m_done)
            return;
        if (deliver)
            deliver();
        complete();
    });
}

void JobTask::fail(const ui::Failure &failure)
{
    if (m_done)
        return;
    Q_EMIT failed(failure);
    complete();
}

void JobTask::cancel()
{
    if (m_done)
        return;
    if (m_job) {
        m_job->cancel(); // failed(Cancelled), then finished: relayed
        return;
    }
    fail({ Kind::Cancelled, net::PortalError::make(ErrorKind::Cancelled).message(), {} });
}

void JobTask::complete()
{
    if (m_done)
        return;
    m_done = true;
    if (m_job)
        m_job->disconnect(this);
    Q_EMIT finished();
    deleteLater();
}

// ---- PaymentJobTask

PaymentJobTask::PaymentJobTask(net::PaymentSubmission *submission, QObject *context)
    : ui::PaymentTask(parentFor(context))
    , m_submission(submission)
    , m_key(submission->idempotencyKey())
{
    connect(submission, &net::PaymentSubmission::outcomeUnknown, this,
            [this] { Q_EMIT outcomeUnknown(net::PaymentsApi::checkingMessage()); });
    connect(submission, &net::PaymentSubmission::notReceived, this,
            &ui::PaymentTask::notReceived);
    connect(submission, &net::Job::progress, this, &ui::Task::progress);
    connect(submission, &net::Job::failed, this, [this](const net::PortalError &error) {
        if (!m_done)
            Q_EMIT failed(toFailure(error));
    });
    connect(submission, &net::Job::finished, this, &PaymentJobTask::complete);
}

PaymentJobTask::PaymentJobTask(const ui::Failure &failure, QObject *context)
    : ui::PaymentTask(parentFor(context))
{
    QTimer::singleShot(0, this, [this, failure] {
        if (m_done)
            return;
        Q_EMIT failed(failure);
        complete();
    });
}

void PaymentJobTask::cancel()
{
    if (m_done)
        return;
    if (m_submission) {
        m_submission->cancel();
        return;
    }
    Q_EMIT failed({ Kind::Cancelled, net::PortalError::make(ErrorKind::Cancelled).message(), {} });
    complete();
}

void PaymentJobTask::complete()
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished();
    deleteLater();
}

} // namespace coopdesk::app
