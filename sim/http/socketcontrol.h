#pragma once

#include <QtGlobal>

namespace sim::http {

// The two socket operations Qt does not offer, on a native descriptor.

// SO_LINGER {on, 0}: closing the socket then sends a RST instead of a FIN.
bool armResetOnClose(qintptr descriptor);

// Half-close (shutdown SHUT_WR): the peer reads EOF after our last byte while we can still read.
bool shutdownWrite(qintptr descriptor);

} // namespace sim::http
