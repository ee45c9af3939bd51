#include "commandline.h"

#include <QCommandLineParser>

namespace coopdesk::app {

DesktopCommandLine DesktopCommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("CoopDesk: your electric co-op account on your desktop. Bills, payments, and "
           "usage against the weather."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Shows this help."));
    const QCommandLineOption version(QStringLiteral("version"), tr("Shows the version."));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        tr("Starts a demo co-op inside the app and signs in as its demo member. Nothing is "
           "sent anywhere and nothing is kept."));
    //: %1 placeholder name in --help: the co-op's portal address.
    const QCommandLineOption portal(QStringLiteral("portal"),
                                    tr("Fills in your co-op's portal address on the login screen."),
                                    tr("host"));
    parser.addOption(help);
    parser.addOption(version);
    parser.addOption(demo);
    parser.addOption(portal);

    DesktopCommandLine result;
    if (!parser.parse(arguments)) {
        result.action = Action::Error;
        result.text = parser.errorText();
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.action = Action::Error;
        //: %1 is what was typed on the command line that coopdesk does not understand.
        result.text = tr("Unexpected argument: %1").arg(parser.positionalArguments().first());
        return result;
    }
    if (parser.isSet(help)) {
        result.action = Action::Help;
        result.text = parser.helpText();
        return result;
    }
    if (parser.isSet(version)) {
        result.action = Action::Version;
        return result;
    }
    result.demo = parser.isSet(demo);
    result.portal = parser.value(portal).trimmed();
    if (result.demo && !result.portal.isEmpty()) {
        result.action = Action::Error;
        result.text = tr("--demo runs its own co-op; it cannot be combined with --portal.");
    }
    return result;
}

} // namespace coopdesk::app
