#pragma once

#include "app/services/desktopservices.h"

#include <QObject>
#include <QString>

#include <memory>

namespace sim {
class Simulator;
}

namespace coopdesk::ui {
class LoginScreen;
class MemberServices;
} // namespace coopdesk::ui

namespace coopdesk::app {

// `coopdesk --demo`: the SmartHub simulator in this process on 127.0.0.1 (any free port, HTTPS
// with its own CA trusted for this run only), and the demo member signed in with no typing.
// Secrets stay in memory: the demo never writes the keychain.
class DemoMode : public QObject
{
    Q_OBJECT
public:
    static const QString user;
    static const QString password;

    explicit DemoMode(QObject *parent = nullptr);
    ~DemoMode() override;

    // False, with the reason in *error, when the simulator could not start.
    bool start(QString *error = nullptr);
    // The options DesktopServices needs to talk to the demo co-op (after start()).
    ServicesOptions servicesOptions() const;
    QString portal() const; // "127.0.0.1:<port>", as a member would type it
    sim::Simulator &simulator() const;

    // Fills the login form (when given) for the member to see, and signs in.
    void signIn(ui::MemberServices &services, ui::LoginScreen *login = nullptr) const;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace coopdesk::app
