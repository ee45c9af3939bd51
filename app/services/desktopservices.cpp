#include "desktopservices.h"

#include "portalconnection.h"
#include "servicetasks.h"

#include "net/client/contactapi.h"
#include "net/client/outagesapi.h"
#include "net/client/paymentsapi.h"
#include "net/client/paynowapi.h"
#include "net/client/timezones.h"
#include "net/session/rememberedlogin.h"
#include "net/session/secretstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSettings>
#include <QTimer>

namespace coopdesk::app {

using net::ErrorKind;
using net::PortalError;
using Kind = ui::Failure::Kind;

namespace {

// Before the accounts say where the member lives (the CLI's fallback as well).
const QByteArray fallbackZone = "America/New_York";
// A kept token this close to its end is not worth adopting (the session's renewal margin).
constexpr qint64 adoptMarginMs = 30'000;

struct Words
{
    Q_DECLARE_TR_FUNCTIONS(coopdesk::app::DesktopServices)
};

QTimeZone zoneOfAccounts(const QList<Account> &accounts)
{
    for (const Account &account : accounts) {
        for (const ServiceLocation &location : account.locations) {
            const QTimeZone zone = net::defaultTimeZoneForState(location.address.state);
            if (zone.isValid())
                return zone;
        }
    }
    return {};
}

ui::Failure notSignedIn()
{
    return { Kind::SignIn, Words::tr("Please sign in to your co-op first."), u"no session"_qs };
}

} // namespace

class DesktopServices::Private
{
public:
    Private(DesktopServices *owner, ServicesOptions given)
        : q(owner)
        , options(std::move(given))
        , wallClock(QTimeZone(fallbackZone))
    {
        if (!this->options.secretStore) {
            ownStore = std::make_unique<net::KeychainSecretStore>();
            this->options.secretStore = ownStore.get();
        }
    }

    QDateTime now() const
    {
        return options.clock ? options.clock() : QDateTime::currentDateTimeUtc();
    }

    std::optional<QUrl> baseUrl(const QString &typed, QString *why) const
    {
        return net::PortalConfig::normalizeBaseUrl(typed.trimmed(), options.allowInsecureLoopback,
                                                   why);
    }

    net::PortalConfig configFor(const QUrl &base) const
    {
        net::PortalConfig config;
        config.baseUrl = base;
        config.extraCaCertificates = options.extraCaCertificates;
        config.allowInsecureLoopback = options.allowInsecureLoopback;
        return config;
    }

    net::PortalTransport::Scheduler scheduler() const
    {
        if (!immediateRetries)
            return {};
        return [](int, QObject *context, std::function<void()> task) {
            QTimer::singleShot(0, context, std::move(task));
        };
    }

    // A fresh connection to `base` replaces any other (signed out first).
    void connectTo(const QUrl &base);
    void dropConnection();
    void failSignIn(const ui::Failure &failure);
    void finishSignIn();
    void remember(const QString &password);
    void applyZone();
    bool signedIn() const { return portal && portal->signedIn; }

    // A task over a job of the signed-in portal; it fails at once when nobody is signed in.
    template<typename StartJob>
    ui::Task *whenSignedIn(QObject *context, StartJob start,
                           RefusalArea area = RefusalArea::General)
    {
        auto *task = new JobTask(context, area);
        if (!signedIn())
            task->failSoon(notSignedIn());
        else
            task->attach(start(*portal));
        return task;
    }

    net::PortalTransport *guestTransport(const QUrl &base);

    DesktopServices *q;
    ServicesOptions options;
    std::unique_ptr<net::SecretStore> ownStore;
    QNetworkAccessManager network;
    QPointer<PortalConnection> portal;
    QHash<QString, net::PortalTransport *> guests; // per portal host, children of q
    QPointer<net::PortalTransport> lastGuest;
    bool immediateRetries = false;

    // Sign-in in progress.
    bool signingIn = false;
    bool rememberWanted = false;
    net::Credentials pending;

    QTimeZone defaultZone; // from the accounts' first service address
    QTimeZone chosenZone;  // the member's override
    WallClock wallClock;
    ui::WeatherSourceKind weather = ui::WeatherSourceKind::OpenMeteo;
};

void DesktopServices::Private::connectTo(const QUrl &base)
{
    dropConnection();
    portal = new PortalConnection(configFor(base), &network, wallClock.zone(), q);
    portal->setSecretStore(options.secretStore);
    portal->setClock([this] { return now(); });
    portal->setScheduler(scheduler());
    portal->setOpenMeteoUrl(options.openMeteoUrl);
    net::Session *session = portal->session();
    QObject::connect(session, &net::Session::loggedIn, q, [this] {
        if (signingIn)
            finishSignIn();
    });
    QObject::connect(session, &net::Session::loginFailed, q, [this](const PortalError &error) {
        if (signingIn)
            failSignIn(toFailure(error));
    });
    QObject::connect(session, &net::Session::renewed, q, [this](const net::LoginInfo &info) {
        if (portal && portal->remembered())
            portal->keptLogin()->saveToken(info.token, info.expiresAtMs, [](const auto &) {});
    });
    QObject::connect(session, &net::Session::passwordNeeded, q, &ui::MemberServices::passwordNeeded);
    QObject::connect(session, &net::Session::ended, q, [this](const PortalError &why) {
        if (!portal || !portal->signedIn)
            return;
        portal->signedIn = false;
        Q_EMIT q->sessionEnded(toFailure(why));
    });
}

void DesktopServices::Private::dropConnection()
{
    signingIn = false;
    pending.wipe();
    if (!portal)
        return;
    portal->session()->disconnect(q);
    portal->session()->logout();
    portal->transport()->cancelAll();
    portal->deleteLater(); // may be inside one of its own signals
    portal = nullptr;
}

void DesktopServices::Private::failSignIn(const ui::Failure &failure)
{
    signingIn = false;
    pending.wipe();
    Q_EMIT q->signInFailed(failure);
}

void DesktopServices::Private::finishSignIn()
{
    signingIn = false;
    portal->signedIn = true;
    if (rememberWanted)
        remember(pending.password);
    pending.wipe();
    Q_EMIT q->signedIn();
}

void DesktopServices::Private::remember(const QString &password)
{
    if (!options.rememberAllowed || !options.settings || !portal)
        return;
    const net::LoginInfo &info = portal->session()->info();
    net::StoredLogin login;
    login.token = info.token;
    login.expiresAtMs = info.expiresAtMs;
    login.password = password;
    QPointer<PortalConnection> connection = portal;
    const QString user = portal->user();
    connection->keptLogin()->save(login, [this, connection, user](const auto &result) {
        if (!connection)
            return;
        if (result.status == net::SecretStore::Status::Ok) {
            connection->setRemembered(true);
            net::RememberedUsers(*options.settings).set(connection->host(), user);
            return;
        }
        // Never a plaintext fallback: what did get written goes again.
        connection->keptLogin()->removeAll([](const auto &) {});
        Q_EMIT q->rememberFailed(PortalError::make(ErrorKind::KeychainUnavailable).message());
    });
    login.wipe();
}

void DesktopServices::Private::applyZone()
{
    const QTimeZone zone = chosenZone.isValid()
        ? chosenZone
        : (defaultZone.isValid() ? defaultZone : QTimeZone(fallbackZone));
    if (zone == wallClock.zone())
        return;
    wallClock = WallClock(zone);
    if (portal)
        portal->setTimeZone(zone);
    Q_EMIT q->timeZoneChanged(zone);
}

net::PortalTransport *DesktopServices::Private::guestTransport(const QUrl &base)
{
    const QString host = net::portalKeyHost(base);
    if (net::PortalTransport *known = guests.value(host)) {
        lastGuest = known;
        return known;
    }
    auto *transport = new net::PortalTransport(configFor(base), &network, q);
    if (immediateRetries)
        transport->setScheduler(scheduler());
    guests.insert(host, transport);
    lastGuest = transport;
    return transport;
}

// ---- construction

DesktopServices::DesktopServices(ServicesOptions options, QObject *parent)
    : ui::MemberServices(parent)
    , d(std::make_unique<Private>(this, std::move(options)))
{
}

DesktopServices::~DesktopServices()
{
    // Everything that talks through the network manager goes before it (it lives in d, and
    // QObject children would only go after d).
    d->dropConnection();
    d->signingIn = false;
    const QList<PortalConnection *> connections = findChildren<PortalConnection *>();
    qDeleteAll(connections);
    qDeleteAll(d->guests);
    d->guests.clear();
}

void DesktopServices::setImmediateRetries(bool immediate)
{
    d->immediateRetries = immediate;
    if (d->portal)
        d->portal->setScheduler(d->scheduler());
    for (net::PortalTransport *transport : std::as_const(d->guests))
        transport->setScheduler(d->scheduler());
}

// ---- session

void DesktopServices::signIn(const ui::SignInRequest &request)
{
    QString why;
    const std::optional<QUrl> base = d->baseUrl(request.portal, &why);
    if (!base) {
        d->dropConnection();
        const ui::Failure failure { Kind::Other, why, u"portal address refused"_qs };
        QTimer::singleShot(0, this, [this, failure] { Q_EMIT signInFailed(failure); });
        return;
    }
    d->connectTo(*base);
    d->portal->setUser(request.user.trimmed());
    d->signingIn = true;
    d->rememberWanted = request.remember;
    d->pending.user = request.user.trimmed();
    d->pending.password = request.password;
    d->pending.totpCode = request.totpCode.trimmed();
    d->portal->session()->login(d->pending);
    d->pending.totpCode.clear(); // good for one try
}

QString DesktopServices::rememberedUser(const QString &portal) const
{
    const std::optional<QUrl> base = d->baseUrl(portal, nullptr);
    if (!base || !d->options.settings)
        return {};
    return net::RememberedUsers(*d->options.settings).user(net::portalKeyHost(*base));
}

void DesktopServices::signInRemembered(const QString &portal, const QString &user)
{
    QString why;
    const std::optional<QUrl> base = d->baseUrl(portal, &why);
    if (!base) {
        d->dropConnection();
        const ui::Failure failure { Kind::Other, why, u"portal address refused"_qs };
        QTimer::singleShot(0, this, [this, failure] { Q_EMIT signInFailed(failure); });
        return;
    }
    d->connectTo(*base);
    d->portal->setUser(user.trimmed());
    d->signingIn = true;
    d->rememberWanted = false;
    QPointer<PortalConnection> connection = d->portal;
    connection->keptLogin()->load([this, connection](const net::SecretStore::Result &result,
                                                     const std::optional<net::StoredLogin> &kept) {
        if (!connection || connection != d->portal || !d->signingIn)
            return;
        if (!kept) {
            const QString sentence = result.status == net::SecretStore::Status::Unavailable
                ? PortalError::make(ErrorKind::KeychainUnavailable).message()
                : tr("This device no longer remembers that login, so please sign in with your "
                     "password.");
            d->failSignIn({ Kind::SignIn, sentence, result.detail });
            return;
        }
        connection->setRemembered(true);
        d->pending.wipe();
        d->pending.user = connection->user();
        d->pending.password = kept->password;
        d->pending.totpSecret = kept->totpSecret;
        const qint64 now = d->now().toMSecsSinceEpoch();
        if (!kept->token.isEmpty() && kept->expiresAtMs > now + adoptMarginMs
            && kept->totpSecret.isEmpty()) {
            connection->session()->adoptToken(d->pending, kept->token, kept->expiresAtMs);
            d->finishSignIn();
            return;
        }
        connection->session()->login(d->pending);
    });
}

void DesktopServices::signOut(bool forget)
{
    QPointer<PortalConnection> connection = d->portal;
    if (forget && connection && d->options.settings) {
        // The keychain entries go in the background; the connection object lives until then.
        net::RememberedUsers(*d->options.settings).remove(connection->host());
        auto *kept = new net::RememberedLogin(d->options.secretStore, connection->host(),
                                              connection->user(), this);
        kept->removeAll([kept](const auto &) { kept->deleteLater(); });
    }
    d->dropConnection();
    d->defaultZone = QTimeZone();
    d->applyZone();
}

void DesktopServices::providePassword(const QString &password)
{
    if (d->portal)
        d->portal->session()->providePassword(password);
}

bool DesktopServices::isSignedIn() const
{
    return d->signedIn();
}

QString DesktopServices::signedInUser() const
{
    return d->signedIn() ? d->portal->user() : QString();
}

QString DesktopServices::portalHost() const
{
    return d->portal ? d->portal->host() : QString();
}

QUrl DesktopServices::portalPage(ui::PortalPage page, const QString &portal) const
{
    // Before sign-in the page belongs to the portal typed on the login screen.
    std::optional<QUrl> base;
    if (!portal.trimmed().isEmpty())
        base = d->baseUrl(portal, nullptr);
    else if (d->portal)
        base = d->portal->baseUrl();
    if (!base)
        return {};
    // The SmartHub web app is an Angular SPA under /ui/ with hash routes. Only #/login, #/home,
    // #/usageExplorer and #/billingHistory are known from public captures (smarthub-api.md);
    // registration, password reset, outages and contact are reached from the login page or the
    // home page there, so those links open the nearest known page.
    QString route;
    switch (page) {
    case ui::PortalPage::Home:
    case ui::PortalPage::Outages:
    case ui::PortalPage::Contact:
        route = u"/home"_qs;
        break;
    case ui::PortalPage::Register:
    case ui::PortalPage::ForgotPassword:
        route = u"/login"_qs;
        break;
    case ui::PortalPage::Billing:
        route = u"/billingHistory"_qs;
        break;
    case ui::PortalPage::Usage:
        route = u"/usageExplorer"_qs;
        break;
    }
    QUrl url = *base;
    url.setPath(u"/ui/"_qs);
    url.setFragment(route);
    return url;
}

QString DesktopServices::checkPortalAddress(const QString &portal) const
{
    QString why;
    if (d->baseUrl(portal, &why))
        return {};
    return why;
}

// ---- time

QDateTime DesktopServices::now() const
{
    return d->now();
}

QTimeZone DesktopServices::coopTimeZone() const
{
    return d->wallClock.zone();
}

void DesktopServices::setCoopTimeZone(const QTimeZone &zone)
{
    d->chosenZone = zone;
    d->applyZone();
}

const WallClock &DesktopServices::wallClock() const
{
    return d->wallClock;
}

// ---- accounts and bills

ui::Task *DesktopServices::accounts(QObject *context, ui::Done<QList<Account>> done)
{
    auto *task = new JobTask(context);
    if (!d->signedIn()) {
        task->failSoon(notSignedIn());
        return task;
    }
    task->attach(d->portal->client()->discoverAccounts(
        context, [this, done = std::move(done)](const QList<Account> &accounts) {
            // The co-op's zone defaults from the first service address with a state.
            const QTimeZone zone = zoneOfAccounts(accounts);
            if (zone.isValid()) {
                d->defaultZone = zone;
                d->applyZone();
            }
            if (done)
                done(accounts);
        }));
    return task;
}

ui::Task *DesktopServices::billingFacts(const QString &account, QObject *context,
                                        ui::Done<BillingFacts> done)
{
    return d->whenSignedIn(context, [&](PortalConnection &portal) {
        return portal.client()->fetchBillingFacts(account, context, std::move(done));
    });
}

ui::Task *DesktopServices::billHistory(const QString &account, QObject *context,
                                       ui::Done<QList<BillSummary>> done)
{
    return d->whenSignedIn(context, [&](PortalConnection &portal) {
        return portal.client()->fetchBillHistory(account, context, std::move(done));
    });
}

ui::Task *DesktopServices::billPdf(const BillSummary &bill, QObject *context,
                                   ui::Done<QByteArray> done)
{
    return d->whenSignedIn(context, [&](PortalConnection &portal) {
        return portal.client()->fetchBillPdf(bill, context, std::move(done));
    });
}

// ---- usage and weather

ui::Task *DesktopServices::usage(const UsageRequest &request, QObject *context,
                                 ui::Done<UsageData> done)
{
    return d->whenSignedIn(context, [&](PortalConnection &portal) {
        return portal.client()->fetchUsage(request, context, std::move(done));
    });
}

ui::Task *DesktopServices::temperatures(const QString &location, QDate from, QDate to,
                                        QObject *context, ui::Done<TemperatureSeries> done)
{
    auto *task = new JobTask(context);
    if (!d->signedIn()) {
        task->failSoon(notSignedIn());
        return task;
    }
    QPointer<PortalConnection> connection = d->portal;
    const ui::WeatherSourceKind kind = d->weather;
    auto fetch = [task, connection, kind, from, to, context,
                  done](const net::parse::LocationDetails &where) {
        if (!connection) { // signed out meanwhile
            task->fail(notSignedIn());
            return;
        }
        task->attach(connection->weatherSource(kind)->fetch(where, from, to, context, done));
    };
    if (const auto known = connection->locationDetails(location)) {
        fetch(*known);
        return task;
    }
    task->attach(connection->client()->fetchLocationDetails(
        location, context, [connection, location, fetch](const net::parse::LocationDetails &where) {
            if (connection)
                connection->keepLocationDetails(location, where);
            fetch(where);
        }));
    return task;
}

void DesktopServices::setWeatherSource(ui::WeatherSourceKind kind)
{
    d->weather = kind;
}

ui::WeatherSourceKind DesktopServices::weatherSource() const
{
    return d->weather;
}

QString DesktopServices::weatherSourceName() const
{
    if (d->portal)
        return d->portal->weatherSource(d->weather)->name();
    return d->weather == ui::WeatherSourceKind::OpenMeteo ? u"Open-Meteo"_qs
                                                          : tr("the co-op's portal");
}

// ---- payments

ui::Task *DesktopServices::paymentHistory(const QString &account, QObject *context,
                                          ui::Done<QList<PaymentRecord>> done)
{
    return d->whenSignedIn(context, [&](PortalConnection &portal) {
        return portal.payments()->history(account, context, std::move(done));
    });
}

ui::Task *DesktopServices::paymentMethods(QObject *context,
                                          ui::Done<QList<StoredPaymentMethod>> done)
{
    return d->whenSignedIn(context, [&](PortalConnection &portal) {
        return portal.payments()->storedMethods(context, std::move(done));
    });
}

ui::Task *DesktopServices::securityPhrase(QObject *context, ui::Done<QString> done)
{
    return d->whenSignedIn(context, [&](PortalConnection &portal) {
        return portal.payments()->securityPhrase(context, std::move(done));
    });
}

std::optional<QString> DesktopServices::problemWith(const PaymentOrder &order) const
{
    return net::PaymentsApi::problemWith(order);
}

ui::PaymentTask *DesktopServices::pay(const PaymentOrder &order, QObject *context,
                                      ui::Done<PaymentRecord> done)
{
    if (!d->signedIn())
        return new PaymentJobTask(notSignedIn(), context);
    return new PaymentJobTask(d->portal->payments()->submit(order, context, std::move(done)),
                              context);
}

// ---- guest Pay Now

ui::Task *DesktopServices::payNowLookup(const QString &portal, const QString &account,
                                        const QString &name, QObject *context,
                                        ui::Done<PayNowLookup> done)
{
    auto *task = new JobTask(context);
    QString why;
    const std::optional<QUrl> base = d->baseUrl(portal, &why);
    if (!base) {
        task->failSoon({ Kind::Other, why, u"portal address refused"_qs });
        return task;
    }
    net::PayNowApi api(d->guestTransport(*base), d->wallClock);
    task->attach(api.lookup(account, name, context, std::move(done)));
    return task;
}

std::optional<QString> DesktopServices::problemWith(const GuestPayment &payment) const
{
    const QDate today = d->wallClock.localDate(d->now().toMSecsSinceEpoch());
    if (const auto problem = net::PayNowApi::problemWith(payment, today))
        return problem->message;
    return std::nullopt;
}

ui::PaymentTask *DesktopServices::payNow(const QString &portal, const GuestPayment &payment,
                                         QObject *context, ui::Done<PaymentRecord> done)
{
    QString why;
    const std::optional<QUrl> base = d->baseUrl(portal, &why);
    if (!base)
        return new PaymentJobTask({ Kind::Other, why, u"portal address refused"_qs }, context);
    net::PayNowApi api(d->guestTransport(*base), d->wallClock);
    api.setScheduler(d->scheduler());
    const WallClock clock = d->wallClock;
    api.setToday([this, clock] { return clock.localDate(d->now().toMSecsSinceEpoch()); });
    return new PaymentJobTask(api.pay(payment, context, std::move(done)), context);
}

// ---- outages

ui::Task *DesktopServices::outageStatus(QObject *context, ui::Done<OutageStatus> done)
{
    return d->whenSignedIn(context, [&](PortalConnection &portal) {
        return portal.outages()->status(context, std::move(done));
    });
}

ui::Task *DesktopServices::reportOutage(const OutageReportRequest &request, QObject *context,
                                        ui::Done<OutageReport> done)
{
    return d->whenSignedIn(context, [&](PortalConnection &portal) {
        return portal.outages()->report(request, context, std::move(done));
    });
}


// ---- account status, Auto Pay, paper bills

ui::Task *DesktopServices::accountStatuses(QObject *context, ui::Done<AccountStatuses> done)
{
    return d->whenSignedIn(context, [&](PortalConnection &portal) {
        return portal.accountSettings()->statuses(context, std::move(done));
    });
}

ui::Task *DesktopServices::setAutoPay(const QString &account, const QString &methodId,
                                      QObject *context, ui::Done<AccountStatus> done)
{
    return d->whenSignedIn(context, [&](PortalConnection &portal) {
        return portal.accountSettings()->setAutoPay(account, methodId, context, std::move(done));
    });
}

ui::Task *DesktopServices::setPaperless(bool paperless, QObject *context,
                                        ui::Done<AccountStatuses> done)
{
    return d->whenSignedIn(context, [&](PortalConnection &portal) {
        return portal.accountSettings()->setPaperless(paperless, context, std::move(done));
    });
}

// ---- notifications

ui::Task *DesktopServices::notificationSettings(const QString &account, QObject *context,
                                                ui::Done<NotificationSettings> done)
{
    return d->whenSignedIn(context, [&](PortalConnection &portal) {
        return portal.notifications()->settings(account, context, std::move(done));
    });
}

ui::Task *DesktopServices::saveNotificationSettings(const NotificationSettings &settings,
                                                    QObject *context,
                                                    ui::Done<NotificationSettings> done)
{
    return d->whenSignedIn(context, [&](PortalConnection &portal) {
        return portal.notifications()->save(settings, context, std::move(done));
    });
}

ui::Task *DesktopServices::notificationContacts(QObject *context,
                                                ui::Done<QList<NotificationContact>> done)
{
    return d->whenSignedIn(
        context,
        [&](PortalConnection &portal) {
            return portal.notifications()->contacts(context, std::move(done));
        }, RefusalArea::Contact);
}

ui::Task *DesktopServices::addNotificationContact(NotificationContact::Kind kind,
                                                  const QString &address, QObject *context,
                                                  ui::Done<NotificationContact> done)
{
    return d->whenSignedIn(
        context,
        [&](PortalConnection &portal) {
            return portal.notifications()->addContact(kind, address, context, std::move(done));
        }, RefusalArea::Contact);
}

ui::Task *DesktopServices::verifyNotificationContact(const QString &id, const QString &code,
                                                     QObject *context,
                                                     ui::Done<NotificationContact> done)
{
    return d->whenSignedIn(
        context,
        [&](PortalConnection &portal) {
            return portal.notifications()->verifyContact(id, code, context, std::move(done));
        }, RefusalArea::Contact);
}

ui::Task *DesktopServices::removeNotificationContact(const QString &id, QObject *context,
                                                     ui::Done<QString> done)
{
    return d->whenSignedIn(
        context,
        [&](PortalConnection &portal) {
            return portal.notifications()->removeContact(id, context, std::move(done));
        }, RefusalArea::Contact);
}

// ---- profile

ui::Task *DesktopServices::profile(QObject *context, ui::Done<MemberProfile> done)
{
    return d->whenSignedIn(
        context,
        [&](PortalConnection &portal) {
            return portal.profile()->profile(context, std::move(done));
        }, RefusalArea::Profile);
}

ui::Task *DesktopServices::saveProfile(const MemberProfile &profile, QObject *context,
                                       ui::Done<MemberProfile> done)
{
    return d->whenSignedIn(
        context,
        [&](PortalConnection &portal) {
            return portal.profile()->save(profile, context, std::move(done));
        }, RefusalArea::Profile);
}

ui::Task *DesktopServices::changePassword(const QString &current, const QString &replacement,
                                          QObject *context, ui::Done<bool> done)
{
    auto *task = new JobTask(context, RefusalArea::Profile);
    if (!d->signedIn()) {
        task->failSoon(notSignedIn());
        return task;
    }
    QPointer<PortalConnection> connection = d->portal;
    task->attach(d->portal->profile()->changePassword(
        current, replacement, context,
        [this, connection, replacement, done = std::move(done)](const bool &changed) {
            // The old password no longer signs in: renewals and the keychain use the new one.
            if (changed && connection) {
                connection->session()->providePassword(replacement);
                if (connection->remembered()) {
                    connection->keptLogin()->savePassword(
                        replacement, [this](const net::SecretStore::Result &result) {
                            if (result.status != net::SecretStore::Status::Ok)
                                Q_EMIT rememberFailed(
                                    PortalError::make(ErrorKind::KeychainUnavailable).message());
                        });
                }
            }
            if (done)
                done(changed);
        }));
    return task;
}

ui::Task *DesktopServices::changeSecurityPhrase(const QString &phrase, QObject *context,
                                                ui::Done<QString> done)
{
    return d->whenSignedIn(
        context,
        [&](PortalConnection &portal) {
            return portal.profile()->changeSecurityPhrase(phrase, context, std::move(done));
        }, RefusalArea::Profile);
}

// ---- contact the co-op

ui::Task *DesktopServices::sendMessage(const MemberMessage &message, QObject *context,
                                       ui::Done<QString> done)
{
    return d->whenSignedIn(context, [&](PortalConnection &portal) {
        return portal.contact()->sendMessage(message, context, std::move(done));
    });
}

ui::Task *DesktopServices::offices(QObject *context, ui::Done<QList<CoopOffice>> done)
{
    auto *task = new JobTask(context);
    // No login needed: the signed-in portal, else the last portal a guest used (kiosk).
    net::PortalTransport *transport = d->portal ? d->portal->transport() : d->lastGuest.data();
    if (!transport) {
        task->failSoon(notSignedIn());
        return task;
    }
    task->attach(net::ContactApi(transport).offices(context, std::move(done)));
    return task;
}

} // namespace coopdesk::app
