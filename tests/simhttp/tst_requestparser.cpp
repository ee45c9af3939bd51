// The request parser and the message helpers, without sockets: framing, limits, decoding.
#include "sim/http/httpmessage.h"
#include "sim/http/requestparser.h"
#include "sim/http/responsehead.h"

#include <QTest>

using namespace sim::http;
using Event = RequestParser::Event;

class TestRequestParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void simpleGet();
    void decodesPathAndQuery();
    void absoluteFormTarget();
    void byteByByte();
    void pipelinedRequests();
    void contentLengthBody();
    void chunkedBody();
    void keepAliveRules_data();
    void keepAliveRules();
    void rejects_data();
    void rejects();
    void headerLimit();
    void bodyLimit();
    void chunkedBodyLimit();
    void expectContinue();
    void leadingEmptyLinesIgnored();
    void partialRequestTracking();

    void headerLookupIsCaseInsensitive();
    void formBodyDecoding();
    void responseHelpers();
    void responseHead();
    void responseHeadWithoutLength();
    void reasonPhrases();
    void dateFormat();
};

namespace {

RequestParser::Parsed parseOne(const QByteArray &bytes)
{
    RequestParser parser;
    parser.feed(bytes);
    if (parser.next() != Event::Request)
        return {};
    return parser.takeRequest();
}

} // namespace

void TestRequestParser::simpleGet()
{
    RequestParser parser;
    parser.feed(QByteArrayLiteral(
        "GET /hello HTTP/1.1\r\nHost: example\r\nX-Thing:  spaced value \r\n\r\n"));
    QCOMPARE(parser.next(), Event::Request);
    const auto parsed = parser.takeRequest();
    QCOMPARE(parsed.request.method, QByteArrayLiteral("GET"));
    QCOMPARE(parsed.request.target, QByteArrayLiteral("/hello"));
    QCOMPARE(parsed.request.path, u"/hello"_qs);
    QCOMPARE(parsed.request.headers.size(), 2);
    QCOMPARE(parsed.request.headers.at(0).first, QByteArrayLiteral("Host"));
    QCOMPARE(parsed.request.header("X-Thing"), QByteArrayLiteral("spaced value"));
    QVERIFY(parsed.request.body.isEmpty());
    QVERIFY(parsed.keepAlive);
    QCOMPARE(parser.next(), Event::NeedMore);
    QVERIFY(!parser.hasPartialRequest());
}

void TestRequestParser::decodesPathAndQuery()
{
    const auto parsed = parseOne(QByteArrayLiteral(
        "GET /services/secured/a%20b/%C3%A9t%C3%A9?user=j%40x.org&list=1&list=2&empty= "
        "HTTP/1.1\r\n\r\n"));
    QCOMPARE(parsed.request.path, u"/services/secured/a b/été"_qs);
    QCOMPARE(parsed.request.query.queryItemValue(u"user"_qs, QUrl::FullyDecoded), u"j@x.org"_qs);
    QCOMPARE(parsed.request.query.allQueryItemValues(u"list"_qs),
             (QStringList { u"1"_qs, u"2"_qs }));
    QVERIFY(parsed.request.query.hasQueryItem(u"empty"_qs));
    QCOMPARE(parsed.request.target,
             QByteArrayLiteral(
                 "/services/secured/a%20b/%C3%A9t%C3%A9?user=j%40x.org&list=1&list=2&empty="));
}

void TestRequestParser::absoluteFormTarget()
{
    const auto parsed
        = parseOne(QByteArrayLiteral("GET http://example.org/x%2Fy?q=1 HTTP/1.1\r\n\r\n"));
    QCOMPARE(parsed.request.path, u"/x/y"_qs);
    QCOMPARE(parsed.request.query.queryItemValue(u"q"_qs), u"1"_qs);
}

void TestRequestParser::byteByByte()
{
    const QByteArray wire = QByteArrayLiteral("POST /login HTTP/1.1\r\nContent-Length: "
                                              "11\r\nContent-Type: text/plain\r\n\r\nhello world");
    RequestParser parser;
    for (qsizetype i = 0; i < wire.size() - 1; ++i) {
        parser.feed(wire.mid(i, 1));
        QCOMPARE(parser.next(), Event::NeedMore);
        QVERIFY(parser.hasPartialRequest());
    }
    parser.feed(wire.right(1));
    QCOMPARE(parser.next(), Event::Request);
    QCOMPARE(parser.takeRequest().request.body, QByteArrayLiteral("hello world"));
}

void TestRequestParser::pipelinedRequests()
{
    RequestParser parser;
    parser.feed(QByteArrayLiteral(
        "POST /a HTTP/1.1\r\nContent-Length: 3\r\n\r\nabcGET /b HTTP/1.1\r\n\r\nGET /c HT"));
    QCOMPARE(parser.next(), Event::Request);
    const auto first = parser.takeRequest();
    QCOMPARE(first.request.path, u"/a"_qs);
    QCOMPARE(first.request.body, QByteArrayLiteral("abc"));
    QCOMPARE(parser.next(), Event::Request);
    QCOMPARE(parser.takeRequest().request.path, u"/b"_qs);
    QCOMPARE(parser.next(), Event::NeedMore);
    QVERIFY(parser.hasPartialRequest());
    parser.feed(QByteArrayLiteral("TP/1.1\r\n\r\n"));
    QCOMPARE(parser.next(), Event::Request);
    QCOMPARE(parser.takeRequest().request.path, u"/c"_qs);
}

void TestRequestParser::contentLengthBody()
{
    RequestParser parser;
    parser.feed(QByteArrayLiteral("PUT /x HTTP/1.1\r\nContent-Length: 10\r\n\r\n01234"));
    QCOMPARE(parser.next(), Event::NeedMore);
    parser.feed(QByteArrayLiteral("56789EXTRA"));
    QCOMPARE(parser.next(), Event::Request);
    QCOMPARE(parser.takeRequest().request.body, QByteArrayLiteral("0123456789"));
    // The extra bytes are the start of the next request, not part of this body.
    QCOMPARE(parser.next(), Event::NeedMore);
    QVERIFY(parser.hasPartialRequest());
}

void TestRequestParser::chunkedBody()
{
    RequestParser parser;
    parser.feed(QByteArrayLiteral("POST /up HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                                  "5;name=value\r\nhello\r\n"
                                  "6\r\n wor"));
    QCOMPARE(parser.next(), Event::NeedMore);
    parser.feed(QByteArrayLiteral(
        "ld\r\nA\r\n0123456789\r\n0\r\nX-Trailer: yes\r\n\r\nGET /next HTTP/1.1\r\n\r\n"));
    QCOMPARE(parser.next(), Event::Request);
    QCOMPARE(parser.takeRequest().request.body, QByteArrayLiteral("hello world0123456789"));
    QCOMPARE(parser.next(), Event::Request);
    QCOMPARE(parser.takeRequest().request.path, u"/next"_qs);
}

void TestRequestParser::keepAliveRules_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<bool>("keepAlive");
    QTest::newRow("1.1 default") << QByteArrayLiteral("GET / HTTP/1.1\r\n\r\n") << true;
    QTest::newRow("1.1 close") << QByteArrayLiteral("GET / HTTP/1.1\r\nConnection: Close\r\n\r\n")
                               << false;
    QTest::newRow("1.1 list with close")
        << QByteArrayLiteral("GET / HTTP/1.1\r\nConnection: TE, close\r\n\r\n") << false;
    QTest::newRow("1.1 keep-alive")
        << QByteArrayLiteral("GET / HTTP/1.1\r\nConnection: keep-alive\r\n\r\n") << true;
    QTest::newRow("1.0") << QByteArrayLiteral("GET / HTTP/1.0\r\n\r\n") << false;
    QTest::newRow("1.0 keep-alive")
        << QByteArrayLiteral("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n") << false;
}

void TestRequestParser::keepAliveRules()
{
    QFETCH(QByteArray, wire);
    QFETCH(bool, keepAlive);
    RequestParser parser;
    parser.feed(wire);
    QCOMPARE(parser.next(), Event::Request);
    QCOMPARE(parser.takeRequest().keepAlive, keepAlive);
}

void TestRequestParser::rejects_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<int>("status");
    QTest::newRow("garbage") << QByteArrayLiteral("\x16\x03\x01\x02\x00garbage\r\n") << 400;
    QTest::newRow("two words") << QByteArrayLiteral("GET /\r\n\r\n") << 400;
    QTest::newRow("double space") << QByteArrayLiteral("GET  / HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("bad method") << QByteArrayLiteral("G(T / HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("bad version") << QByteArrayLiteral("GET / HTTP/1\r\n\r\n") << 400;
    QTest::newRow("http2") << QByteArrayLiteral("GET / HTTP/2.0\r\n\r\n") << 505;
    QTest::newRow("authority form")
        << QByteArrayLiteral("CONNECT example.org:443 HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("no colon") << QByteArrayLiteral("GET / HTTP/1.1\r\nHost\r\n\r\n") << 400;
    QTest::newRow("space before colon")
        << QByteArrayLiteral("GET / HTTP/1.1\r\nHost : x\r\n\r\n") << 400;
    QTest::newRow("folding") << QByteArrayLiteral("GET / HTTP/1.1\r\nA: b\r\n c\r\n\r\n") << 400;
    QTest::newRow("nul in value") << QByteArrayLiteral("GET / HTTP/1.1\r\nA: b\0c\r\n\r\n") << 400;
    QTest::newRow("bad length") << QByteArrayLiteral(
        "POST / HTTP/1.1\r\nContent-Length: 1x\r\n\r\n")
                                << 400;
    QTest::newRow("negative length")
        << QByteArrayLiteral("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n") << 400;
    QTest::newRow("conflicting lengths")
        << QByteArrayLiteral("POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab")
        << 400;
    QTest::newRow("length and chunked") << QByteArrayLiteral(
        "POST / HTTP/1.1\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n")
                                        << 400;
    QTest::newRow("gzip only") << QByteArrayLiteral(
        "POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n")
                               << 400;
    QTest::newRow("gzip, chunked")
        << QByteArrayLiteral("POST / HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n") << 501;
    QTest::newRow("bad chunk size")
        << QByteArrayLiteral("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n") << 400;
    QTest::newRow("chunk overrun")
        << QByteArrayLiteral("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n")
        << 400;
    QTest::newRow("expect other") << QByteArrayLiteral("GET / HTTP/1.1\r\nExpect: magic\r\n\r\n")
                                  << 417;
}

void TestRequestParser::rejects()
{
    QFETCH(QByteArray, wire);
    QFETCH(int, status);
    RequestParser parser;
    parser.feed(wire);
    QCOMPARE(parser.next(), Event::Error);
    QCOMPARE(parser.errorStatus(), status);
    QVERIFY(!parser.errorReason().isEmpty());
    // A failed parser stays failed: the connection must close.
    parser.feed(QByteArrayLiteral("GET / HTTP/1.1\r\n\r\n"));
    QCOMPARE(parser.next(), Event::Error);
}

void TestRequestParser::headerLimit()
{
    RequestParser parser;
    parser.setLimits({ 1024, 1024 });
    parser.feed(QByteArrayLiteral("GET / HTTP/1.1\r\nX-Big: ") + QByteArray(600, 'a') + "\r\n");
    QCOMPARE(parser.next(), Event::NeedMore);
    parser.feed(QByteArrayLiteral("X-Big2: ") + QByteArray(600, 'b') + "\r\n\r\n");
    QCOMPARE(parser.next(), Event::Error);
    QCOMPARE(parser.errorStatus(), 431);

    // A header line that never ends is refused as soon as it passes the limit.
    RequestParser endless;
    endless.setLimits({ 1024, 1024 });
    endless.feed(QByteArrayLiteral("GET / HTTP/1.1\r\nX-Big: ") + QByteArray(2000, 'a'));
    QCOMPARE(endless.next(), Event::Error);
    QCOMPARE(endless.errorStatus(), 431);

    RequestParser longTarget;
    longTarget.setLimits({ 1024, 1024 });
    longTarget.feed(QByteArrayLiteral("GET /") + QByteArray(2000, 'a'));
    QCOMPARE(longTarget.next(), Event::Error);
    QCOMPARE(longTarget.errorStatus(), 414);
}

void TestRequestParser::bodyLimit()
{
    RequestParser parser;
    parser.setLimits({ 1024, 100 });
    parser.feed(QByteArrayLiteral("POST / HTTP/1.1\r\nContent-Length: 100\r\n\r\n")
                + QByteArray(100, 'x'));
    QCOMPARE(parser.next(), Event::Request);
    QCOMPARE(parser.takeRequest().request.body.size(), 100);
    // Refused from the head alone: the body is not waited for.
    parser.feed(QByteArrayLiteral("POST / HTTP/1.1\r\nContent-Length: 101\r\n\r\n"));
    QCOMPARE(parser.next(), Event::Error);
    QCOMPARE(parser.errorStatus(), 413);
    QCOMPARE(parser.method(), QByteArrayLiteral("POST"));
    QCOMPARE(parser.path(), u"/"_qs);
}

void TestRequestParser::chunkedBodyLimit()
{
    RequestParser parser;
    parser.setLimits({ 1024, 10 });
    parser.feed(QByteArrayLiteral(
        "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n8\r\n01234567\r\n3\r\n"));
    QCOMPARE(parser.next(), Event::Error);
    QCOMPARE(parser.errorStatus(), 413);
}

void TestRequestParser::expectContinue()
{
    RequestParser parser;
    parser.feed(
        QByteArrayLiteral("POST / HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n"));
    QCOMPARE(parser.next(), Event::ExpectContinue);
    QCOMPARE(parser.next(), Event::NeedMore);
    parser.feed(QByteArrayLiteral("ok"));
    QCOMPARE(parser.next(), Event::Request);
    QCOMPARE(parser.takeRequest().request.body, QByteArrayLiteral("ok"));

    // Nothing to continue without a body.
    parser.feed(QByteArrayLiteral("GET / HTTP/1.1\r\nExpect: 100-continue\r\n\r\n"));
    QCOMPARE(parser.next(), Event::Request);
}

void TestRequestParser::leadingEmptyLinesIgnored()
{
    const auto parsed = parseOne(QByteArrayLiteral("\r\n\r\nGET /x HTTP/1.1\n\n"));
    QCOMPARE(parsed.request.path, u"/x"_qs);
}

void TestRequestParser::partialRequestTracking()
{
    RequestParser parser;
    QVERIFY(!parser.hasPartialRequest());
    parser.feed(QByteArrayLiteral("G"));
    QCOMPARE(parser.next(), Event::NeedMore);
    QVERIFY(parser.hasPartialRequest());
}

void TestRequestParser::headerLookupIsCaseInsensitive()
{
    Request request;
    request.headers = { { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/plain") },
                        { QByteArrayLiteral("x-custom"), QByteArrayLiteral("1") } };
    QCOMPARE(request.header("content-type"), QByteArrayLiteral("text/plain"));
    QCOMPARE(request.header("CONTENT-TYPE"), QByteArrayLiteral("text/plain"));
    QCOMPARE(request.header("X-Custom"), QByteArrayLiteral("1"));
    QVERIFY(request.header("Missing").isEmpty());
}

void TestRequestParser::formBodyDecoding()
{
    Request request;
    request.body = QByteArrayLiteral("user=J%C3%B6rg+Doe&pass=a%2Bb%26c&flag");
    const QUrlQuery form = request.formBody();
    QCOMPARE(form.queryItemValue(u"user"_qs, QUrl::FullyDecoded), u"Jörg Doe"_qs);
    QCOMPARE(form.queryItemValue(u"pass"_qs, QUrl::FullyDecoded), u"a+b&c"_qs);
    QVERIFY(form.hasQueryItem(u"flag"_qs));
}

void TestRequestParser::responseHelpers()
{
    Response json = Response::json(QByteArrayLiteral("{}"), 201);
    QCOMPARE(json.status, 201);
    QCOMPARE(json.body, QByteArrayLiteral("{}"));
    QCOMPARE(json.headers.size(), 1);
    QCOMPARE(json.headers.at(0).second, QByteArrayLiteral("application/json"));
    json.setHeader("content-type", "application/problem+json");
    QCOMPARE(json.headers.size(), 1);
    QCOMPARE(json.headers.at(0).second, QByteArrayLiteral("application/problem+json"));
    json.setHeader("X-New", "v");
    QCOMPARE(json.headers.size(), 2);

    const Response text = Response::text(QByteArrayLiteral("hi"), 404);
    QCOMPARE(text.headers.at(0).second, QByteArrayLiteral("text/plain; charset=utf-8"));
    const Response empty = Response::empty(204);
    QCOMPARE(empty.status, 204);
    QVERIFY(empty.headers.isEmpty());
    QVERIFY(empty.body.isEmpty());
}

void TestRequestParser::responseHead()
{
    Response response = Response::json(QByteArrayLiteral("{\"a\":1}"));
    response.setHeader("Content-Length", "999"); // the server's to set
    response.setHeader("Transfer-Encoding", "chunked");
    response.setHeader("X-Request-Id", "42");
    const QDateTime when(QDate(2024, 3, 5), QTime(7, 8, 9), Qt::UTC);
    const QByteArray head = formatResponseHead(response, 7, true, when);
    QCOMPARE(head,
             QByteArrayLiteral("HTTP/1.1 200 OK\r\n"
                               "Content-Type: application/json\r\n"
                               "X-Request-Id: 42\r\n"
                               "Date: Tue, 05 Mar 2024 07:08:09 GMT\r\n"
                               "Server: smarthub-sim\r\n"
                               "Content-Length: 7\r\n"
                               "Connection: keep-alive\r\n\r\n"));

    response.setHeader("Date", "yesterday");
    const QByteArray closing = formatResponseHead(response, 7, false, when);
    QVERIFY(closing.contains("\r\nDate: yesterday\r\n"));
    QVERIFY(!closing.contains("GMT"));
    QVERIFY(closing.endsWith("\r\nConnection: close\r\n\r\n"));
}

void TestRequestParser::responseHeadWithoutLength()
{
    const QByteArray head
        = formatResponseHead(Response::empty(204), -1, true, QDateTime::currentDateTimeUtc());
    QVERIFY(head.startsWith("HTTP/1.1 204 No Content\r\n"));
    QVERIFY(!head.contains("Content-Length"));
    QVERIFY(!statusAllowsBody(204));
    QVERIFY(!statusAllowsBody(304));
    QVERIFY(!statusAllowsBody(100));
    QVERIFY(statusAllowsBody(200));
    QVERIFY(statusAllowsBody(404));
}

void TestRequestParser::reasonPhrases()
{
    QCOMPARE(reasonPhrase(200), QByteArrayLiteral("OK"));
    QCOMPARE(reasonPhrase(400), QByteArrayLiteral("Bad Request"));
    QCOMPARE(reasonPhrase(401), QByteArrayLiteral("Unauthorized"));
    QCOMPARE(reasonPhrase(413), QByteArrayLiteral("Content Too Large"));
    QCOMPARE(reasonPhrase(431), QByteArrayLiteral("Request Header Fields Too Large"));
    QCOMPARE(reasonPhrase(503), QByteArrayLiteral("Service Unavailable"));
    QCOMPARE(reasonPhrase(299), QByteArrayLiteral("Unknown"));
}

void TestRequestParser::dateFormat()
{
    const QDateTime when(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC);
    QCOMPARE(httpDate(when), QByteArrayLiteral("Sun, 06 Nov 1994 08:49:37 GMT"));
    // Local times are converted, not relabelled.
    QCOMPARE(httpDate(when.toOffsetFromUtc(3600)),
             QByteArrayLiteral("Sun, 06 Nov 1994 08:49:37 GMT"));
}

QTEST_GUILESS_MAIN(TestRequestParser)
#include "tst_requestparser.moc"
