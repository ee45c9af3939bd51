#include "socketcontrol.h"

#include <sys/socket.h>

namespace sim::http {

bool armResetOnClose(qintptr descriptor)
{
    if (descriptor < 0)
        return false;
    const linger option { 1, 0 };
    return ::setsockopt(int(descriptor), SOL_SOCKET, SO_LINGER, &option, sizeof option) == 0;
}

bool shutdownWrite(qintptr descriptor)
{
    return descriptor >= 0 && ::shutdown(int(descriptor), SHUT_WR) == 0;
}

} // namespace sim::http
