#pragma once

// The key-path walk that compares an answer with a real captured response: every key path the
// capture carries must be present in the answer. Used wherever a payload is checked against
// tests/data.

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QStringList>

namespace testsupport {

// Map keys that are data, not field names: ids, account and meter numbers, x timestamps,
// yyyyMM months, service and provider codes ("ELEC", "COBB", "MAIN"), Java toString() keys
// ("Meter{...}"). SmartHub's field names are camelCase, so anything not starting with a
// lower-case letter is data and compares as "*".
inline bool isDataKey(const QString &key)
{
    return key.isEmpty() || !key.front().isLower();
}

// Every key path of a JSON value: "$.a.b", "$.a.*.c" under data-keyed maps, "$[].b" for array
// elements (the union over all elements).
inline void collectKeyPaths(const QJsonValue &value, const QString &path, QSet<QString> &out)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString child = path + u'.' + (isDataKey(it.key()) ? QStringLiteral("*") : it.key());
            out.insert(child);
            collectKeyPaths(it.value(), child, out);
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        const QString child = path + QStringLiteral("[]");
        for (const QJsonValue &item : array)
            collectKeyPaths(item, child, out);
    }
}

inline QSet<QString> keyPaths(const QJsonValue &value)
{
    QSet<QString> out;
    collectKeyPaths(value, QStringLiteral("$"), out);
    return out;
}

// Key paths of `captured` that `answer` lacks, sorted; empty when the answer covers the capture.
inline QStringList missingKeyPaths(const QJsonValue &captured, const QJsonValue &answer)
{
    QStringList missing = (keyPaths(captured) - keyPaths(answer)).values();
    missing.sort();
    return missing;
}

} // namespace testsupport
