#include "clientharness.h"

#include <QSslCertificate>
#include <QTimer>

using namespace coopdesk::net;

QDateTime ClientHarness::now()
{
    return QDateTime(QDate(2026, 11, 22), QTime(18, 0), Qt::UTC);
}

sim::SimulatorOptions ClientHarness::defaultOptions()
{
    sim::SimulatorOptions options;
    options.seed = 1;
    options.clock = [] {
        return now();
    };
    return options;
}

PortalTransport::Scheduler ClientHarness::immediateScheduler()
{
    return [](int, QObject *context, std::function<void()> task) {
        QTimer::singleShot(0, context, std::move(task));
    };
}

ClientHarness::ClientHarness(sim::SimulatorOptions options)
    : m_simulator(std::make_unique<sim::Simulator>(std::move(options)))
{
}

ClientHarness::~ClientHarness()
{
    m_client.reset();
    m_session.reset();
    m_transport.reset();
    m_simulator.reset();
}

bool ClientHarness::startWithoutLogin(QString *error)
{
    if (!m_simulator->start(error))
        return false;
    PortalConfig config;
    config.baseUrl = m_simulator->baseUrl();
    config.extraCaCertificates = QSslCertificate::fromData(m_simulator->caCertificatePem());
    m_transport = std::make_unique<PortalTransport>(config, &m_network);
    m_transport->setScheduler(immediateScheduler());
    m_transport->setRandomSeed(1);
    return true;
}

bool ClientHarness::start(const QString &user, const QString &password, QString *error)
{
    if (!startWithoutLogin(error))
        return false;
    m_session = std::make_unique<Session>(m_transport.get());
    m_session->setClock([] { return now(); });
    QSignalSpy loggedIn(m_session.get(), &Session::loggedIn);
    QSignalSpy loginFailed(m_session.get(), &Session::loginFailed);
    Credentials credentials;
    credentials.user = user;
    credentials.password = password;
    m_session->login(credentials);
    if (loggedIn.isEmpty() && loginFailed.isEmpty())
        loggedIn.wait(20'000);
    if (loggedIn.isEmpty()) {
        if (error)
            *error = loginFailed.isEmpty()
                ? QStringLiteral("no login answer")
                : loginFailed.first().first().value<PortalError>().detail;
        return false;
    }
    m_client = std::make_unique<SmartHubClient>(m_session.get(), zone());
    m_client->setScheduler(immediateScheduler());
    return true;
}
