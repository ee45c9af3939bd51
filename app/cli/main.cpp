// coopdesk-cli: the SmartHub client engine for scripts. main() only wires; see cli.h.
#include "cli.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"CoopDesk"_qs);
    QCoreApplication::setApplicationName(u"coopdesk-cli"_qs);
    QCoreApplication::setApplicationVersion(u"" COOPDESK_VERSION ""_qs);
    coopdesk::cli::CliMain::installTranslations(app);
    return coopdesk::cli::CliMain::run(app);
}
