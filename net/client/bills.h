#pragma once

#include "models/billing.h"
#include "models/wallclock.h"
#include "net/transport/portaltransport.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace coopdesk::net {

// "2026_11_21_1000123401.pdf": the bill's local date, zero-padded, and the account number
// (smarthub-api.md §5; padding is the safer of the two forms seen).
QString billPdfFileName(const BillSummary &bill, const WallClock &clock);

// GET secured/billPdfService/<name>?account=&timestamp=&uuid=&systemOfRecord= (not JSON).
PortalRequest billPdfRequest(const BillSummary &bill, const WallClock &clock);

// Why bytes are not a bill PDF (no "%PDF" header, under 1 KB or over 12 MB), or nullopt.
std::optional<QString> whyNotBillPdf(const QByteArray &bytes);

} // namespace coopdesk::net
