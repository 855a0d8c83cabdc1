// The sync options over real HTTP (issue 18): the three actions' forms offer them, and an
// execute runs with its form's choices over its destination source's settings.
#include "core/clock.h"
#include "core/idgenerator.h"
#include "httpclient.h"
#include "hub/hub.h"
#include "hub/hubtoken.h"
#include "jsondetailgenerator.h"
#include "testsink.h"
#include "waituntil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace ActionDeck;
using TestSupport::HttpClient;
using TestSupport::TestSink;
using TestSupport::waitUntil;

namespace {

const QByteArray kSecret = "hub-secret-for-sync-options";

QJsonObject json(const QByteArray& body) {
    return QJsonDocument::fromJson(body).object();
}

class SyncOptionsHttp : public testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(sink.listen());
    }

    void startHub(QList<SourceConfig> sources = {}) {
        HubConfig config;
        config.listenPort = 0;
        config.regions.append(RegionConfig{QStringLiteral("US"), kSecret, {}, {}, {}});
        config.sources = std::move(sources);
        hub = std::make_unique<Hub>(config, m_dir.path(), clock, ids);
        QString error;
        ASSERT_TRUE(hub->start(&error)) << error.toStdString();
    }

    QUrl url(const QString& path) const { return hub->listeningUrl().resolved(QUrl(path)); }

    HttpClient::Headers auth() const {
        return {{"Authorization", "Token token=\"" + HubToken::make(kSecret, "n1") + "\""},
                {"User-Agent", "LookerOutgoingWebhook/7.20.0"}};
    }

    SourceConfig source(const QString& name) const {
        return SourceConfig{name, QStringLiteral("wk_") + name, sink.url()};
    }

    /// Executes identify on a generated result of 3 rows with `formParams`; Looker's answer.
    QJsonObject execute(const QJsonObject& formParams) {
        const QByteArray result =
            QByteArray::fromStdString(TestSupport::JsonDetailGenerator::generate({.rows = 3}));
        const QJsonObject body{
            {u"type"_qs, u"query"_qs},
            {u"data"_qs, QJsonObject{{u"rudder_write_key"_qs, u"wk_params"_qs},
                                     {u"rudder_server_url"_qs, sink.url()}}},
            {u"form_params"_qs, formParams},
            {u"attachment"_qs, QJsonObject{{u"data"_qs, QString::fromUtf8(result)}}}};
        const auto response = client.post(url(QStringLiteral("/actions/rudder_event/execute")),
                                          QJsonDocument(body).toJson(), auth());
        EXPECT_EQ(response.status, 200);
        return json(response.body.trimmed()).value(u"looker").toObject();
    }

    /// The trait names of the last delivered batch's first message.
    QStringList lastTraitNames() {
        const qsizetype before = m_seen;
        if (!waitUntil([&] { return sink.deliveredMessageIds().size() >= before + 3; }, 20000))
            return {QStringLiteral("nothing delivered")};
        m_seen = sink.deliveredMessageIds().size();
        return json(sink.requests().last().body)
            .value(u"batch")
            .toArray()
            .at(0)
            .toObject()
            .value(u"traits")
            .toObject()
            .keys();
    }

    SystemClock clock;
    RandomIdGenerator ids;
    TestSink sink;
    HttpClient client;
    std::unique_ptr<Hub> hub;

private:
    QTemporaryDir m_dir;
    qsizetype m_seen = 0;
};

QJsonObject fieldNamed(const QJsonArray& fields, const QString& name) {
    for (const QJsonValue& field : fields) {
        if (field.toObject().value(u"name").toString() == name)
            return field.toObject();
    }
    return {};
}

QStringList optionNames(const QJsonObject& field) {
    QStringList names;
    for (const QJsonValue& option : field.value(u"options").toArray())
        names.append(option.toObject().value(u"name").toString());
    return names;
}

} // namespace

TEST_F(SyncOptionsHttp, EveryTagBasedActionsFormOffersTheThreeOptions) {
    for (const bool withSources : {false, true}) {
        startHub(withSources ? QList<SourceConfig>{source(QStringLiteral("Prod"))}
                             : QList<SourceConfig>{});
        for (const char* action : {"rudder_event", "rudder_track", "rudder_group"}) {
            SCOPED_TRACE(std::string(action) + (withSources ? " with sources" : ""));
            const auto form = client.post(
                url(QStringLiteral("/actions/%1/form").arg(QLatin1String(action))), {}, auth());
            ASSERT_EQ(form.status, 200);
            const QJsonArray fields = json(form.body).value(u"fields").toArray();
            const std::pair<const char*, QStringList> expected[] = {
                {"property_names",
                 {u"default"_qs, u"looker"_qs, u"field"_qs, u"snake_label"_qs, u"camel_label"_qs}},
                {"send_rows", {u"default"_qs, u"all"_qs, u"changed"_qs}},
                {"looker_context", {u"default"_qs, u"no"_qs, u"yes"_qs}},
            };
            for (const auto& [name, options] : expected) {
                const QJsonObject field = fieldNamed(fields, QLatin1String(name));
                ASSERT_FALSE(field.isEmpty()) << name;
                EXPECT_EQ(field.value(u"type").toString(), u"select"_qs);
                EXPECT_EQ(optionNames(field), options);
                EXPECT_EQ(field.value(u"default").toString(), u"default"_qs);
                EXPECT_FALSE(field.value(u"required").toBool());
                EXPECT_FALSE(field.value(u"label").toString().isEmpty());
                EXPECT_FALSE(field.value(u"description").toString().isEmpty());
                for (const QJsonValue& option : field.value(u"options").toArray())
                    EXPECT_FALSE(option.toObject().value(u"label").toString().isEmpty());
            }
            EXPECT_EQ(fieldNamed(fields, u"destination_source"_qs).isEmpty(), !withSources);
        }
        // Looker asks the form URL the definition names.
        const auto list = client.post(url(QStringLiteral("/")), {}, auth());
        for (const QJsonValue& action : json(list.body).value(u"integrations").toArray())
            EXPECT_TRUE(action.toObject().value(u"form_url").toString().endsWith(u"/form"));
        hub.reset();
    }
}

TEST_F(SyncOptionsHttp, AnExecuteWithoutTheOptionsOrWithDefaultUsesItsSourcesSettings) {
    SourceConfig tuned = source(QStringLiteral("Tuned"));
    tuned.propertyNames = PropertyNames::CamelLabel;
    tuned.rename.insert(QStringLiteral("users.city"), QStringLiteral("town"));
    startHub({tuned, source(QStringLiteral("Plain"))});
    const QStringList camel = {
        u"email"_qs,    u"ordersCount"_qs, u"ordersCountByStatus"_qs, u"ordersTotal"_qs,
        u"share"_qs,    u"town"_qs,        u"usersCreatedDate"_qs,    u"usersIsActive"_qs,
        u"usersName"_qs};
    // A schedule made before the options existed: no form values at all.
    EXPECT_TRUE(execute({{u"destination_source"_qs, u"Tuned"_qs}}).value(u"success").toBool());
    EXPECT_EQ(lastTraitNames(), camel);
    EXPECT_TRUE(execute({{u"destination_source"_qs, u"Tuned"_qs},
                         {u"property_names"_qs, u"default"_qs},
                         {u"send_rows"_qs, u"default"_qs},
                         {u"looker_context"_qs, u"default"_qs}})
                    .value(u"success")
                    .toBool());
    EXPECT_EQ(lastTraitNames(), camel);
    // Another source, another setting: Looker's names, as before these options.
    EXPECT_TRUE(execute({{u"destination_source"_qs, u"Plain"_qs}}).value(u"success").toBool());
    EXPECT_TRUE(lastTraitNames().contains(u"users.city"_qs));
}

TEST_F(SyncOptionsHttp, AnExplicitChoiceOverridesTheSourceAndItsRenamesStillApply) {
    SourceConfig tuned = source(QStringLiteral("Tuned"));
    tuned.propertyNames = PropertyNames::CamelLabel;
    tuned.rename.insert(QStringLiteral("users.city"), QStringLiteral("town"));
    startHub({tuned});
    EXPECT_TRUE(
        execute({{u"destination_source"_qs, u"Tuned"_qs}, {u"property_names"_qs, u"field"_qs}})
            .value(u"success")
            .toBool());
    const QStringList names = lastTraitNames();
    EXPECT_TRUE(names.contains(u"created_date"_qs)) << names.join(u' ').toStdString();
    EXPECT_TRUE(names.contains(u"town"_qs));
    EXPECT_FALSE(names.contains(u"usersCreatedDate"_qs));
    // Without a destination source the action's settings send, with the form's choice alone.
    EXPECT_TRUE(execute({{u"property_names"_qs, u"snake_label"_qs}}).value(u"success").toBool());
    EXPECT_TRUE(lastTraitNames().contains(u"users_city"_qs));
}

TEST_F(SyncOptionsHttp, BadChoicesCollisionsAndUnusedRenamesAreLookersMessages) {
    SourceConfig tuned = source(QStringLiteral("Tuned"));
    tuned.rename.insert(QStringLiteral("users.plan"), QStringLiteral("plan_tier"));
    tuned.rename.insert(QStringLiteral("users.name"), QStringLiteral("share"));
    startHub({tuned});
    const auto refused = client.post(
        url(QStringLiteral("/actions/rudder_event/execute")),
        R"({"type":"query","data":{"rudder_write_key":"k","rudder_server_url":"http://x"},)"
        R"("form_params":{"property_names":"kebab"},"attachment":{"data":"{}"}})",
        auth());
    EXPECT_EQ(refused.status, 400);
    const QString refusal =
        json(refused.body.trimmed()).value(u"looker").toObject().value(u"message").toString();
    EXPECT_TRUE(refusal.contains(u"\"property_names\" has no choice \"kebab\""))
        << refusal.toStdString();

    // users.name renamed onto the table calculation "share": nothing is sent.
    const QJsonObject collided = execute({{u"destination_source"_qs, u"Tuned"_qs}});
    EXPECT_FALSE(collided.value(u"success").toBool());
    const QString message = collided.value(u"message").toString();
    EXPECT_TRUE(message.contains(u"users.name and share")) << message.toStdString();
    EXPECT_TRUE(sink.requests().isEmpty());

    hub.reset();
    tuned.rename.remove(QStringLiteral("users.name"));
    startHub({tuned});
    const QJsonObject warned = execute({{u"destination_source"_qs, u"Tuned"_qs}});
    EXPECT_TRUE(warned.value(u"success").toBool());
    EXPECT_TRUE(warned.value(u"message")
                    .toString()
                    .contains(u"rename: users.plan is not a field of this result"))
        << warned.value(u"message").toString().toStdString();
    EXPECT_TRUE(lastTraitNames().contains(u"users.name"_qs));
}
