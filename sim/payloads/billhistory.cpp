// GET billing/history/overview?acctNbr=: one row per closed bill, newest first, in the shape
// the SPA reads (smarthub-api.md §5), and the file name billPdfService serves each bill under.
#include "common.h"
#include "jsonwriter.h"
#include "payloads.h"

namespace sim::payloads {

using namespace detail;

QByteArray billingHistory(const World &world, const Account &account)
{
    const QList<Bill> bills = world.bills(account);
    JsonWriter w(1024 + bills.size() * 900);
    w.beginArray();
    for (auto it = bills.crbegin(); it != bills.crend(); ++it) {
        const Bill &bill = *it;
        const QDate month = billMonth(bill);
        w.beginObject();
        w.field("acctNbr", account.number);
        w.field("adjustedBillAmount", bill.total);
        w.key("billPeriod");
        w.beginObject();
        w.field("month", month.month());
        w.field("year", month.year());
        w.endObject();
        w.field("billProcessUuid", bill.uuid);
        w.field("billingDateTimestamp", bill.billingDateTimestampMs);
        w.field("custName", account.customerName);
        w.field("custNbr", account.customerNumber);
        w.key("servLocs");
        w.beginArray();
        for (const ServiceLocation &location : account.locations) {
            if (location.connectDate.isValid() && location.connectDate > bill.periodEnd)
                continue; // not yet connected in this period
            w.beginObject();
            w.key("address");
            w.beginObject();
            w.field("addr1", location.address.line1);
            w.field("city", location.address.city);
            w.field("state", location.address.state);
            w.field("zip", location.address.zip);
            w.endObject();
            w.key("id");
            w.beginObject();
            w.field("serviceLocation", location.number);
            w.field("srvLocNbr", location.number.toLongLong());
            w.endObject();
            // Meter reads at the period's ends: real instants of local midnights.
            w.field("lastBillPresReadDtTm", localMidnightMs(world, bill.periodEnd.addDays(1)));
            w.field("lastBillPrevReadDtTm",
                    localMidnightMs(world, qMax(bill.periodStart, location.connectDate)));
            w.endObject();
        }
        w.endArray();
        w.field("showViewBillLink", true);
        w.field("systemOfRecord", "UTILITY");
        w.field("totalAdjustments", Money());
        // Net consumption over the period (≈0 for a net exporter), kWh.
        w.key("totalUsage");
        w.rounded(bill.kwh, 2);
        w.endObject();
    }
    w.endArray();
    return w.take();
}

QString billPdfName(const World &world, const Bill &bill)
{
    // The date comes from billingDateTimestamp read in the co-op's zone (zero-padded).
    const QDate day = bill.billingDateTimestampMs != 0
        ? world.wallClock().localDate(bill.billingDateTimestampMs)
        : bill.billDate;
    return QString::asprintf("%04d_%02d_%02d_", day.year(), day.month(), day.day())
        + bill.accountNumber + u".pdf";
}

} // namespace sim::payloads
