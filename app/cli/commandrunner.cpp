#include "commandrunner.h"

#include "net/client/openmeteosource.h"
#include "net/client/paymentsapi.h"
#include "net/client/portalweathersource.h"
#include "net/client/timezones.h"
#include "report.h"
#include "signin.h"
#include "usagetable.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSaveFile>
#include <QSettings>

#include <algorithm>

namespace coopdesk::cli {

using net::ErrorKind;
using net::PortalError;
using Status = net::SecretStore::Status;

struct CommandRunner::Place
{
    Account account;
    ServiceLocation location;
    bool hasLocation = false;
};

namespace {

const QByteArray fallbackZone = "America/New_York";

} // namespace

CommandRunner::CommandRunner(Invocation invocation, QProcessEnvironment environment,
                             Console &console, QSettings &settings, QObject *parent)
    : QObject(parent)
    , m_inv(std::move(invocation))
    , m_env(std::move(environment))
    , m_console(console)
    , m_settings(settings)
{
}

CommandRunner::~CommandRunner()
{
    // Jobs watch this object as their context; end them while the transport still exists.
    m_finished = true;
    if (m_job)
        m_job->cancel();
    if (m_transport)
        m_transport->cancelAll();
}

void CommandRunner::start()
{
    if (!setUp())
        return;
    switch (m_inv.command) {
    case Command::Logout:
        runLogout();
        return;
    case Command::Login:
        runLogin();
        return;
    default:
        signInForCommand();
        return;
    }
}

void CommandRunner::interrupt()
{
    if (m_finished)
        return;
    if (m_job)
        m_job->cancel();
    if (!m_finished) {
        m_transport->cancelAll();
        fail(PortalError::make(ErrorKind::Cancelled, u"interrupted"_qs));
    }
}

// --- set-up ----------------------------------------------------------------------------------

bool CommandRunner::setUp()
{
    QString why;
    const std::optional<QUrl> portal
        = net::PortalConfig::normalizeBaseUrl(m_inv.portal, m_inv.allowInsecureLoopback, &why);
    if (!portal) {
        fail(ExitCode::BadUsage, why);
        return false;
    }
    m_portal = *portal;
    m_host = portalKeyHost(m_portal);

    net::PortalConfig config;
    config.baseUrl = m_portal;
    config.allowInsecureLoopback = m_inv.allowInsecureLoopback;
    if (!m_inv.caFile.isEmpty()) {
        config.extraCaCertificates = net::PortalConfig::loadCaFile(m_inv.caFile, &why);
        if (config.extraCaCertificates.isEmpty()) {
            fail(ExitCode::BadUsage, why);
            return false;
        }
    }
    if (!m_inv.weatherUrl.isEmpty()) {
        const QUrl weather(m_inv.weatherUrl, QUrl::StrictMode);
        if (!weather.isValid() || weather.host().isEmpty()
            || (weather.scheme() != u"https" && weather.scheme() != u"http")) {
            fail(ExitCode::BadUsage,
                 tr("--weather-url must be a web address such as "
                    "https://archive-api.open-meteo.com."));
            return false;
        }
    }

    m_zone
        = m_inv.timeZone.isEmpty() ? QTimeZone(fallbackZone) : QTimeZone(m_inv.timeZone.toUtf8());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_transport = std::make_unique<net::PortalTransport>(config, m_network.get());
    m_session = std::make_unique<net::Session>(m_transport.get());
    m_client = std::make_unique<net::SmartHubClient>(m_session.get(), m_zone);
    m_payments = std::make_unique<net::PaymentsApi>(m_session.get());
    if (m_inv.noKeychain)
        m_store = std::make_unique<net::MemorySecretStore>();
    else
        m_store = std::make_unique<net::KeychainSecretStore>();

    m_user = m_inv.user.isEmpty() ? RememberedUsers(m_settings).user(m_host) : m_inv.user;

    return true;
}

// --- signing in ------------------------------------------------------------------------------

void CommandRunner::signIn(bool useKeptLogin, const Next &next)
{
    m_signIn = std::make_unique<SignIn>(*m_session, *m_store, m_console, m_env, m_host, m_user,
                                        m_inv.verbose);
    connect(m_signIn.get(), &SignIn::signedIn, this, [this, next] {
        if (!m_finished)
            next();
    });
    connect(m_signIn.get(), &SignIn::failed, this, [this](const Failure &f) { fail(f); });
    m_signIn->start(useKeptLogin);
}

void CommandRunner::signInForCommand()
{
    if (m_user.isEmpty()) {
        fail(ExitCode::BadUsage,
             tr("No user given: use --user EMAIL, or sign in with "
                "“login --remember” first."));
        return;
    }
    // The keychain is only consulted for a login that `login --remember` kept: a member who never
    // asked for that never hears about keychains.
    const QString remembered = RememberedUsers(m_settings).user(m_host);
    signIn(remembered.compare(m_user, Qt::CaseInsensitive) == 0, [this] { runCommand(); });
}

void CommandRunner::runLogin()
{
    if (m_user.isEmpty()) {
        fail(ExitCode::BadUsage, tr("No user given: use --user EMAIL."));
        return;
    }
    if (m_inv.remember && !m_store->isPersistent()) {
        fail(ExitCode::BadUsage,
             tr("--remember keeps the login in the system keychain, so it "
                "cannot be used with --no-keychain."));
        return;
    }
    signIn(false, [this] {
        auto report = [this](bool remembered) {
            const net::LoginInfo &info = m_session->info();
            if (m_inv.json) {
                printJson(QJsonObject {
                    { u"portal"_qs, m_portal.toString() },
                    { u"user"_qs, info.username.isEmpty() ? m_user : info.username },
                    { u"remembered"_qs, remembered },
                    { u"expires"_qs,
                      QDateTime::fromMSecsSinceEpoch(info.expiresAtMs, Qt::UTC)
                          .toString(Qt::ISODate) },
                });
            } else {
                QString text = tr("Signed in to %1 as %2.").arg(m_host, m_user) + u'\n';
                if (remembered)
                    text += tr("The login is kept in the system keychain until “coopdesk-cli "
                               "logout”.")
                        + u'\n';
                m_console.out(text);
            }
            succeed();
        };
        if (!m_inv.remember) {
            report(false);
            return;
        }
        m_signIn->keep([this, report](bool kept) {
            if (m_finished)
                return;
            if (kept)
                RememberedUsers(m_settings).set(m_host, m_user);
            report(kept);
        });
    });
}

void CommandRunner::runLogout()
{
    RememberedUsers users(m_settings);
    const QString remembered = users.user(m_host);
    const QString user = m_inv.user.isEmpty() ? remembered : m_inv.user;
    const bool wasRemembered
        = !remembered.isEmpty() && remembered.compare(user, Qt::CaseInsensitive) == 0;
    auto report = [this, user](bool removed) {
        if (m_inv.json)
            printJson(QJsonObject { { u"portal"_qs, m_portal.toString() },
                                    { u"user"_qs, user },
                                    { u"removed"_qs, removed } });
        else if (removed)
            m_console.out(tr("Signed out: nothing of %1 is kept for %2 any more.").arg(user, m_host)
                          + u'\n');
        else
            m_console.out(tr("No login is remembered for %1.").arg(m_host) + u'\n');
        succeed();
    };
    if (user.isEmpty()) {
        report(false);
        return;
    }
    if (!m_store->isPersistent()) {
        m_console.message(tr("With --no-keychain the system keychain is left alone, so nothing "
                             "was removed."));
        report(false);
        return;
    }
    m_forget = std::make_unique<RememberedLogin>(m_store.get(), m_host, user);
    m_forget->removeAll([this, report, wasRemembered](const net::SecretStore::Result &result) {
        if (m_finished)
            return;
        if (result.status != Status::Ok) {
            if (!wasRemembered) {
                report(false);
                return;
            }
            fail(ExitCode::Authentication,
                 tr("The system keychain is unavailable or locked, so the remembered login "
                    "could not be removed."),
                 result.detail);
            return;
        }
        if (wasRemembered)
            RememberedUsers(m_settings).remove(m_host);
        report(true);
    });
}

// --- the commands ----------------------------------------------------------------------------

void CommandRunner::runCommand()
{
    switch (m_inv.command) {
    case Command::Accounts:
        runAccounts();
        return;
    case Command::Bills:
        withPlace(false, [this](const Place &p) { runBills(p); });
        return;
    case Command::BillPdf:
        withPlace(false, [this](const Place &p) { runBillPdf(p); });
        return;
    case Command::Usage:
        withPlace(true, [this](const Place &p) { runUsage(p); });
        return;
    case Command::Weather:
        withPlace(true, [this](const Place &p) { runWeather(p); });
        return;
    case Command::Payments:
        withPlace(false, [this](const Place &p) { runPayments(p); });
        return;
    case Command::Pay:
        withPlace(false, [this](const Place &p) { runPay(p); });
        return;
    case Command::Login:
    case Command::Logout:
        return;
    }
}

void CommandRunner::withPlace(bool needLocation, const std::function<void(const Place &)> &next)
{
    track(m_client->discoverAccounts(
        this, [this, needLocation, next](const QList<Account> &accounts) {
            const auto found
                = std::find_if(accounts.begin(), accounts.end(),
                               [this](const Account &a) { return a.number == m_inv.account; });
            if (found == accounts.end()) {
                fail(ExitCode::BadUsage, tr("This login has no account %1.").arg(m_inv.account));
                return;
            }
            Place place;
            place.account = *found;
            const ServiceLocation *location = nullptr;
            if (!m_inv.location.isEmpty()) {
                location = found->location(m_inv.location);
                if (!location) {
                    fail(ExitCode::BadUsage,
                         tr("Account %1 has no service location %2.")
                             .arg(m_inv.account, m_inv.location));
                    return;
                }
            } else {
                location = found->location(found->primaryLocation);
                if (!location && !found->locations.isEmpty())
                    location = &found->locations.first();
            }
            if (location) {
                place.location = *location;
                place.hasLocation = true;
            } else if (needLocation) {
                fail(ExitCode::PortalOrData,
                     tr("The co-op's portal lists no service location for account %1.")
                         .arg(m_inv.account));
                return;
            }
            resolveZone(place, next);
        }));
}

void CommandRunner::resolveZone(const Place &place, const std::function<void(const Place &)> &next)
{
    QTimeZone zone;
    if (!m_inv.timeZone.isEmpty())
        zone = QTimeZone(m_inv.timeZone.toUtf8());
    else if (place.hasLocation && !place.location.address.state.isEmpty())
        zone = net::defaultTimeZoneForState(place.location.address.state);
    if (!zone.isValid()) {
        m_console.message(tr("The co-op's time zone is not known, so America/New_York is used; "
                             "set it with --timezone."));
        zone = QTimeZone(fallbackZone);
    }
    m_zone = zone;
    m_client->setTimeZone(zone);
    next(place);
}

void CommandRunner::runAccounts()
{
    track(m_client->discoverAccounts(this, [this](const QList<Account> &accounts) {
        if (m_inv.json)
            printJson(Report::accountsJson(accounts));
        else
            m_console.out(Report::accountsText(accounts));
        succeed();
    }));
}

void CommandRunner::runBills(const Place &place)
{
    const QString account = place.account.number;
    track(m_client->fetchBillingFacts(account, this, [this, account](const BillingFacts &facts) {
        track(m_client->fetchBillHistory(
            account, this, [this, account, facts](const QList<BillSummary> &history) {
                QList<BillSummary> bills = history;
                std::stable_sort(bills.begin(), bills.end(),
                                 [](const BillSummary &a, const BillSummary &b) {
                                     return a.billDate > b.billDate;
                                 });
                if (m_inv.json)
                    printJson(Report::billsJson(account, facts, bills));
                else
                    m_console.out(Report::billsText(facts, bills));
                succeed();
            }));
    }));
}

void CommandRunner::runBillPdf(const Place &place)
{
    const QString account = place.account.number;
    track(
        m_client->fetchBillHistory(account, this, [this, account](const QList<BillSummary> &bills) {
            const auto bill
                = std::find_if(bills.begin(), bills.end(),
                               [this](const BillSummary &b) { return b.billDate == m_inv.date; });
            if (bill == bills.end()) {
                QStringList dates;
                for (const BillSummary &b : bills)
                    dates << b.billDate.toString(Qt::ISODate);
                fail(ExitCode::BadUsage,
                     tr("Account %1 has no bill dated %2.")
                         .arg(account, m_inv.date.toString(Qt::ISODate)),
                     u"bill dates: "_qs + dates.join(u", "_qs));
                return;
            }
            if (!bill->hasPdf) {
                fail(ExitCode::PortalOrData,
                     tr("The co-op's portal offers no PDF of the bill of %1.")
                         .arg(m_inv.date.toString(Qt::ISODate)));
                return;
            }
            track(m_client->fetchBillPdf(*bill, this, [this](const QByteArray &pdf) {
                if (!writeOutput(m_inv.output, pdf))
                    return;
                if (m_inv.output != u"-") {
                    if (m_inv.json)
                        printJson(Report::savedFileJson(m_inv.output, pdf.size()));
                    else
                        m_console.out(tr("Saved the bill of %1 to %2.")
                                          .arg(m_inv.date.toString(Qt::ISODate), m_inv.output)
                                      + u'\n');
                }
                succeed();
            }));
        }));
}

void CommandRunner::runUsage(const Place &place)
{
    net::UsageRequest request;
    request.accountNumber = place.account.number;
    request.locationNumber = place.location.number;
    request.interval = m_inv.interval;
    request.from = m_inv.from;
    request.to = m_inv.to;
    request.includeDemand = true;

    net::Job *job = m_client->fetchUsage(request, this, [this](const UsageData &data) {
        m_console.endProgress();
        const UsageTable table(data);
        const WallClock &clock = m_client->wallClock();
        const QByteArray bytes = m_inv.dataFormat() == DataFormat::Json
            ? QJsonDocument(table.toJson(data, clock)).toJson(QJsonDocument::Indented)
            : table.toCsv(clock);
        const QString path = m_inv.output.isEmpty() ? u"-"_qs : m_inv.output;
        if (!writeOutput(path, bytes))
            return;
        if (path != u"-") {
            if (m_inv.json) {
                QJsonObject saved = Report::savedFileJson(path, bytes.size());
                saved.insert(u"rows"_qs, table.rows().size());
                printJson(saved);
            } else {
                m_console.out(tr("Wrote %1 rows to %2.").arg(table.rows().size()).arg(path)
                              + u'\n');
            }
        }
        succeed();
    });
    connect(job, &net::Job::progress, this, [this](int done, int total) {
        if (!m_finished && total > 1)
            m_console.progress(tr("Downloading usage: %1 of %2 parts…").arg(done).arg(total));
    });
    track(job);
}

void CommandRunner::runWeather(const Place &place)
{
    track(m_client->fetchLocationDetails(
        place.location.number, this, [this](const net::parse::LocationDetails &where) {
            // The co-op's own weather call by default; an Open-Meteo-compatible archive when
            // --weather-url names one. Either way through the same transport rules.
            std::shared_ptr<net::WeatherSource> source;
            if (!m_inv.weatherUrl.isEmpty())
                source = std::make_shared<net::OpenMeteoSource>(
                    m_transport.get(), m_zone, QUrl(m_inv.weatherUrl, QUrl::StrictMode));
            else
                source = std::make_shared<net::PortalWeatherSource>(m_transport.get(),
                                                                    m_client->wallClock());
            track(source->fetch(
                where, m_inv.from, m_inv.to, this,
                [this, source](const TemperatureSeries &weather) {
                    const WallClock &clock = m_client->wallClock();
                    if (m_inv.dataFormat() == DataFormat::Json)
                        printJson(Report::weatherJson(weather, clock, m_inv.from, m_inv.to));
                    else
                        m_console.out(Report::weatherCsv(weather, m_inv.from, m_inv.to));
                    succeed();
                }));
        }));
}

void CommandRunner::runPayments(const Place &place)
{
    track(m_payments->history(place.account.number, this,
                              [this](const QList<PaymentRecord> &payments) {
                                  const WallClock &clock = m_client->wallClock();
                                  if (m_inv.json)
                                      printJson(Report::paymentsJson(payments, clock));
                                  else
                                      m_console.out(Report::paymentsText(payments, clock));
                                  succeed();
                              }));
}

void CommandRunner::runPay(const Place &place)
{
    net::PaymentOrder order;
    order.accountNumber = place.account.number;
    order.amount = m_inv.amount;
    order.methodId = m_inv.methodId;
    order.idempotencyKey = m_inv.idempotencyKey;
    if (const std::optional<QString> problem = net::PaymentsApi::problemWith(order)) {
        fail(ExitCode::BadUsage, *problem);
        return;
    }
    // A person at a terminal sees the co-op's anti-phishing phrase before paying (design.md).
    if (Console::stderrIsTerminal() && Console::stdinIsTerminal()) {
        track(m_payments->securityPhrase(this, [this, place](const QString &phrase) {
            m_console.message(tr("Your security phrase: %1").arg(phrase));
            submitPayment(place);
        }));
        return;
    }
    submitPayment(place);
}

void CommandRunner::submitPayment(const Place &place)
{
    net::PaymentOrder order;
    order.accountNumber = place.account.number;
    order.amount = m_inv.amount;
    order.methodId = m_inv.methodId;
    order.idempotencyKey = m_inv.idempotencyKey;
    net::PaymentSubmission *submission
        = m_payments->submit(order, this, [this](const PaymentRecord &payment) {
              const WallClock &clock = m_client->wallClock();
              if (m_inv.json)
                  printJson(Report::paymentJson(payment, clock));
              else
                  m_console.out(Report::paymentText(payment, clock));
              succeed();
          });
    m_paymentKey = submission->idempotencyKey();
    connect(submission, &net::PaymentSubmission::outcomeUnknown, this,
            [this](const PortalError &why) {
                m_console.message(net::PaymentsApi::checkingMessage());
                if (m_inv.verbose && !why.detail.isEmpty())
                    m_console.message(tr("Detail: %1").arg(why.detail));
            });
    connect(submission, &net::PaymentSubmission::notReceived, this, [this] {
        m_console.message(tr("The co-op did not receive this payment, so nothing was charged."));
    });
    track(submission);
}

// --- plumbing --------------------------------------------------------------------------------

void CommandRunner::track(net::Job *job)
{
    if (!job)
        return;
    m_job = job;
    connect(job, &net::Job::failed, this, [this](const PortalError &error) { fail(error); });
}

bool CommandRunner::writeOutput(const QString &path, const QByteArray &bytes)
{
    if (path.isEmpty() || path == u"-") {
        m_console.out(bytes);
        return true;
    }
    // All or nothing: a cancelled or failed run never leaves half a file behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        fail(ExitCode::Failure, tr("The file %1 could not be written.").arg(path),
             file.errorString());
        return false;
    }
    return true;
}

void CommandRunner::printJson(const QJsonValue &value)
{
    const QJsonDocument document
        = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_console.out(document.toJson(QJsonDocument::Indented));
}

void CommandRunner::fail(const PortalError &error)
{
    fail(Failure::of(error));
}

void CommandRunner::fail(ExitCode code, const QString &sentence, const QString &detail)
{
    fail(Failure { code, sentence, detail, ErrorKind::None });
}

void CommandRunner::fail(const Failure &failure)
{
    if (m_finished)
        return;
    m_console.endProgress();
    m_console.message(failure.sentence);
    if (m_inv.verbose && !failure.detail.isEmpty())
        m_console.message(tr("Detail: %1").arg(failure.detail));
    const PortalError error = PortalError::make(failure.kind);
    if (!m_paymentKey.isEmpty()
        && (failure.kind == ErrorKind::Cancelled
            || net::PaymentSubmission::outcomeMayBeUnknown(error))) {
        m_console.message(tr("To try this same payment again without paying twice, run the same "
                             "command with --idempotency-key %1.")
                              .arg(m_paymentKey));
    }
    if (m_signIn && m_signIn->fromKeychain()
        && (failure.kind == ErrorKind::BadCredentials || failure.kind == ErrorKind::MfaRejected
            || failure.kind == ErrorKind::MfaRequired)) {
        m_console.message(tr("Sign in again with “coopdesk-cli login --remember” to update the "
                             "remembered login."));
    }
    finish(failure.code);
}

void CommandRunner::succeed()
{
    if (m_finished)
        return;
    // A token renewed during this command goes back to the keychain for the next one.
    if (m_signIn) {
        m_signIn->keepRenewedToken([this] { finish(ExitCode::Success); });
        return;
    }
    finish(ExitCode::Success);
}

void CommandRunner::finish(ExitCode code)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_signIn)
        m_signIn->wipe();
    if (m_session)
        m_session->logout(); // forgets the token and password in memory; no portal call
    // Queued: start() may fail before the event loop runs, and exit() needs a running loop.
    QMetaObject::invokeMethod(
        this, [this, code] { Q_EMIT finished(toInt(code)); }, Qt::QueuedConnection);
}

} // namespace coopdesk::cli
