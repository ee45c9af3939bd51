#pragma once

#include <QLoggingCategory>

namespace sim::http {

// Transport details (parse errors, resets, timeouts): debug level, off unless asked for.
Q_DECLARE_LOGGING_CATEGORY(lcSimHttp)

} // namespace sim::http
