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
class Session : public QObject, public Authenticator
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    Session(PortalTransport *transport, QObject *parent = nullptr);
    ~Session() override;

    void setClock(Clock clock);                 // default: current UTC
    void setRenewalMarginSeconds(int seconds);  // default 30
    void setRefreshAllowed(bool allowed);       // default true

    void login(const Credentials &credentials);
    // Resume with a session token kept from before (login --remember): validated by the first
    // call; renewals need credentials (passwordNeeded()).
    void adoptToken(const QString &user, const QString &token, qint64 expiresAtMs);
    void logout();                              // forgets token and credentials at once
    void providePassword(const QString &password);  // answer to passwordNeeded()

    bool isActive() const;
    const LoginInfo &info() const;
    PortalTransport *transport() const;

    // Authenticator
    void authorize(QNetworkRequest &request) override;
    void onUnauthorized(std::function<void(bool renewed, PortalError error)> resume) override;

    // Renew now (tests; the app before a long pull).
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
