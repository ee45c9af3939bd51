#pragma once

#include "faults.h"
#include "sim/http/httpmessage.h"
#include "sim/world/world.h"

#include <QByteArray>
#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

namespace sim {

// How a Simulator behaves; every field has the real portal's default.
struct SimulatorOptions
{
    quint64 seed = 1;
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0; // 0: any free port
    bool tls = true; // false: plain HTTP (loopback addresses only)
    QString tlsCertificateFile = {}; // PEM, leaf first; both empty: a generated loopback PKI
    QString tlsKeyFile = {};
    int pendingPolls = 1; // PENDING answers before a usage poll completes
    int tokenLifetimeSeconds = 299;
    bool refreshEnabled = true;
    int lockoutThreshold = 5; // 0: no lockout
    QList<api::FaultRule> faults = {}; // run-wide rules
    World::Clock clock = {}; // empty: the current UTC time
};

// A SmartHub-compatible portal on loopback, in-process: the facade the tests, the benchmarks,
// the smarthub-sim executable and `coopdesk --demo` use. Everything runs on the calling
// thread's event loop.
//
//   sim::Simulator simulator({.seed = 7, .clock = [&] { return fakeNow; }});
//   if (!simulator.start(&error)) ...
//   QSslConfiguration tls = ...;
//   tls.addCaCertificates(QSslCertificate::fromData(simulator.caCertificatePem()));
//   request.setUrl(simulator.baseUrl().resolved(QUrl(u"/services/oauth/auth/v2"_qs)));
class Simulator : public QObject
{
    Q_OBJECT
public:
    using Clock = World::Clock;
    using Options = SimulatorOptions;

    explicit Simulator(Options options = {}, QObject *parent = nullptr);
    ~Simulator() override;

    // Listens. False, with the reason in *error, when the address is taken, plain HTTP was asked
    // for on a non-loopback address, or the TLS identity could not be made or read.
    bool start(QString *error = nullptr);
    void stop();
    bool isRunning() const;

    QUrl baseUrl() const; // "https://127.0.0.1:PORT", no trailing slash
    // The certificate a client must trust: the generated CA, or the given certificate (chain).
    // Empty for plain HTTP.
    QByteArray caCertificatePem() const;

    World &world();
    const Options &options() const;
    api::FaultPlan &faults();

    // Answers one request as the server would (used by the server, and by tests that need a
    // peer no socket can give, such as a non-loopback admin caller).
    http::Reply handle(const http::Request &request);

Q_SIGNALS:
    void requestHandled(const QByteArray &method, const QString &path, int status);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace sim
