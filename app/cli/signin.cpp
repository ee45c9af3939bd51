#include "signin.h"

#include "net/session/totp.h"

#include <QDateTime>

namespace coopdesk::cli {

using net::ErrorKind;
using net::PortalError;
using Status = net::SecretStore::Status;

namespace {

// A kept token this close to its end is not worth adopting (the session's renewal margin).
constexpr qint64 adoptMarginMs = 30'000;

} // namespace

SignIn::SignIn(net::Session &session, net::SecretStore &store, Console &console,
               QProcessEnvironment environment, QString portalHost, QString user, bool verbose,
               QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_store(store)
    , m_console(console)
    , m_env(std::move(environment))
    , m_kept(&store, std::move(portalHost), user)
    , m_user(std::move(user))
    , m_verbose(verbose)
{
    connect(&m_session, &net::Session::loggedIn, this, [this] {
        if (!m_done) {
            m_done = true;
            Q_EMIT signedIn();
        }
    });
    connect(&m_session, &net::Session::loginFailed, this, &SignIn::loginFailed);
}

SignIn::~SignIn()
{
    wipe();
}

void SignIn::wipe()
{
    m_credentials.wipe();
    m_keptToken.clear();
}

void SignIn::start(bool useKeptLogin)
{
    if (useKeptLogin && m_store.isPersistent())
        this->useKeptLogin();
    else
        signInAsTyped();
}

void SignIn::useKeptLogin()
{
    m_kept.load(
        [this](const net::SecretStore::Result &result, const std::optional<StoredLogin> &kept) {
            if (result.status == Status::Unavailable || !kept) {
                explain(result.status == Status::Unavailable
                            ? PortalError::make(ErrorKind::KeychainUnavailable).message()
                            : tr("The remembered login is not in the system keychain, so this "
                                 "command signs in by itself."),
                        result.detail);
                signInAsTyped();
                return;
            }
            m_fromKeychain = true;
            m_credentials.wipe();
            m_credentials.user = m_user;
            m_credentials.password = kept->password;
            m_credentials.totpSecret = kept->totpSecret;
            // An adopted token renews with the password alone (Session::adoptToken keeps no TOTP
            // secret), and an expired one is no use: then log in with what the store holds.
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            if (kept->token.isEmpty() || kept->expiresAtMs <= now + adoptMarginMs
                || !kept->totpSecret.isEmpty()) {
                logIn();
                return;
            }
            m_keptToken = kept->token;
            m_session.adoptToken(m_user, kept->token, kept->expiresAtMs);
            m_session.providePassword(kept->password);
            m_done = true;
            Q_EMIT signedIn();
        });
}

void SignIn::signInAsTyped()
{
    m_fromKeychain = false;
    m_credentials.wipe();
    m_credentials.user = m_user;

    QString password = m_env.value(u"COOPDESK_PASSWORD"_qs);
    if (password.isEmpty()) {
        const std::optional<QString> typed
            = m_console.readSecret(tr("Password for %1: ").arg(m_user));
        if (!typed || typed->isEmpty()) {
            fail({ ExitCode::Authentication,
                   tr("No password was given: set COOPDESK_PASSWORD, or type it when asked."),
                   {},
                   ErrorKind::None });
            return;
        }
        password = *typed;
    }
    m_credentials.password = password;

    const QString secret = m_env.value(u"COOPDESK_TOTP_SECRET"_qs).trimmed();
    if (!secret.isEmpty() && !net::Totp::fromSecret(secret)) {
        fail({ ExitCode::BadUsage,
               tr("COOPDESK_TOTP_SECRET is not a TOTP secret (base32, or an otpauth:// "
                  "address)."),
               {},
               ErrorKind::None });
        return;
    }
    m_credentials.totpSecret = secret;
    logIn();
}

void SignIn::logIn()
{
    m_session.login(m_credentials);
    m_credentials.totpCode.clear(); // a typed code is good for one try
}

void SignIn::loginFailed(const PortalError &error)
{
    if (m_done)
        return;
    // The portal wants a code and there is nothing to make one from: ask once.
    if (error.kind == ErrorKind::MfaRequired && m_credentials.totpSecret.isEmpty() && !m_codeAsked
        && !m_fromKeychain) {
        m_codeAsked = true;
        const std::optional<QString> code
            = m_console.readLine(tr("Verification code from your authenticator app: "));
        if (code && !code->trimmed().isEmpty()) {
            m_credentials.totpCode = code->trimmed();
            logIn();
            return;
        }
    }
    fail(Failure::of(error));
}

void SignIn::fail(const Failure &failure)
{
    m_done = true;
    wipe();
    Q_EMIT failed(failure);
}

void SignIn::explain(const QString &sentence, const QString &detail)
{
    m_console.message(sentence);
    if (m_verbose && !detail.isEmpty())
        m_console.message(tr("Detail: %1").arg(detail));
}

void SignIn::keep(std::function<void(bool kept)> done)
{
    StoredLogin login;
    login.token = m_session.info().token;
    login.expiresAtMs = m_session.info().expiresAtMs;
    login.password = m_credentials.password;
    login.totpSecret = m_credentials.totpSecret;
    m_kept.save(login, [this, done = std::move(done)](const net::SecretStore::Result &result) {
        if (result.status == Status::Ok) {
            m_fromKeychain = true;
            m_keptToken = m_session.info().token;
            done(true);
            return;
        }
        // Plain words, then on without remembering: never a plaintext fallback. Whatever part
        // did get written goes again.
        explain(PortalError::make(ErrorKind::KeychainUnavailable).message(), result.detail);
        m_kept.removeAll([done](const net::SecretStore::Result &) { done(false); });
    });
    login.wipe();
}

void SignIn::keepRenewedToken(std::function<void()> done)
{
    const net::LoginInfo &info = m_session.info();
    if (!m_fromKeychain || !m_session.isActive() || info.token.isEmpty()
        || info.token == m_keptToken) {
        done();
        return;
    }
    m_kept.saveToken(info.token, info.expiresAtMs,
                     [this, done = std::move(done)](const net::SecretStore::Result &result) {
                         if (result.status != Status::Ok && m_verbose)
                             m_console.message(tr("Detail: %1").arg(result.detail));
                         done();
                     });
}

} // namespace coopdesk::cli
