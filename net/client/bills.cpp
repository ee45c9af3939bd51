#include "bills.h"

#include <QUrlQuery>

namespace coopdesk::net {

namespace {
constexpr qsizetype minPdfBytes = 1024;
constexpr qsizetype maxPdfBytes = qsizetype(12) * 1024 * 1024;
} // namespace

QString billPdfFileName(const BillSummary &bill, const WallClock &clock)
{
    const QDate day = bill.billDate.isValid() ? bill.billDate : clock.localDate(bill.billingDateMs);
    return QString::asprintf("%04d_%02d_%02d_", day.year(), day.month(), day.day())
        + bill.accountNumber + u".pdf";
}

PortalRequest billPdfRequest(const BillSummary &bill, const WallClock &clock)
{
    PortalRequest request;
    request.method = PortalRequest::Method::Get;
    request.path = u"/services/secured/billPdfService/" + billPdfFileName(bill, clock);
    request.query.addQueryItem(QStringLiteral("account"), bill.accountNumber);
    request.query.addQueryItem(QStringLiteral("timestamp"), QString::number(bill.billingDateMs));
    request.query.addQueryItem(QStringLiteral("uuid"), bill.uuid);
    request.query.addQueryItem(QStringLiteral("systemOfRecord"),
                               bill.systemOfRecord.isEmpty() ? QStringLiteral("UTILITY")
                                                             : bill.systemOfRecord);
    request.expectJson = false;
    request.label = QStringLiteral("bill pdf");
    return request;
}

std::optional<QString> whyNotBillPdf(const QByteArray &bytes)
{
    if (!bytes.startsWith("%PDF"))
        return QStringLiteral("the answer is not a PDF");
    if (bytes.size() <= minPdfBytes)
        return u"only " + QString::number(bytes.size()) + u" bytes, too small for a bill";
    if (bytes.size() >= maxPdfBytes)
        return QString::number(bytes.size()) + u" bytes, over 12 MB";
    return std::nullopt;
}

} // namespace coopdesk::net
