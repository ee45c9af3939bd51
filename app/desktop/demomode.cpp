#include "demomode.h"

#include "net/session/secretstore.h"
#include "sim/api/simulator.h"
#include "ui/login/loginscreen.h"

#include <QSslCertificate>

namespace coopdesk::app {

const QString DemoMode::user = QStringLiteral("demo@mountainvalley.coop");
const QString DemoMode::password = QStringLiteral("Demo-Valley-2026");

class DemoMode::Private
{
public:
    sim::Simulator simulator{sim::SimulatorOptions{}};
    net::MemorySecretStore secrets;
};

DemoMode::DemoMode(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
}

DemoMode::~DemoMode()
{
    d->simulator.stop();
}

bool DemoMode::start(QString *error)
{
    return d->simulator.start(error);
}

ServicesOptions DemoMode::servicesOptions() const
{
    ServicesOptions options;
    options.extraCaCertificates = QSslCertificate::fromData(d->simulator.caCertificatePem());
    options.openMeteoUrl = d->simulator.baseUrl();
    options.secretStore = &d->secrets;
    options.rememberAllowed = false;
    return options;
}

QString DemoMode::portal() const
{
    const QUrl base = d->simulator.baseUrl();
    return base.host() + u':' + QString::number(base.port());
}

sim::Simulator &DemoMode::simulator() const
{
    return d->simulator;
}

void DemoMode::signIn(ui::MemberServices &services, ui::LoginScreen *login) const
{
    if (login) {
        login->signInAs(portal(), user, password); // shown as typed, errors in the form
        return;
    }
    ui::SignInRequest request;
    request.portal = portal();
    request.user = user;
    request.password = password;
    services.signIn(request);
}

} // namespace coopdesk::app
