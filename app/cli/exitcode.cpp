#include "exitcode.h"

namespace coopdesk::cli {

ExitCode exitCodeFor(net::ErrorKind kind)
{
    using net::ErrorKind;
    switch (kind) {
    case ErrorKind::None:
        return ExitCode::Success;
    case ErrorKind::Cancelled:
        return ExitCode::Interrupted;
    case ErrorKind::Offline:
    case ErrorKind::Timeout:
    case ErrorKind::Tls:
    case ErrorKind::InsecurePortal:
        return ExitCode::Network;
    case ErrorKind::BadCredentials:
    case ErrorKind::MfaRequired:
    case ErrorKind::MfaRejected:
    case ErrorKind::Locked:
    case ErrorKind::SessionExpired:
    case ErrorKind::KeychainUnavailable:
        return ExitCode::Authentication;
    case ErrorKind::Forbidden:
    case ErrorKind::NotFound:
    case ErrorKind::Conflict:
    case ErrorKind::Invalid:
    case ErrorKind::RateLimited:
    case ErrorKind::PortalError:
    case ErrorKind::UnexpectedAnswer:
        return ExitCode::PortalOrData;
    }
    return ExitCode::PortalOrData;
}

Failure Failure::of(const net::PortalError &error)
{
    Failure failure;
    failure.code = exitCodeFor(error.kind);
    failure.sentence = error.message();
    failure.kind = error.kind;
    failure.detail = error.detail;
    const QString status = u"HTTP "_qs + QString::number(error.httpStatus);
    if (error.httpStatus > 0 && !failure.detail.contains(status))
        failure.detail
            = status + (failure.detail.isEmpty() ? QString() : u": "_qs + failure.detail);
    return failure;
}

} // namespace coopdesk::cli
