// GET /api/v1/requests and /api/v1/requests/{seq}/result: the requests a hub on a server
// received, for a window's Preview page — operate scope, results byte for byte as Looker sent
// them, kept only after a viewer asked, and never a secret.
#include "admin/requestroutes.h"

#include "admintesthub.h"
#include "jsondetailgenerator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace ActionDeck;

namespace {

const QByteArray kSecret = "region-secret-for-request-routes";
const QByteArray kWriteKey = "wk_requests_never_shown_77";

class Requests : public testing::Test, protected TestSupport::AdminTestHub {
protected:
    Requests()
        : AdminTestHub(kSecret, QString::fromLatin1(kWriteKey)) {}

    void SetUp() override {
        QString error;
        ASSERT_TRUE(startHub(&error)) << error.toStdString();
        operate = createToken(QStringLiteral("ops"), AdminScope::Operate);
        read = createToken(QStringLiteral("viewer"), AdminScope::Read);
    }

    QJsonArray listed() {
        const auto answer = call("GET", "/api/v1/requests", operate);
        EXPECT_EQ(answer.status, 200) << answer.body.constData();
        return QJsonDocument::fromJson(answer.body).object().value(u"requests").toArray();
    }

    static QByteArray resultOf(int rows) {
        return QByteArray::fromStdString(
            TestSupport::JsonDetailGenerator::generate({.rows = std::uint64_t(rows)}));
    }

    QByteArray operate;
    QByteArray read;
};

} // namespace

TEST_F(Requests, NeedOperateScope) {
    EXPECT_EQ(call("GET", "/api/v1/requests", read).status, 403);
    EXPECT_EQ(call("GET", "/api/v1/requests/1/result", read).status, 403);
    EXPECT_EQ(call("GET", "/api/v1/requests", "not-a-token").status, 401);
    EXPECT_EQ(call("POST", "/api/v1/requests", operate).status, 405);
}

TEST_F(Requests, ResultsAreKeptOnlyAfterAViewerAsked) {
    executeRows(5);
    QJsonArray requests = listed();
    ASSERT_EQ(requests.size(), 1);
    const QJsonObject first = requests[0].toObject();
    EXPECT_EQ(first.value(u"action").toString(), QStringLiteral("rudder_event"));
    EXPECT_EQ(first.value(u"region").toString(), QStringLiteral("US"));
    EXPECT_EQ(first.value(u"source").toString(), QStringLiteral("Prod"));
    // The size as Looker sent it: base64.
    EXPECT_EQ(first.value(u"resultBytes").toInteger(), resultOf(5).toBase64().size());
    // A headless hub copies no result until someone looks.
    EXPECT_FALSE(first.value(u"resultKept").toBool());
    EXPECT_TRUE(first.value(u"resultWithheld").toBool());
    const qint64 firstSeq = first.value(u"seq").toInteger();
    const auto withheld =
        call("GET", "/api/v1/requests/" + QByteArray::number(firstSeq) + "/result", operate);
    EXPECT_EQ(withheld.status, 404);
    EXPECT_TRUE(withheld.body.contains("was not kept")) << withheld.body.constData();

    // The list asked: the next result is kept, byte for byte.
    executeRows(7);
    requests = listed();
    ASSERT_EQ(requests.size(), 2);
    const QJsonObject second = requests[1].toObject();
    EXPECT_GT(second.value(u"seq").toInteger(), firstSeq);
    EXPECT_TRUE(second.value(u"resultKept").toBool());
    EXPECT_FALSE(second.value(u"resultWithheld").toBool());
    const auto result =
        call("GET",
             "/api/v1/requests/" + QByteArray::number(second.value(u"seq").toInteger()) + "/result",
             operate);
    ASSERT_EQ(result.status, 200);
    EXPECT_EQ(result.field("Content-Type"), QByteArrayLiteral("application/json"));
    EXPECT_EQ(result.body, resultOf(7));
}

TEST_F(Requests, OnlyTheLastOnesAreHeld) {
    listed();
    for (int i = 0; i < Hub::kRecentRequests + 2; ++i)
        executeRows(1);
    const QJsonArray requests = listed();
    ASSERT_EQ(requests.size(), Hub::kRecentRequests);
    const qint64 oldest = requests[0].toObject().value(u"seq").toInteger();
    EXPECT_EQ(oldest, 3) << "oldest first, the first two dropped";
    const auto gone = call("GET", "/api/v1/requests/1/result", operate);
    EXPECT_EQ(gone.status, 404);
    EXPECT_TRUE(gone.body.contains("no longer held")) << gone.body.constData();
    EXPECT_EQ(call("GET", "/api/v1/requests/x/result", operate).status, 404);
}

TEST_F(Requests, OfAStreamedResultTheFirstThousandRowsAreKept) {
    // No viewer yet: nothing is kept of a streamed result either.
    ASSERT_TRUE(executeDownload(20));
    EXPECT_FALSE(listed()[0].toObject().value(u"resultKept").toBool());

    // The list asked: of 5,000 rows at a download URL, the first 1,000 are kept.
    const auto answer = executeDownload(5000);
    ASSERT_TRUE(answer && answer->status == 200);
    QJsonObject streamed = listed()[1].toObject();
    EXPECT_EQ(streamed.value(u"resultBytes").toInteger(), 0) << "a download URL";
    EXPECT_TRUE(streamed.value(u"resultKept").toBool());
    EXPECT_EQ(streamed.value(u"resultRows").toInteger(), 1000);
    EXPECT_EQ(streamed.value(u"rowsTotal").toInteger(), 5000);
    EXPECT_TRUE(streamed.value(u"resultPartial").toBool());
    const auto result = call("GET",
                             "/api/v1/requests/" +
                                 QByteArray::number(streamed.value(u"seq").toInteger()) + "/result",
                             operate);
    ASSERT_EQ(result.status, 200);
    const QJsonObject kept = QJsonDocument::fromJson(result.body).object();
    const QJsonObject whole = QJsonDocument::fromJson(resultOf(5000)).object();
    ASSERT_EQ(kept.value(u"data").toArray().size(), 1000);
    EXPECT_EQ(kept.value(u"fields"), whole.value(u"fields"));
    EXPECT_EQ(kept.value(u"data").toArray().last(), whole.value(u"data").toArray().at(999));

    // A small one is kept whole.
    ASSERT_TRUE(executeDownload(5));
    const QJsonObject small = listed()[2].toObject();
    EXPECT_TRUE(small.value(u"resultKept").toBool());
    EXPECT_EQ(small.value(u"resultRows").toInteger(), 5);
    EXPECT_EQ(small.value(u"rowsTotal").toInteger(), 5);
    EXPECT_FALSE(small.value(u"resultPartial").toBool());
    const auto smallResult =
        call("GET",
             "/api/v1/requests/" + QByteArray::number(small.value(u"seq").toInteger()) + "/result",
             operate);
    EXPECT_EQ(QJsonDocument::fromJson(smallResult.body), QJsonDocument::fromJson(resultOf(5)));
}
