#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace coopdesk::app {

// What `coopdesk` was asked to do: run (perhaps as the demo, perhaps with a portal filled in),
// or print help, the version, or why the command line is wrong.
struct DesktopCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(DesktopCommandLine)
public:
    enum class Action { Run, Help, Version, Error };
    Action action = Action::Run;
    bool demo = false;
    QString portal;   // --portal <host>: pre-filled on the login screen
    QString text;     // help text, or the error sentence

    static DesktopCommandLine parse(const QStringList &arguments);
};

} // namespace coopdesk::app
