#pragma once

#include <QCoreApplication>
#include <QString>

namespace coopdesk::net {

// Every way a call to a portal can fail, as the member needs to tell them apart.
enum class ErrorKind {
    None,
    Cancelled,          // the member (or the app) cancelled
    Offline,            // no network / host not found / connection refused
    Timeout,            // no answer in time
    Tls,                // certificate or handshake problem
    BadCredentials,     // wrong email or password
    MfaRequired,        // the portal wants a verification (TOTP) code
    MfaRejected,        // the code given was wrong or stale
    Locked,             // too many failed logins
    SessionExpired,     // the portal keeps refusing our token and re-login is not possible
    Forbidden,          // 403: the login has no access to this
    NotFound,           // 404
    Conflict,           // 409 (e.g. an idempotency key reused with other data)
    Invalid,            // 400 / 422: the portal refused what we sent
    RateLimited,        // 429
    PortalError,        // 5xx
    UnexpectedAnswer,   // HTML instead of JSON, missing fields, truncated body
    InsecurePortal,     // plain http:// to a non-loopback host, or https->http redirect
    KeychainUnavailable // the system keychain is missing or locked
};

// A failure: one sentence for the member (translated), and the redacted detail for the log.
struct PortalError
{
    Q_DECLARE_TR_FUNCTIONS(PortalError)
public:
    ErrorKind kind = ErrorKind::None;
    int httpStatus = 0;     // 0 when no HTTP answer
    QString detail;         // redacted technical detail (for logs and "details" disclosure)
    int retryAfterSeconds = -1;
    // Added: the portal's own code from a Spring-style error body ("CODE_INVALID"), when it gave
    // one: the app words validation refusals by it.
    QString code;

    bool isError() const { return kind != ErrorKind::None; }
    // Worth retrying the same request automatically (connect errors, timeouts, 502/503/504, 429).
    bool isTransient() const;
    // The member-facing sentence, e.g. "The co-op's portal could not be reached. Check your
    // internet connection and try again." Always one sentence, always translated.
    QString message() const;

    static PortalError none() { return {}; }
    static PortalError make(ErrorKind kind, QString detail = {}, int httpStatus = 0);
};

} // namespace coopdesk::net
