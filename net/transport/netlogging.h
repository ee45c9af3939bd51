#pragma once

#include <QLoggingCategory>

namespace coopdesk::net {

// "coopdesk.net": every technical line of the client engine, always redacted (see Redactor).
// Debug lines (one per attempt) are off unless QT_LOGGING_RULES turns them on.
Q_DECLARE_LOGGING_CATEGORY(lcNet)

} // namespace coopdesk::net
