#pragma once

#include "net/transport/portaltransport.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace coopdesk::net {

// What the member typed (or the keychain gave back). Wiped from memory at logout.
struct Credentials
{
    QString user;            // login email
    QString password;
    QString totpSecret;      // base32 or otpauth:// URI; empty when the co-op has no MFA
    QString totpCode;        // a code typed by hand, used once (when no secret is stored)
    void wipe();
};

// The portal's answer to a successful login.
struct LoginInfo
{
    QString token;               // the bearer (a JWT)
    QString username;            // for X-Nisc-Smarthub-Username and poll userId
    QString primaryUsername;     // for user-data (differs for secondary registrations)
    qint64 expiresAtMs = 0;      // real instant from `expiration` (epoch seconds)
    bool secondaryRegistration = false;
    bool businessUser = false;
};

// A logged-in member's session with one portal: keeps itself alive and authorizes requests.
//
//   LoggedOut --login()--> LoggingIn --SUCCESS--> Active --(expiration - 30 s)--> Renewing
//       ^                      |                    |  ^                            |
//       |                 failure: loginFailed      |  '--refresh or re-login ok----'
//       |                                           '--401--> Renewing (one for all 401s,
//       '----- logout() / renewal impossible: ended() -----'   waiting requests replayed)
//
// Renewal tries the portal's refresh call first (when it worked before or was never tried),
// then a full login with the in-memory credentials (a fresh TOTP code for MFA co-ops). If the
// password is not in memory, passwordNeeded() asks the app once; what was waiting resumes after.
//
//   Renewing --no password in memory--> WaitingForPassword --providePassword()--> Renewing
//   Renewing --offline / portal trouble--> Active (waiting requests fail with that error; a
//            retry 5, 10, 20 ... 60 s later while the token lasts, else at the next 401)
//   Renewing --wrong password / MFA / locked--> ended(error)
//   Active   --401 for a token a 401-started renewal just made--> ended(SessionExpired)
//
// Times come from the injected clock: the renewal timer is set from clock() to the deadline,
// and the deadline is clock() + `expiresIn` at login (so a skewed system clock does not matter).
// One Session per transport; it is the transport's Authenticator.
class Session : public QObject, public Authenticator
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;
    enum class State { LoggedOut, LoggingIn, Active, Renewing, WaitingForPassword };
    Q_ENUM(State)

    // Makes itself the transport's Authenticator (and unmakes itself when deleted).
    Session(PortalTransport *transport, QObject *parent = nullptr);
    ~Session() override;
    Q_DISABLE_COPY_MOVE(Session)

    void setClock(Clock clock);                 // default: current UTC
    void setRenewalMarginSeconds(int seconds);  // default 30
    void setRefreshAllowed(bool allowed);       // default true

    void login(const Credentials &credentials);
    // Resume with a session token kept from before (login --remember): validated by the first
    // call; renewals need credentials (passwordNeeded()) unless the portal's refresh works.
    // expiresAtMs <= 0: taken from the token's JWT `exp` claim.
    void adoptToken(const QString &user, const QString &token, qint64 expiresAtMs);
    // The same, keeping `credentials` (password, TOTP secret) in memory for re-logins.
    void adoptToken(const Credentials &credentials, const QString &token, qint64 expiresAtMs);
    void logout();                              // forgets token and credentials at once
    void providePassword(const QString &password);  // answer to passwordNeeded()

    bool isActive() const;                      // has a token (Active, Renewing, WaitingForPassword)
    State state() const;
    const LoginInfo &info() const;
    PortalTransport *transport() const;
    bool hasPassword() const;                   // a re-login can happen without asking
    // When the scheduled renewal (or its retry) is due, by the session's clock; 0 when none.
    // Tests read it, move their clock there and call renew() instead of waiting for the timer.
    qint64 renewalDueAtMs() const;

    // Authenticator
    void authorize(QNetworkRequest &request) override;
    void onUnauthorized(std::function<void(bool renewed, PortalError error)> resume) override;

    // Renew now (tests; the app before a long pull): refresh when allowed, else re-login.
    // Nothing happens unless the session is Active.
    void renew();

Q_SIGNALS:
    void loggedIn(const coopdesk::net::LoginInfo &info);
    void loginFailed(const coopdesk::net::PortalError &error);
    void renewed(const coopdesk::net::LoginInfo &info);
    void passwordNeeded();
    void ended(const coopdesk::net::PortalError &why);   // session over: back to the login screen

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace coopdesk::net
