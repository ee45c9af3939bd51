#pragma once

#include <QCoreApplication>

namespace coopdesk::cli {

// The whole of coopdesk-cli for main(): translations, logging, the command line, one command.
class CliMain
{
    Q_DECLARE_TR_FUNCTIONS(CliMain)
public:
    // Loads the catalogue for QLocale() (":/i18n/coopdesk_<lang>.qm", embedded in this library)
    // and Qt's own, when present. English needs none: it is the source language.
    static void installTranslations(QCoreApplication &app);
    // coopdesk.* log lines are for --verbose (redacted, info and up); QT_LOGGING_RULES still wins.
    static void configureLogging(bool verbose);
    // Parses the arguments, runs the command in the event loop, returns the exit status.
    static int run(QCoreApplication &app);
};

} // namespace coopdesk::cli
