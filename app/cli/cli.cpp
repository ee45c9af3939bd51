#include "cli.h"

#include "arguments.h"
#include "commandrunner.h"
#include "console.h"
#include "exitcode.h"
#include "translations/i18n.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QSettings>
#include <QTimer>

namespace coopdesk::cli {

void CliMain::installTranslations(QCoreApplication &app)
{
    coopdesk::installTranslations(app);
}

void CliMain::configureLogging(bool verbose)
{
    // stderr carries the member's sentence; engine chatter only when asked for.
    QLoggingCategory::setFilterRules(verbose
                                         ? u"coopdesk.*.debug=false\ncoopdesk.*.info=true"_qs
                                         : u"coopdesk.*=false\nqt.network.ssl.warning=false"_qs);
}

int CliMain::run(QCoreApplication &app)
{
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const ParseOutcome parsed = ArgumentParser::parse(QCoreApplication::arguments(), environment);
    Console console;
    switch (parsed.kind) {
    case ParseOutcome::Kind::Help:
        console.out(parsed.text);
        return toInt(ExitCode::Success);
    case ParseOutcome::Kind::Version:
        console.out(QCoreApplication::applicationName() + u' '
                    + QCoreApplication::applicationVersion() + u'\n');
        return toInt(ExitCode::Success);
    case ParseOutcome::Kind::Error:
        console.message(parsed.text);
        console.message(tr("Try “coopdesk-cli --help”."));
        return toInt(ExitCode::BadUsage);
    case ParseOutcome::Kind::Run:
        break;
    }

    configureLogging(parsed.invocation.verbose);
    QSettings settings; // organization "CoopDesk", application "coopdesk-cli": never a secret
    InterruptWatcher interrupts;
    CommandRunner runner(parsed.invocation, environment, console, settings);
    QObject::connect(&runner, &CommandRunner::finished, &app,
                     [](int code) { QCoreApplication::exit(code); });
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &runner,
                     &CommandRunner::interrupt);
    QTimer::singleShot(0, &runner, &CommandRunner::start);
    return QCoreApplication::exec();
}

} // namespace coopdesk::cli
