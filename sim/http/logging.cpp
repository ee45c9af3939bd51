#include "logging.h"

namespace sim::http {

Q_LOGGING_CATEGORY(lcSimHttp, "coopdesk.sim.http", QtInfoMsg)

} // namespace sim::http
