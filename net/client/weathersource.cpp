#include "weathersource.h"

#include "portaljob.h"
#include "weatherfetch.h"

#include <algorithm>

namespace coopdesk::net {

QList<QPair<QDate, QDate>> splitByYear(QDate from, QDate to)
{
    QList<QPair<QDate, QDate>> pieces;
    if (!from.isValid() || !to.isValid() || from > to)
        return pieces;
    for (QDate first = from; first <= to;) {
        const QDate last = qMin(to, QDate(first.year(), 12, 31));
        pieces.append({ first, last });
        first = last.addDays(1);
    }
    return pieces;
}

TemperatureSeries mergeTemperatures(const QList<TemperatureSeries> &pieces)
{
    TemperatureSeries out;
    for (const TemperatureSeries &piece : pieces) {
        for (const DailyTemperature &day : piece.daily) {
            if (out.daily.empty() || day.day > out.daily.back().day)
                out.daily.push_back(day);
        }
        const size_t n = std::min(piece.hourStartMs.size(), piece.hourlyF.size());
        for (size_t i = 0; i < n; ++i) {
            if (out.hourStartMs.empty() || piece.hourStartMs[i] > out.hourStartMs.back()) {
                out.hourStartMs.push_back(piece.hourStartMs[i]);
                out.hourlyF.push_back(piece.hourlyF[i]);
            }
        }
    }
    return out;
}

namespace {

// Sends one request per piece (the transport queues beyond its cap), parses each answer, and
// delivers the pieces merged in order once all have come.
class WeatherFetch : public PortalJob
{
public:
    using Parser = WeatherParser;

    WeatherFetch(PortalTransport *transport, QList<PortalRequest> requests, Parser parser,
                 std::optional<PortalError> refused, QObject *context,
                 std::function<void(const TemperatureSeries &)> done)
        : PortalJob(transport, context)
        , m_requests(std::move(requests))
        , m_parser(std::move(parser))
        , m_refused(std::move(refused))
        , m_done(std::move(done))
    {
    }

protected:
    void start() override
    {
        if (m_refused) {
            fail(*m_refused);
            return;
        }
        if (m_requests.isEmpty()) {
            fail(PortalError::make(ErrorKind::Invalid,
                                   QStringLiteral("weather: the date range is empty or invalid")));
            return;
        }
        m_pieces.resize(m_requests.size());
        Q_EMIT progress(0, int(m_requests.size()));
        for (qsizetype i = 0; i < m_requests.size(); ++i) {
            send(m_requests.at(i),
                 [this, i](const PortalResponse &response) { answered(i, response); });
        }
    }

private:
    void answered(qsizetype index, const PortalResponse &response)
    {
        if (response.error.isError()) {
            fail(response.error);
            return;
        }
        auto parsed = m_parser(response.body);
        if (!parsed.ok()) {
            fail(PortalError::make(ErrorKind::UnexpectedAnswer,
                                   m_requests.at(index).label + u": " + parsed.error,
                                   response.httpStatus));
            return;
        }
        m_pieces[index] = std::move(*parsed.value);
        ++m_received;
        Q_EMIT progress(m_received, int(m_requests.size()));
        if (isFinished() || m_received < m_requests.size())
            return;
        const TemperatureSeries merged = mergeTemperatures(m_pieces);
        succeed([this, &merged] {
            if (m_done)
                m_done(merged);
        });
    }

    QList<PortalRequest> m_requests;
    Parser m_parser;
    std::optional<PortalError> m_refused;
    std::function<void(const TemperatureSeries &)> m_done;
    QList<TemperatureSeries> m_pieces;
    int m_received = 0;
};

} // namespace

Job *startWeatherFetch(PortalTransport *transport, QList<PortalRequest> requests,
                       WeatherParser parser, std::optional<PortalError> refused, QObject *context,
                       std::function<void(const TemperatureSeries &)> done)
{
    return new WeatherFetch(transport, std::move(requests), std::move(parser), std::move(refused),
                            context, std::move(done));
}

} // namespace coopdesk::net
