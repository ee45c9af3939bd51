#pragma once

#include "net/transport/portalerror.h"

#include <QString>

namespace coopdesk::cli {

// The process exit status: part of the scripting interface, documented in README.md.
enum class ExitCode : int {
    Success = 0,
    Failure = 1, // an unexpected local failure (a file that cannot be written)
    BadUsage = 2, // the command line is wrong: unknown option, bad date, unknown account
    Authentication = 3, // login refused, MFA, lockout, session ended, keychain locked
    Network = 4, // portal unreachable, timeout, certificate problem
    PortalOrData = 5, // the portal refused or answered something unusable
    Interrupted = 130, // Ctrl-C (128 + SIGINT, as shells report it)
};

// Which exit status a failure of the engine maps to.
ExitCode exitCodeFor(net::ErrorKind kind);

// Why a command stopped: its exit status, the member's sentence, and the redacted technical
// detail (shown with --verbose).
struct Failure
{
    ExitCode code = ExitCode::Failure;
    QString sentence;
    QString detail;
    net::ErrorKind kind = net::ErrorKind::None; // set when the engine failed

    // The engine's failure: PortalError::message(), its detail with the HTTP status.
    static Failure of(const net::PortalError &error);
};

inline int toInt(ExitCode code)
{
    return static_cast<int>(code);
}

} // namespace coopdesk::cli
