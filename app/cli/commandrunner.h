#pragma once

#include "arguments.h"
#include "console.h"
#include "exitcode.h"
#include "net/client/smarthubclient.h"
#include "net/session/secretstore.h"
#include "net/session/session.h"
#include "rememberedlogin.h"

#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QTimeZone>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QSettings;

namespace coopdesk::net {
class PaymentsApi;
}

namespace coopdesk::cli {

class SignIn;

// Runs one coopdesk-cli command to the end and reports its exit status once.
//
//   start --> set up (portal, CA, store, user) --bad--> finished(2)
//     |
//     +-- logout ---------------------------------> remove the remembered secrets --> finished
//     +-- login [--remember] --> fresh sign-in --> (keychain: save) ----------------> finished
//     '-- any other command --> sign-in (SignIn: the remembered login, or what the member gives)
//             --> discovery --> account, location, time zone --> the command
//             --> (remembered login: the renewed token back to the keychain) --> finished
//
// Every failure ends with the member's sentence on stderr (PortalError::message(), or a usage
// sentence) and its exit status; --verbose adds the redacted detail. interrupt() (Ctrl-C)
// cancels what is running and ends with status 130.
class CommandRunner : public QObject
{
    Q_OBJECT
public:
    CommandRunner(Invocation invocation, QProcessEnvironment environment, Console &console,
                  QSettings &settings, QObject *parent = nullptr);
    ~CommandRunner() override;

    void start();
    void interrupt();

Q_SIGNALS:
    void finished(int exitCode);

private:
    using Next = std::function<void()>;
    struct Place; // the account, location and zone a command works on

    bool setUp();
    void runLogout();
    void runLogin();
    void signIn(bool useKeptLogin, const Next &next);
    void signInForCommand();
    void runCommand();

    void withPlace(bool needLocation, const std::function<void(const Place &)> &next);
    void resolveZone(const Place &place, const std::function<void(const Place &)> &next);

    void runAccounts();
    void runBills(const Place &place);
    void runBillPdf(const Place &place);
    void runUsage(const Place &place);
    void runWeather(const Place &place);
    void runPayments(const Place &place);
    void runPay(const Place &place);
    void submitPayment(const Place &place);

    // Watches a job: its failure ends the run; it is what interrupt() cancels.
    void track(net::Job *job);
    bool writeOutput(const QString &path, const QByteArray &bytes);
    void printJson(const QJsonValue &value);

    void fail(const Failure &failure);
    void fail(const net::PortalError &error);
    void fail(ExitCode code, const QString &sentence, const QString &detail = {});
    void succeed();
    void finish(ExitCode code);

    Invocation m_inv;
    QProcessEnvironment m_env;
    Console &m_console;
    QSettings &m_settings;

    QUrl m_portal;
    QString m_host; // portalKeyHost(m_portal)
    QString m_user;
    QTimeZone m_zone;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<net::PortalTransport> m_transport;
    std::unique_ptr<net::Session> m_session;
    std::unique_ptr<net::SmartHubClient> m_client;
    std::unique_ptr<net::PaymentsApi> m_payments;
    std::unique_ptr<net::SecretStore> m_store;
    std::unique_ptr<SignIn> m_signIn;
    std::unique_ptr<RememberedLogin> m_forget; // logout

    QPointer<net::Job> m_job;
    QString m_paymentKey; // pay: the idempotency key in use, for the hint on failure
    bool m_finished = false;
};

} // namespace coopdesk::cli
