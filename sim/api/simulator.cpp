#include "simulator.h"

#include "accountstatusroutes.h"
#include "adminroutes.h"
#include "authroutes.h"
#include "contactroutes.h"
#include "loginservice.h"
#include "notificationroutes.h"
#include "outageroutes.h"
#include "paymentroutes.h"
#include "paynowroutes.h"
#include "polljobs.h"
#include "portalroutes.h"
#include "profileroutes.h"
#include "router.h"
#include "sessionguard.h"
#include "sim/http/certificates.h"
#include "sim/http/httpserver.h"
#include "tokenissuer.h"

#include <QFile>
#include <QLoggingCategory>

namespace sim {

Q_LOGGING_CATEGORY(lcSimulator, "coopdesk.sim.api")

namespace {

Simulator::Options withDefaults(Simulator::Options options)
{
    if (!options.clock)
        options.clock = [] {
            return QDateTime::currentDateTimeUtc();
        };
    for (api::FaultRule &rule : options.faults)
        rule.runWide = true;
    return options;
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    qCWarning(lcSimulator).noquote() << message;
    return false;
}

bool isLoopback(const QHostAddress &address)
{
    return api::AdminRoutes::allows(address);
}

} // namespace

// The parts, in dependency order: the world, then what authenticates against it, then the routes.
class Simulator::Private
{
public:
    explicit Private(Options o)
        : options(withDefaults(std::move(o)))
        , world(options.seed, options.clock)
        , faults(options.seed)
        , logins(world.coop(), options.lockoutThreshold)
        , guard(world.coop(), tokens, faults)
        , polls(options.pendingPolls)
        , auth(world.coop(), logins, tokens,
               { options.tokenLifetimeSeconds, options.refreshEnabled })
        , portal(world, guard, faults, polls)
        , payments(world, guard)
        , payNow(world)
        , outages(world, guard)
        , accountStatus(world, guard)
        , notifications(world, guard)
        , profile(world, guard)
        , contact(world, guard)
        , admin({ faults, logins, [this] { payNow.resetRateLimits(); },
                  [this] {
                      return state();
                  } })
    {
        for (const api::FaultRule &rule : std::as_const(options.faults))
            faults.add(rule);
        auth.addTo(router);
        portal.addTo(router);
        payments.addTo(router);
        payNow.addTo(router);
        outages.addTo(router);
        accountStatus.addTo(router);
        notifications.addTo(router);
        profile.addTo(router);
        contact.addTo(router);
    }

    // What the member-settings endpoints changed, briefly.
    QJsonObject memberSettingsState() const
    {
        const MemberSettings &settings = world.settings();
        QJsonArray autoPay;
        for (const Account &account : world.coop().accounts) {
            if (account.autoPay)
                autoPay.append(account.number);
        }
        return QJsonObject {
            { u"verificationCode"_qs, MemberSettings::verificationCode() },
            { u"messages"_qs, qint64(settings.messages().size()) },
            { u"lastTicket"_qs,
              settings.messages().isEmpty() ? QString() : settings.messages().last().ticket },
            { u"contactsAdded"_qs, qint64(settings.contactsAdded()) },
            { u"paperlessLogins"_qs, QJsonArray::fromStringList(settings.paperlessLogins()) },
            { u"autoPayAccounts"_qs, autoPay },
        };
    }

    QJsonObject state() const
    {
        return QJsonObject {
            { u"seed"_qs, QString::number(options.seed) },
            { u"coop"_qs, world.coop().name },
            { u"settings"_qs,
              QJsonObject { { u"pendingPolls"_qs, options.pendingPolls },
                            { u"tokenLifetimeSeconds"_qs, options.tokenLifetimeSeconds },
                            { u"refreshEnabled"_qs, options.refreshEnabled },
                            { u"lockoutThreshold"_qs, options.lockoutThreshold } } },
            { u"tokensIssued"_qs, tokens.issuedCount() },
            { u"pollJobs"_qs, qint64(polls.size()) },
            { u"outageReports"_qs, qint64(outages.reportCount()) },
            { u"verificationCode"_qs, MemberSettings::verificationCode() },
            { u"memberSettings"_qs, memberSettingsState() },
        };
    }

    std::optional<http::Server::TlsIdentity> tlsIdentity(QString *error)
    {
        if (options.tlsCertificateFile.isEmpty() != options.tlsKeyFile.isEmpty()) {
            fail(error, u"--tls-cert and --tls-key go together"_qs);
            return std::nullopt;
        }
        if (options.tlsCertificateFile.isEmpty()) {
            QStringList names { u"localhost"_qs, u"127.0.0.1"_qs, u"::1"_qs };
            const QString host = options.address.toString();
            if (!names.contains(host) && options.address != QHostAddress::Any
                && options.address != QHostAddress::AnyIPv6
                && options.address != QHostAddress::AnyIPv4)
                names.append(host);
            QString reason;
            const auto pki = http::generateLoopbackPki(names, &reason);
            if (!pki) {
                fail(error, u"Could not make a TLS certificate: "_qs + reason);
                return std::nullopt;
            }
            caPem = pki->caPem();
            return http::Server::TlsIdentity { pki->leaf, {}, pki->leafKey };
        }

        const QList<QSslCertificate> chain = QSslCertificate::fromPath(options.tlsCertificateFile);
        QFile keyFile(options.tlsKeyFile);
        if (chain.isEmpty() || !keyFile.open(QIODevice::ReadOnly)) {
            fail(error, u"Could not read the TLS certificate or key file"_qs);
            return std::nullopt;
        }
        const QByteArray keyPem = keyFile.readAll();
        QSslKey key(keyPem, QSsl::Rsa);
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Ec);
        if (key.isNull()) {
            fail(error, u"The TLS key is not an unencrypted PEM RSA or EC key"_qs);
            return std::nullopt;
        }
        caPem.clear();
        for (const QSslCertificate &certificate : chain)
            caPem += certificate.toPem();
        return http::Server::TlsIdentity { chain.first(), chain.mid(1), key };
    }

    http::Reply handle(const http::Request &request)
    {
        const QDateTime now = world.now();
        if (api::AdminRoutes::isAdminPath(request.path))
            return { admin.handle(request, now), {} };
        return faults.deliver(request, now, [&] { return router.dispatch(request, now); });
    }

    Options options;
    World world;
    api::FaultPlan faults;
    api::TokenIssuer tokens;
    api::LoginService logins;
    api::SessionGuard guard;
    api::PollJobTracker polls;
    api::Router router;
    api::AuthRoutes auth;
    api::PortalRoutes portal;
    api::PaymentRoutes payments;
    api::PayNowRoutes payNow;
    api::OutageRoutes outages;
    api::AccountStatusRoutes accountStatus;
    api::NotificationRoutes notifications;
    api::ProfileRoutes profile;
    api::ContactRoutes contact;
    api::AdminRoutes admin;
    std::unique_ptr<http::Server> server;
    QByteArray caPem;
};

Simulator::Simulator(Options options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(std::move(options)))
{
}

Simulator::~Simulator()
{
    stop();
}

bool Simulator::start(QString *error)
{
    if (d->server)
        return true;
    if (!d->options.tls && !isLoopback(d->options.address))
        return fail(error, u"Plain HTTP is allowed on a loopback address only"_qs);

    std::optional<http::Server::TlsIdentity> identity;
    if (d->options.tls) {
        identity = d->tlsIdentity(error);
        if (!identity)
            return false;
    }
    auto server = std::make_unique<http::Server>(
        [this](const http::Request &request) { return d->handle(request); });
    connect(server.get(), &http::Server::requestHandled, this, &Simulator::requestHandled);
    if (!server->listen(d->options.address, d->options.port, identity))
        return fail(error,
                    u"Could not listen on "_qs + d->options.address.toString() + u':'
                        + QString::number(d->options.port) + u": "_qs + server->errorString());
    d->server = std::move(server);
    return true;
}

void Simulator::stop()
{
    if (d->server) {
        d->server->close();
        d->server.reset();
    }
}

bool Simulator::isRunning() const
{
    return d->server != nullptr;
}

QUrl Simulator::baseUrl() const
{
    return d->server ? d->server->baseUrl() : QUrl();
}

QByteArray Simulator::caCertificatePem() const
{
    return d->options.tls ? d->caPem : QByteArray();
}

World &Simulator::world()
{
    return d->world;
}

const Simulator::Options &Simulator::options() const
{
    return d->options;
}

api::FaultPlan &Simulator::faults()
{
    return d->faults;
}

http::Reply Simulator::handle(const http::Request &request)
{
    return d->handle(request);
}

} // namespace sim
