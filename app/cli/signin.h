#pragma once

#include "console.h"
#include "exitcode.h"
#include "net/session/secretstore.h"
#include "net/session/session.h"
#include "rememberedlogin.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QString>

#include <functional>

namespace coopdesk::cli {

// Signs the session in for one command, and keeps its secrets where `login --remember` asked.
//
//   start(useKeptLogin)
//     |-- kept login in the store (token, expiry, password [, TOTP secret]):
//     |      fresh token and no MFA --> adopt the token, password for renewals --> signedIn
//     |      otherwise -------------> log in with the kept password and secret --.
//     |-- store unavailable, or nothing kept: said in plain words, then ---.       |
//     '-- no kept login -------------------------------------------------> |       |
//            COOPDESK_PASSWORD | no-echo prompt | a line of stdin,        |       |
//            COOPDESK_TOTP_SECRET --> log in <----------------------------'-------'
//              SUCCESS --> signedIn
//              MfaRequired and no secret --> one typed code --> log in again
//              anything else --> failed
//
// Secrets live in this object (and the Session) only for the run; wipe() at the end.
class SignIn : public QObject
{
    Q_OBJECT
public:
    SignIn(net::Session &session, net::SecretStore &store, Console &console,
           QProcessEnvironment environment, QString portalHost, QString user, bool verbose,
           QObject *parent = nullptr);
    ~SignIn() override;

    void start(bool useKeptLogin);

    // The session came from a login kept in the store (and a renewed token belongs back there).
    bool fromKeychain() const { return m_fromKeychain; }

    // login --remember: keeps this sign-in in the store. done(true) once all of it is there;
    // done(false) after saying why not in plain words, with nothing of it left behind.
    void keep(std::function<void(bool kept)> done);
    // After a command that used a kept login: a token renewed meanwhile replaces the kept one.
    void keepRenewedToken(std::function<void()> done);
    void wipe();

Q_SIGNALS:
    void signedIn();
    void failed(const coopdesk::cli::Failure &failure);

private:
    void useKeptLogin();
    void signInAsTyped();
    void logIn();
    void loginFailed(const net::PortalError &error);
    void fail(const Failure &failure);
    void explain(const QString &sentence, const QString &detail);

    net::Session &m_session;
    net::SecretStore &m_store;
    Console &m_console;
    QProcessEnvironment m_env;
    RememberedLogin m_kept;
    QString m_user;
    bool m_verbose;

    net::Credentials m_credentials;
    bool m_fromKeychain = false;
    bool m_codeAsked = false;
    bool m_done = false;
    QString m_keptToken; // the token as the store has it
};

} // namespace coopdesk::cli
