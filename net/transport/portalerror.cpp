#include "portalerror.h"

namespace coopdesk::net {

bool PortalError::isTransient() const
{
    switch (kind) {
    case ErrorKind::Offline:
    case ErrorKind::Timeout:
    case ErrorKind::RateLimited:
        return true;
    case ErrorKind::PortalError:
        // The gateway in front of the portal is down or overloaded; the portal's own 500 is not.
        return httpStatus == 502 || httpStatus == 503 || httpStatus == 504;
    default:
        return false;
    }
}

QString PortalError::message() const
{
    switch (kind) {
    case ErrorKind::None:
        return {};
    case ErrorKind::Cancelled:
        return tr("The request was cancelled.");
    case ErrorKind::Offline:
        return tr("The co-op's portal could not be reached. Check your internet connection and "
                  "try again.");
    case ErrorKind::Timeout:
        return tr("The co-op's portal did not answer in time, so please try again in a moment.");
    case ErrorKind::Tls:
        return tr("The connection to the co-op's portal is not secure (certificate problem), so "
                  "CoopDesk stopped.");
    case ErrorKind::BadCredentials:
        return tr("The email or password is not correct.");
    case ErrorKind::MfaRequired:
        return tr("Your co-op asks for a verification code from your authenticator app.");
    case ErrorKind::MfaRejected:
        return tr("The verification code was not accepted. Wait for a new code and try again.");
    case ErrorKind::Locked:
        return tr("Your account is locked after too many failed sign-ins. Contact your co-op to "
                  "unlock it.");
    case ErrorKind::SessionExpired:
        return tr("Your sign-in has ended, so please sign in again.");
    case ErrorKind::Forbidden:
        return tr("Your login does not have access to this part of the co-op's portal.");
    case ErrorKind::NotFound:
        return tr("The co-op's portal could not find what CoopDesk asked for.");
    case ErrorKind::Conflict:
        return tr("The co-op's portal refused this because it conflicts with an earlier request.");
    case ErrorKind::Invalid:
        return tr("The co-op's portal did not accept the request.");
    case ErrorKind::RateLimited:
        return tr("The co-op's portal is busy right now, so please wait a minute and try again.");
    case ErrorKind::PortalError:
        return tr("The co-op's portal had a problem, so please try again later.");
    case ErrorKind::UnexpectedAnswer:
        return tr("The co-op's portal sent an answer CoopDesk did not understand.");
    case ErrorKind::InsecurePortal:
        return tr("CoopDesk only connects to a co-op's portal over a secure (https) connection.");
    case ErrorKind::KeychainUnavailable:
        return tr("The system keychain is unavailable or locked, so your sign-in is kept only "
                  "until CoopDesk closes.");
    }
    return tr("Something went wrong talking to the co-op's portal.");
}

PortalError PortalError::make(ErrorKind kind, QString detail, int httpStatus)
{
    PortalError error;
    error.kind = kind;
    error.detail = std::move(detail);
    error.httpStatus = httpStatus;
    return error;
}

} // namespace coopdesk::net
