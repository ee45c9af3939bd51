#pragma once

#include "net/client/smarthubclient.h"
#include "net/parse/parsers.h"

#include <QList>
#include <QPointer>

#include <functional>

namespace coopdesk::net {

// The response's error with PortalError::code filled from its error body, when there is one.
PortalError withErrorCode(const PortalResponse &response);

// The common life of a Job made of portal calls:
//
//   created --(next event-loop turn)--> running --succeed()/fail()/cancel()--> finished
//
// The work starts on the next turn of the event loop, so the caller can connect to the job
// first. finish: exactly one of `done` (through succeed(), only while the context object lives)
// or failed(); then finished(), then deleteLater(). After that nothing more is delivered: calls
// still in flight are cancelled and their answers ignored. Destroying the context ends the job
// silently (calls cancelled, no signal, no callback).
class PortalJob : public Job
{
    Q_OBJECT
public:
    PortalJob(PortalTransport *transport, QObject *context);
    ~PortalJob() override;

    void cancel() override;
    bool isFinished() const { return m_finished; }

protected:
    // The work; runs once, on the event-loop turn after construction.
    virtual void start() = 0;
    // Sends one call; `onAnswer` runs with its response unless the job has finished by then.
    void send(const PortalRequest &request, std::function<void(const PortalResponse &)> onAnswer);
    // Finishes with a result: `deliver` runs (it calls the member's callback) if the context
    // object is still alive.
    void succeed(const std::function<void()> &deliver);
    void fail(const PortalError &error);

    PortalTransport *transport() const { return m_transport; }
    int callsInFlight() const;

private:
    void abortCalls();
    void finish();
    void contextGone();

    PortalTransport *m_transport;
    QPointer<QObject> m_context;
    bool m_hasContext = false;
    bool m_finished = false;
    QList<QPointer<PortalCall>> m_calls;
};

// A job of one call whose answer one parser turns into the result: the common case (billing,
// history, service location, payment history, ...). A failed parse is UnexpectedAnswer.
template<typename T> class SingleCallJob : public PortalJob
{
public:
    using Parser = std::function<parse::Parsed<T>(const PortalResponse &)>;
    SingleCallJob(PortalTransport *transport, PortalRequest request, Parser parser,
                  QObject *context, std::function<void(const T &)> done)
        : PortalJob(transport, context)
        , m_request(std::move(request))
        , m_parser(std::move(parser))
        , m_done(std::move(done))
    {
    }

protected:
    void start() override
    {
        send(m_request, [this](const PortalResponse &response) {
            if (response.error.isError()) {
                fail(withErrorCode(response));
                return;
            }
            parse::Parsed<T> parsed = m_parser(response);
            if (!parsed.ok()) {
                fail(PortalError::make(ErrorKind::UnexpectedAnswer,
                                       m_request.label + u": " + parsed.error,
                                       response.httpStatus));
                return;
            }
            const T value = std::move(*parsed.value);
            succeed([this, value] {
                if (m_done)
                    m_done(value);
            });
        });
    }

private:
    PortalRequest m_request;
    Parser m_parser;
    std::function<void(const T &)> m_done;
};

// Shorthands for building requests.
PortalRequest getRequest(const QString &path, const QUrlQuery &query, const QString &label);
PortalRequest postJsonRequest(const QString &path, const QByteArray &body, const QString &label);
// Added: PUT with a JSON body, and DELETE with a query.
PortalRequest putJsonRequest(const QString &path, const QByteArray &body, const QString &label);
PortalRequest deleteRequest(const QString &path, const QUrlQuery &query, const QString &label);

// The member-unfriendly but redacted technical detail of an error body, when there is one:
// "HTTP 422 AMOUNT_INVALID".
QString errorBodyDetail(const PortalResponse &response);

} // namespace coopdesk::net
