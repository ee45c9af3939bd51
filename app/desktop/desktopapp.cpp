#include "desktopapp.h"

#include "commandline.h"
#include "demomode.h"
#include "screens.h"
#include "translations/i18n.h"
#include "ui/common/membercontext.h"
#include "ui/common/preferences.h"
#include "ui/login/loginscreen.h"
#include "ui/shell/mainwindow.h"

#include <QApplication>
#include <QScreen>
#include <QSettings>
#include <QTemporaryDir>

#include <cstdio>

namespace coopdesk::app {

namespace {
const QString geometryKey = QStringLiteral("window/geometry");

void print(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    if (!text.endsWith(u'\n'))
        std::fputc('\n', stream);
}
} // namespace

struct DesktopApp::Parts
{
    Parts(const ServicesOptions &options, QSettings &s)
        : settings(s)
        , services(options)
        , preferences(settings)
        , context(services, preferences)
        , window(services, preferences, context)
    {
    }
    QSettings &settings;
    DesktopServices services;
    ui::Preferences preferences;
    ui::MemberContext context;
    ui::MainWindow window;
};

DesktopApp::DesktopApp(const ServicesOptions &options, QSettings &settings)
    : m(std::make_unique<Parts>(options, settings))
{
    addScreens(m->window, m->context);
}

DesktopApp::~DesktopApp()
{
    // Member data and the session go first; the in-memory password is wiped with them.
    m->context.clear();
    if (m->services.isSignedIn())
        m->services.signOut(false);
}

DesktopServices &DesktopApp::services()
{
    return m->services;
}

ui::Preferences &DesktopApp::preferences()
{
    return m->preferences;
}

ui::MemberContext &DesktopApp::context()
{
    return m->context;
}

ui::MainWindow &DesktopApp::window()
{
    return m->window;
}

void DesktopApp::showWindow(bool rememberGeometry)
{
    m->window.resize(1280, 800);
    if (rememberGeometry)
        m->window.restoreGeometry(m->settings.value(geometryKey).toByteArray());
    m->window.show();
}

void DesktopApp::saveGeometry()
{
    m->settings.setValue(geometryKey, m->window.saveGeometry());
}

void DesktopApp::installTranslations(QApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    coopdesk::installTranslations(app, locale);
}

int DesktopApp::run(QApplication &app)
{
    // The language is the member's setting, read before any text is shown.
    QSettings settings;
    installTranslations(app, ui::Preferences(settings).language());

    const DesktopCommandLine command = DesktopCommandLine::parse(QCoreApplication::arguments());
    switch (command.action) {
    case DesktopCommandLine::Action::Help:
        print(stdout, command.text);
        return 0;
    case DesktopCommandLine::Action::Version:
        print(stdout, QCoreApplication::applicationName() + u' '
                          + QCoreApplication::applicationVersion());
        return 0;
    case DesktopCommandLine::Action::Error:
        print(stderr, command.text);
        print(stderr, tr("Try “coopdesk --help”."));
        return 2;
    case DesktopCommandLine::Action::Run:
        break;
    }

    if (command.demo) {
        DemoMode demo;
        QString error;
        if (!demo.start(&error)) {
            //: %1 is the technical reason the demo co-op could not start.
            print(stderr, tr("The demo co-op could not start: %1").arg(error));
            return 1;
        }
        // The demo keeps nothing: its settings live in a folder removed on exit.
        QTemporaryDir scratch;
        QSettings demoSettings(scratch.filePath(QStringLiteral("coopdesk-demo.ini")),
                               QSettings::IniFormat);
        ServicesOptions options = demo.servicesOptions();
        options.settings = &demoSettings;
        DesktopApp desktop(options, demoSettings);
        desktop.window().setWindowTitle(tr("CoopDesk (demo)"));
        desktop.showWindow(false);
        demo.signIn(desktop.services(), desktop.window().loginScreen());
        return app.exec();
    }

    ServicesOptions options;
    options.settings = &settings;
    DesktopApp desktop(options, settings);
    if (!command.portal.isEmpty())
        desktop.window().loginScreen()->setPortal(command.portal);
    desktop.showWindow(true);
    const int status = app.exec();
    desktop.saveGeometry();
    return status;
}

} // namespace coopdesk::app
