#pragma once

#include "portalerror.h"

#include <QByteArray>
#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QPair>
#include <QSslCertificate>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace coopdesk::net {

// Where and how to reach one co-op portal.
struct PortalConfig
{
    QUrl baseUrl;                       // https://<coop>.smarthub.coop (no path)
    QList<QSslCertificate> extraCaCertificates;  // an explicit custom CA (simulator, proxy)
    bool allowInsecureLoopback = false; // permit http:// only for 127.0.0.0/8, ::1, localhost
    int timeoutMs = 30'000;             // per attempt, reset by network activity
    int maxConcurrent = 4;              // requests in flight to this portal
    int maxAttempts = 3;                // transient failures are retried up to this many attempts
    int maxRedirects = 5;

    // Accepts "coop.smarthub.coop", "https://coop.smarthub.coop/", etc. nullopt + reason when
    // the text is not a usable portal address (or is plain http to a non-loopback host).
    static std::optional<QUrl> normalizeBaseUrl(const QString &text, bool allowInsecureLoopback,
                                                QString *whyNot = nullptr);
    // Reads a PEM file of CA certificates; empty + reason when unreadable or empty.
    static QList<QSslCertificate> loadCaFile(const QString &path, QString *whyNot = nullptr);
};

// One HTTP call, described before it is sent (so it can be replayed after a re-login).
struct PortalRequest
{
    enum class Method { Get, Post, Delete, Put }; // Put: added (issue 4 settings)
    Method method = Method::Get;
    QString path;                       // "/services/secured/user-data"
    QUrlQuery query;
    QByteArray body;
    QByteArray contentType;             // "application/json", "application/x-www-form-urlencoded"
    QList<QPair<QByteArray, QByteArray>> headers;
    bool authenticated = true;          // false: no bearer/username (login, Open-Meteo, PayNow)
    bool retryTransient = true;         // false: never re-send (payments: ask for the outcome)
    bool expectJson = true;             // an HTML or non-JSON answer is UnexpectedAnswer
    QUrl absoluteUrl;                   // set: call this URL instead (another host, e.g. weather)
    QString label;                      // for logs: "user-data", "poll" (never secrets)
    // Added: jump the queue (the login/refresh call every waiting request depends on).
    bool priority = false;

    static QByteArray methodName(Method method);  // "GET", "POST", "DELETE", "PUT"
};

struct PortalResponse
{
    int httpStatus = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    PortalError error;                  // kind None on success (2xx)
    QByteArray header(QByteArrayView name) const;  // case-insensitive
};

// Supplies and renews credentials for authenticated requests. The Session implements it.
class Authenticator
{
public:
    virtual ~Authenticator() = default;
    // Adds Authorization / X-Nisc-Smarthub-Username to a request about to be sent.
    virtual void authorize(QNetworkRequest &request) = 0;
    // A request came back 401. Call `resume(true)` once new credentials are in place (the
    // transport then replays the request once), `resume(false)` to fail it with `error`.
    // Many concurrent 401s must lead to one renewal; the implementation queues them.
    virtual void onUnauthorized(std::function<void(bool renewed, PortalError error)> resume) = 0;
};

// One in-flight call: emits finished() exactly once, then deletes itself later.
class PortalCall : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void cancel() = 0;          // finishes with ErrorKind::Cancelled
Q_SIGNALS:
    void finished(const coopdesk::net::PortalResponse &response);
    void progress(qint64 received, qint64 total);
};

// HTTPS to one portal, by the transport rules of design.md: HTTPS only (loopback HTTP only when
// allowed), extra CAs by explicit configuration, no blanket certificate-error ignoring, redirects
// capped and never to http and without Authorization off-host, a timeout on every attempt,
// transient failures retried with exponential backoff and jitter, at most maxConcurrent calls in
// flight (the rest queue), failures classified into PortalError, redacted logs.
class PortalTransport : public QObject
{
    Q_OBJECT
public:
    // Waits `ms` then runs `task`: QTimer by default; tests inject one that runs at once.
    using Scheduler = std::function<void(int ms, QObject *context, std::function<void()> task)>;

    PortalTransport(PortalConfig config, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~PortalTransport() override;

    const PortalConfig &config() const;
    void setAuthenticator(Authenticator *authenticator);  // not owned; may be null
    void setScheduler(Scheduler scheduler);
    void setRandomSeed(quint32 seed);                      // jitter, for reproducible tests

    // Starts (or queues) a call. The returned object is owned by the transport.
    PortalCall *send(const PortalRequest &request);

    int inFlight() const;
    int queued() const;
    void cancelAll();

    // The backoff before attempt `attempt` (2, 3, ...): exponential from 500 ms with full jitter,
    // capped at 8 s; Retry-After (seconds) wins when the portal gives one.
    int backoffMs(int attempt, int retryAfterSeconds) const;

    // Added: "CoopDesk/<version>", sent on every request.
    static QByteArray userAgent();
    // Added: the longest Retry-After the transport waits out by itself; a longer one fails the
    // call with RateLimited / PortalError and retryAfterSeconds set, for the app to show.
    static constexpr int kMaxRetryAfterSeconds = 60;

    class Private;

private:
    std::unique_ptr<Private> d;
};

} // namespace coopdesk::net
