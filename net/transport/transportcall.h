#pragma once

#include "classify.h"
#include "portaltransport.h"

#include <QElapsedTimer>
#include <QPointer>

class QNetworkReply;

namespace coopdesk::net {

class TransportCall;

// What a call needs from the transport that runs it (PortalTransport::Private).
class CallHost
{
public:
    virtual ~CallHost() = default;
    virtual const PortalConfig &config() const = 0;
    virtual QNetworkAccessManager *network() const = 0;
    virtual Authenticator *authenticator() const = 0;
    virtual void schedule(int ms, QObject *context, std::function<void()> task) = 0;
    virtual int backoffMs(int attempt, int retryAfterSeconds) const = 0;
    virtual void requeue(TransportCall *call) = 0;     // front of the queue: retry or replay
    virtual void releaseSlot(TransportCall *call) = 0; // stops counting it as in flight
    virtual void forget(TransportCall *call) = 0;      // finished: out of every list
};

// One portal call from send() to finished(): owns its current QNetworkReply, follows redirects
// itself, asks the Authenticator on 401, retries transient failures after a backoff.
//
//   Queued --slot--> InFlight --2xx / final failure--------------------------> Finished
//     ^                |  ^ '--3xx allowed: next hop (keeps the slot)--'          ^
//     |                |  '----------------------------------------------'      |
//     |                |--401 (first)--> AwaitingAuth --resume(false)-----------|
//     |--resume(true)--+-----------------------'                                |
//     |                '--transient, attempts left--> BackingOff                |
//     '--------------------scheduler fires----------------'                     |
//   cancel() from any state but Finished ---------------------------------------'
// Only InFlight holds one of the maxConcurrent slots.
class TransportCall final : public PortalCall
{
    Q_OBJECT
public:
    enum class State { Queued, InFlight, AwaitingAuth, BackingOff, Finished };

    TransportCall(CallHost *host, PortalRequest request, QUrl url, QObject *parent);
    ~TransportCall() override;

    void cancel() override;

    State state() const { return m_state; }
    bool isPriority() const { return m_request.priority; }
    // The transport granted a slot: send the next attempt.
    void start();
    // Fails the call (used for requests refused before they are queued).
    void fail(const PortalError &error);
    // The transport is going away: drop the reply without signals.
    void abandon();

private:
    void sendHop();
    void onReplyFinished(QNetworkReply *reply);
    void onSslErrors(const QList<QSslError> &errors);
    void askForRenewal(const PortalResponse &response);
    void retryLater(const PortalError &error);
    void finish(PortalResponse response);
    void dropReply();
    QNetworkRequest buildRequest() const;
    ReplyFacts factsOf(QNetworkReply *reply) const;
    QString where() const;

    CallHost *m_host;
    const PortalRequest m_request;
    const QUrl m_firstUrl;
    State m_state = State::Queued;

    // The current hop (reset for every attempt).
    QUrl m_url;
    PortalRequest::Method m_method = PortalRequest::Method::Get;
    bool m_sendBody = true;
    int m_redirects = 0;

    int m_attempt = 1;
    bool m_replayed = false;         // a 401 was answered with a renewal once already
    QPointer<QNetworkReply> m_reply;
    QStringList m_sslErrors;
    QElapsedTimer m_hopTimer;
};

} // namespace coopdesk::net
