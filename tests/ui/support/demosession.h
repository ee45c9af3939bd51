#pragma once

#include "app/services/desktopservices.h"
#include "sim/api/simulator.h"
#include "ui/common/membercontext.h"
#include "ui/common/preferences.h"

#include <QSettings>
#include <QTemporaryDir>

#include <memory>

namespace coopdesk::uitest {

// The fixed "now" of every UI test and screenshot: 2026-09-10T18:00:00Z, the docs' examples.
QDateTime fixedNow();

namespace demo {
inline const QString user = QStringLiteral("demo@mountainvalley.coop");
inline const QString password = QStringLiteral("Demo-Valley-2026");
} // namespace demo

// Everything a UI test needs: the simulator in-process on loopback (HTTPS, its CA trusted for
// this object only, the clock fixed at fixedNow()), DesktopServices over it with an in-memory
// secret store and immediate retries, Preferences on a temporary QSettings file, and a
// MemberContext. start() signs in (unless Options::signIn is false) and loads the member's
// accounts, billing facts and statuses into the context, as the overview would.
class DemoSession
{
public:
    struct Options
    {
        QString user = demo::user;
        QString password = demo::password;
        bool signIn = true;
        sim::SimulatorOptions simulator = {}; // the clock is replaced by fixedNow() unless set
    };
    DemoSession();
    explicit DemoSession(Options options);
    ~DemoSession();

    // False (after a qWarning saying why) when any step fails within 30 s.
    bool start();
    // Signs in as `user` now (for tests that start signed out); true once signedIn() arrived.
    bool signIn(const QString &user, const QString &password);
    bool loadMemberData();

    QString portal() const; // "127.0.0.1:<port>", as a member would type it on the login screen
    sim::Simulator &simulator();
    app::DesktopServices &services();
    ui::Preferences &preferences();
    ui::MemberContext &context();
    QSettings &settings();

private:
    struct Parts;
    std::unique_ptr<Parts> m;
};

} // namespace coopdesk::uitest
