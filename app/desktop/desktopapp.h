#pragma once

#include "app/services/desktopservices.h"

#include <QCoreApplication>

#include <memory>

class QApplication;
class QSettings;

namespace coopdesk::ui {
class MainWindow;
class MemberContext;
class Preferences;
} // namespace coopdesk::ui

namespace coopdesk::app {

// One running CoopDesk: the services, the member's preferences and context, and the main
// window with every screen. main() and the demo smoke test both build it.
class DesktopApp
{
    Q_DECLARE_TR_FUNCTIONS(DesktopApp)
public:
    // `settings` outlives this object (the demo passes a throw-away file).
    DesktopApp(const ServicesOptions &options, QSettings &settings);
    ~DesktopApp();

    DesktopServices &services();
    ui::Preferences &preferences();
    ui::MemberContext &context();
    ui::MainWindow &window();

    // 1280x800 the first time, else where the member left it (when `remember`).
    void showWindow(bool rememberGeometry);
    void saveGeometry();

    // Qt's and CoopDesk's catalogues for the chosen language ("" follows the system).
    static void installTranslations(QApplication &app, const QString &language);
    // Parses the command line, builds the app (or the demo) and runs the event loop.
    static int run(QApplication &app);

private:
    struct Parts;
    std::unique_ptr<Parts> m;
};

} // namespace coopdesk::app
