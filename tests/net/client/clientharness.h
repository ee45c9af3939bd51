#pragma once

#include "net/client/smarthubclient.h"
#include "net/session/session.h"
#include "net/transport/portaltransport.h"
#include "sim/api/simulator.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSignalSpy>

#include <memory>
#include <optional>

// The client engine wired to an in-process simulator over real HTTPS: the simulator's CA as an
// explicit extra CA (no certificate error is ignored), one fixed clock for the simulator and the
// session (tokens never expire under it), and schedulers that wait no real time.
class ClientHarness
{
public:
    // 2026-11-22T18:00:00Z: data ends with 2026-11-21 (Denver); both 2026 DST days are behind.
    static QDateTime now();
    static sim::SimulatorOptions defaultOptions();
    // Runs the task on the next event-loop turn instead of after `ms`.
    static coopdesk::net::PortalTransport::Scheduler immediateScheduler();

    explicit ClientHarness(sim::SimulatorOptions options = defaultOptions());
    ~ClientHarness();

    // Starts the simulator, builds transport/session/client and logs in (false + reason).
    bool start(const QString &user, const QString &password, QString *error);
    // Only the transport, no login (PayNow).
    bool startWithoutLogin(QString *error);

    sim::Simulator &simulator() { return *m_simulator; }
    sim::World &world() { return m_simulator->world(); }
    coopdesk::net::PortalTransport &transport() { return *m_transport; }
    coopdesk::net::Session &session() { return *m_session; }
    coopdesk::net::SmartHubClient &client() { return *m_client; }
    QTimeZone zone() const { return QTimeZone(QByteArrayLiteral("America/Denver")); }

private:
    std::unique_ptr<sim::Simulator> m_simulator;
    QNetworkAccessManager m_network;
    std::unique_ptr<coopdesk::net::PortalTransport> m_transport;
    std::unique_ptr<coopdesk::net::Session> m_session;
    std::unique_ptr<coopdesk::net::SmartHubClient> m_client;
};

// What one job did: its result or error, and how often each arrived (must be once in total).
template<typename T> struct JobOutcome
{
    std::optional<T> value;
    std::optional<coopdesk::net::PortalError> error;
    int results = 0;
    int failures = 0;
    int finishes = 0;
    QList<QPair<int, int>> progress;
    bool ok() const { return value.has_value() && results == 1 && failures == 0 && finishes == 1; }
};

// Starts a job with `start(context, done)` and waits (on real events) until it finishes.
template<typename T, typename Start> JobOutcome<T> runJob(Start start, int timeoutMs = 60'000)
{
    QObject context;
    auto outcome = std::make_shared<JobOutcome<T>>();
    coopdesk::net::Job *job = start(&context, [outcome](const T &value) {
        outcome->value = value;
        ++outcome->results;
    });
    QObject::connect(job, &coopdesk::net::Job::failed, &context,
                     [outcome](const coopdesk::net::PortalError &error) {
                         outcome->error = error;
                         ++outcome->failures;
                     });
    QObject::connect(job, &coopdesk::net::Job::progress, &context, [outcome](int done, int total) {
        outcome->progress.append({ done, total });
    });
    QObject::connect(job, &coopdesk::net::Job::finished, &context,
                     [outcome] { ++outcome->finishes; });
    QSignalSpy finished(job, &coopdesk::net::Job::finished);
    finished.wait(timeoutMs);
    return *outcome;
}
