// coopdesk: the desktop app. main() only wires; see desktopapp.h.
#include "desktopapp.h"

#include <QApplication>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"CoopDesk"_qs);
    QApplication::setApplicationName(u"coopdesk"_qs);
    QApplication::setApplicationDisplayName(u"CoopDesk"_qs);
    QApplication::setApplicationVersion(u"" COOPDESK_VERSION ""_qs);
    return coopdesk::app::DesktopApp::run(app);
}
