// The member's bill as a one-page Letter PDF, drawn with QPdfWriter + QPainter the way a co-op
// statement reads: co-op header, account and dates, amount due, service addresses, charges,
// account summary, a 12-period usage chart and a remittance stub. Text is drawn as text (not
// paths), so pdftotext and screen readers find the account number, amounts and dates.
#include "common.h"
#include "payloads.h"

#include <QBuffer>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace sim::payloads {

using namespace detail;

namespace {

// Page geometry in points (the writer runs at 72 dpi, so 1 unit = 1 pt).
constexpr qreal pageWidth = 612;
constexpr qreal margin = 40;
constexpr qreal contentWidth = pageWidth - 2 * margin;

const QColor ink(0x1d, 0x1d, 0x1f);
const QColor muted(0x5f, 0x63, 0x68);
const QColor accent(0x1f, 0x4e, 0x79);
const QColor rule(0xc8, 0xcc, 0xd0);

QString dollars(Money amount)
{
    const qint64 cents = amount.cents();
    const qint64 magnitude = cents < 0 ? -cents : cents;
    const QString whole
        = QLocale(QLocale::English, QLocale::UnitedStates).toString(magnitude / 100);
    const QString text
        = u'$' + whole + u'.' + QString::number(magnitude % 100).rightJustified(2, u'0');
    return cents < 0 ? u'-' + text : text;
}

QString usDate(QDate day)
{
    return QLocale::c().toString(day, u"MM/dd/yyyy");
}

QString kwhText(double kwh)
{
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(qRound64(kwh)) + u" kWh";
}

QFont font(qreal points, bool bold = false)
{
    QFont f;
    f.setFamilies(
        { QStringLiteral("DejaVu Sans"), QStringLiteral("Helvetica"), QStringLiteral("Arial") });
    f.setPointSizeF(points);
    f.setBold(bold);
    // No "ff"/"fi" ligatures: text extracted from the PDF must read "Off Peak", not "Oﬀ Peak".
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

// Metrics at the PDF's 72 dpi (a bare QFontMetricsF would measure at the screen's dpi).
QFontMetricsF metrics(const QPainter &p, const QFont &f)
{
    return QFontMetricsF(f, p.device());
}

// Draws `text` left-aligned at (x, baseline y) and returns the next line's baseline.
qreal line(QPainter &p, qreal x, qreal y, const QString &text, const QFont &f,
           const QColor &color = ink)
{
    p.setFont(f);
    p.setPen(color);
    p.drawText(QPointF(x, y), text);
    return y + metrics(p, f).lineSpacing() + 1;
}

void rightText(QPainter &p, qreal right, qreal y, const QString &text, const QFont &f,
               const QColor &color = ink)
{
    p.setFont(f);
    p.setPen(color);
    p.drawText(QPointF(right - metrics(p, f).horizontalAdvance(text), y), text);
}

// A "label ........ value" row with the value right-aligned at `right`.
qreal row(QPainter &p, qreal x, qreal right, qreal y, const QString &label, const QString &value,
          const QFont &f, const QColor &color = ink)
{
    line(p, x, y, label, f, color);
    rightText(p, right, y, value, f, color);
    return y + metrics(p, f).lineSpacing() + 4;
}

void sectionTitle(QPainter &p, qreal x, qreal y, qreal width, const QString &title)
{
    line(p, x, y, title, font(10.5, true), accent);
    p.setPen(QPen(rule, 0.8));
    p.drawLine(QPointF(x, y + 4), QPointF(x + width, y + 4));
}

// Up to twelve periods ending with this bill: kWh bars, this bill's bar highlighted. A net
// exporter's negative periods hang below the zero line in green.
void drawUsageChart(QPainter &p, const QRectF &area, const QList<Bill> &history, int current)
{
    const int first = qMax(0, current - 11);
    const int count = current - first + 1;
    double hi = 0;
    double lo = 0;
    for (int i = first; i <= current; ++i) {
        hi = qMax(hi, history.at(i).kwh);
        lo = qMin(lo, history.at(i).kwh);
    }
    if (hi - lo < 1)
        hi = lo + 1;
    const QFont small = font(7);
    const qreal top = area.top() + 12;
    const qreal chartHeight = area.height() - 26;
    const qreal bottom = top + chartHeight;
    const qreal zeroY = top + chartHeight * hi / (hi - lo);
    const qreal slot = area.width() / 12;
    const qreal barWidth = slot * 0.62;
    p.setPen(QPen(rule, 0.8));
    p.drawLine(QPointF(area.left(), zeroY), QPointF(area.right(), zeroY));
    for (int k = 0; k < count; ++k) {
        const Bill &bill = history.at(first + k);
        const qreal valueY = top + chartHeight * (hi - bill.kwh) / (hi - lo);
        const qreal x = area.left() + slot * (12 - count + k) + (slot - barWidth) / 2;
        const bool isCurrent = first + k == current;
        const QColor color = bill.kwh < 0 ? QColor(0x48, 0xa2, 0x3f)
                                          : (isCurrent ? accent : QColor(0x9d, 0xb9, 0xd3));
        p.fillRect(
            QRectF(QPointF(x, qMin(zeroY, valueY)), QPointF(x + barWidth, qMax(zeroY, valueY))),
            isCurrent && bill.kwh < 0 ? color.darker(130) : color);
        const QString month = QLocale::c().toString(billMonth(bill), u"MMM");
        p.setFont(small);
        p.setPen(muted);
        const qreal w = metrics(p, small).horizontalAdvance(month);
        p.drawText(QPointF(x + (barWidth - w) / 2, bottom + 10), month);
    }
    p.setFont(small);
    p.setPen(muted);
    p.drawText(QPointF(area.left(), area.top() + 6), u"Max " + kwhText(hi));
}

} // namespace

QByteArray billPdf(const World &world, const Account &account, const Bill &bill)
{
    const Coop &coop = world.coop();
    const ServiceLocation *primary = primaryLocation(account);
    const Address mailing = primary ? primary->address : Address();
    const QList<Bill> history = world.bills(account);
    int current = -1;
    for (int i = 0; i < history.size(); ++i) {
        if (history.at(i).periodStart == bill.periodStart)
            current = int(i);
    }
    QList<Bill> chartBills = history;
    if (current < 0) { // a bill the World no longer lists: chart it alone
        chartBills = { bill };
        current = 0;
    }

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pdf.setPageSize(QPageSize(QPageSize::Letter));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    pdf.setResolution(72);
    pdf.setTitle(coop.name + u" statement " + billPdfName(world, bill));
    pdf.setCreator(coop.name);

    QPainter p(&pdf);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal left = margin;
    const qreal right = margin + contentWidth;
    const qreal mid = margin + contentWidth * 0.56;

    // Header: the co-op.
    p.fillRect(QRectF(0, 0, pageWidth, 6), accent);
    qreal y = 44;
    y = line(p, left, y, coop.name, font(15, true), accent);
    const Address hq = primary ? primary->address : Address();
    y = line(p, left, y, u"P.O. Box 1000, " + hq.city + u", " + hq.state + u' ' + hq.zip, font(8.5),
             muted);
    line(p, left, y, u"1-800-555-0199  |  https://" + coop.slug + u".smarthub.coop", font(8.5),
         muted);
    rightText(p, right, 76, QStringLiteral("Electric Service Statement"), font(11, true));

    // Member and key facts.
    y = 120;
    qreal yl = line(p, left, y, account.customerName, font(11, true));
    yl = line(p, left, yl, mailing.line1, font(9.5));
    line(p, left, yl, mailing.city + u", " + mailing.state + u' ' + mailing.zip, font(9.5));

    const QFont facts = font(9.5);
    qreal yr = row(p, mid, right, y, QStringLiteral("Account number"), account.number, facts);
    yr = row(p, mid, right, yr, QStringLiteral("Bill date"), usDate(bill.billDate), facts);
    yr = row(p, mid, right, yr, QStringLiteral("Due date"), usDate(bill.dueDate), facts);
    const QRectF dueBox(mid - 6, yr - 8, right - mid + 12, 30);
    p.fillRect(dueBox, QColor(0xe8, 0xf0, 0xf7));
    row(p, mid, right, yr + 10, QStringLiteral("Amount due"), dollars(bill.amountDue),
        font(12, true), accent);

    // Service: addresses, period, usage.
    y = 210;
    sectionTitle(p, left, y, contentWidth, QStringLiteral("Service"));
    y += 20;
    const QFont body = font(9.5);
    for (const ServiceLocation &location : account.locations) {
        if (location.connectDate.isValid() && location.connectDate > bill.periodEnd)
            continue;
        QStringList meters;
        for (const Meter &meter : location.meters)
            meters.append(meter.number);
        y = line(p, left, y,
                 location.description + u": " + location.address.line1 + u", "
                     + location.address.city + u", " + location.address.state + u' '
                     + location.address.zip,
                 body);
        y = line(p, left + 12, y,
                 u"Meter " + meters.join(u", ") + u"  |  Rate " + location.rate.name + u" ("
                     + location.rate.id + u')',
                 font(8.5), muted);
    }
    y += 4;
    const qint64 days = bill.periodStart.daysTo(bill.periodEnd) + 1;
    y = line(p, left, y,
             u"Billing period: " + usDate(bill.periodStart) + u" - " + usDate(bill.periodEnd)
                 + u" (" + QString::number(days) + u" days)",
             body);
    y = line(p, left, y, u"Energy used: " + kwhText(bill.kwh), body);
    bool demandRate = false;
    for (const ServiceLocation &location : account.locations)
        demandRate = demandRate || location.rate.hasDemand();
    if (demandRate && bill.peakDemandKw > 0)
        y = line(p, left, y, u"Peak demand: " + QString::number(bill.peakDemandKw, 'f', 2) + u" kW",
                 body);

    // Charges.
    y += 12;
    sectionTitle(p, left, y, contentWidth, QStringLiteral("Current charges"));
    y += 20;
    for (const BillLine &charge : bill.lines)
        y = row(p, left, right, y, charge.description, dollars(charge.amount), body);
    p.setPen(QPen(rule, 0.6));
    p.drawLine(QPointF(mid, y - 9), QPointF(right, y - 9));
    y = row(p, left, right, y + 2, QStringLiteral("Total current charges"), dollars(bill.total),
            font(9.5, true));

    // Account summary.
    y += 12;
    sectionTitle(p, left, y, contentWidth, QStringLiteral("Account summary"));
    y += 20;
    y = row(p, left, right, y, QStringLiteral("Previous balance"), dollars(bill.previousBalance),
            body);
    y = row(p, left, right, y, QStringLiteral("Payments received - thank you"),
            dollars(-bill.paymentsReceived), body);
    y = row(p, left, right, y, QStringLiteral("Current charges"), dollars(bill.total), body);
    y = row(p, left, right, y + 2, QStringLiteral("Amount due by ") + usDate(bill.dueDate),
            dollars(bill.amountDue), font(10.5, true), accent);

    // Usage history chart.
    y += 12;
    sectionTitle(p, left, y, contentWidth, QStringLiteral("Your usage, last 12 billing periods"));
    const QRectF chart(left, y + 10, contentWidth, 120);
    drawUsageChart(p, chart, chartBills, current);

    // Remittance stub.
    const qreal stubTop = 690;
    p.setPen(QPen(muted, 0.6, Qt::DashLine));
    p.drawLine(QPointF(left, stubTop), QPointF(right, stubTop));
    line(p, left, stubTop + 10, QStringLiteral("Please return this portion with your payment."),
         font(7), muted);
    qreal ys = stubTop + 30;
    ys = line(p, left, ys, coop.name, font(9.5, true));
    line(p, left, ys, u"Pay online at https://" + coop.slug + u".smarthub.coop", font(8.5), muted);
    qreal yt
        = row(p, mid, right, stubTop + 30, QStringLiteral("Account number"), account.number, facts);
    yt = row(p, mid, right, yt, QStringLiteral("Due date"), usDate(bill.dueDate), facts);
    row(p, mid, right, yt, QStringLiteral("Amount due"), dollars(bill.amountDue), font(9.5, true));
    p.end();
    buffer.close();
    return bytes;
}

} // namespace sim::payloads
