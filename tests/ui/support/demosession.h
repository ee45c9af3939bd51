#pragma once

#include "app/services/desktopservices.h"
#include "net/session/secretstore.h"
#include "sim/api/simulator.h"
#include "ui/common/membercontext.h"
#include "ui/common/preferences.h"

#include <QSettings>
#include <QTemporaryDir>

#include <memory>
#include <optional>

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
    // Where "Remember my login" keeps secrets in tests (never the real keychain).
    net::MemorySecretStore &secretStore();
    // The portal's base URL ("https://127.0.0.1:<port>").
    QUrl baseUrl() const;
    // Runs `call` (a MemberServices call given a context and a done callback) and waits up to
    // 30 s; nullopt (after a qWarning with the failure) when it failed.
    template<typename T, typename Call> std::optional<T> wait(Call call);

private:
    bool waitFor(ui::Task *task, const bool &answered, ui::Failure *failure);
    struct Parts;
    std::unique_ptr<Parts> m;
};

template<typename T, typename Call> std::optional<T> DemoSession::wait(Call call)
{
    QObject context;
    std::optional<T> result;
    bool answered = false;
    ui::Failure failure;
    ui::Task *task = call(&context, [&](const T &value) {
        result = value;
        answered = true;
    });
    if (!waitFor(task, answered, &failure))
        return std::nullopt;
    return result;
}

} // namespace coopdesk::uitest
