#include "demosession.h"

#include "net/session/secretstore.h"

#include <QEventLoop>
#include <QPointer>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTimer>

namespace coopdesk::uitest {

namespace {
constexpr int waitMs = 30'000;
} // namespace

QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 9, 10), QTime(18, 0), QTimeZone::utc());
}

struct DemoSession::Parts
{
    explicit Parts(Options o)
        : options(std::move(o))
    {
    }
    Options options;
    QTemporaryDir dir;
    std::unique_ptr<sim::Simulator> simulator;
    net::MemorySecretStore store;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<app::DesktopServices> services;
    std::unique_ptr<ui::Preferences> preferences;
    std::unique_ptr<ui::MemberContext> context;
};

DemoSession::DemoSession()
    : DemoSession(Options {})
{
}

DemoSession::DemoSession(Options options)
    : m(std::make_unique<Parts>(std::move(options)))
{
    sim::SimulatorOptions simOptions = m->options.simulator;
    if (!simOptions.clock)
        simOptions.clock = [] { return fixedNow(); };
    m->simulator = std::make_unique<sim::Simulator>(simOptions);
    m->settings = std::make_unique<QSettings>(m->dir.filePath(u"coopdesk.ini"_qs),
                                              QSettings::IniFormat);
}

DemoSession::~DemoSession()
{
    // Member data and the session go before the portal they talk to.
    m->context.reset();
    if (m->services)
        m->services->signOut(false);
    m->services.reset();
    m->preferences.reset();
    m->simulator->stop();
}

bool DemoSession::start()
{
    QString error;
    if (!m->simulator->start(&error)) {
        qWarning("DemoSession: the simulator did not start: %s", qPrintable(error));
        return false;
    }
    app::ServicesOptions options;
    options.extraCaCertificates = QSslCertificate::fromData(m->simulator->caCertificatePem());
    options.secretStore = &m->store;
    options.settings = m->settings.get();
    options.clock = [] { return fixedNow(); };
    options.openMeteoUrl = m->simulator->baseUrl();
    m->services = std::make_unique<app::DesktopServices>(options);
    m->services->setImmediateRetries(true);
    m->preferences = std::make_unique<ui::Preferences>(*m->settings);
    m->context = std::make_unique<ui::MemberContext>(*m->services, *m->preferences);
    if (!m->options.signIn)
        return true;
    return signIn(m->options.user, m->options.password) && loadMemberData();
}

bool DemoSession::signIn(const QString &user, const QString &password)
{
    QSignalSpy signedIn(m->services.get(), &ui::MemberServices::signedIn);
    QSignalSpy failed(m->services.get(), &ui::MemberServices::signInFailed);
    m->services->signIn({ portal(), user, password, {}, false });
    QTimer timeout;
    timeout.setSingleShot(true);
    timeout.start(waitMs);
    while (signedIn.isEmpty() && failed.isEmpty() && timeout.isActive())
        signedIn.wait(100);
    if (!failed.isEmpty()) {
        const auto failure = failed.first().first().value<ui::Failure>();
        qWarning("DemoSession: sign-in failed: %s (%s)", qPrintable(failure.message),
                 qPrintable(failure.detail));
        return false;
    }
    if (signedIn.isEmpty()) {
        qWarning("DemoSession: no answer to the sign-in within 30 s");
        return false;
    }
    return true;
}

bool DemoSession::waitFor(ui::Task *task, const bool &answered, ui::Failure *failure)
{
    QPointer<ui::Task> guard(task);
    bool ended = false;
    bool didFail = false;
    QEventLoop loop;
    QObject::connect(task, &ui::Task::failed, &loop, [&](const ui::Failure &f) {
        *failure = f;
        didFail = true;
    });
    QObject::connect(task, &ui::Task::finished, &loop, [&] {
        ended = true;
        loop.quit();
    });
    QTimer::singleShot(waitMs, &loop, &QEventLoop::quit);
    loop.exec();
    if (!ended) {
        qWarning("DemoSession: no answer within 30 s");
        if (guard)
            guard->cancel();
        return false;
    }
    if (didFail || !answered) {
        qWarning("DemoSession: the call failed: %s (%s)", qPrintable(failure->message),
                 qPrintable(failure->detail));
        return false;
    }
    return true;
}

bool DemoSession::loadMemberData()
{
    app::DesktopServices &services = *m->services;
    const auto accounts = wait<QList<Account>>(
        [&](QObject *context, auto done) { return services.accounts(context, done); });
    if (!accounts)
        return false;
    m->context->setAccounts(*accounts);
    for (const Account &account : *accounts) {
        const auto facts = wait<BillingFacts>([&](QObject *context, auto done) {
            return services.billingFacts(account.number, context, done);
        });
        if (!facts)
            return false;
        m->context->setFacts(*facts);
    }
    const auto statuses = wait<AccountStatuses>(
        [&](QObject *context, auto done) { return services.accountStatuses(context, done); });
    if (statuses)
        m->context->setStatuses(*statuses);
    else
        qWarning("DemoSession: account statuses not loaded (the overview shows no due dates)");
    if (m->context->currentAccount().isEmpty() && !accounts->isEmpty())
        m->context->setCurrentAccount(accounts->first().number);
    return true;
}

QString DemoSession::portal() const
{
    const QUrl base = m->simulator->baseUrl();
    return base.host() + u':' + QString::number(base.port());
}

QUrl DemoSession::baseUrl() const
{
    return m->simulator->baseUrl();
}

sim::Simulator &DemoSession::simulator()
{
    return *m->simulator;
}

app::DesktopServices &DemoSession::services()
{
    return *m->services;
}

ui::Preferences &DemoSession::preferences()
{
    return *m->preferences;
}

ui::MemberContext &DemoSession::context()
{
    return *m->context;
}

QSettings &DemoSession::settings()
{
    return *m->settings;
}

net::MemorySecretStore &DemoSession::secretStore()
{
    return m->store;
}

} // namespace coopdesk::uitest
